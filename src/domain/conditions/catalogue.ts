/**
 * The catalogue of attributes a condition editor offers, per subject: the built-in fields of
 * fields.ts (with their operators by type and closed sets of values), then custom attributes —
 * those found in the data, typed by what their stored values look like. Pure: the store samples
 * the stored custom objects, this file infers keys and types.
 */
import { CUSTOM_DAY_PREFIX } from './evaluate.ts';
import { CUSTOM_KEY, CUSTOM_PREFIX, FIELDS, type Subject, type ValueType } from './fields.ts';
import { OPS_BY_TYPE } from './validate.ts';
import type { Op } from './ast.ts';

export type FieldGroup = 'person' | 'derived' | 'account' | 'custom';

export interface CatalogueField {
  /** What a condition's `field` holds: `jobTitle`, `custom.tier`. */
  path: string;
  label: string;
  type: ValueType;
  operators: readonly Op[];
  /** Closed set of values (normalised, as stored). */
  values?: readonly string[];
  group: FieldGroup;
  /** Custom attributes found in the data: in how many of the sampled rows the key holds a value of `type`. */
  seen?: number;
}

/** Custom attribute keys listed at most (the most frequent in the sample). */
export const MAX_CUSTOM_KEYS = 200;

const DERIVED = new Set(['derivedSeniority', 'derivedFunction', 'derivedFunctions', 'derivedSpecialties', 'titleConfidence', 'engagementScore']);

export function builtinFields(subject: Subject): CatalogueField[] {
  return Object.entries(FIELDS[subject]).map(([path, def]) => ({
    path,
    label: def.label.charAt(0).toUpperCase() + def.label.slice(1),
    type: def.type,
    operators: OPS_BY_TYPE[def.type],
    ...(def.values ? { values: def.values } : {}),
    group: subject === 'account' ? 'account' : DERIVED.has(path) ? 'derived' : 'person',
  }));
}

/** The type a stored custom value reads as (ast.ts: custom typing), or undefined for arrays, objects, null. */
export function customValueType(v: unknown): ValueType | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : undefined;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'string') return CUSTOM_DAY_PREFIX.test(v) ? 'date' : 'string';
  return undefined;
}

/**
 * Custom attribute keys found in a sample of stored `custom` objects, each with the type most of
 * its values have (ties: text), the most frequent first, at most `max` (then sorted by key).
 */
export function inferCustomFields(samples: readonly unknown[], max = MAX_CUSTOM_KEYS): { fields: CatalogueField[]; truncated: boolean } {
  const counts = new Map<string, Record<ValueType, number>>();
  for (const s of samples) {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) continue;
    for (const [key, v] of Object.entries(s)) {
      if (!CUSTOM_KEY.test(key)) continue;
      const t = customValueType(v);
      if (!t) continue;
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { string: 0, number: 0, date: 0, boolean: 0 }));
      c[t]++;
    }
  }
  const ORDER: ValueType[] = ['string', 'number', 'date', 'boolean'];
  const all = [...counts.entries()].map(([key, c]) => {
    const type = ORDER.reduce((best, t) => (c[t] > c[best] ? t : best), 'string' as ValueType);
    const seen = ORDER.reduce((n, t) => n + c[t], 0);
    return { key, type, seen: c[type], total: seen };
  });
  all.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const kept = all.slice(0, max).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    truncated: all.length > max,
    fields: kept.map((k) => ({ path: `${CUSTOM_PREFIX}${k.key}`, label: k.key, type: k.type, operators: OPS_BY_TYPE[k.type], group: 'custom', seen: k.seen })),
  };
}
