/**
 * Conditions written against the derived values before the title classifier (issue 10): five
 * seniorities (c-level, vp, director, manager, individual contributor) and fifteen functions
 * (executive, it, security, data, …). `upgradeLegacyCondition` rewrites them to LinkedIn's
 * values: validation applies it to every condition it is given (so API clients that still send
 * the old values keep working, and what is stored is the new form), and migration 0016 applies it
 * to every stored condition.
 *
 * Each old value becomes one or more (field, value) tests, chosen to keep matching the people the
 * old value matched:
 * - c-level → seniority cxo, owner or partner (the old rule read founders, owners and partners as
 *   C-level); individual contributor → senior, entry, training or unpaid; vp, director, manager
 *   stay.
 * - Functions to their LinkedIn function (it → information_technology, hr → human_resources, …);
 *   security, data and design are specialties now (derivedSpecialties); executive is general
 *   management (specialty) or entrepreneurship (founders, owners).
 * Only whole-value operators are rewritten (is, is_not, is_one_of, is_none_of); a negative one
 * becomes `not` of the rewritten positive test, which is its exact negation. Text operators
 * (starts_with, contains, …) over an old value are left to validation, which names the new values.
 */
type Target = readonly [field: 'derivedSeniority' | 'derivedFunction' | 'derivedSpecialties', value: string];

export const LEGACY_SENIORITIES: Readonly<Record<string, readonly Target[]>> = {
  'c-level': [
    ['derivedSeniority', 'cxo'],
    ['derivedSeniority', 'owner'],
    ['derivedSeniority', 'partner'],
  ],
  'individual contributor': [
    ['derivedSeniority', 'senior'],
    ['derivedSeniority', 'entry'],
    ['derivedSeniority', 'training'],
    ['derivedSeniority', 'unpaid'],
  ],
};

export const LEGACY_FUNCTIONS: Readonly<Record<string, readonly Target[]>> = {
  executive: [
    ['derivedSpecialties', 'general_management'],
    ['derivedFunction', 'entrepreneurship'],
  ],
  it: [['derivedFunction', 'information_technology']],
  security: [['derivedSpecialties', 'security']],
  data: [['derivedSpecialties', 'data_and_analytics']],
  product: [['derivedFunction', 'product_management']],
  design: [['derivedSpecialties', 'design']],
  'customer success': [['derivedFunction', 'customer_success_and_support']],
  hr: [['derivedFunction', 'human_resources']],
  procurement: [['derivedFunction', 'purchasing']],
};

const LEGACY: Readonly<Record<string, Readonly<Record<string, readonly Target[]>>>> = {
  derivedSeniority: LEGACY_SENIORITIES,
  derivedFunction: LEGACY_FUNCTIONS,
};

const NEGATIVE: Readonly<Record<string, string>> = { is_not: 'is', is_none_of: 'is_one_of' };
const WHOLE_VALUE = new Set(['is', 'is_not', 'is_one_of', 'is_none_of']);

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().normalize('NFKC').trim();

/** The condition with old derived values rewritten; anything else (invalid input too) is returned as given. */
export function upgradeLegacyCondition(input: unknown): unknown {
  if (Array.isArray(input)) {
    let changed = false;
    const out = input.map((x) => {
      const y = upgradeLegacyCondition(x);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out : input;
  }
  if (input === null || typeof input !== 'object') return input;
  const obj = input as Record<string, unknown>;
  if (typeof obj['field'] === 'string' && Object.hasOwn(LEGACY, obj['field'])) return upgradeLeaf(obj);
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const y = upgradeLegacyCondition(v);
    if (y !== v) changed = true;
    out[k] = y;
  }
  return changed ? out : input;
}

function upgradeLeaf(leaf: Record<string, unknown>): unknown {
  const table = LEGACY[leaf['field'] as string]!;
  const op = leaf['op'];
  const value = leaf['value'];
  if (typeof op !== 'string' || !WHOLE_VALUE.has(op) || Object.keys(leaf).some((k) => k !== 'field' && k !== 'op' && k !== 'value')) return leaf;
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || !values.every((v) => typeof v === 'string')) return leaf;
  if (!values.some((v) => Object.hasOwn(table, norm(v as string)))) return leaf;
  // Every operand → its tests (a current value stays on its field), grouped by field in order.
  const byField = new Map<string, string[]>();
  for (const v of values as string[]) {
    const targets: readonly Target[] = Object.hasOwn(table, norm(v)) ? table[norm(v)]! : [[leaf['field'] as Target[0], v]];
    for (const [f, x] of targets) {
      const list = byField.get(f) ?? [];
      if (!list.includes(x)) list.push(x);
      byField.set(f, list);
    }
  }
  const tests = [...byField].map(([field, xs]) => (xs.length === 1 && (op === 'is' || op === 'is_not') ? { field, op: 'is', value: xs[0] } : { field, op: 'is_one_of', value: xs }));
  const positive = tests.length === 1 ? tests[0]! : { any: tests };
  return Object.hasOwn(NEGATIVE, op) ? { not: positive } : positive;
}
