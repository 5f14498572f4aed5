/**
 * Which file column feeds which field: recognised from the headers (fields.ts), overridden by an
 * explicit mapping. Pure; the caller prints or shows the result before anything is written.
 */
import { CUSTOM_KEY } from '../conditions/index.ts';
import { CUSTOM_TYPES, IMPORT_FIELDS, ONE_OF, headerKey } from './fields.ts';
import type { ColumnMapping, ImportType } from './types.ts';

export interface ResolvedMapping {
  mapping: ColumnMapping;
  unmapped: string[];
  missingRequired: string[];
  /** Problems with the explicit mapping (unknown fields, columns the file lacks): the import cannot start. */
  errors: string[];
}

/** `custom.<key>` names a custom attribute (accounts, people). */
export function isCustomField(field: string): boolean {
  return field.startsWith('custom.') && CUSTOM_KEY.test(field.slice(7));
}

/** A column header as a custom attribute key: letters, digits, _ and -; null if nothing is left. */
export function customKeyOf(column: string): string | null {
  let key = column
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  if (/^[0-9-]/.test(key)) key = `_${key}`.slice(0, 64);
  return CUSTOM_KEY.test(key) ? key : null;
}

export function resolveMapping(type: ImportType, columns: readonly string[], explicit: ColumnMapping = {}): ResolvedMapping {
  const fields = IMPORT_FIELDS[type];
  const known = new Set(fields.map((d) => d.name));
  const errors: string[] = [];
  const mapping: ColumnMapping = {};
  const taken = new Map<string, string>(); // field → column
  const present = new Set(columns);

  for (const [column, field] of Object.entries(explicit)) {
    if (!present.has(column)) {
      errors.push(`the mapping names column "${column}", which the file does not have (columns: ${columns.join(', ')})`);
      continue;
    }
    if (field === null) {
      mapping[column] = null;
      continue;
    }
    if (typeof field !== 'string' || !(known.has(field) || (CUSTOM_TYPES.has(type) && isCustomField(field)))) {
      errors.push(`the mapping maps column "${column}" to "${String(field)}", which is not a field of ${type} imports (fields: ${[...known].join(', ')}${CUSTOM_TYPES.has(type) ? ', custom.<key>' : ''})`);
      continue;
    }
    const other = taken.get(field);
    if (other !== undefined) {
      errors.push(`the mapping maps both "${other}" and "${column}" to ${field}`);
      continue;
    }
    taken.set(field, column);
    mapping[column] = field;
  }

  // Recognised headers, by alias strength: the strongest alias of a field takes it.
  const candidates: { column: string; field: string; rank: number; order: number }[] = [];
  columns.forEach((column, order) => {
    if (column in mapping) return;
    const key = headerKey(column);
    for (const d of fields) {
      const rank = d.aliases.indexOf(key);
      if (rank >= 0) candidates.push({ column, field: d.name, rank, order });
    }
  });
  candidates.sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const c of candidates) {
    if (c.column in mapping || taken.has(c.field)) continue;
    taken.set(c.field, c.column);
    mapping[c.column] = c.field;
  }
  const unmapped: string[] = [];
  for (const column of columns) {
    if (!(column in mapping)) {
      mapping[column] = null;
      unmapped.push(column);
    } else if (mapping[column] === null && !(column in explicit)) unmapped.push(column);
  }

  const missingRequired = fields.filter((d) => d.required && !taken.has(d.name)).map((d) => d.name);
  for (const group of ONE_OF[type]) {
    if (!group.some((g) => taken.has(g))) missingRequired.push(group.join(' or '));
  }
  return { mapping, unmapped, missingRequired, errors };
}
