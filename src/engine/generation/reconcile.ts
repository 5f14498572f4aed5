/**
 * Reconciliation of a batch (SPEC §4): `generateForAccounts` creates the batch's missing groups
 * (fast path), reactivates inactive ones and reconciles the members of existing ones with what the
 * rules say and stronger sources decided (domain/assignment reconcileRules), in the caller's
 * transaction — a batch commits whole or not at all, and running it again changes nothing.
 */
import type { Kysely } from 'kysely';
import { type DB, bulkInsert, marks, rawQuery, type BulkValue, dialectFor } from '../../store/index.ts';
import { newId } from '../../domain/index.ts';
import { applyChanges, groupName, reconcileRules, skipReason, type MemberSource, type MemberState, type RelationInScope } from '../../domain/assignment/index.ts';
import { byPersonId, DEFAULT_WEIGHTING_MODEL, groupScores, scoreModel } from '../../domain/scoring/index.ts';
import { writeEvents, type PendingEvent } from '../events.ts';
import type { GenerationPlan } from './plan.ts';
import { emptyCounts, type GenerationCounts } from './counts.ts';
import { bestRoles, compiledAssignment, personRolesQuery, ruleAssignments, type Candidate } from './assignment-sql.ts';
import { applyChange, changeEvents, MEMBER_COLUMNS } from './changes.ts';
import { createGroups, type NewGroup } from './fast-path.ts';
import { refreshGroupScores, writeGroupScores } from './scores.ts';

export interface GroupRow {
  account_id: string;
  id: string;
  active: number;
}

/** The changed people's relations, read once by the caller (maintenance's people-only path). */
export interface PeopleRelations {
  /** The (account, person) pairs active now, as `reasonKey(accountId, personId)`. */
  active: ReadonlySet<string>;
  /** Every relation of each person, ended ones too (removal reasons read them). */
  byPerson: ReadonlyMap<string, readonly RelationInScope[]>;
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
    /** With `personIds`: those people's relations, read by the caller. */
    relations?: PeopleRelations;
  } = {},
): Promise<GenerationCounts> {
  const counts = emptyCounts();
  if (accountIds.length === 0) return counts;
  const events: PendingEvent[] = [];
  // The caller (maintenance) may already know every account's group: nothing to look up then.
  const known = opts.knownGroups && accountIds.every((a) => opts.knownGroups?.has(a)) ? opts.knownGroups : null;
  const { present, names } = known ? { present: [...accountIds], names: new Map<string, string>() } : await presentAccounts(trx, accountIds, counts);
  // 1. Groups: the missing ones are created (fast path), inactive ones reactivated.
  const { old, groupOf } = await ensureGroups(trx, plan, present, names, known, opts.createMissing ?? true, now, counts, events);
  // 2. Members of existing groups: rules say who should hold which role; reconcile with the stored state.
  if (old.length) {
    await lockGroups(trx, plan, old.map((a) => groupOf.get(a)?.id ?? ''));
    if (opts.personIds) await reconcilePeople(trx, plan, old, groupOf, opts.personIds, now, counts, events, opts.relations);
    else await reconcileGroups(trx, plan, old, groupOf, now, counts, events);
  }
  await writeEvents(trx, events, now);
  return counts;
}

/** The accounts that get a group (skipReason: the others are counted as skipped), with their names. */
async function presentAccounts(trx: Kysely<DB>, accountIds: readonly string[], counts: GenerationCounts): Promise<{ present: string[]; names: Map<string, string> }> {
  const present: string[] = [];
  const names = new Map<string, string>();
  const accounts = await trx.selectFrom('accounts').select(['id', 'name']).where('id', 'in', accountIds).execute();
  for (const a of accounts) names.set(a.id, a.name);
  for (const id of accountIds) {
    const reason = skipReason(names.get(id));
    if (reason === null) present.push(id);
    else {
      counts.accountsSkipped++;
      counts.skipped.push({ accountId: id, reason });
    }
  }
  return { present, names };
}

/**
 * Creates the missing groups (fast path, when `createMissing`) and reactivates inactive ones.
 * Returns the accounts whose groups existed (or were created meanwhile by another transaction),
 * sorted, and every group by account.
 */
async function ensureGroups(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  present: readonly string[],
  names: ReadonlyMap<string, string>,
  known: ReadonlyMap<string, GroupRow> | null,
  createMissing: boolean,
  now: number,
  counts: GenerationCounts,
  events: PendingEvent[],
): Promise<{ old: string[]; groupOf: Map<string, GroupRow> }> {
  const existing = known
    ? present.map((a) => known.get(a) as GroupRow)
    : await trx
        .selectFrom('buying_groups')
        .select(['account_id', 'id', 'active'])
        .where('solution_interest_id', '=', plan.solutionInterestId)
        .where('account_id', 'in', present.length ? [...present] : [''])
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
  return { old, groupOf };
}

/**
 * Locks the groups (in id order, so concurrent lockers cannot deadlock) before their members are
 * read, so that a concurrent manual action (engine/members.ts lockGroup) cannot be overwritten
 * from a stale read; a no-op where writers run one at a time (the dialect's lockRowsById).
 */
async function lockGroups(trx: Kysely<DB>, plan: GenerationPlan, groupIds: readonly string[]): Promise<void> {
  await dialectFor(plan.engine).lockRowsById(trx, 'buying_groups', groupIds, { chunk: 1000 });
}

/** Reconciles every member of the existing groups of `old` with the rules, then refreshes the scores of the groups that changed. */
async function reconcileGroups(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  old: readonly string[],
  groupOf: ReadonlyMap<string, GroupRow>,
  now: number,
  counts: GenerationCounts,
  events: PendingEvent[],
): Promise<void> {
  const oldGroupIds = old.map((a) => groupOf.get(a)?.id ?? '');
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
  relations?: PeopleRelations,
): Promise<void> {
  const activeRelations = relations?.active;
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
    events.push(...(await changeEvents(trx, plan, accountId, group.id, changes, now, relations?.byPerson)));
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
      await writeGroupScores(trx, [{ accountId, groupId: group.id, scores: s }], now);
    }
    if (before.completeness !== s.completeness) events.push({ accountId, buyingGroupId: group.id, event: { type: 'completeness_changed', from: before.completeness, to: s.completeness } });
    if (before.engagement !== s.engagement) events.push({ accountId, buyingGroupId: group.id, event: { type: 'engagement_changed', from: before.engagement, to: s.engagement } });
  }
  await bulkInsert(trx, 'buying_group_members', MEMBER_COLUMNS, inserts);
}
