/**
 * The attributes conditions can test, per subject. `column` is the storage column (its `_norm`
 * twin is used for string matching); `prop` is the key on the plain objects the evaluator reads.
 */
import { DERIVED_FUNCTIONS, DERIVED_SENIORITIES, DERIVED_SPECIALTIES } from '../people/derive.ts';

export type ValueType = 'string' | 'number' | 'date' | 'boolean';
export type Subject = 'person' | 'account';

export interface FieldDef {
  type: ValueType;
  /** Column on `people` / `accounts`. String fields also have `<column>_norm`. */
  column: string;
  label: string;
  /**
   * Text fields with a closed set of values (normalised, as stored): an operand that cannot match
   * any of them is refused by validation, which names the allowed values (so does the OpenAPI
   * description of conditions). Read from the module that defines the set, never copied.
   */
  values?: readonly string[];
  /**
   * A list of values (derived functions, specialties): the string operators test its elements —
   * a positive operator holds when some element matches, `is_empty` when there is none, the
   * negative ones are the exact negations (as for a person's roles in an account).
   */
  list?: true;
}

export const PERSON_FIELDS = {
  email: { type: 'string', column: 'email', label: 'email' },
  firstName: { type: 'string', column: 'first_name', label: 'first name' },
  lastName: { type: 'string', column: 'last_name', label: 'last name' },
  jobTitle: { type: 'string', column: 'job_title', label: 'job title' },
  department: { type: 'string', column: 'department', label: 'department' },
  seniority: { type: 'string', column: 'seniority', label: 'seniority' },
  phone: { type: 'string', column: 'phone', label: 'phone' },
  country: { type: 'string', column: 'country', label: 'country' },
  state: { type: 'string', column: 'state', label: 'state' },
  city: { type: 'string', column: 'city', label: 'city' },
  postalCode: { type: 'string', column: 'postal_code', label: 'postal code' },
  externalId: { type: 'string', column: 'external_id', label: 'external id' },
  // Derived from title and department; stored already normalised, so column = norm column.
  // Explicit values (a user's or an import's) win over the classifier's: these are what apply.
  derivedSeniority: { type: 'string', column: 'derived_seniority', label: 'derived seniority', values: DERIVED_SENIORITIES },
  /** The primary (strongest) function. */
  derivedFunction: { type: 'string', column: 'derived_function', label: 'derived function', values: DERIVED_FUNCTIONS },
  derivedFunctions: { type: 'string', column: 'derived_functions', label: 'any derived function', values: DERIVED_FUNCTIONS, list: true },
  derivedSpecialties: { type: 'string', column: 'derived_specialties', label: 'any derived specialty', values: DERIVED_SPECIALTIES, list: true },
  titleConfidence: { type: 'number', column: 'title_confidence', label: 'title confidence' },
  emailInvalid: { type: 'boolean', column: 'email_invalid', label: 'email invalid' },
  emailSuspended: { type: 'boolean', column: 'email_suspended', label: 'email suspended' },
  unsubscribed: { type: 'boolean', column: 'unsubscribed', label: 'unsubscribed' },
  engagementScore: { type: 'number', column: 'engagement_score', label: 'engagement score' },
  createdAt: { type: 'date', column: 'created_at', label: 'created' },
  updatedAt: { type: 'date', column: 'updated_at', label: 'updated' },
} as const satisfies Record<string, FieldDef>;

export const ACCOUNT_FIELDS = {
  name: { type: 'string', column: 'name', label: 'name' },
  domain: { type: 'string', column: 'domain', label: 'domain' },
  industry: { type: 'string', column: 'industry', label: 'industry' },
  country: { type: 'string', column: 'country', label: 'country' },
  region: { type: 'string', column: 'region', label: 'region' },
  state: { type: 'string', column: 'state', label: 'state' },
  city: { type: 'string', column: 'city', label: 'city' },
  sicCode: { type: 'string', column: 'sic_code', label: 'SIC code' },
  externalId: { type: 'string', column: 'external_id', label: 'external id' },
  employees: { type: 'number', column: 'employees', label: 'employees' },
  annualRevenue: { type: 'number', column: 'annual_revenue', label: 'annual revenue' },
  createdAt: { type: 'date', column: 'created_at', label: 'created' },
  updatedAt: { type: 'date', column: 'updated_at', label: 'updated' },
} as const satisfies Record<string, FieldDef>;

export type PersonField = keyof typeof PERSON_FIELDS;
export type AccountField = keyof typeof ACCOUNT_FIELDS;

export const FIELDS: Record<Subject, Record<string, FieldDef>> = {
  person: PERSON_FIELDS,
  account: ACCOUNT_FIELDS,
};

/**
 * Custom attribute keys: `custom.<key>`, key of letters, digits, `_` and `-`, ≤ 64 chars, not
 * starting with a digit or `-`. `__proto__` is refused: as a plain-object key it would not survive
 * a JSON round trip through object literals (normCustom), so SQL and TypeScript could disagree.
 */
export const CUSTOM_KEY = /^(?!__proto__$)[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

/** A condition's `field` resolved for one subject: a built-in attribute or a custom attribute. */
export type ResolvedField =
  | { kind: 'builtin'; name: string; prop: string; type: ValueType; column: string; label: string; values?: readonly string[]; list?: true }
  | { kind: 'custom'; name: string; key: string; type: ValueType; label: string };

export const CUSTOM_PREFIX = 'custom.';

/**
 * Resolves `field` (a built-in key such as `jobTitle`, or `custom.<key>`) for the subject, or
 * undefined when there is no such attribute. `type` is the declared type of a custom attribute
 * (default 'string'); it is ignored for built-in fields (validation rejects it there).
 */
export function resolveField(subject: Subject, field: string, type?: ValueType): ResolvedField | undefined {
  if (field.startsWith(CUSTOM_PREFIX)) {
    const key = field.slice(CUSTOM_PREFIX.length);
    if (!CUSTOM_KEY.test(key)) return undefined;
    return { kind: 'custom', name: field, key, type: type ?? 'string', label: `custom attribute ${key}` };
  }
  const fields = FIELDS[subject];
  if (!Object.prototype.hasOwnProperty.call(fields, field)) return undefined;
  const def = fields[field] as FieldDef;
  return { kind: 'builtin', name: field, prop: field, type: def.type, column: def.column, label: def.label, ...(def.values ? { values: def.values } : {}), ...(def.list ? { list: true as const } : {}) };
}

/** The closed-set text fields of a subject with their allowed values (for messages and OpenAPI). */
export function closedSetFields(subject: Subject): { field: string; label: string; values: readonly string[] }[] {
  return Object.entries(FIELDS[subject]).flatMap(([field, def]) => (def.values ? [{ field, label: def.label, values: def.values }] : []));
}
