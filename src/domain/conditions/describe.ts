/**
 * Conditions in words, for the UI, audit entries and explanations:
 *   job title starts with “Director” and (derived seniority is one of “vp”, “c-level”)
 */
import { STRING_OPS, type BuyingGroupTest, type Condition, type FieldCondition, type Op, type StringOp } from './ast.ts';
import { CUSTOM_PREFIX, FIELDS, type Subject } from './fields.ts';

/**
 * Display names by id (personas, lists, accounts, solution interests, roles) and by activity type
 * key (the type's label); ids without a name are shown as ids, keys as keys.
 */
export type Names = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface DescribeOptions {
  /** Phrases `memberOfList` for people ("works at an account in list …"). */
  subject?: Subject;
  /**
   * Persona conditions by id: given, a persona reads with its condition in words — "matches
   * persona “IT leaders” (derived function is “it”)" — for readers who do not know the persona
   * (a data vendor reading a gap list). Each persona is spelled out once per path (a cycle, which
   * validation refuses anyway, cannot loop).
   */
  personas?: ReadonlyMap<string, Condition>;
  /** Personas already being spelled out on this path (internal). */
  inPersonas?: ReadonlySet<string>;
}

export function quoteText(s: string): string {
  return `“${s}”`;
}

function lookUp(names: Names | undefined, id: string): string | undefined {
  return names instanceof Map ? names.get(id) : names && Object.hasOwn(names, id) ? (names as Record<string, string>)[id] : undefined;
}

function nameOf(names: Names | undefined, id: string): string {
  const n = lookUp(names, id);
  return n === undefined ? id : quoteText(n);
}

const STRING_OP_SET: ReadonlySet<string> = new Set(STRING_OPS);
const isStringOp = (op: Op): op is StringOp => STRING_OP_SET.has(op);

function list(values: readonly unknown[], fmt: (v: unknown) => string, joiner: 'or' | ','): string {
  const parts = values.map(fmt);
  if (joiner === ',') return parts.join(', ');
  if (parts.length <= 2) return parts.join(' or ');
  return `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

const fmtText = (v: unknown): string => (typeof v === 'string' ? quoteText(v) : String(v));
const fmtPlain = (v: unknown): string => String(v);

/** The attribute's words: "job title", "custom attribute tier". */
export function fieldLabel(field: string, subject?: Subject): string {
  if (field.startsWith(CUSTOM_PREFIX)) return `custom attribute ${field.slice(CUSTOM_PREFIX.length)}`;
  const subjects: Subject[] = subject ? [subject] : ['person', 'account'];
  for (const s of subjects) {
    const fields = FIELDS[s];
    if (Object.hasOwn(fields, field)) return fields[field]!.label;
  }
  return field;
}

const STRING_WORDS: Record<Exclude<StringOp, 'is_empty' | 'is_not_empty'>, [single: string, multi: string]> = {
  is: ['is', 'is'],
  is_not: ['is not', 'is none of'],
  starts_with: ['starts with', 'starts with'],
  not_starts_with: ['does not start with', 'does not start with'],
  contains: ['contains', 'contains'],
  not_contains: ['does not contain', 'does not contain'],
  ends_with: ['ends with', 'ends with'],
  not_ends_with: ['does not end with', 'does not end with'],
  is_one_of: ['is one of', 'is one of'],
  is_none_of: ['is none of', 'is none of'],
};

/** "starts with “Director” or “VP”" — the operator and operand of a text test. */
export function describeStringTest(op: StringOp, value: unknown): string {
  if (op === 'is_empty') return 'is empty';
  if (op === 'is_not_empty') return 'is not empty';
  const values: unknown[] = Array.isArray(value) ? value : [value];
  // Own lookup: a condition that has not been validated may carry any operator string.
  const words = Object.hasOwn(STRING_WORDS, op) ? STRING_WORDS[op] : undefined;
  if (!words) return `${String(op)} ${list(values, fmtText, 'or')}`;
  const [single, multi] = words;
  if (values.length === 1) return `${single} ${fmtText(values[0])}`;
  const joiner = op === 'is_one_of' || op === 'is_none_of' || op === 'is_not' ? ',' : 'or';
  return `${multi} ${list(values, fmtText, joiner)}`;
}

function describeValueTest(op: Op, value: unknown, isDate: boolean): string {
  const pair = Array.isArray(value) ? value : [value, value];
  switch (op) {
    case 'eq':
      return isDate ? `is on ${fmtPlain(value)}` : `is ${fmtPlain(value)}`;
    case 'neq':
      return isDate ? `is not on ${fmtPlain(value)}` : `is not ${fmtPlain(value)}`;
    case 'lt':
    case 'before':
      return isDate ? `is before ${fmtPlain(value)}` : `is less than ${fmtPlain(value)}`;
    case 'lte':
      return isDate ? `is on or before ${fmtPlain(value)}` : `is at most ${fmtPlain(value)}`;
    case 'gt':
    case 'after':
      return isDate ? `is after ${fmtPlain(value)}` : `is more than ${fmtPlain(value)}`;
    case 'gte':
      return isDate ? `is on or after ${fmtPlain(value)}` : `is at least ${fmtPlain(value)}`;
    case 'between':
      return `is between ${fmtPlain(pair[0])} and ${fmtPlain(pair[1])}`;
    case 'in_last_days':
      return value === 1 ? 'is in the last day' : `is in the last ${fmtPlain(value)} days`;
    case 'is_empty':
      return 'is empty';
    case 'is_not_empty':
      return 'is not empty';
    case 'is_true':
      return 'is true';
    case 'is_false':
      return 'is false';
    default:
      return describeStringTest(op, value);
  }
}

/** One field test in words: "job title starts with “Director”". */
export function describeField(c: FieldCondition, subject?: Subject): string {
  const label = fieldLabel(c.field, subject);
  const builtin = subject ? FIELDS[subject][c.field] : (FIELDS.person[c.field] ?? FIELDS.account[c.field]);
  const type = c.field.startsWith(CUSTOM_PREFIX) ? (c.type ?? 'string') : builtin?.type;
  // A string field tested with a number operator (which validation refuses) still reads as words.
  if (type === 'string' && isStringOp(c.op)) return `${label} ${describeStringTest(c.op, c.value)}`;
  return `${label} ${describeValueTest(c.op, c.value, type === 'date')}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** A leaf (not all/any/not) in words. */
export function describeLeaf(c: Condition, names?: Names, opts: DescribeOptions = {}): string {
  if ('field' in c) return describeField(c, opts.subject);
  if ('activity' in c) {
    const types = Array.isArray(c.activity.type) ? c.activity.type : [c.activity.type];
    const days = c.activity.inLastDays === 1 ? 'the last day' : `the last ${c.activity.inLastDays} days`;
    const typeName = (t: unknown): string => (typeof t === 'string' && lookUp(names, t) !== undefined ? quoteText(lookUp(names, t)!) : fmtText(t));
    return `has activity ${list(types, typeName, 'or')} at least ${times(c.activity.atLeast)} in ${days}`;
  }
  if ('persona' in c) {
    const head = `matches persona ${nameOf(names, c.persona)}`;
    const inner = opts.personas?.get(c.persona);
    if (inner === undefined || opts.inPersonas?.has(c.persona)) return head;
    const inPersonas = new Set(opts.inPersonas ?? []).add(c.persona);
    return `${head} (${describeCondition(inner, names, { ...opts, subject: 'person', inPersonas })})`;
  }
  if ('memberOfList' in c)
    return opts.subject === 'person' ? `works at an account in list ${nameOf(names, c.memberOfList)}` : `is in list ${nameOf(names, c.memberOfList)}`;
  if ('roleInAccount' in c) {
    const { op, value } = c.roleInAccount;
    if (op === 'is_empty') return 'has no role in the account';
    if (op === 'is_not_empty') return 'has a role in the account';
    return `role in account ${describeStringTest(op, value)}`;
  }
  if ('descendantOf' in c) return `is below account ${nameOf(names, c.descendantOf)} in the hierarchy`;
  if ('people' in c) {
    const { atLeast, where, relationType } = c.people;
    const types = relationType === undefined ? [] : Array.isArray(relationType) ? relationType : [relationType];
    const as = types.length ? ` (as ${list(types, fmtPlain, 'or')})` : '';
    const cond = where === undefined ? '' : ` matching: ${describeCondition(where, names, { subject: 'person' })}`;
    return `has at least ${atLeast} related ${atLeast === 1 ? 'person' : 'people'}${as}${cond}`;
  }
  if ('buyingGroup' in c) return describeBuyingGroup(c.buyingGroup, names);
  return describeCondition(c, names, opts);
}

/** "has a buying group for “Security” that is active, in stage qualified or won, completeness is less than 50, …" */
function describeBuyingGroup(t: BuyingGroupTest, names: Names | undefined): string {
  const parts: string[] = [];
  if (t.active !== undefined) parts.push(t.active ? 'is active' : 'is inactive');
  if (t.stage !== undefined) parts.push(`is in stage ${list(Array.isArray(t.stage) ? t.stage : [t.stage], fmtPlain, 'or')}`);
  if (t.status !== undefined) parts.push(`status ${describeStringTest(t.status.op, t.status.value)}`);
  if (t.completeness !== undefined) parts.push(`completeness ${describeValueTest(t.completeness.op, t.completeness.value, false)}`);
  if (t.engagement !== undefined) parts.push(`engagement ${describeValueTest(t.engagement.op, t.engagement.value, false)}`);
  for (const r of t.roleCount ?? []) {
    const role = nameOf(names, r.roleId);
    if (r.atMost === 0) parts.push(`nobody in role ${role}`);
    else if (r.atMost === undefined) parts.push(`at least ${r.atLeast} in role ${role}`);
    else if (r.atLeast === undefined || r.atLeast === 0) parts.push(`at most ${r.atMost} in role ${role}`);
    else parts.push(`${r.atLeast === r.atMost ? `exactly ${r.atLeast}` : `${r.atLeast} to ${r.atMost}`} in role ${role}`);
  }
  const head = `has a buying group for ${nameOf(names, t.solutionInterestId)}`;
  return parts.length ? `${head} that ${parts.length <= 2 ? parts.join(' and ') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`}` : head;
}

/**
 * The whole condition in words. Nested groups are parenthesised; an empty `all` reads "always",
 * an empty `any` "never".
 */
export function describeCondition(cond: Condition, names?: Names, opts: DescribeOptions = {}): string {
  const inner = (c: Condition): string => {
    if ('all' in c || 'any' in c) return `(${describeCondition(c, names, opts)})`;
    if ('not' in c) return describeCondition(c, names, opts);
    return describeLeaf(c, names, opts);
  };
  if ('all' in cond) return cond.all.length === 0 ? 'always' : cond.all.map(inner).join(' and ');
  if ('any' in cond) return cond.any.length === 0 ? 'never' : cond.any.map(inner).join(' or ');
  if ('not' in cond) return `not (${describeCondition(cond.not, names, opts)})`;
  return describeLeaf(cond, names, opts);
}
