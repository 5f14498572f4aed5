/**
 * The TypeScript execution of the condition language: a pure function over plain objects that
 * also explains itself. Its twin is store/conditions-sql.ts; property tests prove they agree
 * (semantics: see the header of ast.ts).
 */
import { DAY_MS, utcDay } from '../clock.ts';
import { QuorumError } from '../errors.ts';
import { normText, type JsonValue } from '../text.ts';
import type { BuyingGroupCondition, BuyingGroupTest, Condition, FieldCondition, Op, PeopleCondition, PersonaConditions, StringOp, StringOperand } from './ast.ts';
import type { RelationType } from '../relations.ts';
import { describeCondition, describeLeaf, quoteText, type Names } from './describe.ts';
import { ACCOUNT_FIELDS, PERSON_FIELDS, resolveField, type ResolvedField, type Subject, type ValueType } from './fields.ts';
import { checkPersonaReferences, personaCondition } from './personas.ts';

type FactValue<T extends ValueType> = T extends 'string'
  ? string | null
  : T extends 'number' | 'date'
    ? number | null
    : boolean | null;
type FieldFacts<F extends Record<string, { type: ValueType }>> = { [K in keyof F]: F[K] extends { list: true } ? readonly string[] : FactValue<F[K]['type']> };

/** A person's relation to an account. `endedOn` 'YYYY-MM-DD' or null; roles as entered. */
export interface RelationFacts {
  accountId: string;
  roles: readonly string[];
  endedOn: string | null;
}

export interface ActivityFacts {
  type: string;
  occurredAt: number;
}

/**
 * What the evaluator knows about a person: every PERSON_FIELDS attribute by its key (texts as
 * entered, times as epoch ms, flags as booleans), custom attributes, relations and activities
 * (activities older than the longest window in use may be left out).
 */
export type PersonFacts = FieldFacts<typeof PERSON_FIELDS> & {
  id: string;
  custom: Readonly<Record<string, JsonValue>>;
  relations: readonly RelationFacts[];
  activities: readonly ActivityFacts[];
};

/** A person related to an account, as the account's `people` leaves see them. */
export interface AccountPersonFacts {
  relationType: RelationType;
  /** 'YYYY-MM-DD' or null, as on the relation. */
  endedOn: string | null;
  /** The person's own facts (their relations to every account included, for roleInAccount etc.). */
  person: PersonFacts;
}

/** An account's buying group, as `buyingGroup` leaves see it. */
export interface BuyingGroupFacts {
  id: string;
  solutionInterestId: string;
  active: boolean;
  stage: string | null;
  /** As entered; compared normalised (missing = empty). */
  statusLabel: string | null;
  completeness: number;
  engagement: number;
  /** Role id → current (not removed) members holding it; absent roles have none. */
  roleCounts: Readonly<Record<string, number>>;
}

/**
 * What the evaluator knows about an account: ACCOUNT_FIELDS, custom attributes, ancestors (all of
 * them), lists, the people related to it (every relation, ended ones included) and its buying
 * groups.
 */
export type AccountFacts = FieldFacts<typeof ACCOUNT_FIELDS> & {
  id: string;
  custom: Readonly<Record<string, JsonValue>>;
  ancestorIds: readonly string[];
  listIds: readonly string[];
  people: readonly AccountPersonFacts[];
  buyingGroups: readonly BuyingGroupFacts[];
};

export interface EvaluationContext {
  /** Epoch ms; windows ("in the last N days") and active relations are relative to it. */
  now: number;
  /** The account whose roles `roleInAccount` reads; without it, roles in every active relation count. */
  accountId?: string;
  /** Persona conditions by id, for `{ persona }` leaves (inlined). Treated as immutable. */
  personas?: PersonaConditions;
  /** List id → account ids in it; needed for a person's `memberOfList` (a missing list has no members). */
  listMembers?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names for ids in explanation sentences. */
  names?: Names;
}

interface Base {
  matched: boolean;
  /** One human sentence: the test, its result and the value(s) it saw. */
  sentence: string;
}

export type Explanation =
  | (Base & { kind: 'all' | 'any'; children: Explanation[] })
  | (Base & { kind: 'not'; child: Explanation })
  | (Base & {
      kind: 'field';
      field: string;
      op: Op;
      value?: FieldCondition['value'];
      /** The stored value as entered (not normalised); null when missing. */
      actual: JsonValue;
    })
  | (Base & { kind: 'activity'; types: string[]; atLeast: number; inLastDays: number; /** matching activities in the window */ actual: number })
  | (Base & { kind: 'persona'; personaId: string; child: Explanation })
  | (Base & {
      kind: 'memberOfList';
      listId: string;
      /** Account: the lists it is in. Person: the accounts of their active relations. */
      actual: string[];
      /** Person: those of `actual` that are in the list. */
      via?: string[];
    })
  | (Base & { kind: 'roleInAccount'; op: StringOp; value?: StringOperand; /** roles considered, as entered */ actual: string[] })
  | (Base & { kind: 'descendantOf'; accountId: string; /** the account's ancestors */ actual: string[] })
  | (Base & {
      kind: 'people';
      atLeast: number;
      /** how many related people (active relations of the requested types) matched `where` */
      actual: number;
      /** their ids, in id order */
      personIds: string[];
    })
  | (Base & {
      kind: 'buyingGroup';
      solutionInterestId: string;
      /** the account's group for the solution interest, or null when it has none */
      actual: BuyingGroupFacts | null;
      /** the constraints that did not hold (e.g. "completeness", "roleCount/0") */
      failed: string[];
    });

export interface Evaluation {
  matched: boolean;
  explanation: Explanation;
}

/** Custom date values: strings whose first 10 characters look like YYYY-MM-DD (the day). */
export const CUSTOM_DAY_PREFIX = /^[0-9]{4}-[0-9]{2}-[0-9]{2}/;

/** A relation is active when it has not ended: no end date, or an end date after today (UTC). */
export function isActiveRelation(endedOn: string | null, today: string): boolean {
  return endedOn === null || endedOn > today;
}

/** Midnight UTC (epoch ms) of a 'YYYY-MM-DD' day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

const NEGATED: Partial<Record<StringOp, StringOp>> = {
  is_not: 'is',
  not_starts_with: 'starts_with',
  not_contains: 'contains',
  not_ends_with: 'ends_with',
  is_none_of: 'is_one_of',
  is_not_empty: 'is_empty',
};

/** For a negative string operator, its positive twin; else undefined. */
export function positiveTwin(op: StringOp): StringOp | undefined {
  return NEGATED[op];
}

/** Normalised, de-duplicated operands of a text test. */
export function stringOperands(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(values.filter((v): v is string => typeof v === 'string').map(normText))];
}

/**
 * A text test over the set of normalised, non-empty values a subject has (one for a field, none
 * when missing; several for roles): positive operators hold when some value matches some operand.
 */
export function stringTest(op: StringOp, values: readonly string[], operand: unknown): boolean {
  const twin = positiveTwin(op);
  if (twin) return !stringTest(twin, values, operand);
  if (op === 'is_empty') return values.length === 0;
  const operands = stringOperands(operand);
  const test = (s: string, o: string): boolean => {
    switch (op) {
      case 'is':
      case 'is_one_of':
        return s === o;
      case 'starts_with':
        return s.startsWith(o);
      case 'contains':
        return s.includes(o);
      case 'ends_with':
        return s.endsWith(o);
      default:
        return false;
    }
  };
  return values.some((s) => operands.some((o) => test(s, o)));
}

function invalid(message: string): QuorumError {
  return new QuorumError('invalid_condition', message, [{ field: '', message }]);
}

type AnyFacts = PersonFacts | AccountFacts;

class Evaluator {
  readonly today: string;
  constructor(
    readonly subject: Subject,
    readonly facts: AnyFacts,
    readonly ctx: EvaluationContext,
    /** false: only `matched` counts — no sentences, and all/any stop at the first decisive child */
    readonly explain = true,
  ) {
    this.today = utcDay(ctx.now);
  }

  private get person(): PersonFacts {
    return this.facts as PersonFacts;
  }
  private get account(): AccountFacts {
    return this.facts as AccountFacts;
  }

  private sentence(c: Condition, matched: boolean, detail: string): string {
    if (!this.explain) return '';
    return `${describeLeaf(c, this.ctx.names, { subject: this.subject })}: ${matched ? 'yes' : 'no'}${detail ? ` (${detail})` : ''}`;
  }

  eval(c: Condition): Explanation {
    if ('all' in c || 'any' in c) {
      const isAll = 'all' in c;
      const list = isAll ? c.all : c.any;
      if (!this.explain) {
        const matched = isAll ? list.every((x) => this.eval(x).matched) : list.some((x) => this.eval(x).matched);
        return { kind: isAll ? 'all' : 'any', matched, sentence: '', children: [] };
      }
      const children = list.map((x) => this.eval(x));
      const n = children.filter((x) => x.matched).length;
      const matched = isAll ? n === children.length : n > 0;
      const head = children.length === 0 ? (isAll ? 'always (no conditions)' : 'never (no conditions)') : `${isAll ? 'all' : 'any'} of ${children.length} condition${children.length === 1 ? '' : 's'}`;
      return { kind: isAll ? 'all' : 'any', matched, sentence: `${head}: ${matched ? 'yes' : 'no'}${children.length ? ` (${n} of ${children.length} matched)` : ''}`, children };
    }
    if ('not' in c) {
      const child = this.eval(c.not);
      const matched = !child.matched;
      if (!this.explain) return { kind: 'not', matched, sentence: '', child };
      return {
        kind: 'not',
        matched,
        sentence: `${describeCondition(c, this.ctx.names, { subject: this.subject })}: ${matched ? 'yes' : 'no'} (the inner condition ${child.matched ? 'matched' : 'did not match'})`,
        child,
      };
    }
    if ('field' in c) return this.field(c);
    if ('activity' in c) {
      this.requireSubject('person', 'activity');
      const types = new Set(Array.isArray(c.activity.type) ? c.activity.type : [c.activity.type]);
      const from = this.ctx.now - c.activity.inLastDays * DAY_MS;
      const count = this.person.activities.filter((a) => types.has(a.type) && a.occurredAt >= from && a.occurredAt <= this.ctx.now).length;
      const matched = count >= c.activity.atLeast;
      return {
        kind: 'activity',
        matched,
        types: [...types],
        atLeast: c.activity.atLeast,
        inLastDays: c.activity.inLastDays,
        actual: count,
        sentence: this.sentence(c, matched, `${count} matching ${count === 1 ? 'activity' : 'activities'} in that window`),
      };
    }
    if ('persona' in c) {
      this.requireSubject('person', 'persona');
      const child = this.eval(personaCondition(this.ctx.personas ?? NO_PERSONAS, c.persona));
      return { kind: 'persona', matched: child.matched, personaId: c.persona, child, sentence: this.sentence(c, child.matched, '') };
    }
    if ('memberOfList' in c) {
      if (this.subject === 'account') {
        const actual = [...this.account.listIds];
        const matched = actual.includes(c.memberOfList);
        return { kind: 'memberOfList', matched, listId: c.memberOfList, actual, sentence: this.sentence(c, matched, '') };
      }
      if (!this.ctx.listMembers) throw new Error("evaluating a person's memberOfList needs ctx.listMembers");
      const members = this.ctx.listMembers.get(c.memberOfList);
      const actual = this.person.relations.filter((r) => isActiveRelation(r.endedOn, this.today)).map((r) => r.accountId);
      const via = actual.filter((a) => members?.has(a) ?? false);
      const matched = via.length > 0;
      const detail = actual.length === 0 ? 'no current accounts' : matched ? `via ${via.join(', ')}` : `current accounts: ${actual.join(', ')}`;
      return { kind: 'memberOfList', matched, listId: c.memberOfList, actual, via, sentence: this.sentence(c, matched, detail) };
    }
    if ('roleInAccount' in c) {
      this.requireSubject('person', 'roleInAccount');
      const { op, value } = c.roleInAccount;
      const rels = this.person.relations.filter(
        (r) => isActiveRelation(r.endedOn, this.today) && (this.ctx.accountId === undefined || r.accountId === this.ctx.accountId),
      );
      const actual = rels.flatMap((r) => r.roles.filter((x): x is string => typeof x === 'string'));
      const values = actual.map(normText).filter((s) => s !== '');
      const matched = stringTest(op, values, value);
      const detail = values.length === 0 ? 'no roles' : `roles: ${actual.filter((x) => normText(x) !== '').map(quoteText).join(', ')}`;
      return { kind: 'roleInAccount', matched, op, ...(value === undefined ? {} : { value }), actual, sentence: this.sentence(c, matched, detail) };
    }
    if ('people' in c) return this.people(c);
    if ('buyingGroup' in c) return this.buyingGroup(c);
    if ('descendantOf' in c) {
      this.requireSubject('account', 'descendantOf');
      const actual = [...this.account.ancestorIds];
      const matched = actual.includes(c.descendantOf);
      return {
        kind: 'descendantOf',
        matched,
        accountId: c.descendantOf,
        actual,
        sentence: this.sentence(c, matched, actual.length ? `ancestors: ${actual.join(', ')}` : 'a top-level account'),
      };
    }
    throw invalid('unknown kind of condition');
  }

  private people(c: PeopleCondition): Explanation {
    this.requireSubject('account', 'people');
    const { atLeast, where, relationType } = c.people;
    const types = relationType === undefined ? null : new Set<string>(Array.isArray(relationType) ? relationType : [relationType]);
    // The person condition runs for this account: roleInAccount reads roles here.
    const inner: EvaluationContext = { ...this.ctx, accountId: this.account.id };
    const seen = new Set<string>();
    const personIds: string[] = [];
    for (const p of this.account.people) {
      if (seen.has(p.person.id) || !isActiveRelation(p.endedOn, this.today) || (types && !types.has(p.relationType))) continue;
      seen.add(p.person.id);
      if (where === undefined || new Evaluator('person', p.person, inner, false).eval(where).matched) personIds.push(p.person.id);
    }
    personIds.sort();
    const matched = personIds.length >= atLeast;
    const n = personIds.length;
    return { kind: 'people', matched, atLeast, actual: n, personIds, sentence: this.sentence(c, matched, `${n} matching ${n === 1 ? 'person' : 'people'}`) };
  }

  private buyingGroup(c: BuyingGroupCondition): Explanation {
    this.requireSubject('account', 'buyingGroup');
    const t = c.buyingGroup;
    const g = this.account.buyingGroups.find((x) => x.solutionInterestId === t.solutionInterestId) ?? null;
    const failed = g ? buyingGroupFailures(t, g) : [];
    const matched = g !== null && failed.length === 0;
    const detail = g === null ? 'no buying group for it' : failed.length ? `not: ${failed.join(', ')}` : '';
    return { kind: 'buyingGroup', matched, solutionInterestId: t.solutionInterestId, actual: g, failed, sentence: this.sentence(c, matched, detail) };
  }

  private requireSubject(subject: Subject, kind: string): void {
    if (this.subject !== subject) throw invalid(`${kind} conditions apply to ${subject === 'person' ? 'people' : 'accounts'} only`);
  }

  private field(c: FieldCondition): Explanation {
    const rf = resolveField(this.subject, c.field, c.type);
    if (!rf) throw invalid(`unknown ${this.subject} field '${c.field}'`);
    const raw = this.raw(rf);
    const { matched, note } = this.test(rf, c, raw);
    const shown = showValue(rf, raw);
    const detail = `${rf.kind === 'custom' ? rf.key : rf.label} is ${shown}${note}`;
    return {
      kind: 'field',
      matched,
      field: c.field,
      op: c.op,
      ...(c.value === undefined ? {} : { value: c.value }),
      actual: raw,
      sentence: this.sentence(c, matched, detail),
    };
  }

  private raw(rf: ResolvedField): JsonValue {
    if (rf.kind === 'custom') return Object.hasOwn(this.facts.custom, rf.key) ? (this.facts.custom[rf.key] ?? null) : null;
    const v = (this.facts as unknown as Record<string, JsonValue | undefined>)[rf.prop];
    return v === undefined ? null : v;
  }

  private test(rf: ResolvedField, c: FieldCondition, raw: JsonValue): { matched: boolean; note: string } {
    const wrongType = raw !== null && !fitsType(rf, raw);
    const note = wrongType ? `, which is not ${NOT_A[rf.type]}, so it counts as empty` : '';
    switch (rf.type) {
      case 'string': {
        if (rf.kind === 'builtin' && rf.list) {
          const elements = Array.isArray(raw) ? raw.flatMap((x) => (typeof x === 'string' && normText(x) !== '' ? [normText(x)] : [])) : [];
          return { matched: stringTest(c.op as StringOp, elements, c.value), note: '' };
        }
        const s = typeof raw === 'string' ? normText(raw) : '';
        return { matched: stringTest(c.op as StringOp, s === '' ? [] : [s], c.value), note };
      }
      case 'number': {
        const n = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
        return { matched: compare(c.op, c.value, n, (x) => x as number), note };
      }
      case 'date': {
        if (rf.kind === 'builtin') {
          const t = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
          return { matched: this.instantTest(c.op, c.value, t), note };
        }
        const day = typeof raw === 'string' && CUSTOM_DAY_PREFIX.test(raw) ? raw.slice(0, 10) : null;
        const dateNote = typeof raw === 'string' && day === null ? ', which is not a date, so it counts as empty' : note;
        return { matched: this.dayTest(c.op, c.value, day), note: dateNote };
      }
      case 'boolean':
        return { matched: c.op === 'is_true' ? raw === true : c.op === 'is_false' ? raw === false : false, note };
    }
  }

  /** Date test on an epoch-ms instant, by UTC day. */
  private instantTest(op: Op, value: unknown, t: number | null): boolean {
    if (op === 'neq') return !this.instantTest('eq', value, t);
    if (op === 'is_not_empty') return t !== null;
    if (op === 'is_empty') return t === null;
    if (t === null) return false;
    if (op === 'in_last_days') return t >= this.ctx.now - (value as number) * DAY_MS && t <= this.ctx.now;
    if (op === 'between') {
      const [a, b] = value as [string, string];
      return t >= dayStart(a) && t < dayStart(b) + DAY_MS;
    }
    const s = dayStart(value as string);
    switch (op) {
      case 'eq':
        return t >= s && t < s + DAY_MS;
      case 'lt':
      case 'before':
        return t < s;
      case 'lte':
        return t < s + DAY_MS;
      case 'gt':
      case 'after':
        return t >= s + DAY_MS;
      case 'gte':
        return t >= s;
      default:
        return false;
    }
  }

  /** Date test on a 'YYYY-MM-DD' day (custom date attributes). */
  private dayTest(op: Op, value: unknown, day: string | null): boolean {
    if (op === 'in_last_days') {
      if (day === null) return false;
      return day >= utcDay(this.ctx.now - (value as number) * DAY_MS) && day <= this.today;
    }
    return compare(op, value, day, (x) => x as string);
  }
}

/** The constraints of a `buyingGroup` test that the group fails, by name (empty: all hold). */
export function buyingGroupFailures(t: BuyingGroupTest, g: BuyingGroupFacts): string[] {
  const failed: string[] = [];
  if (t.active !== undefined && t.active !== g.active) failed.push('active');
  if (t.stage !== undefined && (g.stage === null || !(Array.isArray(t.stage) ? t.stage : [t.stage]).includes(g.stage))) failed.push('stage');
  if (t.status !== undefined) {
    const s = g.statusLabel === null ? '' : normText(g.statusLabel);
    if (!stringTest(t.status.op, s === '' ? [] : [s], t.status.value)) failed.push('status');
  }
  if (t.completeness !== undefined && !compare(t.completeness.op, t.completeness.value, g.completeness, (x) => x as number)) failed.push('completeness');
  if (t.engagement !== undefined && !compare(t.engagement.op, t.engagement.value, g.engagement, (x) => x as number)) failed.push('engagement');
  (t.roleCount ?? []).forEach((r, i) => {
    const n = Object.hasOwn(g.roleCounts, r.roleId) ? (g.roleCounts[r.roleId] ?? 0) : 0;
    if (n < (r.atLeast ?? 0) || (r.atMost !== undefined && n > r.atMost)) failed.push(`roleCount/${i}`);
  });
  return failed;
}

/** eq/neq/lt/lte/gt/gte/before/after/between/is_empty on comparable values; null = missing. */
function compare<T extends number | string>(op: Op, value: unknown, actual: T | null, cast: (x: unknown) => T): boolean {
  switch (op) {
    case 'is_empty':
      return actual === null;
    case 'is_not_empty':
      return actual !== null;
    case 'neq':
      return !compare('eq', value, actual, cast);
    default:
      break;
  }
  if (actual === null) return false;
  switch (op) {
    case 'eq':
      return actual === cast(value);
    case 'lt':
    case 'before':
      return actual < cast(value);
    case 'lte':
      return actual <= cast(value);
    case 'gt':
    case 'after':
      return actual > cast(value);
    case 'gte':
      return actual >= cast(value);
    case 'between': {
      const [a, b] = value as [unknown, unknown];
      return actual >= cast(a) && actual <= cast(b);
    }
    default:
      return false;
  }
}

const NOT_A: Record<ValueType, string> = { string: 'text', number: 'a number', date: 'a date', boolean: 'true or false' };

function fitsType(rf: ResolvedField, raw: JsonValue): boolean {
  switch (rf.type) {
    case 'string':
      return typeof raw === 'string';
    case 'number':
      return typeof raw === 'number';
    case 'date':
      return rf.kind === 'builtin' ? typeof raw === 'number' : typeof raw === 'string';
    case 'boolean':
      return typeof raw === 'boolean';
  }
}

function showValue(rf: ResolvedField, raw: JsonValue): string {
  if (raw === null) return 'empty';
  if (rf.kind === 'builtin' && rf.list && Array.isArray(raw)) return raw.length === 0 ? 'empty' : raw.map((x) => quoteText(String(x))).join(', ');
  if (typeof raw === 'string') return raw.trim() === '' ? `empty (${JSON.stringify(raw)})` : quoteText(raw);
  if (rf.kind === 'builtin' && rf.type === 'date' && typeof raw === 'number') return new Date(raw).toISOString();
  return JSON.stringify(raw);
}

/**
 * Evaluates a condition for one person or account. Every sub-condition is evaluated (no short
 * circuit) so the explanation is complete. Throws `invalid_condition` for an unknown or
 * self-referring persona, or a leaf that does not apply to the subject.
 */
export function evaluateCondition(cond: Condition, subject: 'person', facts: PersonFacts, ctx: EvaluationContext): Evaluation;
export function evaluateCondition(cond: Condition, subject: 'account', facts: AccountFacts, ctx: EvaluationContext): Evaluation;
export function evaluateCondition(cond: Condition, subject: Subject, facts: PersonFacts | AccountFacts, ctx: EvaluationContext): Evaluation;
export function evaluateCondition(cond: Condition, subject: Subject, facts: PersonFacts | AccountFacts, ctx: EvaluationContext): Evaluation {
  checkPersonas(cond, ctx);
  const explanation = new Evaluator(subject, facts, ctx).eval(cond);
  return { matched: explanation.matched, explanation };
}

/**
 * Just the boolean — the same semantics as {@link evaluateCondition}, without building the
 * explanation (and stopping `all`/`any` at the first decisive child): for evaluating many subjects.
 */
export function matchesCondition(cond: Condition, subject: 'person', facts: PersonFacts, ctx: EvaluationContext): boolean;
export function matchesCondition(cond: Condition, subject: 'account', facts: AccountFacts, ctx: EvaluationContext): boolean;
export function matchesCondition(cond: Condition, subject: Subject, facts: PersonFacts | AccountFacts, ctx: EvaluationContext): boolean;
export function matchesCondition(cond: Condition, subject: Subject, facts: PersonFacts | AccountFacts, ctx: EvaluationContext): boolean {
  checkPersonas(cond, ctx);
  return new Evaluator(subject, facts, ctx, false).eval(cond).matched;
}

/** Conditions whose persona references were checked against a given persona map. */
const checked = new WeakMap<Condition, WeakSet<PersonaConditions>>();
const NO_PERSONAS: PersonaConditions = new Map();

function checkPersonas(cond: Condition, ctx: EvaluationContext): void {
  const personas = ctx.personas ?? NO_PERSONAS;
  if (checked.get(cond)?.has(personas)) return;
  checkPersonaReferences(cond, personas);
  const set = checked.get(cond) ?? new WeakSet<PersonaConditions>();
  set.add(personas);
  checked.set(cond, set);
}
