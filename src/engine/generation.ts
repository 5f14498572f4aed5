/**
 * Buying group generation (SPEC §4): one group per (solution interest, account of the audience),
 * members assigned by the template's conditions in priority order, reconciled with what stronger
 * sources decided. Set-based: the conditions of every auto-assigned role are compiled into one
 * CASE expression and evaluated by the database over the batch's related people.
 *
 * `generateForAccounts` is idempotent and runs inside the caller's transaction: a batch either
 * commits whole (groups, members, events, scores) or not at all, so a crash never leaves half a
 * batch, and running it again changes nothing.
 */
import { CompiledQuery, sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../store/schema.ts';
import type { Engine } from '../store/db.ts';
import { newId } from '../domain/ids.ts';
import { utcDay } from '../domain/clock.ts';
import { normText } from '../domain/text.ts';
import { QuorumError } from '../domain/errors.ts';
import { WEIGHTING_BANDS } from '../domain/roles.ts';
import { applyChanges, reconcileRules, removalReason, ruleRemovalReason, type MemberSource, type MemberState, type MembershipChange, type RemovalReason, type RelationInScope } from '../domain/assignment/index.ts';
import { DEFAULT_WEIGHTING_MODEL, engagementScore } from '../domain/scoring/index.ts';
import { bulkInsert, marks, rawQuery, type BulkValue } from '../store/bulk.ts';
import { conditionFacts, type Condition, type ConditionFacts } from '../domain/conditions/index.ts';
import { compilePersonCondition } from '../store/conditions-sql.ts';
import { getRolesTemplate, type TemplateRole } from '../store/roles-templates.ts';
import { activeWeightingModel } from '../store/weighting-models.ts';
import { dbEngine } from '../store/concurrency.ts';
import { getSolutionInterest } from '../store/solution-interests.ts';
import { loadPersonaConditions } from '../store/references.ts';
import { descendantScope } from '../store/facts.ts';
import { getStageModel } from '../store/stage-models.ts';
import { initialStage } from '../domain/stages/index.ts';
import { writeEvents, type PendingEvent } from './events.ts';

export interface GenerationOptions {
  /** Also consider people of descendant accounts, down to this depth (0 = the account only). */
  descendantDepth: number;
}

export interface GenerationPlan {
  engine: Engine;
  solutionInterestId: string;
  solutionInterestName: string;
  templateId: string;
  roles: TemplateRole[];
  personas: Map<string, Condition>;
  options: GenerationOptions;
  jobId: string | null;
  /**
   * The stage new groups start in: the entry stage of the solution interest's Live stage model
   * when it has exactly one (domain/stages initialStage); null otherwise or when absent.
   */
  entryStage?: string | null;
  /** Compiled rule-assignment queries, shared by the plans of one cached configuration (see `cachedPlan`). */
  compiled?: Map<string, CompiledAssignment>;
}

export interface GenerationCounts {
  groupsCreated: number;
  groupsReactivated: number;
  membersAdded: number;
  membersRemoved: number;
  rolesChanged: number;
  accountsSkipped: number;
  skipped: { accountId: string; reason: string }[];
}

export const emptyCounts = (): GenerationCounts => ({
  groupsCreated: 0,
  groupsReactivated: 0,
  membersAdded: 0,
  membersRemoved: 0,
  rolesChanged: 0,
  accountsSkipped: 0,
  skipped: [],
});

/** Keep job counts readable: list at most this many skipped accounts. */
const MAX_SKIPPED_LISTED = 100;

export function addCounts(a: GenerationCounts, b: GenerationCounts): GenerationCounts {
  return {
    groupsCreated: a.groupsCreated + b.groupsCreated,
    groupsReactivated: a.groupsReactivated + b.groupsReactivated,
    membersAdded: a.membersAdded + b.membersAdded,
    membersRemoved: a.membersRemoved + b.membersRemoved,
    rolesChanged: a.rolesChanged + b.rolesChanged,
    accountsSkipped: a.accountsSkipped + b.accountsSkipped,
    skipped: [...a.skipped, ...b.skipped].slice(0, MAX_SKIPPED_LISTED),
  };
}

export async function loadPlan(db: Kysely<DB>, engine: Engine, solutionInterestId: string, options: GenerationOptions, jobId: string | null): Promise<GenerationPlan> {
  const si = await getSolutionInterest(db, solutionInterestId);
  const template = await getRolesTemplate(db, si.templateId);
  if (template.status !== 'live') {
    throw QuorumError.field('invalid_state', '/solutionInterestId', `the roles template ${template.id} of solution interest ${si.id} is not Live`);
  }
  const stageModel = si.stageModelId ? await getStageModel(db, si.stageModelId) : null;
  return {
    engine,
    solutionInterestId: si.id,
    solutionInterestName: si.name,
    templateId: template.id,
    roles: template.roles,
    personas: await loadPersonaConditions(db),
    options,
    jobId,
    entryStage: stageModel && stageModel.status === 'live' ? initialStage(stageModel) : null,
  };
}

interface CachedPlan {
  signature: string;
  plan: GenerationPlan;
}

/** Plans by engine and solution interest, with the configuration signature they were loaded at. */
const planCache = new Map<string, CachedPlan>();
const PLAN_CACHE_MAX = 100;

/**
 * The configuration a plan depends on, as one cheap value: the number of rows, the sum of the
 * versions and the last update time over the solution interests, roles templates, personas and
 * account lists. Any edit bumps a version (and an update time); creating or deleting a row changes
 * the count. (Account lists are in for callers that cache audience definitions with it.)
 */
export const CONFIG_SIGNATURE_SQL = sql<Record<string, unknown>>`select count(*) as cfg_n, sum(version) as cfg_v, max(updated_at) as cfg_u from (
    select version, updated_at from solution_interests union all select version, updated_at from roles_templates
    union all select version, updated_at from personas union all select version, updated_at from account_lists) as cfg`;

/** The signature from a row holding CONFIG_SIGNATURE_SQL's columns (other columns ignored). */
export function configSignatureOf(row: Record<string, unknown>): string {
  return ['cfg_n', 'cfg_v', 'cfg_u'].map((k) => (row[k] == null ? '' : String(row[k]))).join('|');
}

export async function configSignature(db: Kysely<DB>): Promise<string> {
  const { rows } = await CONFIG_SIGNATURE_SQL.execute(db);
  return configSignatureOf(rows[0] ?? {});
}

/**
 * `loadPlan`, cached per solution interest for real-time maintenance (a single change must not
 * re-read and re-parse the template and personas): the configuration signature (read by the
 * caller with other things, or here) decides whether the cached plan still holds; any change to a
 * solution interest, template or persona reloads it. The cached plan also keeps its compiled
 * rule-assignment statements.
 */
export async function cachedPlan(db: Kysely<DB>, engine: Engine, solutionInterestId: string, options: GenerationOptions, jobId: string | null, signature?: string): Promise<GenerationPlan> {
  const key = `${engine}|${solutionInterestId}`;
  const sig = signature ?? (await configSignature(db));
  const hit = planCache.get(key);
  if (hit && hit.signature === sig) return { ...hit.plan, options, jobId };
  const plan = await loadPlan(db, engine, solutionInterestId, options, jobId);
  if (planCache.size >= PLAN_CACHE_MAX) planCache.clear();
  const compiled = new Map<string, CompiledAssignment>();
  planCache.set(key, { signature: sig, plan: { ...plan, compiled } });
  return { ...plan, compiled };
}

/** What the plan's auto-assigned rule conditions contain (walked once per plan's roles and personas). */
const ruleFactsCache = new WeakMap<TemplateRole[], { personas: Map<string, Condition>; facts: ConditionFacts }>();
export function ruleFacts(plan: Pick<GenerationPlan, 'roles' | 'personas'>): ConditionFacts {
  const hit = ruleFactsCache.get(plan.roles);
  if (hit && hit.personas === plan.personas) return hit.facts;
  const facts = conditionFacts(plan.roles.flatMap((r) => (r.autoAssign && r.condition ? [r.condition] : [])), plan.personas);
  ruleFactsCache.set(plan.roles, { personas: plan.personas, facts });
  return facts;
}

/**
 * The role CASE over the given people alone (no relations): for plans whose conditions never read
 * the group's account, a person's rule role is the same in every group they are actively related
 * to. Null when that does not hold. Compiled once per cached plan, shape and day.
 */
function personRolesQuery(db: Kysely<DB>, plan: GenerationPlan, personIds: readonly string[], now: number): CompiledQuery<{ person_id: string; role_id: string | null; raw: number }> | null {
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

export function groupName(solutionInterestName: string, accountName: string): string {
  return `${solutionInterestName} for ${accountName}`;
}

interface Candidate {
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
  // PostgreSQL gets the ids as one array (a long IN list of parameters is searched linearly).
  const inAccounts = plan.engine === 'postgres' ? sql`= any(cast(${[...accountIds]} as text[]))` : sql`in (${sql.join(accountIds.map((id) => sql`${id}`))})`;
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
  if (plan.engine === 'postgres') {
    // PostgreSQL plans the plain join well (index probes for a batch, hashing for a large one).
    const from = sql`(select sc.group_account_id, rel.account_id, rel.person_id from (${scope}) as sc inner join account_people as rel on rel.account_id = sc.account_id where ${active}) as rel
      inner join people on people.id = rel.person_id`;
    return sql<Candidate>`${recursive ? sql`with ${recursive} ` : sql``}${select(from)}`;
  }
  // SQLite: the active relations first, materialised in person-id order, then the people in that
  // order: people rows are probed in key order (neighbouring rows share pages) instead of at
  // random, several times faster once a batch's people no longer fit in the page cache. CROSS
  // JOIN keeps that join order.
  return sql<Candidate>`with ${recursive ? sql`${recursive}, ` : sql``}rel as materialized (
      select sc.group_account_id, rel.account_id, rel.person_id
      from (${scope}) as sc
      inner join account_people as rel on rel.account_id = sc.account_id
      where ${active}
      order by rel.person_id
    )
    ${select(sql`rel cross join people on people.id = rel.person_id`)}`;
}

export interface CompiledAssignment {
  sql: string;
  parameters: readonly unknown[];
  /** Where the account ids and person ids go in `parameters` (each its own, or all in one array). */
  accountAt: number[];
  accountArrayAt: number;
  personAt: number[];
}

/**
 * `assignmentSql` compiled. With a cached plan (`plan.compiled`) and conditions that depend on the
 * time only through the current day, the compiled statement is kept per shape (number of accounts
 * and people, day) and only the ids are substituted: real-time maintenance runs it on every change.
 */
function compiledAssignment(db: Kysely<DB>, plan: GenerationPlan, accountIds: readonly string[], now: number, personIds?: readonly string[]): CompiledQuery<Candidate> | null {
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
function bestRoles(plan: GenerationPlan, accountIds: readonly string[], rows: readonly Candidate[]): Map<string, Map<string, Candidate>> {
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

export interface GroupRow {
  account_id: string;
  id: string;
  active: number;
}

interface NewGroup {
  accountId: string;
  id: string;
  name: string;
}

/**
 * Generates or refreshes the groups of `accountIds` (sorted, ≤ a few thousand) in the caller's
 * transaction. Accounts must exist; missing ones are skipped with a reason.
 *
 * Groups created here (no members yet) take the fast path, `createGroups`: their members come
 * straight from the role CASE, set-based, with one `group_created` event each. Existing groups are
 * reconciled with what stronger sources decided (`reconcileRules`). With `personIds` (a change to
 * those people only), existing groups reconcile just those people; the rest of their membership
 * cannot have changed.
 */
export async function generateForAccounts(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  accountIds: readonly string[],
  now: number,
  opts: {
    createMissing?: boolean;
    personIds?: readonly string[];
    knownGroups?: ReadonlyMap<string, GroupRow>;
    /** With `personIds`: which (account, person) relations are active now, as `${accountId}\u0000${personId}` (the caller read them). */
    activeRelations?: ReadonlySet<string>;
  } = {},
): Promise<GenerationCounts> {
  const createMissing = opts.createMissing ?? true;
  const counts = emptyCounts();
  if (accountIds.length === 0) return counts;
  const events: PendingEvent[] = [];

  // The caller (maintenance) may already know every account's group: nothing to look up then.
  const known = opts.knownGroups && accountIds.every((a) => opts.knownGroups?.has(a)) ? opts.knownGroups : null;
  const present: string[] = [];
  const names = new Map<string, string>();
  if (known) {
    present.push(...accountIds);
  } else {
    const accounts = await trx.selectFrom('accounts').select(['id', 'name']).where('id', 'in', accountIds).execute();
    for (const a of accounts) names.set(a.id, a.name);
    for (const id of accountIds) {
      const name = names.get(id);
      if (name === undefined) {
        counts.accountsSkipped++;
        counts.skipped.push({ accountId: id, reason: 'the account no longer exists' });
      } else if (name.trim() === '') {
        counts.accountsSkipped++;
        counts.skipped.push({ accountId: id, reason: 'the account has no name' });
      } else present.push(id);
    }
  }

  // 1. Groups: the missing ones are created (fast path), inactive ones reactivated.
  const existing = known
    ? present.map((a) => known.get(a) as GroupRow)
    : await trx
        .selectFrom('buying_groups')
        .select(['account_id', 'id', 'active'])
        .where('solution_interest_id', '=', plan.solutionInterestId)
        .where('account_id', 'in', present.length ? present : [''])
        .execute();
  const groupOf = new Map<string, GroupRow>(existing.map((g) => [g.account_id, g]));
  const fresh: NewGroup[] = [];
  const old: string[] = [];
  for (const accountId of present) {
    const g = groupOf.get(accountId);
    if (!g) {
      if (createMissing) fresh.push({ accountId, id: newId('buyingGroup', now), name: groupName(plan.solutionInterestName, names.get(accountId) ?? '') });
      continue;
    }
    old.push(accountId);
    if (g.active === 0) {
      await trx.updateTable('buying_groups').set({ active: 1, updated_at: now }).where('account_id', '=', accountId).where('id', '=', g.id).execute();
      counts.groupsReactivated++;
      events.push({ accountId, buyingGroupId: g.id, event: { type: 'active_changed', active: true, reason: 'the account is in the audience again' } });
    }
  }
  if (fresh.length) {
    const created = await createGroups(trx, plan, fresh, now);
    counts.groupsCreated += created.groups;
    counts.membersAdded += created.members;
    if (created.taken.length) {
      // Created meanwhile by another transaction: reconcile them like any existing group.
      const rows = await trx.selectFrom('buying_groups').select(['account_id', 'id', 'active']).where('solution_interest_id', '=', plan.solutionInterestId).where('account_id', 'in', created.taken).execute();
      for (const g of rows) groupOf.set(g.account_id, g);
      old.push(...created.taken);
      old.sort();
    }
  }

  // 2. Members of existing groups: rules say who should hold which role; reconcile with the stored state.
  if (old.length) {
    const oldGroupIds = old.map((a) => groupOf.get(a)?.id ?? '');
    // PostgreSQL: lock the groups (in id order, so concurrent lockers cannot deadlock) before
    // reading their members, so that a concurrent manual action (engine/members.ts lockGroup)
    // cannot be overwritten from a stale read. SQLite runs one writer at a time.
    if (plan.engine === 'postgres') {
      const ids = [...oldGroupIds].sort();
      for (let i = 0; i < ids.length; i += 1000) {
        await sql`select id from buying_groups where id in (${sql.join(ids.slice(i, i + 1000))}) order by id for update`.execute(trx);
      }
    }
    if (opts.personIds) {
      await reconcilePeople(trx, plan, old, groupOf, opts.personIds, now, counts, events, opts.activeRelations);
      await writeEvents(trx, events, now);
      return counts;
    }
    const desired = await ruleAssignments(trx, plan, old, now);
    const currentByGroup = new Map<string, Map<string, MemberState>>();
    for (let i = 0; i < oldGroupIds.length; i += 500) {
      const rows = await trx
        .selectFrom('buying_group_members')
        .select(['buying_group_id', 'person_id', 'role_id', 'source', 'removed'])
        .where('buying_group_id', 'in', oldGroupIds.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        let m = currentByGroup.get(r.buying_group_id);
        if (!m) currentByGroup.set(r.buying_group_id, (m = new Map()));
        m.set(r.person_id, { personId: r.person_id, roleId: r.role_id, source: r.source as MemberSource, removed: r.removed === 1 });
      }
    }

    const inserts: BulkValue[][] = [];
    const touched: { accountId: string; groupId: string }[] = [];
    for (const accountId of old) {
      const group = groupOf.get(accountId);
      if (!group) continue;
      const current = currentByGroup.get(group.id) ?? new Map<string, MemberState>();
      const changes = reconcileRules(current, desired.get(accountId) ?? new Map());
      if (changes.length) touched.push({ accountId, groupId: group.id });
      events.push(...(await changeEvents(trx, plan, accountId, group.id, changes, now)));
      for (const c of changes) {
        await applyChange(trx, accountId, group.id, c, current.has(c.personId), now, inserts);
        if (c.kind === 'member_added') counts.membersAdded++;
        else if (c.kind === 'member_removed') counts.membersRemoved++;
        else counts.rolesChanged++;
      }
    }
    await bulkInsert(trx, 'buying_group_members', MEMBER_COLUMNS, inserts);

    // 3. Scores of the groups whose membership changed.
    events.push(...(await refreshGroupScores(trx, plan.roles, touched, now)));
  }
  await writeEvents(trx, events, now);
  return counts;
}

/**
 * Reconciles only `personIds` in the (few, existing, on PostgreSQL already locked) groups of
 * `accounts` — a change to those people cannot have changed anyone else's membership — and
 * computes the groups' new scores from the same read: one query returns each group's stored
 * scores and all its members with their raw engagement, the changes are applied to that snapshot,
 * and `groupScores` runs on the result (exactly what `refreshGroupScores` would read back).
 */
async function reconcilePeople(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  accounts: readonly string[],
  groupOf: ReadonlyMap<string, GroupRow>,
  personIds: readonly string[],
  now: number,
  counts: GenerationCounts,
  events: PendingEvent[],
  activeRelations?: ReadonlySet<string>,
): Promise<void> {
  // With the active relations known and conditions that do not read the account, the CASE runs on
  // the people rows alone; otherwise over the accounts' relations (assignmentSql).
  const perPerson = activeRelations && plan.options.descendantDepth === 0 ? personRolesQuery(trx, plan, personIds, now) : null;
  let candidates: Candidate[];
  if (perPerson && activeRelations) {
    const roles = (await trx.executeQuery(perPerson)).rows;
    candidates = [];
    for (const accountId of accounts) {
      for (const r of roles) {
        if (r.role_id != null && activeRelations.has(`${accountId}\u0000${r.person_id}`)) candidates.push({ group_account_id: accountId, person_id: r.person_id, role_id: r.role_id, raw: r.raw });
      }
    }
  } else {
    const query = compiledAssignment(trx, plan, accounts, now, personIds);
    candidates = query ? (await trx.executeQuery<Candidate>(query)).rows : [];
  }
  const best = bestRoles(plan, accounts, candidates);
  const groupIds = accounts.map((a) => groupOf.get(a)?.id ?? '');
  const { rows } = await rawQuery<{
    group_id: string;
    completeness: number;
    engagement: number;
    group_raw: number;
    active_k: number | null;
    person_id: string | null;
    role_id: string | null;
    source: MemberSource | null;
    removed: number | null;
    person_raw: number | null;
  }>(
    trx,
    `select g.id as group_id, g.completeness, g.engagement, g.engagement_raw as group_raw,
      (select k from weighting_models where active = 1 order by id limit 1) as active_k,
      m.person_id, m.role_id, m.source, m.removed, p.engagement_raw as person_raw
    from buying_groups as g
    left join buying_group_members as m on m.buying_group_id = g.id
    left join people as p on p.id = m.person_id
    where g.id in (${marks(groupIds.length)})`,
    groupIds,
  );
  const k = rows[0]?.active_k ?? DEFAULT_WEIGHTING_MODEL.k;
  const stored = new Map<string, { completeness: number; engagement: number; raw: number }>();
  const membersOf = new Map<string, Map<string, { state: MemberState; raw: number }>>();
  for (const r of rows) {
    stored.set(r.group_id, { completeness: Number(r.completeness), engagement: Number(r.engagement), raw: Number(r.group_raw) });
    let m = membersOf.get(r.group_id);
    if (!m) membersOf.set(r.group_id, (m = new Map()));
    if (r.person_id != null && r.role_id != null && r.source != null) {
      m.set(r.person_id, { state: { personId: r.person_id, roleId: r.role_id, source: r.source, removed: r.removed === 1 }, raw: Number(r.person_raw ?? 0) });
    }
  }
  const model = scoreModel(plan.roles);
  const inserts: BulkValue[][] = [];
  const wanted = new Set(personIds);
  for (const accountId of accounts) {
    const group = groupOf.get(accountId);
    if (!group) continue;
    const all = membersOf.get(group.id) ?? new Map<string, { state: MemberState; raw: number }>();
    const current = new Map([...all].filter(([p]) => wanted.has(p)).map(([p, v]) => [p, v.state]));
    const desired = best.get(accountId) ?? new Map<string, Candidate>();
    const changes = reconcileRules(current, new Map([...desired].map(([p, c]) => [p, c.role_id])));
    if (changes.length === 0) continue;
    events.push(...(await changeEvents(trx, plan, accountId, group.id, changes, now)));
    for (const c of changes) {
      await applyChange(trx, accountId, group.id, c, current.has(c.personId), now, inserts);
      if (c.kind === 'member_added') counts.membersAdded++;
      else if (c.kind === 'member_removed') counts.membersRemoved++;
      else counts.rolesChanged++;
    }
    const after = applyChanges(new Map([...all].map(([p, v]) => [p, v.state])), changes);
    const members = [...after.values()]
      .filter((m) => !m.removed)
      .map((m) => ({ personId: m.personId, roleId: m.roleId, raw: all.get(m.personId)?.raw ?? Number(desired.get(m.personId)?.raw ?? 0) }))
      .sort(byPersonId);
    const s = groupScores(model, members, k);
    const before = stored.get(group.id);
    if (!before) continue;
    if (before.completeness !== s.completeness || before.raw !== s.raw || before.engagement !== s.engagement) {
      await writeGroupScores(trx, plan.engine === 'postgres', [{ accountId, groupId: group.id, scores: s }], now);
    }
    if (before.completeness !== s.completeness) events.push({ accountId, buyingGroupId: group.id, event: { type: 'completeness_changed', from: before.completeness, to: s.completeness } });
    if (before.engagement !== s.engagement) events.push({ accountId, buyingGroupId: group.id, event: { type: 'engagement_changed', from: before.engagement, to: s.engagement } });
  }
  await bulkInsert(trx, 'buying_group_members', MEMBER_COLUMNS, inserts);
}

export const MEMBER_COLUMNS = ['account_id', 'buying_group_id', 'person_id', 'role_id', 'source', 'removed', 'added_at', 'removed_at', 'updated_at'] as const;

const GROUP_COLUMNS = [
  'account_id',
  'id',
  'solution_interest_id',
  'template_id',
  'name',
  'name_norm',
  'status_label',
  'stage',
  'completeness',
  'engagement',
  'engagement_raw',
  'active',
  'job_id',
  'created_at',
  'updated_at',
] as const;

/** The scratch table of `createGroups` (one per connection; emptied before and after use). */
const SCRATCH = 'quorum_new_members';

/**
 * The fast path for groups that do not exist yet (so have no members, and nothing a stronger
 * source decided): the role CASE is evaluated once, into a scratch table, over the related people
 * of these accounts; the scores are computed from those rows (the same functions as
 * `refreshGroupScores`, over the same members in the same order, so a later refresh changes
 * nothing); the groups are inserted with their scores; the members are inserted with one
 * INSERT … SELECT from the scratch table; and each group gets ONE `group_created` event carrying
 * its initial members and scores (see events.ts) instead of an event per member.
 */
export async function createGroups(trx: Kysely<DB>, plan: GenerationPlan, groups: readonly NewGroup[], now: number): Promise<{ groups: number; members: number; taken: string[] }> {
  if (groups.length === 0) return { groups: 0, members: 0, taken: [] };
  const postgres = plan.engine === 'postgres';
  const accountIds = groups.map((g) => g.accountId);
  const query = assignmentSql(plan, accountIds, now);
  let rows: Candidate[] = [];
  if (query) {
    await sql
      .raw(
        postgres
          ? `create temp table if not exists ${SCRATCH} (group_account_id text, person_id text, role_id text, pos integer, raw double precision) on commit delete rows`
          : `create temp table if not exists ${SCRATCH} (group_account_id text, person_id text, role_id text, pos integer, raw real)`,
      )
      .execute(trx);
    await sql.raw(`delete from ${SCRATCH}`).execute(trx);
    const pos = sql.join(plan.roles.map((r, i) => sql`when ${r.roleId} then ${sql.lit(i)}`), sql` `);
    await sql`insert into ${sql.table(SCRATCH)} (group_account_id, person_id, role_id, pos, raw)
      select group_account_id, person_id, role_id, case role_id ${pos} end, raw from (${query}) as q`.execute(trx);
    rows = (await sql<Candidate>`select group_account_id, person_id, role_id, raw from ${sql.table(SCRATCH)}`.execute(trx)).rows;
  }
  const best = bestRoles(plan, accountIds, rows);

  const kk = (await activeWeightingModel(trx)).k;
  const model = scoreModel(plan.roles);
  const groupRows: BulkValue[][] = [];
  const events: PendingEvent[] = [];
  const memberCount = new Map<string, number>();
  const stage = plan.entryStage ?? null;
  for (const g of groups) {
    const list = [...(best.get(g.accountId)?.values() ?? [])].map((c) => ({ personId: c.person_id, roleId: c.role_id, raw: Number(c.raw) })).sort(byPersonId);
    memberCount.set(g.accountId, list.length);
    const s = groupScores(model, list, kk);
    groupRows.push([g.accountId, g.id, plan.solutionInterestId, plan.templateId, g.name, normText(g.name), null, stage, s.completeness, s.engagement, s.raw, 1, plan.jobId, now, now]);
    events.push({
      accountId: g.accountId,
      buyingGroupId: g.id,
      event: {
        type: 'group_created',
        name: g.name,
        solutionInterestId: plan.solutionInterestId,
        jobId: plan.jobId,
        source: 'rule',
        members: list.map((m) => ({ personId: m.personId, roleId: m.roleId })),
        completeness: s.completeness,
        engagement: s.engagement,
        stage,
      },
    });
  }
  // Another transaction (a second worker running a job for the same pair, on PostgreSQL) may
  // have created some of these groups since we looked: those are left to the caller to reconcile.
  const created = await bulkInsert(trx, 'buying_groups', GROUP_COLUMNS, groupRows, { skipConflictsOn: ['account_id', 'solution_interest_id'], returning: ['account_id'] });
  const mine = new Set(created.rows.map((r) => r.account_id as string));
  const taken = accountIds.filter((a) => !mine.has(a));
  let members = 0;
  for (const a of mine) members += memberCount.get(a) ?? 0;
  if (rows.length && taken.length) {
    for (let i = 0; i < taken.length; i += 500) {
      await sql`delete from ${sql.table(SCRATCH)} where group_account_id in (${sql.join(taken.slice(i, i + 500))})`.execute(trx);
    }
  }
  if (rows.length && members) {
    // Through descendants a person may come out more than once: keep the highest-priority role.
    const source =
      plan.options.descendantDepth > 0
        ? sql`(select group_account_id, person_id, role_id from (select s.*, row_number() over (partition by group_account_id, person_id order by pos) as rn from ${sql.table(SCRATCH)} as s) as ranked where rn = 1)`
        : sql.table(SCRATCH);
    const inserted = await sql`insert into buying_group_members (account_id, buying_group_id, person_id, role_id, source, removed, added_at, removed_at, updated_at)
      select g.account_id, g.id, s.person_id, s.role_id, 'rule', 0, ${now}, null, ${now}
      from ${source} as s
      inner join buying_groups as g on g.account_id = s.group_account_id and g.solution_interest_id = ${plan.solutionInterestId}${
        // PostgreSQL checks each member's foreign keys with a row lock on the person: in person
        // order those locks touch each people page once.
        postgres ? sql` order by s.person_id` : sql``
      }`.execute(trx);
    if (Number(inserted.numAffectedRows ?? members) !== members) {
      throw new Error(`generation: ${String(inserted.numAffectedRows)} members inserted where ${members} were assigned`);
    }
  }
  if (rows.length) await sql.raw(`delete from ${SCRATCH}`).execute(trx);
  if (stage !== null && mine.size) {
    // The start at the entry stage is the first entry of each group's stage history (no actor: the system).
    const history: BulkValue[][] = groups.filter((g) => mine.has(g.accountId)).map((g) => [g.accountId, newId('stageChange', now), g.id, null, stage, null, now]);
    await bulkInsert(trx, 'stage_history', ['account_id', 'id', 'buying_group_id', 'from_stage', 'to_stage', 'actor_id', 'at'], history);
  }
  await writeEvents(
    trx,
    taken.length ? events.filter((e) => mine.has(e.accountId)) : events,
    now,
  );
  return { groups: mine.size, members, taken };
}

export const reasonKey = (accountId: string, personId: string) => `${accountId}\u0000${personId}`;

/**
 * Why rules remove these members (group account, person): the people's relations within each
 * group's scope (the account, and descendants to the plan's depth) go to the pure
 * `ruleRemovalReason`. Read only for the removals, which are few.
 */
export async function ruleRemovalReasons(trx: Kysely<DB>, depth: number, removals: readonly { accountId: string; personId: string }[], now: number): Promise<Map<string, RemovalReason>> {
  const out = new Map<string, RemovalReason>();
  if (removals.length === 0) return out;
  const groupAccounts = [...new Set(removals.map((r) => r.accountId))];
  const scopes = await descendantScope(trx, groupAccounts, depth);
  const scopeAccounts = [...new Set([...scopes.values()].flatMap((m) => [...m.keys()]))];
  const personIds = [...new Set(removals.map((r) => r.personId))];
  const byPerson = new Map<string, RelationInScope[]>();
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await trx
      .selectFrom('account_people')
      .select(['id', 'account_id', 'person_id', 'relation_type', 'ended_on'])
      .where('person_id', 'in', personIds.slice(i, i + 500))
      .where('account_id', 'in', scopeAccounts)
      .execute();
    for (const r of rows) {
      const list = byPerson.get(r.person_id) ?? [];
      list.push({ id: r.id, accountId: r.account_id, relationType: r.relation_type, endedOn: r.ended_on });
      byPerson.set(r.person_id, list);
    }
  }
  const today = utcDay(now);
  for (const { accountId, personId } of removals) {
    const scope = scopes.get(accountId) ?? new Map([[accountId, 0]]);
    out.set(reasonKey(accountId, personId), ruleRemovalReason((byPerson.get(personId) ?? []).filter((r) => scope.has(r.accountId)), today));
  }
  return out;
}

/** The events of one group's changes; removals get their reason from `reasons` (default: no longer matches). */
async function changeEvents(trx: Kysely<DB>, plan: GenerationPlan, accountId: string, groupId: string, changes: readonly MembershipChange[], now: number): Promise<PendingEvent[]> {
  const removed = changes.filter((c) => c.kind === 'member_removed').map((c) => ({ accountId, personId: c.personId }));
  const reasons = await ruleRemovalReasons(trx, plan.options.descendantDepth, removed, now);
  return changes.map((c) => ({ accountId, buyingGroupId: groupId, event: changeEvent(c, reasons.get(reasonKey(accountId, c.personId))) }));
}

export function changeEvent(c: MembershipChange, why?: RemovalReason): PendingEvent['event'] {
  switch (c.kind) {
    case 'member_added':
      return { type: 'member_added', personId: c.personId, roleId: c.roleId, source: c.source };
    case 'member_removed': {
      const r = why ?? removalReason('no_longer_matches');
      return {
        type: 'member_removed',
        personId: c.personId,
        roleId: c.roleId,
        source: c.source,
        previousSource: c.previousSource,
        reasonCode: r.code,
        reason: r.reason,
        ...(r.relation ? { relation: r.relation } : {}),
      };
    }
    case 'role_changed':
      return { type: 'role_changed', personId: c.personId, fromRoleId: c.fromRoleId, toRoleId: c.toRoleId, source: c.source, previousSource: c.previousSource };
  }
}

/** Writes one membership change (new rows go to `inserts`, for one bulk insert of MEMBER_COLUMNS). */
export async function applyChange(trx: Kysely<DB>, accountId: string, groupId: string, c: MembershipChange, rowExists: boolean, now: number, inserts: BulkValue[][]): Promise<void> {
  const key = [accountId, groupId, c.personId];
  const where = 'where account_id = ? and buying_group_id = ? and person_id = ?';
  switch (c.kind) {
    case 'member_added':
      if (rowExists) {
        await rawQuery(trx, `update buying_group_members set role_id = ?, source = ?, removed = 0, added_at = ?, removed_at = null, updated_at = ? ${where}`, [c.roleId, c.source, now, now, ...key]);
      } else {
        inserts.push([accountId, groupId, c.personId, c.roleId, c.source, 0, now, null, now]);
      }
      return;
    case 'role_changed':
      await rawQuery(trx, `update buying_group_members set role_id = ?, source = ?, updated_at = ? ${where}`, [c.toRoleId, c.source, now, ...key]);
      return;
    case 'member_removed':
      await rawQuery(trx, `update buying_group_members set source = ?, removed = 1, removed_at = ?, updated_at = ? ${where}`, [c.source, now, now, ...key]);
      return;
  }
}

/** What scoring needs of a template, prepared once: required roles with thresholds, role bands. */
export interface ScoreModel {
  required: readonly { roleId: string; threshold: number }[];
  bands: ReadonlyMap<string, number>;
}

export function scoreModel(roles: readonly TemplateRole[]): ScoreModel {
  return {
    required: roles.filter((r) => r.required).map((r) => ({ roleId: r.roleId, threshold: Math.max(1, r.membersRequired) })),
    bands: new Map(roles.map((r) => [r.roleId, WEIGHTING_BANDS[r.weightingBand]])),
  };
}

export interface GroupScores {
  completeness: number;
  /** Raw engagement (SPEC §5) behind `engagement`. */
  raw: number;
  engagement: number;
}

/**
 * A group's scores from its current members, which must be sorted by person id: the one
 * computation behind every stored score (generation, maintenance, recompute). It performs exactly
 * the arithmetic of `completeness` and `groupRawEngagement` (domain/scoring), in the same order —
 * per required role min(A, T) × 100 / T summed in template order then divided; role shares over
 * the roles present; members' raw × share summed in member order — without their intermediate
 * objects, so the same members always give the same doubles (generation.test.ts checks it).
 */
export function groupScores(model: ScoreModel, members: readonly { roleId: string; raw: number }[], k: number): GroupScores {
  const present: string[] = [];
  let total = 0;
  for (const m of members) {
    if (!present.includes(m.roleId)) {
      present.push(m.roleId);
      total += model.bands.get(m.roleId) ?? 0;
    }
  }
  let raw = 0;
  for (const m of members) raw += m.raw * (total === 0 ? 0 : (model.bands.get(m.roleId) ?? 0) / total);
  let completeness = 0;
  if (model.required.length) {
    let sum = 0;
    for (const r of model.required) {
      let a = 0;
      for (const m of members) if (m.roleId === r.roleId) a++;
      sum += (Math.min(a, r.threshold) * 100) / r.threshold;
    }
    completeness = sum / model.required.length;
  }
  return { completeness, raw, engagement: engagementScore(raw, k) };
}

/** Orders members by person id (code units), the order scores are summed in. */
export function byPersonId(a: { personId: string }, b: { personId: string }): number {
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}

/**
 * Recomputes completeness and engagement of the given groups from their current members and
 * stores them (exactly) when they changed, returning the change events. `k` is the active
 * weighting model's transform constant (read from the store when not given). Members are summed
 * in person-id order, so the same members give the same double whichever path asks. On
 * PostgreSQL the group rows are locked (in id order) before the members' raw values are read, so
 * two transactions refreshing the same group never store a value computed from a stale read.
 */
export async function refreshGroupScores(trx: Kysely<DB>, roles: readonly TemplateRole[], groups: readonly { accountId: string; groupId: string }[], now: number, k?: number): Promise<PendingEvent[]> {
  const events: PendingEvent[] = [];
  if (groups.length === 0) return events;
  let kk = k;
  const model = scoreModel(roles);
  const postgres = dbEngine(trx) === 'postgres';
  for (let i = 0; i < groups.length; i += 500) {
    const part = groups.slice(i, i + 500);
    const ids = part.map((g) => g.groupId);
    // The active weighting model's K comes with the stored scores (one statement less per change).
    const stored = await trx
      .selectFrom('buying_groups')
      .select(['id', 'completeness', 'engagement', 'engagement_raw'])
      .$if(kk === undefined, (q) => q.select((eb) => eb.selectFrom('weighting_models').select('k').where('active', '=', 1).orderBy('id').limit(1).as('active_k')))
      .where('id', 'in', ids)
      .$if(postgres, (q) => q.orderBy('id').forNoKeyUpdate())
      .execute();
    if (kk === undefined) {
      const first = stored[0] as { active_k?: number | null } | undefined;
      kk = first ? (first.active_k ?? DEFAULT_WEIGHTING_MODEL.k) : (await activeWeightingModel(trx)).k;
    }
    const members = await trx
      .selectFrom('buying_group_members as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['m.buying_group_id', 'm.person_id', 'm.role_id', 'p.engagement_raw'])
      .where('m.buying_group_id', 'in', ids)
      .where('m.removed', '=', 0)
      .execute();
    const storedById = new Map(stored.map((s) => [s.id, s]));
    const byGroup = new Map<string, { personId: string; roleId: string; raw: number }[]>();
    for (const m of members) {
      let list = byGroup.get(m.buying_group_id);
      if (!list) byGroup.set(m.buying_group_id, (list = []));
      list.push({ personId: m.person_id, roleId: m.role_id, raw: m.engagement_raw });
    }
    const writes: { accountId: string; groupId: string; scores: GroupScores }[] = [];
    for (const g of part) {
      const s = groupScores(model, (byGroup.get(g.groupId) ?? []).sort(byPersonId), kk as number);
      const before = storedById.get(g.groupId);
      if (!before || before.completeness !== s.completeness || before.engagement_raw !== s.raw || before.engagement !== s.engagement) writes.push({ accountId: g.accountId, groupId: g.groupId, scores: s });
      if (before && before.completeness !== s.completeness) events.push({ accountId: g.accountId, buyingGroupId: g.groupId, event: { type: 'completeness_changed', from: before.completeness, to: s.completeness } });
      if (before && before.engagement !== s.engagement) events.push({ accountId: g.accountId, buyingGroupId: g.groupId, event: { type: 'engagement_changed', from: before.engagement, to: s.engagement } });
    }
    await writeGroupScores(trx, postgres, writes, now);
  }
  return events;
}

/** Stores scores: one UPDATE per group for a few, one UPDATE … FROM (VALUES …) per 1,000 otherwise. */
async function writeGroupScores(trx: Kysely<DB>, postgres: boolean, writes: readonly { accountId: string; groupId: string; scores: GroupScores }[], now: number): Promise<void> {
  if (writes.length <= 2) {
    for (const w of writes) {
      await rawQuery(trx, 'update buying_groups set completeness = ?, engagement = ?, engagement_raw = ?, updated_at = ? where account_id = ? and id = ?', [
        w.scores.completeness,
        w.scores.engagement,
        w.scores.raw,
        now,
        w.accountId,
        w.groupId,
      ]);
    }
    return;
  }
  const num = (v: number) => (postgres ? sql`cast(${v} as double precision)` : sql`${v}`);
  for (let i = 0; i < writes.length; i += 1000) {
    const values = sql.join(writes.slice(i, i + 1000).map((w) => sql`(${w.accountId}, ${w.groupId}, ${num(w.scores.completeness)}, ${num(w.scores.engagement)}, ${num(w.scores.raw)})`));
    await sql`update buying_groups set completeness = v.column3, engagement = v.column4, engagement_raw = v.column5, updated_at = ${now}
      from (values ${values}) as v
      where buying_groups.account_id = v.column1 and buying_groups.id = v.column2`.execute(trx);
  }
}

export interface GroupScoreRecompute {
  groups: number;
  changed: number;
  events: number;
}

/**
 * Recomputes completeness and engagement of every buying group from its current members, in
 * chunks of groups, and stores what changed with its events. Reads take no locks: a changed score
 * is written only if the stored one is still the one read (compare-and-set), so a group that a
 * concurrent transaction refreshed meanwhile keeps that fresher value (it was computed from newer
 * members), and a recompute that finds nothing to change writes nothing. After generation and
 * maintenance nothing should change: the scores are kept current as members change.
 */
export async function recomputeGroupScores(db: Kysely<DB>, now: number, chunk = 5000): Promise<GroupScoreRecompute> {
  const out: GroupScoreRecompute = { groups: 0, changed: 0, events: 0 };
  const postgres = dbEngine(db) === 'postgres';
  const kk = (await activeWeightingModel(db)).k;
  const models = new Map<string, ScoreModel>();
  let after = '';
  for (;;) {
    const groups = await db
      .selectFrom('buying_groups')
      .select(['account_id', 'id', 'template_id', 'completeness', 'engagement', 'engagement_raw'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(chunk)
      .execute();
    const last = groups[groups.length - 1];
    if (!last) break;
    const ids = groups.map((g) => g.id);
    const inIds = postgres ? sql`= any(cast(${ids} as text[]))` : sql`in (${sql.join(ids)})`;
    const { rows: members } = await sql<{ buying_group_id: string; person_id: string; role_id: string; raw: number }>`
      select m.buying_group_id, m.person_id, m.role_id, p.engagement_raw as raw
      from buying_group_members as m inner join people as p on p.id = m.person_id
      where m.buying_group_id ${inIds} and m.removed = 0`.execute(db);
    const byGroup = new Map<string, { personId: string; roleId: string; raw: number }[]>();
    for (const m of members) {
      let list = byGroup.get(m.buying_group_id);
      if (!list) byGroup.set(m.buying_group_id, (list = []));
      list.push({ personId: m.person_id, roleId: m.role_id, raw: Number(m.raw) });
    }
    const changes: { g: (typeof groups)[number]; s: GroupScores }[] = [];
    for (const g of groups) {
      let model = models.get(g.template_id);
      if (!model) models.set(g.template_id, (model = scoreModel((await getRolesTemplate(db, g.template_id)).roles)));
      const s = groupScores(model, (byGroup.get(g.id) ?? []).sort(byPersonId), kk);
      if (s.completeness !== g.completeness || s.raw !== g.engagement_raw || s.engagement !== g.engagement) changes.push({ g, s });
    }
    if (changes.length) {
      await db.transaction().execute(async (trx) => {
        const events: PendingEvent[] = [];
        for (const { g, s } of changes) {
          const updated = await trx
            .updateTable('buying_groups')
            .set({ completeness: s.completeness, engagement: s.engagement, engagement_raw: s.raw, updated_at: now })
            .where('account_id', '=', g.account_id)
            .where('id', '=', g.id)
            .where('completeness', '=', g.completeness)
            .where('engagement', '=', g.engagement)
            .where('engagement_raw', '=', g.engagement_raw)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) === 0) continue;
          out.changed++;
          if (g.completeness !== s.completeness) events.push({ accountId: g.account_id, buyingGroupId: g.id, event: { type: 'completeness_changed', from: g.completeness, to: s.completeness } });
          if (g.engagement !== s.engagement) events.push({ accountId: g.account_id, buyingGroupId: g.id, event: { type: 'engagement_changed', from: g.engagement, to: s.engagement } });
        }
        await writeEvents(trx, events, now);
        out.events += events.length;
      });
    }
    out.groups += groups.length;
    after = last.id;
    if (groups.length < chunk) break;
  }
  return out;
}
