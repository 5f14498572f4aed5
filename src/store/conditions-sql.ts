/**
 * The condition language compiled to SQL — the twin of domain/conditions/evaluate.ts, on SQLite
 * and PostgreSQL alike (property tests prove all three agree; semantics: domain/conditions/ast.ts).
 *
 *   db.selectFrom('people').selectAll().where(compilePersonCondition(cond, ctx))
 *   db.selectFrom('accounts').selectAll().where(compileAccountCondition(cond, ctx))
 *
 * The outer table is referenced by its name (`people` / `accounts`), so do not alias it.
 * - Every value from the condition is a bound parameter; only constants are written into the SQL.
 * - Every leaf yields TRUE or FALSE, never NULL, so `not` is exact (two-valued logic).
 * - Text compares the `_norm` columns with operands normalised by `normText` in TypeScript (via
 *   `stringOperands`); LIKE patterns escape `\`, `%` and `_` with ESCAPE '\'. (SQLite's LIKE folds
 *   ASCII case, PostgreSQL's does not: harmless, both sides are lower-case.)
 * - Dates on the built-in epoch-ms columns compare against day boundaries computed here.
 * - Custom attributes read `custom_norm` (text) or `custom` (numbers, booleans, dates), with type
 *   guards so that a value of another JSON type counts as missing and never raises a cast error.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Engine } from './db.ts';
import { DAY_MS, utcDay, QuorumError } from '../domain/index.ts';
import {
  CUSTOM_KEY,
  checkPersonaReferences,
  dayStart,
  personaCondition,
  positiveTwin,
  resolveField,
  stringOperands,
  type BuyingGroupTest,
  type Condition,
  type FieldCondition,
  type PeopleCondition,
  type Op,
  type PersonaConditions,
  type ResolvedField,
  type StringOp,
  type Subject,
} from '../domain/conditions/index.ts';

export interface SqlConditionContext {
  engine: Engine;
  /** Epoch ms: windows ("in the last N days") are relative to it. */
  now: number;
  /** 'YYYY-MM-DD' (UTC) of `now`, for active relations; derived from `now` when omitted. */
  today?: string;
  /**
   * The account whose roles `roleInAccount` reads; without it, roles in every active relation
   * count. A SQL expression (e.g. a column of the outer query) works too: generation evaluates
   * many accounts in one statement.
   */
  accountId?: string | RawBuilder<unknown>;
  /** Persona conditions by id, inlined for `{ persona }` leaves. */
  personas?: PersonaConditions;
}

type Bool = RawBuilder<SqlBool>;

const TRUE: Bool = sql<SqlBool>`1 = 1`;
const FALSE: Bool = sql<SqlBool>`1 = 0`;

/** Not-null columns need no NULL guard. */
const NOT_NULL: Record<Subject, ReadonlySet<string>> = {
  person: new Set(['email', 'email_invalid', 'email_suspended', 'unsubscribed', 'engagement_score', 'created_at', 'updated_at']),
  account: new Set(['name', 'created_at', 'updated_at']),
};
/** Fields stored already normalised: the column is its own `_norm` twin. */
const PRE_NORMALISED = new Set(['derived_seniority', 'derived_function', 'derived_functions', 'derived_specialties']);

/** Escapes `\`, `%` and `_` for LIKE … ESCAPE '\'. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A text operand target: `expr` yields normalised text; `nullable` says whether it may be NULL
 * (a column) or is already COALESCEd to ''.
 */
interface TextTarget {
  expr: RawBuilder<unknown>;
  nullable: boolean;
}
/** A comparable target (number, epoch ms, day text) that is NULL when missing. */
interface ValueTarget {
  expr: RawBuilder<unknown>;
  nullable: boolean;
  /** computed expressions are wrapped in COALESCE(…, FALSE) rather than guarded by IS NOT NULL */
  computed: boolean;
}

function and(parts: Bool[]): Bool {
  if (parts.length === 0) return TRUE;
  if (parts.length === 1) return parts[0]!;
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}
function or(parts: Bool[]): Bool {
  if (parts.length === 0) return FALSE;
  if (parts.length === 1) return parts[0]!;
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}
function not(part: Bool): Bool {
  return sql<SqlBool>`not (${part})`;
}

function invalid(message: string): QuorumError {
  return new QuorumError('invalid_condition', message, [{ field: '', message }]);
}

class Compiler {
  readonly pg: boolean;
  readonly table: 'people' | 'accounts';
  readonly today: string;

  constructor(
    readonly subject: Subject,
    readonly ctx: SqlConditionContext,
  ) {
    this.pg = ctx.engine === 'postgres';
    this.table = subject === 'person' ? 'people' : 'accounts';
    this.today = ctx.today ?? utcDay(ctx.now);
  }

  private col(column: string): RawBuilder<unknown> {
    return sql.ref(`${this.table}.${column}`);
  }

  node(c: Condition): Bool {
    if ('all' in c) return and(c.all.map((x) => this.node(x)));
    if ('any' in c) return or(c.any.map((x) => this.node(x)));
    if ('not' in c) return not(this.node(c.not));
    if ('field' in c) return this.field(c);
    if ('activity' in c) return this.activity(c.activity);
    if ('persona' in c) {
      this.requireSubject('person', 'persona');
      return this.node(personaCondition(this.ctx.personas ?? new Map(), c.persona));
    }
    if ('memberOfList' in c) return this.memberOfList(c.memberOfList);
    if ('roleInAccount' in c) return this.roleInAccount(c.roleInAccount.op, c.roleInAccount.value);
    if ('descendantOf' in c) return this.descendantOf(c.descendantOf);
    if ('people' in c) return this.people(c.people);
    if ('buyingGroup' in c) return this.buyingGroup(c.buyingGroup);
    throw invalid('unknown kind of condition');
  }

  private requireSubject(subject: Subject, kind: string): void {
    if (this.subject !== subject) throw invalid(`${kind} conditions apply to ${subject === 'person' ? 'people' : 'accounts'} only`);
  }

  // ---- fields -------------------------------------------------------------------------------

  private field(c: FieldCondition): Bool {
    const rf = resolveField(this.subject, c.field, c.type);
    if (!rf) throw invalid(`unknown ${this.subject} field '${c.field}'`);
    switch (rf.type) {
      case 'string':
        if (rf.kind === 'builtin' && rf.list) return this.listText(this.col(rf.column), c.op as StringOp, c.value);
        return this.text(this.textTarget(rf), c.op as StringOp, c.value);
      case 'number':
        return this.number(this.numberTarget(rf), c.op, c.value);
      case 'date':
        return rf.kind === 'builtin' ? this.instant(this.builtinTarget(rf), c.op, c.value) : this.day(this.customDay(rf.key), c.op, c.value);
      case 'boolean':
        return this.boolean(rf, c.op);
    }
  }

  private builtinTarget(rf: Extract<ResolvedField, { kind: 'builtin' }>): ValueTarget {
    return { expr: this.col(rf.column), nullable: !NOT_NULL[this.subject].has(rf.column), computed: false };
  }

  private textTarget(rf: ResolvedField): TextTarget {
    if (rf.kind === 'builtin') {
      const column = PRE_NORMALISED.has(rf.column) ? rf.column : `${rf.column}_norm`;
      return { expr: this.col(column), nullable: !NOT_NULL[this.subject].has(rf.column) };
    }
    const json = this.col('custom_norm');
    if (this.pg) {
      const k = this.pgKey(rf.key);
      return { expr: sql`coalesce(case when jsonb_typeof(${json} -> ${k}) = 'string' then ${json} ->> ${k} end, '')`, nullable: false };
    }
    const p = this.sqlitePath(rf.key);
    return { expr: sql`coalesce(case when json_type(${json}, ${p}) = 'text' then json_extract(${json}, ${p}) end, '')`, nullable: false };
  }

  private numberTarget(rf: ResolvedField): ValueTarget {
    if (rf.kind === 'builtin') return this.builtinTarget(rf);
    const json = this.col('custom');
    if (this.pg) {
      const k = this.pgKey(rf.key);
      return {
        expr: sql`(case when jsonb_typeof(${json} -> ${k}) = 'number' then (${json} ->> ${k})::double precision end)`,
        nullable: true,
        computed: true,
      };
    }
    const p = this.sqlitePath(rf.key);
    return {
      expr: sql`(case when json_type(${json}, ${p}) in ('integer', 'real') then json_extract(${json}, ${p}) end)`,
      nullable: true,
      computed: true,
    };
  }

  /** The day ('YYYY-MM-DD') of a custom date attribute, or NULL. */
  private customDay(key: string): ValueTarget {
    const json = this.col('custom');
    if (this.pg) {
      const k = this.pgKey(key);
      return {
        expr: sql`(case when (${json} ->> ${k}) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' then substr(${json} ->> ${k}, 1, 10) end) collate "C"`,
        nullable: true,
        computed: true,
      };
    }
    const p = this.sqlitePath(key);
    return {
      expr: sql`(case when json_type(${json}, ${p}) = 'text' and json_extract(${json}, ${p}) glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' then substr(json_extract(${json}, ${p}), 1, 10) end)`,
      nullable: true,
      computed: true,
    };
  }

  private pgKey(key: string): RawBuilder<unknown> {
    if (!CUSTOM_KEY.test(key)) throw invalid(`invalid custom attribute key '${key}'`);
    return sql`${key}::text`;
  }

  private sqlitePath(key: string): string {
    if (!CUSTOM_KEY.test(key)) throw invalid(`invalid custom attribute key '${key}'`);
    return `$."${key}"`;
  }

  // ---- text ---------------------------------------------------------------------------------

  /** A text test on one value (missing = ''), or on a set of values when used inside EXISTS. */
  private text(t: TextTarget, op: StringOp, value: unknown): Bool {
    const twin = positiveTwin(op);
    if (twin) return not(this.text(t, twin, value));
    const e = t.expr;
    if (op === 'is_empty') return t.nullable ? sql<SqlBool>`(${e} is null or ${e} = '')` : sql<SqlBool>`${e} = ''`;
    const core = this.textMatch(e, op, stringOperands(value));
    return t.nullable ? sql<SqlBool>`(${e} is not null and ${core})` : core;
  }

  /**
   * A text test over the elements of a list column stored as `|a|b|` (null when empty; see
   * domain/people encodeList): an element is/starts with/ends with/contains x ⇔ the text contains
   * `|x|` / `|x` / `x|` / `x`. An operand with '|' matches no element (no element has one).
   */
  private listText(e: RawBuilder<unknown>, op: StringOp, value: unknown): Bool {
    const twin = positiveTwin(op);
    if (twin) return not(this.listText(e, twin, value));
    if (op === 'is_empty') return sql<SqlBool>`${e} is null`;
    const patterns = stringOperands(value)
      .filter((o) => !o.includes('|'))
      .map((o) => {
        const x = escapeLike(o);
        return op === 'is' || op === 'is_one_of' ? `%|${x}|%` : op === 'starts_with' ? `%|${x}%` : op === 'ends_with' ? `%${x}|%` : `%${x}%`;
      });
    if (patterns.length === 0) return FALSE;
    return sql<SqlBool>`(${e} is not null and ${or(patterns.map((p) => sql<SqlBool>`${e} like ${p} escape '\\'`))})`;
  }

  /** Positive text match of a non-null expression against normalised operands (any matches). */
  private textMatch(e: RawBuilder<unknown>, op: StringOp, operands: string[]): Bool {
    if (operands.length === 0) return FALSE;
    if (op === 'is' || op === 'is_one_of') {
      if (operands.length === 1) return sql<SqlBool>`${e} = ${operands[0]}`;
      return sql<SqlBool>`${e} in (${sql.join(operands)})`;
    }
    const pattern = (o: string): string => {
      const x = escapeLike(o);
      return op === 'starts_with' ? `${x}%` : op === 'ends_with' ? `%${x}` : `%${x}%`;
    };
    return or(operands.map((o) => sql<SqlBool>`${e} like ${pattern(o)} escape '\\'`));
  }

  // ---- numbers and dates --------------------------------------------------------------------

  private num(v: unknown): RawBuilder<unknown> {
    return this.pg ? sql`cast(${v} as double precision)` : sql`${v}`;
  }

  /** Wraps a comparison on a possibly-NULL target so that it is FALSE when the value is missing. */
  private guard(t: ValueTarget, cmp: Bool): Bool {
    if (!t.nullable) return cmp;
    if (t.computed) return sql<SqlBool>`coalesce(${cmp}, ${this.pg ? sql`false` : sql`0`})`;
    return sql<SqlBool>`(${t.expr} is not null and ${cmp})`;
  }

  private emptiness(t: ValueTarget, op: Op): Bool | undefined {
    if (op === 'is_empty') return t.nullable ? sql<SqlBool>`${t.expr} is null` : FALSE;
    if (op === 'is_not_empty') return t.nullable ? sql<SqlBool>`${t.expr} is not null` : TRUE;
    return undefined;
  }

  private number(t: ValueTarget, op: Op, value: unknown): Bool {
    if (op === 'neq') return not(this.number(t, 'eq', value));
    const empty = this.emptiness(t, op);
    if (empty) return empty;
    const e = t.expr;
    let cmp: Bool;
    switch (op) {
      case 'eq':
        cmp = sql<SqlBool>`${e} = ${this.num(value)}`;
        break;
      case 'lt':
        cmp = sql<SqlBool>`${e} < ${this.num(value)}`;
        break;
      case 'lte':
        cmp = sql<SqlBool>`${e} <= ${this.num(value)}`;
        break;
      case 'gt':
        cmp = sql<SqlBool>`${e} > ${this.num(value)}`;
        break;
      case 'gte':
        cmp = sql<SqlBool>`${e} >= ${this.num(value)}`;
        break;
      case 'between': {
        const [a, b] = value as [number, number];
        cmp = sql<SqlBool>`${e} between ${this.num(a)} and ${this.num(b)}`;
        break;
      }
      default:
        throw invalid(`operator '${op}' does not apply to numbers`);
    }
    return this.guard(t, cmp);
  }

  /** Date tests on an epoch-ms column, against UTC day boundaries: a range [from, to). */
  private instant(t: ValueTarget, op: Op, value: unknown): Bool {
    if (op === 'neq') return not(this.instant(t, 'eq', value));
    const empty = this.emptiness(t, op);
    if (empty) return empty;
    const e = t.expr;
    const range = (from: number | null, toExclusive: number | null, toInclusive?: number): Bool => {
      const parts: Bool[] = [];
      if (t.nullable) parts.push(sql<SqlBool>`${e} is not null`);
      if (from !== null) parts.push(sql<SqlBool>`${e} >= ${from}`);
      if (toExclusive !== null) parts.push(sql<SqlBool>`${e} < ${toExclusive}`);
      if (toInclusive !== undefined) parts.push(sql<SqlBool>`${e} <= ${toInclusive}`);
      return and(parts);
    };
    if (op === 'in_last_days') return range(this.ctx.now - (value as number) * DAY_MS, null, this.ctx.now);
    if (op === 'between') {
      const [a, b] = value as [string, string];
      return range(dayStart(a), dayStart(b) + DAY_MS);
    }
    const s = dayStart(value as string);
    switch (op) {
      case 'eq':
        return range(s, s + DAY_MS);
      case 'lt':
      case 'before':
        return range(null, s);
      case 'lte':
        return range(null, s + DAY_MS);
      case 'gt':
      case 'after':
        return range(s + DAY_MS, null);
      case 'gte':
        return range(s, null);
      default:
        throw invalid(`operator '${op}' does not apply to dates`);
    }
  }

  /** Date tests on a 'YYYY-MM-DD' day text (custom date attributes). */
  private day(t: ValueTarget, op: Op, value: unknown): Bool {
    if (op === 'neq') return not(this.day(t, 'eq', value));
    const empty = this.emptiness(t, op);
    if (empty) return empty;
    const e = t.expr;
    let cmp: Bool;
    switch (op) {
      case 'in_last_days':
        cmp = sql<SqlBool>`${e} between ${utcDay(this.ctx.now - (value as number) * DAY_MS)} and ${this.today}`;
        break;
      case 'between': {
        const [a, b] = value as [string, string];
        cmp = sql<SqlBool>`${e} between ${a} and ${b}`;
        break;
      }
      case 'eq':
        cmp = sql<SqlBool>`${e} = ${value}`;
        break;
      case 'lt':
      case 'before':
        cmp = sql<SqlBool>`${e} < ${value}`;
        break;
      case 'lte':
        cmp = sql<SqlBool>`${e} <= ${value}`;
        break;
      case 'gt':
      case 'after':
        cmp = sql<SqlBool>`${e} > ${value}`;
        break;
      case 'gte':
        cmp = sql<SqlBool>`${e} >= ${value}`;
        break;
      default:
        throw invalid(`operator '${op}' does not apply to dates`);
    }
    return this.guard(t, cmp);
  }

  private boolean(rf: ResolvedField, op: Op): Bool {
    if (op !== 'is_true' && op !== 'is_false') throw invalid(`operator '${op}' does not apply to yes/no values`);
    const want = op === 'is_true';
    if (rf.kind === 'builtin') {
      const e = this.col(rf.column);
      const cmp = want ? sql<SqlBool>`${e} = 1` : sql<SqlBool>`${e} = 0`;
      return NOT_NULL[this.subject].has(rf.column) ? cmp : sql<SqlBool>`(${e} is not null and ${cmp})`;
    }
    const json = this.col('custom');
    if (this.pg) return sql<SqlBool>`${json} @> jsonb_build_object(${this.pgKey(rf.key)}, ${want ? sql`true` : sql`false`})`;
    return sql<SqlBool>`coalesce(json_type(${json}, ${this.sqlitePath(rf.key)}) = ${want ? sql`'true'` : sql`'false'`}, 0)`;
  }

  // ---- relations ----------------------------------------------------------------------------

  private activeRelation(): Bool {
    return this.pg ? sql<SqlBool>`(ap.ended_on is null or ap.ended_on collate "C" > ${this.today})` : sql<SqlBool>`(ap.ended_on is null or ap.ended_on > ${this.today})`;
  }

  private activity(a: { type: string | string[]; atLeast: number; inLastDays: number }): Bool {
    this.requireSubject('person', 'activity');
    const types = [...new Set(Array.isArray(a.type) ? a.type : [a.type])];
    const type = types.length === 1 ? sql`act.type = ${types[0]}` : sql`act.type in (${sql.join(types)})`;
    const where = sql`act.person_id = ${sql.ref('people.id')} and ${type} and act.occurred_at >= ${this.ctx.now - a.inLastDays * DAY_MS} and act.occurred_at <= ${this.ctx.now}`;
    if (a.atLeast === 1) return sql<SqlBool>`exists (select 1 from activities as act where ${where})`;
    return sql<SqlBool>`(select count(*) from activities as act where ${where}) >= ${a.atLeast}`;
  }

  private memberOfList(listId: string): Bool {
    if (this.subject === 'account')
      return sql<SqlBool>`exists (select 1 from account_list_members as alm where alm.account_id = ${sql.ref('accounts.id')} and alm.list_id = ${listId})`;
    return sql<SqlBool>`exists (select 1 from account_people as ap inner join account_list_members as alm on alm.account_id = ap.account_id where ap.person_id = ${sql.ref('people.id')} and ${this.activeRelation()} and alm.list_id = ${listId})`;
  }

  private roleInAccount(op: StringOp, value: unknown): Bool {
    this.requireSubject('person', 'roleInAccount');
    const twin = positiveTwin(op);
    if (twin) return not(this.roleInAccount(twin, value));
    const role = this.pg ? sql`(r.role #>> '{}')` : sql`r.value`;
    const test = op === 'is_empty' ? sql<SqlBool>`${role} <> ''` : this.textMatch(role, op, stringOperands(value));
    const scope = this.ctx.accountId === undefined ? sql`` : sql` and ap.account_id = ${this.ctx.accountId}`;
    const exists = this.pg
      ? sql<SqlBool>`exists (select 1 from account_people as ap cross join lateral jsonb_array_elements(case when jsonb_typeof(ap.roles_norm) = 'array' then ap.roles_norm else '[]'::jsonb end) as r(role) where ap.person_id = ${sql.ref('people.id')} and ${this.activeRelation()}${scope} and jsonb_typeof(r.role) = 'string' and ${test})`
      : sql<SqlBool>`exists (select 1 from account_people as ap, json_each(ap.roles_norm) as r where ap.person_id = ${sql.ref('people.id')} and ${this.activeRelation()}${scope} and r.type = 'text' and ${test})`;
    return op === 'is_empty' ? not(exists) : exists;
  }

  // ---- account leaves over related people and buying groups ---------------------------------

  /**
   * Related people: a COUNT (or EXISTS for 1) over the account's active relations joined to
   * `people`, with the person condition compiled for the person subject in this account's
   * context (the inner `people` is the subquery's own, so the person compiler's references bind
   * there). The (account_id, person_id) key makes each person count once.
   */
  private people(p: PeopleCondition['people']): Bool {
    this.requireSubject('account', 'people');
    const accountId = sql.ref('accounts.id');
    const ended = this.pg ? sql`pap.ended_on collate "C"` : sql`pap.ended_on`;
    const parts: Bool[] = [sql<SqlBool>`pap.account_id = ${accountId}`, sql<SqlBool>`(pap.ended_on is null or ${ended} > ${this.today})`];
    if (p.relationType !== undefined) {
      const types = [...new Set(Array.isArray(p.relationType) ? p.relationType : [p.relationType])];
      parts.push(types.length === 1 ? sql<SqlBool>`pap.relation_type = ${types[0]}` : sql<SqlBool>`pap.relation_type in (${sql.join(types)})`);
    }
    if (p.where !== undefined) parts.push(new Compiler('person', { ...this.ctx, today: this.today, accountId }).node(p.where));
    const from = sql`account_people as pap inner join people on people.id = pap.person_id where ${and(parts)}`;
    if (p.atLeast === 1) return sql<SqlBool>`exists (select 1 from ${from})`;
    return sql<SqlBool>`(select count(*) from ${from}) >= ${p.atLeast}`;
  }

  /** The account's buying group for the solution interest, with every given constraint. */
  private buyingGroup(t: BuyingGroupTest): Bool {
    this.requireSubject('account', 'buyingGroup');
    const g = (column: string) => sql.ref(`bgc.${column}`);
    const parts: Bool[] = [sql<SqlBool>`bgc.account_id = ${sql.ref('accounts.id')}`, sql<SqlBool>`bgc.solution_interest_id = ${t.solutionInterestId}`];
    if (t.active !== undefined) parts.push(sql<SqlBool>`bgc.active = ${t.active ? 1 : 0}`);
    if (t.stage !== undefined) {
      const stages = [...new Set(Array.isArray(t.stage) ? t.stage : [t.stage])];
      parts.push(sql<SqlBool>`(bgc.stage is not null and bgc.stage in (${sql.join(stages)}))`);
    }
    if (t.status !== undefined) parts.push(this.text({ expr: g('status_label_norm'), nullable: true }, t.status.op, t.status.value));
    if (t.completeness !== undefined) parts.push(this.number({ expr: g('completeness'), nullable: false, computed: false }, t.completeness.op, t.completeness.value));
    if (t.engagement !== undefined) parts.push(this.number({ expr: g('engagement'), nullable: false, computed: false }, t.engagement.op, t.engagement.value));
    for (const r of t.roleCount ?? []) {
      const n = sql`(select count(*) from buying_group_members as bgm where bgm.account_id = bgc.account_id and bgm.buying_group_id = bgc.id and bgm.role_id = ${r.roleId} and bgm.removed = 0)`;
      if (r.atLeast !== undefined && r.atLeast > 0) parts.push(sql<SqlBool>`${n} >= ${r.atLeast}`);
      if (r.atMost !== undefined) parts.push(sql<SqlBool>`${n} <= ${r.atMost}`);
    }
    return sql<SqlBool>`exists (select 1 from buying_groups as bgc where ${and(parts)})`;
  }

  private descendantOf(accountId: string): Bool {
    this.requireSubject('account', 'descendantOf');
    return sql<SqlBool>`${sql.ref('accounts.id')} in (with recursive descendants(id) as (select c.id from accounts as c where c.parent_id = ${accountId} union select c.id from accounts as c inner join descendants as d on c.parent_id = d.id) select d.id from descendants as d)`;
  }
}

/** Compiles a condition on `subject` to a WHERE expression over `people` or `accounts`. */
export function compileCondition(cond: Condition, subject: Subject, ctx: SqlConditionContext): RawBuilder<SqlBool> {
  if (!Number.isSafeInteger(ctx.now)) throw new Error(`ctx.now must be an integer epoch-ms time (got ${ctx.now})`);
  checkPersonaReferences(cond, ctx.personas ?? new Map());
  return new Compiler(subject, ctx).node(cond);
}

/** `db.selectFrom('people').where(compilePersonCondition(cond, ctx))` */
export function compilePersonCondition(cond: Condition, ctx: SqlConditionContext): RawBuilder<SqlBool> {
  return compileCondition(cond, 'person', ctx);
}

/** `db.selectFrom('accounts').where(compileAccountCondition(cond, ctx))` */
export function compileAccountCondition(cond: Condition, ctx: SqlConditionContext): RawBuilder<SqlBool> {
  return compileCondition(cond, 'account', ctx);
}
