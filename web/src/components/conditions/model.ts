/**
 * Pure helpers of the condition builder: operator words, which operators a type has, how an
 * operand follows an operator change, the new leaves the builder adds, and a completeness check
 * (so live previews do not send conditions that are still being typed).
 */
import {
  BOOLEAN_OPS,
  DATE_OPS,
  NUMBER_OPS,
  STRING_OPS,
  type Condition,
  type FieldCondition,
  type Op,
  type ScoreTest,
  type StringOp,
  type Subject,
  type ValueType,
} from './types.ts';

export const OPS_BY_TYPE: Record<ValueType, readonly Op[]> = { string: STRING_OPS, number: NUMBER_OPS, date: DATE_OPS, boolean: BOOLEAN_OPS };

export const OP_LABELS: Record<Op, string> = {
  is: 'is',
  is_not: 'is not',
  starts_with: 'starts with',
  not_starts_with: 'does not start with',
  contains: 'contains',
  not_contains: 'does not contain',
  ends_with: 'ends with',
  not_ends_with: 'does not end with',
  is_one_of: 'is one of',
  is_none_of: 'is none of',
  is_empty: 'is empty',
  is_not_empty: 'is not empty',
  eq: '= equals',
  neq: '≠ does not equal',
  lt: '< less than',
  lte: '≤ at most',
  gt: '> greater than',
  gte: '≥ at least',
  between: 'between (inclusive)',
  before: 'before',
  after: 'after',
  in_last_days: 'in the last … days',
  is_true: 'is true',
  is_false: 'is false',
};

/** Date operators read with dates: "on", "before" … */
export const DATE_OP_LABELS: Partial<Record<Op, string>> = {
  eq: 'on',
  neq: 'not on',
  lt: 'before (<)',
  lte: 'on or before (≤)',
  gt: 'after (>)',
  gte: 'on or after (≥)',
};

export function opLabel(type: ValueType, op: Op): string {
  return (type === 'date' ? DATE_OP_LABELS[op] : undefined) ?? OP_LABELS[op];
}

export const NO_VALUE_OPS: ReadonlySet<Op> = new Set(['is_empty', 'is_not_empty', 'is_true', 'is_false']);
export const LIST_OPS: ReadonlySet<Op> = new Set(['is_one_of', 'is_none_of']);
/** String operators that compare whole values (a closed set is offered as choices for them). */
export const WHOLE_VALUE_OPS: ReadonlySet<Op> = new Set(['is', 'is_not', 'is_one_of', 'is_none_of']);

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

type Operand = FieldCondition['value'];

/** The operand a leaf gets when its operator changes to `op` (the old one kept where it fits). */
export function adaptOperand(type: ValueType, op: Op, old: Operand): Operand {
  if (NO_VALUE_OPS.has(op)) return undefined;
  if (type === 'string') {
    if (LIST_OPS.has(op)) return Array.isArray(old) ? old.map(String) : typeof old === 'string' && old !== '' ? [old] : [];
    if (Array.isArray(old) || typeof old === 'string') return Array.isArray(old) ? old.map(String) : old;
    return '';
  }
  if (type === 'number') {
    if (op === 'between') return Array.isArray(old) && old.length === 2 && old.every((n) => typeof n === 'number') ? old : typeof old === 'number' ? [old, old] : [0, 0];
    if (typeof old === 'number') return old;
    if (Array.isArray(old) && typeof old[0] === 'number') return old[0];
    return 0;
  }
  // date
  if (op === 'in_last_days') return typeof old === 'number' ? old : 30;
  if (op === 'between') return Array.isArray(old) && old.length === 2 && old.every((d) => typeof d === 'string') ? old : typeof old === 'string' ? [old, old] : [today(), today()];
  if (typeof old === 'string') return old;
  if (Array.isArray(old) && typeof old[0] === 'string') return old[0];
  return today();
}

/** A leaf with its operator changed and the operand following. */
export function withOp(c: FieldCondition, type: ValueType, op: Op): FieldCondition {
  const { value: _v, ...rest } = c;
  const value = adaptOperand(type, op, c.value);
  return value === undefined ? { ...rest, op } : { ...rest, op, value };
}

export const DEFAULT_OP: Record<ValueType, Op> = { string: 'is', number: 'gte', date: 'in_last_days', boolean: 'is_true' };

/** A score test with its operator changed. */
export function withScoreOp(t: ScoreTest, op: ScoreTest['op']): ScoreTest {
  return { op, value: adaptOperand('number', op, t.value) as ScoreTest['value'] };
}

/** A string test ({op, value?}: roleInAccount, buying-group status) with its operator changed. */
export function withStringOp<T extends { op: StringOp; value?: string | string[] }>(t: T, op: StringOp): T {
  const { value: _v, ...rest } = t;
  const value = adaptOperand('string', op, t.value) as string | string[] | undefined;
  return (value === undefined ? { ...rest, op } : { ...rest, op, value }) as T;
}

/** The kinds of leaf, per subject, in the order the "Add condition" menu offers them. */
export type LeafKind = 'field' | 'activity' | 'persona' | 'memberOfList' | 'roleInAccount' | 'descendantOf' | 'people' | 'buyingGroup';

export const LEAF_KINDS: Record<Subject, LeafKind[]> = {
  person: ['field', 'activity', 'persona', 'memberOfList', 'roleInAccount'],
  account: ['field', 'people', 'buyingGroup', 'memberOfList', 'descendantOf'],
};

export const LEAF_LABELS: Record<LeafKind, string> = {
  field: 'Attribute',
  activity: 'Activity history',
  persona: 'Persona',
  memberOfList: 'Member of a list',
  roleInAccount: 'Role in the account',
  descendantOf: 'Below an account (hierarchy)',
  people: 'Related people',
  buyingGroup: 'Buying group',
};

export interface LeafDefaults {
  activityType?: string | undefined;
  personaId?: string | undefined;
  listId?: string | undefined;
  solutionInterestId?: string | undefined;
}

/** A new leaf of a kind: valid as it stands wherever a sensible default exists. */
export function newLeaf(kind: LeafKind, subject: Subject, d: LeafDefaults = {}): Condition {
  switch (kind) {
    case 'field':
      return subject === 'person' ? { field: 'jobTitle', op: 'is_not_empty' } : { field: 'industry', op: 'is_not_empty' };
    case 'activity':
      return { activity: { type: d.activityType ?? 'email_opened', atLeast: 1, inLastDays: 30 } };
    case 'persona':
      return { persona: d.personaId ?? '' };
    case 'memberOfList':
      return { memberOfList: d.listId ?? '' };
    case 'roleInAccount':
      return { roleInAccount: { op: 'is_not_empty' } };
    case 'descendantOf':
      return { descendantOf: '' };
    case 'people':
      return { people: { atLeast: 1 } };
    case 'buyingGroup':
      return { buyingGroup: { solutionInterestId: d.solutionInterestId ?? '' } };
  }
}

const nonEmpty = (v: unknown): boolean => (typeof v === 'string' ? v.trim() !== '' : Array.isArray(v) ? v.length > 0 && v.every(nonEmpty) : typeof v === 'number' && Number.isFinite(v));

function stringTestComplete(t: { op: string; value?: unknown }): boolean {
  return NO_VALUE_OPS.has(t.op as Op) ? t.value === undefined : nonEmpty(t.value);
}

/**
 * False when some part is visibly unfinished (an empty operand, a reference not chosen yet): a
 * live preview waits until it is complete. Not a validation: the API has the last word.
 */
export function isComplete(c: Condition): boolean {
  if ('all' in c) return c.all.every(isComplete);
  if ('any' in c) return c.any.every(isComplete);
  if ('not' in c) return isComplete(c.not);
  if ('field' in c) {
    if (c.field === '' || c.field === 'custom.') return false;
    return NO_VALUE_OPS.has(c.op) ? c.value === undefined : nonEmpty(c.value);
  }
  if ('activity' in c) return nonEmpty(c.activity.type) && c.activity.atLeast >= 1 && c.activity.inLastDays >= 1;
  if ('persona' in c) return c.persona !== '';
  if ('memberOfList' in c) return c.memberOfList !== '';
  if ('descendantOf' in c) return c.descendantOf !== '';
  if ('roleInAccount' in c) return stringTestComplete(c.roleInAccount);
  if ('people' in c) return c.people.atLeast >= 1 && (c.people.where === undefined || isComplete(c.people.where));
  if ('buyingGroup' in c) {
    const b = c.buyingGroup;
    return b.solutionInterestId !== '' && (b.status === undefined || stringTestComplete(b.status)) && (b.stage === undefined || nonEmpty(b.stage)) && (b.roleCount ?? []).every((r) => r.roleId !== '');
  }
  return true;
}

/** One value or several, as the AST writes them: a single value stays a string. */
export function oneOrMany<T extends string>(values: T[]): T | T[] {
  return values.length === 1 ? (values[0] as T) : values;
}

export function asList<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
