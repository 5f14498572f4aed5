/**
 * The rule assignment as SQL: the conditions of every auto-assigned role compiled into one CASE
 * (store/conditions-sql.ts), evaluated by the database over the related people of a batch of
 * accounts; compiled statements kept per shape on cached plans (real-time maintenance runs them on
 * every change).
 */
import { CompiledQuery, sql, type Kysely, type RawBuilder } from 'kysely';
import { type DB, compilePersonCondition, dialectFor } from '../../store/index.ts';
import { utcDay } from '../../domain/index.ts';
import type { Condition } from '../../domain/conditions/index.ts';
import { ruleFacts, type GenerationPlan } from './plan.ts';

/**
 * The role CASE over the given people alone (no relations): for plans whose conditions never read
 * the group's account, a person's rule role is the same in every group they are actively related
 * to. Null when that does not hold. Compiled once per cached plan, shape and day.
 */
export function personRolesQuery(db: Kysely<DB>, plan: GenerationPlan, personIds: readonly string[], now: number): CompiledQuery<{ person_id: string; role_id: string | null; raw: number }> | null {
  const auto = plan.roles.filter((r) => r.autoAssign && r.condition);
  if (auto.length === 0 || ruleFacts(plan).readsAccount) return null;
  const build = (ids: readonly string[]) => {
    const ctx = { engine: plan.engine, now, today: utcDay(now), personas: plan.personas };
    const whens = auto.map((r) => sql`when ${compilePersonCondition(r.condition as Condition, ctx)} then ${r.roleId}`);
    return sql<{ person_id: string; role_id: string | null; raw: number }>`select people.id as person_id, case ${sql.join(whens, sql` `)} else null end as role_id, people.engagement_raw as raw
      from people where people.id in (${sql.join(ids.map((id) => sql`${id}`))})`.compile(db);
  };
  const cache = plan.compiled;
  if (!cache || ruleFacts(plan).dependsOnNow) return build(personIds);
  const key = `people|${personIds.length}|${utcDay(now)}`;
  let entry = cache.get(key);
  if (!entry) {
    const personMarks = personIds.map((_, i) => `\u0000person:${i}`);
    const compiled = build(personMarks);
    const personAt = personMarks.map((m) => compiled.parameters.findIndex((p) => p === m));
    if (personAt.some((i) => i < 0)) return build(personIds);
    entry = { sql: compiled.sql, parameters: compiled.parameters, accountAt: [], accountArrayAt: -1, personAt };
    if (cache.size >= 50) cache.clear();
    cache.set(key, entry);
  }
  const parameters = [...entry.parameters];
  entry.personAt.forEach((i, k) => (parameters[i] = personIds[k]));
  return CompiledQuery.raw(entry.sql, parameters) as CompiledQuery<{ person_id: string; role_id: string | null; raw: number }>;
}

export interface Candidate {
  group_account_id: string;
  person_id: string;
  role_id: string;
  raw: number;
}

/**
 * The rule assignment as SQL: (group_account_id, person_id, role_id, raw) of every person related
 * (actively) to `accountIds` — or to their descendants down to the plan's depth — who matches an
 * auto-assigned role, role_id being the first matching role in priority order (one CASE). With
 * `personIds`, only those people. Through descendants a person may come out once per path; the
 * caller keeps the highest-priority role. `raw` is the person's raw engagement.
 */
export function assignmentSql(plan: GenerationPlan, accountIds: readonly string[], now: number, opts: { personIds?: readonly string[] } = {}): RawBuilder<Candidate> | null {
  const auto = plan.roles.filter((r) => r.autoAssign && r.condition);
  if (auto.length === 0 || accountIds.length === 0) return null;
  const today = utcDay(now);
  const ctx = { engine: plan.engine, now, today, personas: plan.personas, accountId: sql.ref('rel.account_id') as RawBuilder<unknown> };
  const whens = auto.map((r) => sql`when ${compilePersonCondition(r.condition as Condition, ctx)} then ${r.roleId}`);
  const roleCase = sql<string | null>`case ${sql.join(whens, sql` `)} else null end`;
  const dialect = dialectFor(plan.engine);
  // One array parameter where the engine has arrays (compiledAssignment substitutes it whole).
  const inAccounts = dialect.inTextList(accountIds);
  const depth = Math.max(0, plan.options.descendantDepth);
  const scope =
    depth === 0
      ? sql`select a.id as group_account_id, a.id as account_id from accounts as a where a.id ${inAccounts}`
      : sql`select group_account_id, account_id from scope`;
  const recursive =
    depth === 0
      ? null
      : sql`recursive scope(group_account_id, account_id, depth) as (
          select a.id, a.id, 0 from accounts as a where a.id ${inAccounts}
          union all
          select s.group_account_id, c.id, s.depth + 1 from accounts as c inner join scope as s on c.parent_id = s.account_id where s.depth < ${depth}
        )`;
  const people = opts.personIds ? sql` and rel.person_id in (${sql.join(opts.personIds.map((id) => sql`${id}`))})` : sql``;
  const active = sql`(rel.ended_on is null or rel.ended_on > ${today})${people}`;
  const select = (from: RawBuilder<unknown>) =>
    sql`select group_account_id, person_id, role_id, raw from (
      select rel.group_account_id, people.id as person_id, ${roleCase} as role_id, people.engagement_raw as raw
      from ${from}
    ) as assigned where role_id is not null`;
  // The active relations, then the people joined by key: where the planner needs it (SQLite) the
  // relations are materialised in person-id order first, so people rows are probed in key order
  // (see the dialect's keyOrderedJoin).
  return dialect.keyOrderedJoin<Candidate>({
    ctes: recursive,
    rows: sql`select sc.group_account_id, rel.account_id, rel.person_id from (${scope}) as sc inner join account_people as rel on rel.account_id = sc.account_id where ${active}`,
    alias: 'rel',
    orderBy: sql`rel.person_id`,
    join: sql`people on people.id = rel.person_id`,
    select,
  });
}

/**
 * `assignmentSql` compiled. With a cached plan (`plan.compiled`) and conditions that depend on the
 * time only through the current day, the compiled statement is kept per shape (number of accounts
 * and people, day) and only the ids are substituted: real-time maintenance runs it on every change.
 */
export function compiledAssignment(db: Kysely<DB>, plan: GenerationPlan, accountIds: readonly string[], now: number, personIds?: readonly string[]): CompiledQuery<Candidate> | null {
  const cache = plan.compiled;
  const cacheable = cache && !ruleFacts(plan).dependsOnNow;
  if (!cacheable) return assignmentSql(plan, accountIds, now, personIds ? { personIds } : {})?.compile(db) ?? null;
  const key = `${accountIds.length}|${personIds?.length ?? -1}|${plan.options.descendantDepth}|${utcDay(now)}`;
  let entry = cache.get(key);
  if (!entry) {
    const accountMarks = accountIds.map((_, i) => `\u0000account:${i}`);
    const personMarks = personIds?.map((_, i) => `\u0000person:${i}`);
    const compiled = assignmentSql(plan, accountMarks, now, personMarks ? { personIds: personMarks } : {})?.compile(db);
    if (!compiled) return null;
    const at = (mark: string) => compiled.parameters.findIndex((p) => p === mark);
    const accountArrayAt = compiled.parameters.findIndex((p) => Array.isArray(p) && p.length === accountMarks.length && p.every((v, i) => v === accountMarks[i]));
    entry = { sql: compiled.sql, parameters: compiled.parameters, accountAt: accountArrayAt >= 0 ? [] : accountMarks.map(at), accountArrayAt, personAt: (personMarks ?? []).map(at) };
    if ([...entry.accountAt, ...entry.personAt].some((i) => i < 0)) return assignmentSql(plan, accountIds, now, personIds ? { personIds } : {})?.compile(db) ?? null;
    if (cache.size >= 50) cache.clear();
    cache.set(key, entry);
  }
  const parameters = [...entry.parameters];
  entry.accountAt.forEach((i, k) => (parameters[i] = accountIds[k]));
  if (entry.accountArrayAt >= 0) parameters[entry.accountArrayAt] = [...accountIds];
  entry.personAt.forEach((i, k) => (parameters[i] = personIds?.[k]));
  return CompiledQuery.raw(entry.sql, parameters) as CompiledQuery<Candidate>;
}

/** Keeps, per (group account, person), the highest-priority role among the candidates. */
export function bestRoles(plan: GenerationPlan, accountIds: readonly string[], rows: readonly Candidate[]): Map<string, Map<string, Candidate>> {
  const out = new Map<string, Map<string, Candidate>>(accountIds.map((id) => [id, new Map()]));
  const priority = new Map(plan.roles.map((r, i) => [r.roleId, i]));
  for (const row of rows) {
    const group = out.get(row.group_account_id);
    if (!group) continue;
    const current = group.get(row.person_id);
    if (current === undefined || (priority.get(row.role_id) ?? 1e9) < (priority.get(current.role_id) ?? 1e9)) group.set(row.person_id, row);
  }
  return out;
}

/**
 * The rule assignment of every person related (actively) to the batch's accounts — or their
 * descendants down to the plan's depth — as group account → person → role. A person reachable
 * through several accounts gets the highest-priority role any of them yields.
 */
export async function ruleAssignments(db: Kysely<DB>, plan: GenerationPlan, accountIds: readonly string[], now: number, opts: { personIds?: readonly string[] } = {}): Promise<Map<string, Map<string, string>>> {
  const query = compiledAssignment(db, plan, accountIds, now, opts.personIds);
  const rows = query ? (await db.executeQuery<Candidate>(query)).rows : [];
  const best = bestRoles(plan, accountIds, rows);
  return new Map([...best].map(([accountId, people]) => [accountId, new Map([...people].map(([personId, c]) => [personId, c.role_id]))]));
}
