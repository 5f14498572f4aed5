/**
 * Validation of conditions: the zod structure (ast.ts) plus everything that depends on the
 * subject and the field's type — with one error per problem, each at a precise JSON-pointer path
 * and in words a marketing-operations user understands. All problems are collected, not just the
 * first.
 */
import { upgradeLegacyCondition } from '../people/legacy.ts';
import { ACTIVITY_TYPE_PATTERN } from '../activities.ts';
import { QuorumError, type ErrorDetail } from '../errors.ts';
import { RELATION_TYPES } from '../relations.ts';
import { normText } from '../text.ts';
import {
  BOOLEAN_OPS,
  DATE_OPS,
  MAX_DEPTH,
  MAX_NODES,
  MAX_ROLE_COUNTS,
  MAX_STAGE_KEYS,
  SCORE_OPS,
  MAX_STRING,
  MAX_VALUES,
  NUMBER_OPS,
  STRING_OPS,
  conditionSchema,
  type Condition,
  type Op,
  type StringOp,
} from './ast.ts';
import { positiveTwin, stringTest } from './evaluate.ts';
import { CUSTOM_KEY, CUSTOM_PREFIX, FIELDS, resolveField, type Subject, type ValueType } from './fields.ts';
import { conditionFacts } from './walk.ts';

export const OPS_BY_TYPE: Record<ValueType, readonly Op[]> = {
  string: STRING_OPS,
  number: NUMBER_OPS,
  date: DATE_OPS,
  boolean: BOOLEAN_OPS,
};

/** Words for value types in messages. */
export const TYPE_WORDS: Record<ValueType, string> = {
  string: 'text',
  number: 'number',
  date: 'date',
  boolean: 'yes/no',
};

/** "starts with" etc. for messages about operands that match no allowed value. */
const OP_WORDS: Record<StringOp, string> = {
  is: 'is',
  is_not: 'is',
  is_one_of: 'is',
  is_none_of: 'is',
  starts_with: 'is the start of',
  not_starts_with: 'is the start of',
  contains: 'is part of',
  not_contains: 'is part of',
  ends_with: 'is the end of',
  not_ends_with: 'is the end of',
  is_empty: 'is',
  is_not_empty: 'is',
};

/** The kinds of condition node, by their distinguishing key. */
export const NODE_KEYS = ['all', 'any', 'not', 'field', 'activity', 'persona', 'memberOfList', 'roleInAccount', 'descendantOf', 'people', 'buyingGroup'] as const;
type NodeKey = (typeof NODE_KEYS)[number];

/** Which leaf kinds each subject supports. */
const SUBJECT_ONLY: Partial<Record<NodeKey, Subject>> = {
  activity: 'person',
  persona: 'person',
  roleInAccount: 'person',
  descendantOf: 'account',
  people: 'account',
  buyingGroup: 'account',
};

/** Activity types are identifiers: matched exactly, so they must be shaped like stored ones. */
const ACTIVITY_TYPE = ACTIVITY_TYPE_PATTERN;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ACTIVITY_TYPES = 100;
const MAX_AT_LEAST = 1_000_000;
const MAX_ACTIVITY_DAYS = 3650;
/** `in_last_days` on dates: up to 100 years. */
export const MAX_IN_LAST_DAYS = 36_500;
/** Operand values in one condition, all lists together (each is a bound SQL parameter). */
export const MAX_TOTAL_VALUES = 10_000;

const ID_PATTERNS = {
  persona: { re: /^psn_/, what: 'a persona id (psn_…)' },
  memberOfList: { re: /^lst_/, what: 'an account list id (lst_…)' },
  descendantOf: { re: /^acc_/, what: 'an account id (acc_…)' },
} as const;

/** JSON pointer segment escaping (RFC 6901). */
function seg(s: string | number): string {
  return `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function quote(v: unknown): string {
  if (typeof v === 'string') return `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  return JSON.stringify(v) ?? String(v);
}

/** A real calendar day written YYYY-MM-DD. */
export function isCalendarDay(s: string): boolean {
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

function suggest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase().replace(/[\s_-]/g, '');
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = c.toLowerCase() === lower ? 0 : levenshtein(lower, c.toLowerCase());
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return bestScore <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}

class Checker {
  readonly errors: ErrorDetail[] = [];
  nodes = 0;
  values = 0;
  /** Changes inside `people.where` (a person condition within an account condition). */
  constructor(public subject: Subject) {}

  err(path: string, message: string): void {
    this.errors.push({ field: path, message });
  }

  node(input: unknown, path: string, depth: number): void {
    this.nodes++;
    if (depth > MAX_DEPTH) {
      this.err(path, `conditions can be nested at most ${MAX_DEPTH} levels deep; simplify this part`);
      return;
    }
    if (!isPlainObject(input)) {
      this.err(path, 'each condition must be an object, e.g. {"field": "jobTitle", "op": "contains", "value": "security"}');
      return;
    }
    const keys = Object.keys(input);
    const kinds = NODE_KEYS.filter((k) => Object.hasOwn(input, k));
    if (kinds.length === 0) {
      if (Object.hasOwn(input, 'op') || Object.hasOwn(input, 'value')) this.err(`${path}/field`, "missing 'field': name the attribute to test, e.g. \"jobTitle\"");
      else
        this.err(
          path,
          `not a condition: expected one of ${NODE_KEYS.join(', ')}${keys.length ? ` (found ${keys.map((k) => `'${k}'`).join(', ')})` : ''}`,
        );
      return;
    }
    if (kinds.length > 1) {
      this.err(
        path,
        `a condition has exactly one of ${NODE_KEYS.join(', ')}; this one has ${kinds.map((k) => `'${k}'`).join(' and ')} — combine them with {"all": [...]} or {"any": [...]}`,
      );
      return;
    }
    const kind = kinds[0]!;
    const allowed = kind === 'field' ? ['field', 'op', 'value', 'type'] : [kind];
    for (const k of keys) if (!allowed.includes(k)) this.err(path + seg(k), `unknown key '${k}' in ${kindWords(kind)} condition; remove it`);
    const only = SUBJECT_ONLY[kind];
    if (only && only !== this.subject) {
      this.err(path + seg(kind), `${kindWords(kind)} conditions apply to ${only === 'person' ? 'people' : 'accounts'}, not to ${this.subject === 'person' ? 'people' : 'accounts'}`);
      return;
    }
    switch (kind) {
      case 'all':
      case 'any': {
        const list = input[kind];
        if (!Array.isArray(list)) {
          this.err(path + seg(kind), `'${kind}' must be a list of conditions`);
          return;
        }
        if (list.length > MAX_NODES) {
          this.err(path + seg(kind), `'${kind}' can hold at most ${MAX_NODES} conditions`);
          return;
        }
        list.forEach((c, i) => this.node(c, path + seg(kind) + seg(i), depth + 1));
        return;
      }
      case 'not':
        this.node(input.not, `${path}/not`, depth + 1);
        return;
      case 'field':
        this.field(input, path);
        return;
      case 'activity':
        this.activity(input.activity, `${path}/activity`);
        return;
      case 'persona':
      case 'memberOfList':
      case 'descendantOf': {
        const id = input[kind];
        const { re, what } = ID_PATTERNS[kind];
        if (typeof id !== 'string' || !re.test(id) || id.length > 100) this.err(path + seg(kind), `must be ${what}`);
        return;
      }
      case 'roleInAccount':
        this.roleInAccount(input.roleInAccount, `${path}/roleInAccount`);
        return;
      case 'people':
        this.people(input.people, `${path}/people`, depth);
        return;
      case 'buyingGroup':
        this.buyingGroup(input.buyingGroup, `${path}/buyingGroup`);
        return;
    }
  }

  /** Unknown keys of a leaf's object are errors naming the known ones. */
  keys(o: Record<string, unknown>, known: readonly string[], path: string): void {
    for (const k of Object.keys(o)) if (!known.includes(k)) this.err(path + seg(k), `unknown key '${k}'; use ${known.join(', ')}`);
  }

  wholeNumber(v: unknown, min: number, max: number, path: string, what: string): boolean {
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return true;
    this.err(path, `must be a whole number from ${min} to ${max} (${what})`);
    return false;
  }

  people(p: unknown, path: string, depth: number): void {
    if (!isPlainObject(p)) {
      this.err(path, 'must be an object like {"atLeast": 2, "where": {"field": "derivedSeniority", "op": "is", "value": "vp"}}');
      return;
    }
    this.keys(p, ['atLeast', 'where', 'relationType'], path);
    this.wholeNumber(p.atLeast, 1, MAX_AT_LEAST, `${path}/atLeast`, 'how many people');
    const rt = p.relationType;
    if (rt !== undefined) {
      const check = (v: unknown, at: string) => {
        if (typeof v !== 'string' || !(RELATION_TYPES as readonly string[]).includes(v)) this.err(at, `${quote(v)} is not a relation type — allowed values: ${RELATION_TYPES.join(', ')}`);
      };
      if (Array.isArray(rt)) {
        if (rt.length === 0 || rt.length > RELATION_TYPES.length) this.err(`${path}/relationType`, `give 1 to ${RELATION_TYPES.length} relation types: ${RELATION_TYPES.join(', ')}`);
        else rt.forEach((v, i) => check(v, `${path}/relationType${seg(i)}`));
      } else check(rt, `${path}/relationType`);
    }
    if (p.where !== undefined) {
      const outer = this.subject;
      this.subject = 'person';
      this.node(p.where, `${path}/where`, depth + 1);
      this.subject = outer;
    }
  }

  buyingGroup(b: unknown, path: string): void {
    if (!isPlainObject(b)) {
      this.err(path, 'must be an object like {"solutionInterestId": "si_…", "completeness": {"op": "lt", "value": 50}}');
      return;
    }
    this.keys(b, ['solutionInterestId', 'active', 'stage', 'status', 'completeness', 'engagement', 'roleCount'], path);
    const si = b.solutionInterestId;
    if (typeof si !== 'string' || !/^si_/.test(si) || si.length > 100) this.err(`${path}/solutionInterestId`, 'must be a solution interest id (si_…)');
    if (b.active !== undefined && typeof b.active !== 'boolean') this.err(`${path}/active`, 'must be true (active groups only) or false (inactive groups only)');
    const stage = b.stage;
    if (stage !== undefined) {
      const check = (v: unknown, at: string) => {
        if (typeof v !== 'string' || v.trim() === '' || v.length > 100) this.err(at, 'must be a stage key of the solution interest’s stage model, e.g. "qualified"');
      };
      if (Array.isArray(stage)) {
        if (stage.length === 0 || stage.length > MAX_STAGE_KEYS) this.err(`${path}/stage`, `give 1 to ${MAX_STAGE_KEYS} stage keys`);
        else stage.forEach((v, i) => check(v, `${path}/stage${seg(i)}`));
      } else check(stage, `${path}/stage`);
    }
    const status = b.status;
    if (status !== undefined) {
      if (!isPlainObject(status)) this.err(`${path}/status`, 'must be a text test like {"op": "is", "value": "Hot"}');
      else {
        this.keys(status, ['op', 'value'], `${path}/status`);
        const op = status.op;
        if (typeof op !== 'string' || !(STRING_OPS as readonly string[]).includes(op)) this.err(`${path}/status/op`, `use one of ${STRING_OPS.join(', ')}`);
        else this.operand('string', op as Op, status.value, status.value !== undefined, `${path}/status/value`);
      }
    }
    for (const score of ['completeness', 'engagement'] as const) {
      const t = b[score];
      if (t === undefined) continue;
      const at = `${path}/${score}`;
      if (!isPlainObject(t)) {
        this.err(at, `must be a number test like {"op": "lt", "value": 50} (the ${score} score, 0–100)`);
        continue;
      }
      this.keys(t, ['op', 'value'], at);
      const op = t.op;
      if (typeof op !== 'string' || !(SCORE_OPS as readonly string[]).includes(op)) this.err(`${at}/op`, `use one of ${SCORE_OPS.join(', ')}`);
      else this.operand('number', op as Op, t.value, t.value !== undefined, `${at}/value`);
    }
    const rc = b.roleCount;
    if (rc !== undefined) {
      if (!Array.isArray(rc) || rc.length === 0 || rc.length > MAX_ROLE_COUNTS) {
        this.err(`${path}/roleCount`, `must be a list of 1 to ${MAX_ROLE_COUNTS} tests like {"roleId": "rol_decision_maker", "atLeast": 1}`);
        return;
      }
      rc.forEach((item, i) => {
        const at = `${path}/roleCount${seg(i)}`;
        if (!isPlainObject(item)) {
          this.err(at, 'must be an object like {"roleId": "rol_decision_maker", "atLeast": 1}');
          return;
        }
        this.keys(item, ['roleId', 'atLeast', 'atMost'], at);
        if (typeof item.roleId !== 'string' || !/^rol_/.test(item.roleId) || item.roleId.length > 100) this.err(`${at}/roleId`, 'must be a role id (rol_…)');
        if (item.atLeast === undefined && item.atMost === undefined) {
          this.err(at, "give 'atLeast', 'atMost' or both (how many members hold the role; \"atMost\": 0 = nobody)");
          return;
        }
        const okA = item.atLeast === undefined || this.wholeNumber(item.atLeast, 0, MAX_AT_LEAST, `${at}/atLeast`, 'members in the role');
        const okB = item.atMost === undefined || this.wholeNumber(item.atMost, 0, MAX_AT_LEAST, `${at}/atMost`, 'members in the role');
        if (okA && okB && typeof item.atLeast === 'number' && typeof item.atMost === 'number' && item.atLeast > item.atMost)
          this.err(at, `atLeast ${item.atLeast} is greater than atMost ${item.atMost}`);
      });
    }
  }

  field(input: Record<string, unknown>, path: string): void {
    const { field, op, value, type } = input;
    if (typeof field !== 'string' || field === '') {
      this.err(`${path}/field`, "'field' must name an attribute, e.g. \"jobTitle\" or \"custom.tier\"");
      return;
    }
    if (type !== undefined && !(typeof type === 'string' && ['string', 'number', 'date', 'boolean'].includes(type))) {
      this.err(`${path}/type`, "'type' must be one of string, number, date, boolean");
      return;
    }
    const isCustom = field.startsWith(CUSTOM_PREFIX);
    if (type !== undefined && !isCustom) {
      this.err(`${path}/type`, `'type' applies only to custom attributes (custom.<key>); '${field}' is a built-in field — remove 'type'`);
    }
    if (isCustom && !CUSTOM_KEY.test(field.slice(CUSTOM_PREFIX.length))) {
      this.err(
        `${path}/field`,
        `custom attribute key '${field.slice(CUSTOM_PREFIX.length)}' is not valid: use letters, digits, _ and - (at most 64, not starting with a digit or -)`,
      );
      return;
    }
    const rf = resolveField(this.subject, field, type as ValueType | undefined);
    if (!rf) {
      const names = Object.keys(FIELDS[this.subject]);
      const other: Subject = this.subject === 'person' ? 'account' : 'person';
      const guess = suggest(field, names);
      const where = this.subject === 'person' ? 'person' : 'account';
      let msg = `unknown ${where} field '${field}'`;
      if (guess) msg += `; did you mean '${guess}'?`;
      else if (Object.prototype.hasOwnProperty.call(FIELDS[other], field))
        msg += ` ('${field}' is ${other === 'person' ? 'a person' : 'an account'} field)`;
      msg += guess ? '' : `; ${where} fields are ${names.join(', ')}, or custom.<key>`;
      this.err(`${path}/field`, msg);
      return;
    }
    const what = rf.kind === 'custom' ? `custom attribute '${rf.key}' (${TYPE_WORDS[rf.type]})` : `${TYPE_WORDS[rf.type]} field '${field}'`;
    const ops = OPS_BY_TYPE[rf.type];
    if (typeof op !== 'string' || !ops.includes(op as Op)) {
      const hint = rf.kind === 'custom' && typeof op === 'string' && !ops.includes(op as Op) ? customTypeHint(op) : '';
      this.err(
        `${path}/op`,
        typeof op === 'string'
          ? `operator '${op}' does not apply to ${what}; use one of ${ops.join(', ')}${hint}`
          : `'op' is missing; for ${what} use one of ${ops.join(', ')}`,
      );
      return;
    }
    const before = this.errors.length;
    this.operand(rf.type, op as Op, value, input.value !== undefined, `${path}/value`);
    if (rf.kind === 'builtin' && rf.values && this.errors.length === before) this.closedSet(rf.label, rf.values, op as StringOp, value, `${path}/value`);
  }

  /**
   * A text field with a closed set of values: every operand must be able to match one of them
   * under the operator (for is/is_one_of: be one of them), else the test would silently match
   * nobody (or, negated, everybody). Operands compare normalised, like the data.
   */
  closedSet(label: string, allowed: readonly string[], op: StringOp, value: unknown, path: string): void {
    if (op === 'is_empty' || op === 'is_not_empty') return;
    const positive = positiveTwin(op) ?? op;
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v, i) => {
      if (typeof v !== 'string' || allowed.some((a) => stringTest(positive, [a], v))) return;
      const at = Array.isArray(value) ? path + seg(i) : path;
      const whole = positive === 'is' || positive === 'is_one_of';
      const guess = whole ? suggest(normText(v), allowed) : undefined;
      this.err(
        at,
        `${quote(v)} ${whole ? `is not a ${label}` : `${OP_WORDS[positive]} no ${label}`}${guess ? `; did you mean “${guess}”?` : ''} — allowed values: ${allowed.join(', ')}`,
      );
    });
  }

  /** Checks the operand of `op` on a value of `type`. */
  operand(type: ValueType, op: Op, value: unknown, present: boolean, path: string): void {
    if (op === 'is_empty' || op === 'is_not_empty' || op === 'is_true' || op === 'is_false') {
      if (present) this.err(path, `operator '${op}' takes no value; remove 'value'`);
      return;
    }
    if (!present) {
      this.err(path, `operator '${op}' needs a value${exampleFor(type, op)}`);
      return;
    }
    if (type === 'string') {
      if (op === 'is_one_of' || op === 'is_none_of') {
        if (!Array.isArray(value)) {
          this.err(path, `operator '${op}' needs a list of values, e.g. ["Director", "VP"]`);
          return;
        }
      }
      if (Array.isArray(value)) {
        if (value.length === 0) this.err(path, 'the list of values is empty; give at least one');
        else if (value.length > MAX_VALUES) this.err(path, `at most ${MAX_VALUES} values are allowed (got ${value.length})`);
        else {
          this.values += value.length;
          value.forEach((v, i) => this.text(v, path + seg(i)));
        }
      } else this.text(value, path);
      return;
    }
    if (type === 'number') {
      if (op === 'between') {
        if (!Array.isArray(value) || value.length !== 2) {
          this.err(path, "operator 'between' needs two numbers [min, max], e.g. [100, 500]");
          return;
        }
        const okMin = this.number(value[0], path + seg(0));
        const okMax = this.number(value[1], path + seg(1));
        if (okMin && okMax && (value[0] as number) > (value[1] as number))
          this.err(path, `the minimum ${value[0]} is greater than the maximum ${value[1]}; write [min, max]`);
        return;
      }
      if (Array.isArray(value)) {
        this.err(path, `operator '${op}' takes a single number, not a list`);
        return;
      }
      this.number(value, path);
      return;
    }
    // dates
    if (op === 'in_last_days') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_IN_LAST_DAYS)
        this.err(path, `operator 'in_last_days' needs a whole number of days from 1 to ${MAX_IN_LAST_DAYS}, e.g. 30`);
      return;
    }
    if (op === 'between') {
      if (!Array.isArray(value) || value.length !== 2) {
        this.err(path, "operator 'between' needs two dates [from, to], e.g. [\"2024-01-01\", \"2024-03-31\"]");
        return;
      }
      const okA = this.day(value[0], path + seg(0));
      const okB = this.day(value[1], path + seg(1));
      if (okA && okB && (value[0] as string) > (value[1] as string))
        this.err(path, `the first date ${value[0]} is after the second ${value[1]}; write [from, to]`);
      return;
    }
    if (Array.isArray(value)) {
      this.err(path, `operator '${op}' takes a single date, not a list`);
      return;
    }
    this.day(value, path);
  }

  text(v: unknown, path: string): void {
    if (typeof v !== 'string') {
      this.err(path, `must be text (got ${quote(v)})`);
      return;
    }
    if (v.length > MAX_STRING) {
      this.err(path, `is too long (at most ${MAX_STRING} characters)`);
      return;
    }
    if (v.trim() === '' || normText(v) === '') this.err(path, "must not be empty; to test for a missing value use the operator 'is_empty'");
  }

  number(v: unknown, path: string): boolean {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.err(path, typeof v === 'string' ? `must be a number, written without quotes (got ${quote(v)})` : `must be a number (got ${quote(v)})`);
      return false;
    }
    return true;
  }

  day(v: unknown, path: string): boolean {
    if (typeof v !== 'string' || !DAY.test(v)) {
      this.err(path, `must be a date written YYYY-MM-DD, e.g. 2024-03-31 (got ${quote(v)})`);
      return false;
    }
    if (!isCalendarDay(v)) {
      this.err(path, `${v} is not a real calendar date`);
      return false;
    }
    return true;
  }

  activity(a: unknown, path: string): void {
    if (!isPlainObject(a)) {
      this.err(path, 'must be an object like {"type": "email_opened", "atLeast": 1, "inLastDays": 30}');
      return;
    }
    for (const k of Object.keys(a))
      if (!['type', 'atLeast', 'inLastDays'].includes(k)) this.err(path + seg(k), `unknown key '${k}'; use type, atLeast and inLastDays`);
    const t = a.type;
    const checkType = (v: unknown, p: string) => {
      if (typeof v !== 'string' || v.trim() === '') this.err(p, 'must be an activity type such as email_opened');
      else if (!ACTIVITY_TYPE.test(v.trim()))
        this.err(p, `${quote(v)} is not an activity type; types are lower-case identifiers such as email_opened or webinar_attended`);
    };
    if (t === undefined) this.err(`${path}/type`, 'name the activity type, e.g. "email_opened", or a list of types');
    else if (Array.isArray(t)) {
      if (t.length === 0) this.err(`${path}/type`, 'the list of activity types is empty; give at least one');
      else if (t.length > MAX_ACTIVITY_TYPES) this.err(`${path}/type`, `at most ${MAX_ACTIVITY_TYPES} activity types are allowed`);
      else t.forEach((v, i) => checkType(v, `${path}/type${seg(i)}`));
    } else checkType(t, `${path}/type`);
    const n = a.atLeast;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_AT_LEAST)
      this.err(`${path}/atLeast`, `must be a whole number from 1 to ${MAX_AT_LEAST} (how many times)`);
    const d = a.inLastDays;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1 || d > MAX_ACTIVITY_DAYS)
      this.err(`${path}/inLastDays`, `must be a whole number of days from 1 to ${MAX_ACTIVITY_DAYS}`);
  }

  roleInAccount(r: unknown, path: string): void {
    if (!isPlainObject(r)) {
      this.err(path, 'must be an object like {"op": "is", "value": "Budget owner"}');
      return;
    }
    for (const k of Object.keys(r)) if (k !== 'op' && k !== 'value') this.err(path + seg(k), `unknown key '${k}'; use op and value`);
    const op = r.op;
    if (typeof op !== 'string' || !(STRING_OPS as readonly string[]).includes(op)) {
      this.err(
        `${path}/op`,
        typeof op === 'string'
          ? `operator '${op}' does not apply to roles in the account (text); use one of ${STRING_OPS.join(', ')}`
          : `'op' is missing; use one of ${STRING_OPS.join(', ')}`,
      );
      return;
    }
    this.operand('string', op as Op, r.value, r.value !== undefined, `${path}/value`);
  }
}

function kindWords(kind: NodeKey): string {
  switch (kind) {
    case 'all':
    case 'any':
    case 'not':
      return `'${kind}'`;
    case 'field':
      return 'field';
    case 'activity':
      return 'activity';
    case 'persona':
      return 'persona';
    case 'memberOfList':
      return 'list membership';
    case 'roleInAccount':
      return 'role in account';
    case 'descendantOf':
      return 'parent account (descendantOf)';
    case 'people':
      return 'related people';
    case 'buyingGroup':
      return 'buying group';
  }
}

function customTypeHint(op: string): string {
  for (const t of ['number', 'date', 'boolean'] as const)
    if ((OPS_BY_TYPE[t] as readonly string[]).includes(op) && !(STRING_OPS as readonly string[]).includes(op))
      return ` (custom attributes are read as text unless you set "type": "${t}")`;
  return '';
}

function exampleFor(type: ValueType, op: Op): string {
  if (type === 'string') return ', e.g. "Director"';
  if (type === 'number') return ', e.g. 100';
  if (op === 'in_last_days') return ', e.g. 30 (days)';
  return ', e.g. "2024-03-31"';
}

function summary(errors: ErrorDetail[]): string {
  const first = errors[0]!;
  const at = first.field ? ` (at ${first.field})` : '';
  const more = errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : '';
  return `The condition is not valid: ${first.message}${at}${more}`;
}

/**
 * Validates a condition for a subject and returns it typed. Throws `QuorumError('invalid_condition')`
 * listing every problem; each error's `field` is a JSON pointer below `basePath` (e.g.
 * `/roles/2/condition` + `/all/0/value`). Persona, list and account ids are checked for shape only:
 * use {@link collectReferences} to check that they exist, and `checkPersonaReferences` for cycles.
 */
export function validateCondition(given: unknown, subject: Subject, basePath = ''): Condition {
  // Old derived values (c-level, it, …) are accepted and returned in the new form (people/legacy.ts).
  const input = upgradeLegacyCondition(given);
  const checker = new Checker(subject);
  checker.node(input, basePath, 1);
  if (checker.nodes > MAX_NODES)
    checker.err(basePath, `the condition has ${checker.nodes} parts; at most ${MAX_NODES} are allowed — simplify it or use a persona`);
  if (checker.values > MAX_TOTAL_VALUES)
    checker.err(basePath, `the condition lists ${checker.values} values in total; at most ${MAX_TOTAL_VALUES} are allowed`);
  if (checker.errors.length > 0) throw new QuorumError('invalid_condition', summary(checker.errors), checker.errors);
  // Belt and braces: the structural schema must agree (it is also what OpenAPI shows).
  const parsed = conditionSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ field: basePath + i.path.map((p) => seg(String(p))).join(''), message: i.message }));
    throw new QuorumError('invalid_condition', summary(errors), errors);
  }
  return parsed.data;
}

export interface ConditionReferences {
  personaIds: string[];
  listIds: string[];
  accountIds: string[];
  solutionInterestIds: string[];
  roleIds: string[];
}

/** The ids a condition refers to (each once, in order of appearance; personas not followed), for existence checks. */
export function collectReferences(cond: Condition): ConditionReferences {
  const { personaIds, listIds, accountIds, solutionInterestIds, roleIds } = conditionFacts(cond);
  return { personaIds, listIds, accountIds, solutionInterestIds, roleIds };
}
