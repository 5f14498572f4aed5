/**
 * Real-time maintenance (SPEC §4): when people, relations, accounts or audiences change, the
 * affected buying groups follow in the same transaction — people who stop matching leave, people
 * who start matching join, accounts that join an audience get their group, accounts that leave it
 * get an inactive group (kept), scores and events follow. Stronger sources are respected by the
 * same reconciliation as generation (domain/assignment/precedence.ts).
 *
 * Which (solution interest, audience) pairs are followed, and at which descendant depth: the stored
 * scope and followings (store/followed-audiences.ts), which a creation job starts. Groups of other solution interests on the account are reconciled but
 * never created. Solution interests with followMembershipChanges = false are left alone.
 */
import { sql, type Kysely } from 'kysely';
import { type DB, parseJson, dialectOf, type Engine, setChangeListener, type StoreChange, marks, rawQuery } from '../store/index.ts';
import { audienceMembers, type AudienceDefinition } from './audience.ts';
import { QuorumError, notFound, utcDay } from '../domain/index.ts';
import type { RelationInScope } from '../domain/assignment/index.ts';
import { conditionFacts, type Condition } from '../domain/conditions/index.ts';
import { refreshEngagementForActivities } from './engagement.ts';
import { cachedPlan, CONFIG_SIGNATURE_SQL, configSignatureOf, generateForAccounts, reasonKey, type GenerationPlan, type PeopleRelations } from './generation/index.ts';
import { writeEvents, type PendingEvent } from './events.ts';

interface Subscription {
  solutionInterestId: string;
  audienceIds: string[];
  depth: number;
}

/** A followed audience maintenance could not serve (its configuration is gone or unusable): skipped, never the caller's failure. */
export interface MaintenanceWarning {
  solutionInterestId: string;
  audienceId: string | null;
  reason: string;
}

/**
 * The followed (solution interest, audiences) with each solution interest's stored depth, the
 * depths of all solution interests with a scope (groups of unfollowed ones keep theirs), and the
 * configuration signature — one round trip (plans and audience definitions are cached against the
 * signature). See store/followed-audiences.ts.
 */
async function subscriptions(trx: Kysely<DB>): Promise<{ subs: Subscription[]; scopes: Map<string, number>; signature: string }> {
  const { rows } = await sql<Record<string, unknown> & { solution_interest_id: string | null; audience_id: string | null; descendant_depth: number | null }>`
    select sc.solution_interest_id, sc.descendant_depth, f.audience_id, s.* from (${CONFIG_SIGNATURE_SQL}) as s
    left join solution_interest_scopes as sc on 1 = 1
    left join followed_audiences as f on f.solution_interest_id = sc.solution_interest_id
    order by sc.solution_interest_id, f.audience_id`.execute(trx);
  const bySi = new Map<string, Subscription>();
  const scopes = new Map<string, number>();
  for (const r of rows) {
    if (r.solution_interest_id == null) continue;
    const depth = Number(r.descendant_depth ?? 0);
    scopes.set(r.solution_interest_id, depth);
    if (r.audience_id == null) continue;
    const s = bySi.get(r.solution_interest_id) ?? { solutionInterestId: r.solution_interest_id, audienceIds: [], depth };
    s.audienceIds.push(r.audience_id);
    bySi.set(r.solution_interest_id, s);
  }
  return { subs: [...bySi.values()], scopes, signature: configSignatureOf(rows[0] ?? {}) };
}

/**
 * Whether a failure to load a subscription's configuration means "gone or unusable" (skip it and
 * report) rather than a real error (let it fail the transaction).
 */
function isConfigurationGone(e: unknown): e is QuorumError {
  return e instanceof QuorumError && (e.code === 'not_found' || e.code === 'invalid_state');
}

/** Audience definitions (kind, condition) by list id, valid while the configuration signature holds. */
const audienceCache = new Map<string, { signature: string; list: AudienceDefinition }>();

async function audienceDefinition(trx: Kysely<DB>, listId: string, signature: string): Promise<AudienceDefinition> {
  const hit = audienceCache.get(listId);
  if (hit && hit.signature === signature) return hit.list;
  const row = await trx.selectFrom('account_lists').select(['kind', 'condition']).where('id', '=', listId).executeTakeFirst();
  if (!row) throw notFound('account list', listId);
  const list: AudienceDefinition = { kind: row.kind, condition: row.condition == null ? null : parseJson<Condition>(row.condition) };
  if (audienceCache.size >= 1000) audienceCache.clear();
  audienceCache.set(listId, { signature, list });
  return list;
}

interface ExistingGroup {
  account_id: string;
  id: string;
  solution_interest_id: string;
  active: number;
  follow_membership_changes: number;
}

/**
 * For changes to people only, without descendant scopes: the accounts they relate to (ended
 * relations included) and those accounts' groups, in one query.
 */
async function peopleAccountsAndGroups(
  trx: Kysely<DB>,
  personIds: readonly string[],
  staticLists: readonly string[],
  today: string,
): Promise<{ accounts: Set<string>; groups: ExistingGroup[]; listMembers: Map<string, Set<string>>; relations: PeopleRelations }> {
  const lists = staticLists.length ? staticLists : [''];
  const { rows } = await rawQuery<{
    relation_id: string;
    relation_type: string;
    account_id: string;
    person_id: string;
    ended_on: string | null;
    id: string | null;
    solution_interest_id: string | null;
    active: number | null;
    follow_membership_changes: number | null;
    list_id: string | null;
  }>(
    trx,
    `select ap.id as relation_id, ap.relation_type, ap.account_id, ap.person_id, ap.ended_on, g.id, g.solution_interest_id, g.active, si.follow_membership_changes, alm.list_id
     from account_people as ap
     left join buying_groups as g on g.account_id = ap.account_id
     left join solution_interests as si on si.id = g.solution_interest_id
     left join account_list_members as alm on alm.account_id = ap.account_id and alm.list_id in (${marks(lists.length)})
     where ap.person_id in (${marks(personIds.length)})`,
    [...lists, ...personIds],
  );
  const accounts = new Set<string>();
  const groups = new Map<string, ExistingGroup>();
  const listMembers = new Map<string, Set<string>>(staticLists.map((l) => [l, new Set<string>()]));
  const active = new Set<string>();
  const byPerson = new Map<string, RelationInScope[]>(personIds.map((id) => [id, []]));
  const seenRelations = new Set<string>();
  for (const r of rows) {
    accounts.add(r.account_id);
    if (r.ended_on == null || r.ended_on > today) active.add(reasonKey(r.account_id, r.person_id));
    // One row per (relation, group, list): each relation once.
    if (!seenRelations.has(r.relation_id)) {
      seenRelations.add(r.relation_id);
      byPerson.get(r.person_id)?.push({ id: r.relation_id, accountId: r.account_id, relationType: r.relation_type, endedOn: r.ended_on });
    }
    if (r.list_id != null) listMembers.get(r.list_id)?.add(r.account_id);
    if (r.id != null && r.solution_interest_id != null && r.active != null && r.follow_membership_changes != null) {
      groups.set(r.id, { account_id: r.account_id, id: r.id, solution_interest_id: r.solution_interest_id, active: r.active, follow_membership_changes: r.follow_membership_changes });
    }
  }
  return { accounts, groups: [...groups.values()], listMembers, relations: { active, byPerson } };
}

/** Accounts whose groups a change can affect (before walking up the hierarchy). */
async function touchedAccounts(trx: Kysely<DB>, changes: readonly StoreChange[]): Promise<Set<string>> {
  const out = new Set<string>();
  const personIds: string[] = [];
  for (const c of changes) {
    switch (c.kind) {
      case 'person':
        personIds.push(c.personId);
        break;
      case 'relation':
        out.add(c.accountId);
        break;
      case 'account':
        out.add(c.accountId);
        if (c.previousParentId) out.add(c.previousParentId);
        break;
      case 'list_members':
        for (const a of c.accountIds) out.add(a);
        break;
      case 'activities':
        // Only role conditions that count activities can change membership; see maintain().
        break;
    }
  }
  if (personIds.length) {
    // Every relation, ended ones included: an ended relation still has a member to remove.
    const rows = await trx.selectFrom('account_people').select('account_id').where('person_id', 'in', personIds).execute();
    for (const r of rows) out.add(r.account_id);
  }
  return out;
}

/** The accounts plus their ancestors up to `depth` levels (people of descendants count there). */
async function withAncestors(trx: Kysely<DB>, accountIds: Set<string>, depth: number): Promise<string[]> {
  const all = new Set(accountIds);
  let frontier = [...accountIds];
  for (let d = 0; d < depth && frontier.length; d++) {
    const rows = await trx.selectFrom('accounts').select('parent_id').where('id', 'in', frontier).where('parent_id', 'is not', null).execute();
    frontier = rows.map((r) => r.parent_id as string).filter((p) => !all.has(p));
    for (const p of frontier) all.add(p);
  }
  return [...all].sort();
}

export interface MaintenanceResult {
  accounts: number;
  groupsCreated: number;
  groupsDeactivated: number;
  membersAdded: number;
  membersRemoved: number;
  rolesChanged: number;
  /** Followed audiences skipped because their configuration is gone (also reported to `warn`). */
  skipped: MaintenanceWarning[];
}

export interface MaintenanceOptions {
  /** Where skipped subscriptions are reported (default: one line on stderr per distinct warning). */
  warn?: (w: MaintenanceWarning) => void;
}

const warned = new Set<string>();
function defaultWarn(w: MaintenanceWarning): void {
  const key = `${w.solutionInterestId}|${w.audienceId ?? ''}|${w.reason}`;
  if (warned.has(key)) return;
  if (warned.size > 1000) warned.clear();
  warned.add(key);
  process.stderr.write(`quorum: maintenance skipped solution interest ${w.solutionInterestId}${w.audienceId ? ` / audience ${w.audienceId}` : ''}: ${w.reason}\n`);
}

type Skip = (w: MaintenanceWarning) => void;

/**
 * Each subscription's configuration, loaded up front: its plan and its audiences' definitions. One
 * that is gone is skipped (and reported) instead of failing a write that is about something else.
 */
async function loadSubscriptions(
  trx: Kysely<DB>,
  engine: Engine,
  followedSubs: readonly Subscription[],
  signature: string,
  skip: Skip,
): Promise<{ subs: Subscription[]; audiences: Map<string, AudienceDefinition>; plans: Map<string, GenerationPlan> }> {
  const subs: Subscription[] = [];
  const audiences = new Map<string, AudienceDefinition>();
  const plans = new Map<string, GenerationPlan>();
  for (const sub of followedSubs) {
    try {
      plans.set(sub.solutionInterestId, await cachedPlan(trx, engine, sub.solutionInterestId, { descendantDepth: sub.depth }, null, signature));
    } catch (e) {
      if (!isConfigurationGone(e)) throw e;
      skip({ solutionInterestId: sub.solutionInterestId, audienceId: null, reason: e.message });
      continue;
    }
    const usable: string[] = [];
    for (const id of sub.audienceIds) {
      try {
        audiences.set(id, await audienceDefinition(trx, id, signature));
        usable.push(id);
      } catch (e) {
        if (!isConfigurationGone(e)) throw e;
        skip({ solutionInterestId: sub.solutionInterestId, audienceId: id, reason: e.message });
      }
    }
    if (usable.length) subs.push({ ...sub, audienceIds: usable });
  }
  return { subs, audiences, plans };
}

/** The accounts a change affects and their groups (with what was read alongside on the people-only path). */
interface Affected {
  accountIds: string[];
  existing: ExistingGroup[];
  /** Members among `accountIds` of static audiences, when read with them. */
  listMembers: Map<string, Set<string>>;
  /** The changed people's relations, when read with them. */
  relations?: PeopleRelations;
}

/** Null when no account is affected. */
async function affectedAccounts(
  trx: Kysely<DB>,
  changes: readonly StoreChange[],
  personIds: readonly string[] | undefined,
  maxDepth: number,
  audiences: ReadonlyMap<string, AudienceDefinition>,
  now: number,
): Promise<Affected | null> {
  if (personIds && maxDepth === 0) {
    const found = await peopleAccountsAndGroups(
      trx,
      personIds,
      [...audiences].filter(([, a]) => a.kind === 'static').map(([id]) => id),
      utcDay(now),
    );
    if (found.accounts.size === 0) return null;
    return { accountIds: [...found.accounts].sort(), existing: found.groups, listMembers: found.listMembers, relations: found.relations };
  }
  const touched = await touchedAccounts(trx, changes);
  if (touched.size === 0) return null;
  const accountIds = await withAncestors(trx, touched, maxDepth);
  const existing = await trx
    .selectFrom('buying_groups')
    .innerJoin('solution_interests as si', 'si.id', 'buying_groups.solution_interest_id')
    .select(['buying_groups.account_id', 'buying_groups.id', 'buying_groups.solution_interest_id', 'buying_groups.active', 'si.follow_membership_changes'])
    .where('buying_groups.account_id', 'in', accountIds)
    .execute();
  return { accountIds, existing, listMembers: new Map() };
}

function addGenerated(result: MaintenanceResult, c: { groupsCreated?: number; membersAdded: number; membersRemoved: number; rolesChanged: number }, created = true): void {
  if (created) result.groupsCreated += c.groupsCreated ?? 0;
  result.membersAdded += c.membersAdded;
  result.membersRemoved += c.membersRemoved;
  result.rolesChanged += c.rolesChanged;
}

/** Brings the groups of the changed accounts up to date, in the caller's transaction. */
export async function maintain(trx: Kysely<DB>, changes: readonly StoreChange[], now: number, opts: MaintenanceOptions = {}): Promise<MaintenanceResult> {
  const engine = dialectOf(trx).engine;
  const result: MaintenanceResult = { accounts: 0, groupsCreated: 0, groupsDeactivated: 0, membersAdded: 0, membersRemoved: 0, rolesChanged: 0, skipped: [] };
  const skip: Skip = (w) => {
    result.skipped.push(w);
    (opts.warn ?? defaultWarn)(w);
  };
  if (changes.length === 0) return result;
  const { subs: followedSubs, scopes, signature } = await subscriptions(trx);
  const activities = changes.flatMap((c) => (c.kind === 'activities' ? c.activities : []));
  let effective = changes;
  if (activities.length) {
    // Scores first (SPEC §5), then membership where a role condition counts activities.
    await refreshEngagementForActivities(trx, activities, now);
    if (await definitionsCountActivities(trx, signature)) effective = [...changes, ...[...new Set(activities.map((a) => a.personId))].map((personId) => ({ kind: 'person' as const, personId }))];
  }
  // Only people changed: in existing groups only their membership can change, so only they are
  // evaluated and reconciled (new groups, if any, are still generated whole).
  const personIds = effective.every((c) => c.kind === 'person') ? [...new Set(effective.map((c) => (c as { personId: string }).personId))].sort() : undefined;
  const only = personIds ? { personIds } : {};
  const { subs, audiences, plans } = await loadSubscriptions(trx, engine, followedSubs, signature, skip);
  // Over every scope: groups of solution interests that follow nothing any more keep their depth.
  const maxDepth = [...scopes.values()].reduce((m, d) => Math.max(m, d), 0);
  const affected = await affectedAccounts(trx, effective, personIds, maxDepth, audiences, now);
  if (!affected) return result;
  const { accountIds, existing, listMembers, relations: peopleRelations } = affected;
  result.accounts = accountIds.length;

  /** Plans of followed solution interests (loaded above) or, for others, at their stored depth (0 without one); null: unusable (skipped). */
  const planFor = async (siId: string): Promise<GenerationPlan | null> => {
    let plan = plans.get(siId);
    if (!plan) {
      try {
        plans.set(siId, (plan = await cachedPlan(trx, engine, siId, { descendantDepth: scopes.get(siId) ?? 0 }, null, signature)));
      } catch (e) {
        if (!isConfigurationGone(e)) throw e;
        skip({ solutionInterestId: siId, audienceId: null, reason: e.message });
        return null;
      }
    }
    return plan;
  };
  /** The groups of a solution interest by account, for generateForAccounts (no second look-up). */
  const groupsOf = (siId: string) => new Map(existing.filter((g) => g.solution_interest_id === siId).map((g) => [g.account_id, g]));
  const relations = peopleRelations ? { relations: peopleRelations } : {};
  const events: PendingEvent[] = [];
  const followed = new Set<string>();
  const hasGroup = new Set(existing.map((g) => `${g.account_id}|${g.solution_interest_id}`));

  // Followed solution interests: accounts in the audience get (or keep) their group, the others' groups go inactive.
  for (const sub of subs) {
    followed.add(sub.solutionInterestId);
    const inAudience = new Set<string>();
    for (const audienceId of sub.audienceIds) {
      const known = listMembers.get(audienceId);
      for (const a of known ?? (await audienceMembers(trx, engine, audienceId, accountIds, now, audiences.get(audienceId)))) inAudience.add(a);
    }
    const plan = plans.get(sub.solutionInterestId) as GenerationPlan;
    const follow = existing.find((g) => g.solution_interest_id === sub.solutionInterestId)?.follow_membership_changes ?? 1;
    const members = accountIds.filter((a) => inAudience.has(a));
    // New groups are always created for accounts that join; existing ones follow only if the SI says so.
    const targets = follow ? members : members.filter((a) => !hasGroup.has(`${a}|${sub.solutionInterestId}`));
    if (targets.length) addGenerated(result, await generateForAccounts(trx, plan, targets, now, { ...only, knownGroups: groupsOf(sub.solutionInterestId), ...relations }));
    for (const g of existing) {
      if (g.solution_interest_id !== sub.solutionInterestId || g.active !== 1 || inAudience.has(g.account_id)) continue;
      await trx.updateTable('buying_groups').set({ active: 0, updated_at: now }).where('account_id', '=', g.account_id).where('id', '=', g.id).execute();
      events.push({ accountId: g.account_id, buyingGroupId: g.id, event: { type: 'active_changed', active: false, reason: 'the account left the audience' } });
      result.groupsDeactivated++;
    }
  }

  // Groups of solution interests no creation job follows (e.g. imported): reconcile, never create.
  const others = existing.filter((g) => !followed.has(g.solution_interest_id) && g.follow_membership_changes === 1 && g.active === 1);
  for (const siId of new Set(others.map((g) => g.solution_interest_id))) {
    const plan = await planFor(siId);
    if (!plan) continue;
    const c = await generateForAccounts(trx, plan, others.filter((g) => g.solution_interest_id === siId).map((g) => g.account_id), now, { createMissing: false, ...only, knownGroups: groupsOf(siId), ...relations });
    addGenerated(result, c, false);
  }
  await writeEvents(trx, events, now);
  return result;
}

/** Per database (its Kysely adapter, shared by its transactions): whether its definitions count activities, for a configuration signature. */
const countsActivitiesCache = new WeakMap<object, { signature: string; counts: boolean }>();

/**
 * Whether any role definition's condition has an activity leaf (then activities can move people
 * between roles), or a dynamic list's (then activities can move accounts into or out of an
 * audience, through `people.where`), or a persona's (which roles and lists may use). The
 * definitions are walked (domain/conditions conditionFacts) once per configuration signature.
 */
async function definitionsCountActivities(trx: Kysely<DB>, signature: string): Promise<boolean> {
  const key = trx.getExecutor().adapter;
  const hit = countsActivitiesCache.get(key);
  if (hit && hit.signature === signature) return hit.counts;
  const rows = [
    ...(await trx.selectFrom('template_roles').select('condition').where('condition', 'is not', null).execute()),
    ...(await trx.selectFrom('account_lists').select('condition').where('kind', '=', 'dynamic').where('condition', 'is not', null).execute()),
    ...(await trx.selectFrom('personas').select('condition').execute()),
  ];
  const counts = conditionFacts(rows.map((r) => parseJson<Condition>(r.condition!))).countsActivities;
  countsActivitiesCache.set(key, { signature, counts });
  return counts;
}

/** Makes store writes maintain buying groups in their transaction. Returns the uninstaller. */
export function installMaintenance(opts: MaintenanceOptions = {}): () => void {
  return setChangeListener(async (trx, changes, now) => {
    await maintain(trx, changes, now, opts);
  });
}

