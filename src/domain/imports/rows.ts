/**
 * One file row → the plain, validated fields of its import type, or the row's problems. The
 * limits are the API's (api/routes/accounts.ts, people.ts, relations.ts, buying-groups.ts), so
 * an imported row is exactly what the API would accept: text trimmed, empty = absent, over-long
 * values, invalid emails, unknown enum values and bad numbers or dates refused with the column.
 */
import { RELATION_TYPES, type RelationType } from '../relations.ts';
import { FUNCTIONS, SENIORITIES, type FunctionId, type SeniorityId } from '../titles/index.ts';
import { isEmailAddress, type CustomAttributes, type JsonValue } from '../text.ts';
import { customKeyOf, isCustomField } from './mapping.ts';
import type { ColumnMapping, ImportType, RowProblem } from './types.ts';

/** A row as read: column → value (CSV: strings; JSON Lines: any JSON). */
export type RawRow = Record<string, unknown>;

export interface AccountRef {
  externalIds: string[];
  domain: string | null;
  name: string | null;
}

export interface AccountImportRow {
  externalId: string | null;
  name: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  annualRevenue: number | null;
  country: string | null;
  region: string | null;
  state: string | null;
  city: string | null;
  sicCode: string | null;
  parent: AccountRef | null;
  /** Only the columns given (mapped custom.* or kept unmapped); merged over the stored ones. */
  custom: CustomAttributes;
}

export interface PersonImportRow {
  email: string;
  externalId: string | null;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  department: string | null;
  seniority: string | null;
  explicitSeniority: SeniorityId | null;
  explicitFunction: FunctionId | null;
  phone: string | null;
  country: string | null;
  state: string | null;
  city: string | null;
  postalCode: string | null;
  emailInvalid: boolean | null;
  emailSuspended: boolean | null;
  unsubscribed: boolean | null;
  custom: CustomAttributes;
  /** Which person fields the file has a column for: the others keep their stored value on update. */
  given: ReadonlySet<string>;
  account: AccountRef | null;
  relationType: RelationType;
}

export interface RelationImportRow {
  personEmail: string | null;
  personExternalId: string | null;
  account: AccountRef;
  relationType: RelationType | null;
  roles: string[] | null;
  startedOn: string | null;
  endedOn: string | null;
}

export interface ActivityImportRow {
  personEmail: string | null;
  personExternalId: string | null;
  accountExternalId: string | null;
  type: string;
  occurredAt: number;
}

export interface MemberImportRow {
  account: AccountRef;
  personEmail: string;
  solutionInterest: string;
  role: string;
  stage: string | null;
  status: string | null;
}

export type ImportRow = AccountImportRow | PersonImportRow | RelationImportRow | ActivityImportRow | MemberImportRow;

export type RowOutcome<T> = { ok: true; value: T } | { ok: false; problems: RowProblem[] };

class RowReader {
  problems: RowProblem[] = [];
  private byField = new Map<string, { column: string; value: unknown }>();
  constructor(
    readonly row: number,
    raw: RawRow,
    mapping: ColumnMapping,
    readonly customOut: CustomAttributes | null,
    keepUnmapped: boolean,
  ) {
    for (const [column, value] of Object.entries(raw)) {
      const field = mapping[column];
      if (field && isCustomField(field)) {
        const v = this.json(column, value);
        if (v !== null && customOut) customOut[field.slice(7)] = v;
      } else if (field) this.byField.set(field, { column, value });
      else if (keepUnmapped && customOut && field === null && mapping[column] !== undefined) {
        const key = customKeyOf(column);
        const v = this.json(column, value);
        if (key && v !== null) customOut[key] = v;
      }
    }
  }
  has(field: string): boolean {
    return this.byField.has(field);
  }
  column(field: string): string {
    return this.byField.get(field)?.column ?? field;
  }
  fail(field: string, value: unknown, reason: string): null {
    this.problems.push({ row: this.row, column: this.column(field), value: value == null ? null : typeof value === 'string' ? value : JSON.stringify(value), reason });
    return null;
  }
  private json(column: string, value: unknown): JsonValue | null {
    if (value == null) return null;
    if (typeof value === 'string') {
      const t = value.trim();
      if (t.length > 10_000) {
        this.problems.push({ row: this.row, column, value: t.slice(0, 100), reason: 'a custom attribute value must be at most 10,000 characters' });
        return null;
      }
      return t === '' ? null : t;
    }
    return value as JsonValue;
  }
  /** Trimmed text, null when empty or absent. */
  text(field: string, max: number): string | null {
    const cell = this.byField.get(field);
    if (!cell || cell.value == null) return null;
    const v = cell.value;
    if (typeof v === 'object') return this.fail(field, v, 'must be text, not a list or an object');
    const s = String(v).trim();
    if (s === '') return null;
    if (s.length > max) return this.fail(field, s, `must be at most ${max} characters (has ${s.length})`);
    return s;
  }
  required(field: string, max: number): string | null {
    const s = this.text(field, max);
    if (s === null && !this.problems.some((p) => p.column === this.column(field))) this.fail(field, this.byField.get(field)?.value ?? null, 'is required');
    return s;
  }
  number(field: string, opts: { integer?: boolean; min?: number; max?: number }): number | null {
    const cell = this.byField.get(field);
    if (!cell || cell.value == null || cell.value === '') return null;
    let n: number;
    if (typeof cell.value === 'number') n = cell.value;
    else {
      // "12,500" and "12 500" as exports write thousands; a decimal comma is not guessed.
      const s = String(cell.value).trim().replace(/[\s,_]/g, '');
      if (s === '') return null;
      n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s) ? Number(s) : NaN;
    }
    if (!Number.isFinite(n)) return this.fail(field, cell.value, 'must be a number');
    if (opts.integer && !Number.isInteger(n)) return this.fail(field, cell.value, 'must be a whole number');
    if (opts.min !== undefined && n < opts.min) return this.fail(field, cell.value, `must be at least ${opts.min}`);
    if (opts.max !== undefined && n > opts.max) return this.fail(field, cell.value, `must be at most ${opts.max}`);
    return n;
  }
  boolean(field: string): boolean | null {
    const cell = this.byField.get(field);
    if (!cell || cell.value == null) return null;
    if (typeof cell.value === 'boolean') return cell.value;
    const s = String(cell.value).trim().toLowerCase();
    if (s === '') return null;
    if (['true', 'yes', 'y', '1', 'x', 'oui', 'ja'].includes(s)) return true;
    if (['false', 'no', 'n', '0', 'non', 'nein'].includes(s)) return false;
    return this.fail(field, cell.value, 'must be true or false (yes/no, 1/0)');
  }
  email(field: string, required: boolean): string | null {
    const s = required ? this.required(field, 254) : this.text(field, 254);
    if (s === null) return null;
    if (!isEmailAddress(s)) return this.fail(field, s, 'must be a valid email address');
    return s;
  }
  date(field: string): string | null {
    const s = this.text(field, 40);
    if (s === null) return null;
    const day = s.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
      return this.fail(field, s, 'must be a date YYYY-MM-DD');
    }
    return day;
  }
  oneOf<T extends string>(field: string, values: readonly T[]): T | null {
    const s = this.text(field, 100);
    if (s === null) return null;
    const v = values.find((x) => x === s.toLowerCase());
    if (!v) return this.fail(field, s, `must be one of ${values.join(', ')}`);
    return v;
  }
  /** A taxonomy id given by id or label: "Information Technology" → information_technology. */
  taxonomy<T extends string>(field: string, values: readonly T[]): T | null {
    const s = this.text(field, 100);
    if (s === null) return null;
    const key = s.normalize('NFKC').toLowerCase().replace(/&/g, 'and').replace(/[\s-]+/g, '_');
    const v = values.find((x) => x === key);
    if (!v) return this.fail(field, s, `must be one of ${values.join(', ')}`);
    return v;
  }
  list(field: string, maxItems: number, maxLength: number): string[] | null {
    const cell = this.byField.get(field);
    if (!cell || cell.value == null) return null;
    const items = Array.isArray(cell.value) ? cell.value.map(String) : String(cell.value).split(';');
    const out = [...new Set(items.map((s) => s.trim()).filter((s) => s !== ''))];
    if (out.length > maxItems) return this.fail(field, String(cell.value), `at most ${maxItems} values`);
    const long = out.find((s) => s.length > maxLength);
    if (long) return this.fail(field, long, `each value must be at most ${maxLength} characters`);
    return out;
  }
  accountRef(prefix: 'account' | 'parent'): AccountRef | null {
    const ids = this.list(`${prefix}ExternalId`, 50, 255) ?? [];
    const domain = this.domain(`${prefix}Domain`);
    const name = this.text(`${prefix}Name`, 255);
    if (ids.length === 0 && domain === null && name === null) return null;
    return { externalIds: ids, domain, name };
  }
  domain(field: string): string | null {
    const s = this.text(field, 255);
    return s === null ? null : domainOf(s);
  }
}

/** `https://www.Example.com/about` → `example.com`; a bare domain stays as it is (lower case). */
export function domainOf(value: string): string {
  let s = value.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.split(/[/?#]/)[0] ?? s;
  s = s.replace(/:\d+$/, '').replace(/^www\./, '');
  return s;
}

function outcome<T>(r: RowReader, value: T): RowOutcome<T> {
  return r.problems.length ? { ok: false, problems: r.problems } : { ok: true, value };
}

export interface RowContext {
  row: number;
  mapping: ColumnMapping;
  keepUnmapped: boolean;
}

export function readAccountRow(raw: RawRow, ctx: RowContext): RowOutcome<AccountImportRow> {
  const custom: CustomAttributes = {};
  const r = new RowReader(ctx.row, raw, ctx.mapping, custom, ctx.keepUnmapped);
  const value: AccountImportRow = {
    externalId: r.text('externalId', 255),
    name: r.required('name', 255) ?? '',
    domain: r.domain('domain'),
    industry: r.text('industry', 255),
    employees: r.number('employees', { integer: true, min: 0, max: 100_000_000 }),
    annualRevenue: r.number('annualRevenue', { min: 0 }),
    country: r.text('country', 100),
    region: r.text('region', 100),
    state: r.text('state', 100),
    city: r.text('city', 100),
    sicCode: r.text('sicCode', 20),
    parent: r.accountRef('parent'),
    custom,
  };
  if (Object.keys(custom).length > 100) r.fail('name', null, 'at most 100 custom attributes');
  return outcome(r, value);
}

const PERSON_PROPS = ['email', 'externalId', 'firstName', 'lastName', 'jobTitle', 'department', 'seniority', 'explicitSeniority', 'explicitFunction', 'phone', 'country', 'state', 'city', 'postalCode', 'emailInvalid', 'emailSuspended', 'unsubscribed'] as const;

export function readPersonRow(raw: RawRow, ctx: RowContext): RowOutcome<PersonImportRow> {
  const custom: CustomAttributes = {};
  const r = new RowReader(ctx.row, raw, ctx.mapping, custom, ctx.keepUnmapped);
  const value: PersonImportRow = {
    email: r.email('email', true) ?? '',
    externalId: r.text('externalId', 255),
    firstName: r.text('firstName', 100),
    lastName: r.text('lastName', 100),
    jobTitle: r.text('jobTitle', 255),
    department: r.text('department', 255),
    seniority: r.text('seniority', 100),
    explicitSeniority: r.taxonomy('explicitSeniority', SENIORITIES),
    explicitFunction: r.taxonomy('explicitFunction', FUNCTIONS),
    phone: r.text('phone', 50),
    country: r.text('country', 100),
    state: r.text('state', 100),
    city: r.text('city', 100),
    postalCode: r.text('postalCode', 20),
    emailInvalid: r.boolean('emailInvalid'),
    emailSuspended: r.boolean('emailSuspended'),
    unsubscribed: r.boolean('unsubscribed'),
    custom,
    given: new Set(PERSON_PROPS.filter((p) => r.has(p))),
    account: r.accountRef('account'),
    relationType: r.oneOf('relationType', RELATION_TYPES) ?? 'employee',
  };
  if (Object.keys(custom).length > 100) r.fail('email', null, 'at most 100 custom attributes');
  return outcome(r, value);
}

export function readRelationRow(raw: RawRow, ctx: RowContext): RowOutcome<RelationImportRow> {
  const r = new RowReader(ctx.row, raw, ctx.mapping, null, false);
  const personEmail = r.email('personEmail', false);
  const personExternalId = r.text('personExternalId', 255);
  const account = r.accountRef('account');
  const value: RelationImportRow = {
    personEmail,
    personExternalId,
    account: account ?? { externalIds: [], domain: null, name: null },
    relationType: r.oneOf('relationType', RELATION_TYPES),
    roles: r.list('roles', 20, 100),
    startedOn: r.date('startedOn'),
    endedOn: r.date('endedOn'),
  };
  if (!personEmail && !personExternalId && !r.problems.length) r.fail('personEmail', null, 'give the person’s email or external id');
  if (!account && !r.problems.length) r.fail('accountExternalId', null, 'give the account’s external id, domain or name');
  if (value.startedOn && value.endedOn && value.endedOn < value.startedOn) r.fail('endedOn', value.endedOn, `is before startedOn (${value.startedOn})`);
  return outcome(r, value);
}

/** ISO 8601 (a date alone is midnight UTC) or epoch milliseconds. */
export function parseTime(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const s = String(value).trim();
  if (/^\d{12,14}$/.test(s)) return Number(s);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(s)) return null;
  const iso = s.length === 10 ? `${s}T00:00:00Z` : /Z|[+-]\d{2}:?\d{2}$/.test(s) ? s.replace(' ', 'T') : `${s.replace(' ', 'T')}Z`;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

export function readActivityRow(raw: RawRow, ctx: RowContext): RowOutcome<ActivityImportRow> {
  const r = new RowReader(ctx.row, raw, ctx.mapping, null, false);
  const personEmail = r.email('personEmail', false);
  const personExternalId = r.text('personExternalId', 255);
  const type = r.required('type', 64);
  const at = r.required('occurredAt', 40);
  let occurredAt: number | null = null;
  if (at !== null) {
    occurredAt = parseTime(at);
    if (occurredAt === null) r.fail('occurredAt', at, 'must be an ISO 8601 time (e.g. 2026-01-31T09:30:00Z) or epoch milliseconds');
  }
  if (!personEmail && !personExternalId && !r.problems.length) r.fail('personEmail', null, 'give the person’s email or external id');
  return outcome(r, { personEmail, personExternalId, accountExternalId: r.text('accountExternalId', 255), type: type ?? '', occurredAt: occurredAt ?? 0 });
}

export function readMemberRow(raw: RawRow, ctx: RowContext): RowOutcome<MemberImportRow> {
  const r = new RowReader(ctx.row, raw, ctx.mapping, null, false);
  const account = r.accountRef('account');
  const value: MemberImportRow = {
    account: account ?? { externalIds: [], domain: null, name: null },
    personEmail: r.email('personEmail', true) ?? '',
    solutionInterest: r.required('solutionInterest', 255) ?? '',
    role: r.required('role', 255) ?? '',
    stage: r.text('stage', 100),
    status: r.text('status', 50),
  };
  if (!account && !r.problems.length) r.fail('accountExternalId', null, 'give the account’s external id, domain or name');
  return outcome(r, value);
}

export const ROW_READERS: { [K in ImportType]: (raw: RawRow, ctx: RowContext) => RowOutcome<ImportRow> } = {
  accounts: readAccountRow,
  people: readPersonRow,
  relations: readRelationRow,
  activities: readActivityRow,
  members: readMemberRow,
};
