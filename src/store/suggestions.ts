/**
 * Learned member suggestions (issue 10): the stored model per solution interest, the suggestions
 * of each group with their state, and the one heavy read — a solution interest's groups with
 * their account's people, member states, dismissals and recent activity — in keyset pages, so
 * that training and suggesting stream a million people without holding them.
 */
import type { Kysely } from 'kysely';
import { ACTIVITY_WINDOW_DAYS, type GroupPerson, type Reason, type StoredModel, type TrainingStats } from '../domain/suggestions/index.ts';
import { DAY_MS, QuorumError, utcDay } from '../domain/index.ts';
import type { MemberSource } from '../domain/assignment/index.ts';
import type { DB, SuggestionState } from './schema.ts';
import { parseJson, toJson } from './db.ts';
import { bulkInsert } from './bulk.ts';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from './pagination.ts';

export interface StoredSuggestionModel {
  solutionInterestId: string;
  model: StoredModel;
  stats: TrainingStats;
  options: Record<string, unknown>;
  trainedAt: number;
  jobId: string | null;
}

export async function saveSuggestionModel(db: Kysely<DB>, m: StoredSuggestionModel): Promise<void> {
  const values = { model: toJson(m.model), stats: toJson(m.stats), options: toJson(m.options), trained_at: m.trainedAt, job_id: m.jobId };
  await db
    .insertInto('suggestion_models')
    .values({ solution_interest_id: m.solutionInterestId, ...values })
    .onConflict((oc) => oc.column('solution_interest_id').doUpdateSet(values))
    .execute();
}

export async function getSuggestionModel(db: Kysely<DB>, solutionInterestId: string): Promise<StoredSuggestionModel | null> {
  const r = await db.selectFrom('suggestion_models').selectAll().where('solution_interest_id', '=', solutionInterestId).executeTakeFirst();
  if (!r) return null;
  return { solutionInterestId, model: parseJson<StoredModel>(r.model), stats: parseJson<TrainingStats>(r.stats), options: parseJson<Record<string, unknown>>(r.options), trainedAt: Number(r.trained_at), jobId: r.job_id };
}

/** Which solution interests have a trained model, and when it was trained (small: one row per solution interest). */
export async function listSuggestionModels(db: Kysely<DB>): Promise<{ solutionInterestId: string; trainedAt: number; jobId: string | null }[]> {
  const rows = await db.selectFrom('suggestion_models').select(['solution_interest_id', 'trained_at', 'job_id']).orderBy('solution_interest_id').execute();
  return rows.map((r) => ({ solutionInterestId: r.solution_interest_id, trainedAt: Number(r.trained_at), jobId: r.job_id }));
}

/** A person as the model reads them, plus the stored derived fields (template induction uses them). */
export interface StoredGroupPerson extends GroupPerson {
  derivedSeniority: string | null;
  derivedFunction: string | null;
}

export interface GroupOfPeople {
  groupId: string;
  accountId: string;
  people: StoredGroupPerson[];
}

/** Ids per IN list: well below SQLite's parameter limit. */
const CHUNK = 5000;

function chunks<T>(xs: readonly T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/**
 * One page of a solution interest's active groups (by id, after `afterGroupId`) with the people
 * actively related to each group's account (directly; descendant accounts are not read), their
 * member state in the group, the roles dismissed for them there and their activities of the last
 * ACTIVITY_WINDOW_DAYS. `groupIds` restricts the page to those groups.
 */
export async function groupPeoplePage(
  db: Kysely<DB>,
  q: { solutionInterestId: string; afterGroupId: string | null; limit: number; now: number; groupIds?: readonly string[] },
): Promise<GroupOfPeople[]> {
  let gq = db.selectFrom('buying_groups').select(['id', 'account_id']).where('solution_interest_id', '=', q.solutionInterestId).where('active', '=', 1);
  if (q.afterGroupId) gq = gq.where('id', '>', q.afterGroupId);
  if (q.groupIds) gq = gq.where('id', 'in', q.groupIds.length ? [...q.groupIds] : ['']);
  const groups = await gq.orderBy('id').limit(q.limit).execute();
  const read = await peopleOf(db, groups, q.now);
  return read.map((g) => ({ groupId: g.groupId as string, accountId: g.accountId, people: g.people }));
}

/** An account as suggestion generation reads it: its group for the solution interest (if any) and its people. */
export interface AccountOfPeople {
  accountId: string;
  groupId: string | null;
  groupActive: boolean;
  people: StoredGroupPerson[];
}

/**
 * These accounts (in the given order) with their group of the solution interest, active or not,
 * and the same reading of their people as `groupPeoplePage` (no member state where there is no group).
 */
export async function accountPeople(db: Kysely<DB>, q: { solutionInterestId: string; accountIds: readonly string[]; now: number }): Promise<AccountOfPeople[]> {
  const groups = new Map<string, { id: string; active: number }>();
  for (const ids of chunks(q.accountIds)) {
    const rows = await db.selectFrom('buying_groups').select(['id', 'account_id', 'active']).where('solution_interest_id', '=', q.solutionInterestId).where('account_id', 'in', ids).execute();
    for (const r of rows) groups.set(r.account_id, { id: r.id, active: r.active });
  }
  const read = await peopleOf(db, q.accountIds.map((a) => ({ id: groups.get(a)?.id ?? null, account_id: a })), q.now);
  return read.map((g) => ({ accountId: g.accountId, groupId: g.groupId, groupActive: groups.get(g.accountId)?.active === 1, people: g.people }));
}

/** The shared read of groupPeoplePage and accountPeople: a group id of null has no members and no dismissals. */
async function peopleOf(db: Kysely<DB>, groups: readonly { id: string | null; account_id: string }[], now: number): Promise<{ groupId: string | null; accountId: string; people: StoredGroupPerson[] }[]> {
  if (groups.length === 0) return [];
  const accountIds = [...new Set(groups.map((g) => g.account_id))];
  const groupIds = groups.flatMap((g) => (g.id ? [g.id] : []));
  const today = utcDay(now);

  type Rel = { account_id: string; person_id: string; relation_type: 'employee' | 'contractor'; job_title: string | null; department: string | null; engagement_score: number; derived_seniority: string | null; derived_function: string | null };
  const rels: Rel[] = [];
  for (const ids of chunks(accountIds)) {
    rels.push(
      ...(await db
        .selectFrom('account_people as r')
        .innerJoin('people as p', 'p.id', 'r.person_id')
        .select(['r.account_id', 'r.person_id', 'r.relation_type', 'p.job_title', 'p.department', 'p.engagement_score', 'p.derived_seniority', 'p.derived_function'])
        .where('r.account_id', 'in', ids)
        .where((w) => w.or([w('r.ended_on', 'is', null), w('r.ended_on', '>', today)]))
        .orderBy('r.account_id')
        .orderBy('r.person_id')
        .execute()),
    );
  }
  const members = new Map<string, { role_id: string; source: MemberSource; removed: number }>();
  const dismissed = new Map<string, string[]>();
  for (const ids of chunks(groupIds)) {
    for (const m of await db.selectFrom('buying_group_members').select(['buying_group_id', 'person_id', 'role_id', 'source', 'removed']).where('buying_group_id', 'in', ids).execute()) {
      members.set(`${m.buying_group_id}|${m.person_id}`, m);
    }
    for (const d of await db.selectFrom('member_suggestions').select(['buying_group_id', 'person_id', 'role_id']).where('buying_group_id', 'in', ids).where('state', '=', 'dismissed').execute()) {
      const key = `${d.buying_group_id}|${d.person_id}`;
      dismissed.set(key, [...(dismissed.get(key) ?? []), d.role_id]);
    }
  }
  const personIds = [...new Set(rels.map((r) => r.person_id))];
  const activity = new Map<string, { counts: Record<string, number>; last: number | null }>();
  const since = now - ACTIVITY_WINDOW_DAYS * DAY_MS;
  for (const ids of chunks(personIds)) {
    const rows = await db
      .selectFrom('activities')
      .select((eb) => ['person_id', 'type', eb.fn.countAll<number>().as('n'), eb.fn.max('occurred_at').as('last')])
      .where('person_id', 'in', ids)
      .where('occurred_at', '>=', since)
      .where('occurred_at', '<=', now)
      .groupBy(['person_id', 'type'])
      .execute();
    for (const r of rows) {
      const a = activity.get(r.person_id) ?? { counts: {}, last: null };
      a.counts[r.type] = Number(r.n);
      a.last = Math.max(a.last ?? 0, Number(r.last));
      activity.set(r.person_id, a);
    }
  }
  const byAccount = new Map<string, Rel[]>();
  for (const r of rels) {
    const list = byAccount.get(r.account_id);
    if (list) list.push(r);
    else byAccount.set(r.account_id, [r]);
  }
  return groups.map((g) => {
    // A person related twice (employee and contractor) is one person: the first relation counts.
    const seen = new Set<string>();
    const people: StoredGroupPerson[] = [];
    for (const r of byAccount.get(g.account_id) ?? []) {
      if (seen.has(r.person_id)) continue;
      seen.add(r.person_id);
      const key = g.id === null ? null : `${g.id}|${r.person_id}`;
      const m = key === null ? undefined : members.get(key);
      const a = activity.get(r.person_id);
      people.push({
        personId: r.person_id,
        jobTitle: r.job_title,
        department: r.department,
        relationType: r.relation_type,
        engagementScore: Number(r.engagement_score),
        activityCounts: a?.counts ?? {},
        lastActivityAt: a?.last ?? null,
        member: m ? { roleId: m.role_id, source: m.source, removed: m.removed === 1 } : null,
        dismissedRoleIds: (key !== null && dismissed.get(key)) || [],
        derivedSeniority: r.derived_seniority,
        derivedFunction: r.derived_function,
      });
    }
    return { groupId: g.id, accountId: g.account_id, people };
  });
}

export interface NewSuggestion {
  personId: string;
  roleId: string;
  probability: number;
  reasons: Reason[];
}

/**
 * Replaces a group's pending suggestions with these (in the caller's transaction). Confirmed and
 * dismissed rows stay; a new suggestion on a (person, role) that has one is skipped (a dismissed
 * role is never proposed again — the domain already left those out; this keeps the key).
 */
export async function replacePendingSuggestions(trx: Kysely<DB>, g: { accountId: string; groupId: string; solutionInterestId: string }, list: readonly NewSuggestion[], now: number): Promise<number> {
  await trx.deleteFrom('member_suggestions').where('account_id', '=', g.accountId).where('buying_group_id', '=', g.groupId).where('state', '=', 'pending').execute();
  if (list.length === 0) return 0;
  const rows = list.map((s) => [g.accountId, g.groupId, s.personId, s.roleId, g.solutionInterestId, 'pending', s.probability, toJson(s.reasons), now, null, null]);
  const r = await bulkInsert(trx, 'member_suggestions', ['account_id', 'buying_group_id', 'person_id', 'role_id', 'solution_interest_id', 'state', 'probability', 'reasons', 'created_at', 'decided_at', 'decided_by'], rows, {
    skipConflictsOn: ['account_id', 'buying_group_id', 'person_id', 'role_id'],
  });
  return r.inserted;
}

export interface MemberSuggestion {
  accountId: string;
  buyingGroupId: string;
  solutionInterestId: string;
  personId: string;
  roleId: string;
  state: SuggestionState;
  probability: number;
  reasons: Reason[];
  createdAt: number;
  decidedAt: number | null;
  decidedBy: string | null;
  person: { email: string; firstName: string | null; lastName: string | null; jobTitle: string | null };
  /** The group's and its account's names, so a list across groups can say where each one is. */
  buyingGroupName: string;
  accountName: string;
}

export interface SuggestionQuery extends PageRequest {
  buyingGroupId?: string | undefined;
  solutionInterestId?: string | undefined;
  roleId?: string | undefined;
  state?: SuggestionState | undefined;
  minProbability?: number | undefined;
}

/** Suggestions, most probable first (then by group, person and role), in keyset pages. */
export async function listSuggestions(db: Kysely<DB>, q: SuggestionQuery): Promise<Page<MemberSuggestion>> {
  let qb = db
    .selectFrom('member_suggestions as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .innerJoin('buying_groups as g', (j) => j.onRef('g.account_id', '=', 's.account_id').onRef('g.id', '=', 's.buying_group_id'))
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select(['s.account_id', 's.buying_group_id', 's.solution_interest_id', 's.person_id', 's.role_id', 's.state', 's.probability', 's.reasons', 's.created_at', 's.decided_at', 's.decided_by', 'p.email', 'p.first_name', 'p.last_name', 'p.job_title', 'g.name as group_name', 'a.name as account_name']);
  if (q.buyingGroupId) qb = qb.where('s.buying_group_id', '=', q.buyingGroupId);
  if (q.solutionInterestId) qb = qb.where('s.solution_interest_id', '=', q.solutionInterestId);
  if (q.roleId) qb = qb.where('s.role_id', '=', q.roleId);
  qb = qb.where('s.state', '=', q.state ?? 'pending');
  if (q.minProbability !== undefined) qb = qb.where('s.probability', '>=', q.minProbability);
  if (q.cursor) {
    // The cursor carries the last row's probability and "<group>|<person>|<role>" (the sort key):
    // a person can have suggestions in several roles of one group (one per role), so without
    // the role two rows tie and one of them is skipped or repeated at a page boundary.
    const c = decodeCursor(q.cursor, 'number');
    const prob = c.v as number;
    const [g, person, role, ...rest] = c.id.split('|');
    if (!g || !person || !role || rest.length > 0) throw QuorumError.field('invalid_cursor', '/cursor', 'cursor is not one this API returned; start again without it');
    qb = qb.where((w) =>
      w.or([w('s.probability', '<', prob), w.and([w('s.probability', '=', prob), w.or([w('s.buying_group_id', '>', g), w.and([w('s.buying_group_id', '=', g), w.or([w('s.person_id', '>', person), w.and([w('s.person_id', '=', person), w('s.role_id', '>', role)])])])])])]),
    );
  }
  const limit = q.limit ?? 50;
  const rows = await qb.orderBy('s.probability', 'desc').orderBy('s.buying_group_id').orderBy('s.person_id').orderBy('s.role_id').limit(limit + 1).execute();
  const more = rows.length > limit;
  const items = rows.slice(0, limit).map((r) => ({
    accountId: r.account_id,
    buyingGroupId: r.buying_group_id,
    solutionInterestId: r.solution_interest_id,
    personId: r.person_id,
    roleId: r.role_id,
    state: r.state,
    probability: Number(r.probability),
    reasons: parseJson<Reason[]>(r.reasons),
    createdAt: Number(r.created_at),
    decidedAt: r.decided_at === null ? null : Number(r.decided_at),
    decidedBy: r.decided_by,
    person: { email: r.email, firstName: r.first_name, lastName: r.last_name, jobTitle: r.job_title },
    buyingGroupName: r.group_name,
    accountName: r.account_name,
  }));
  const last = items[items.length - 1];
  return { data: items, nextCursor: more && last ? encodeCursor(last.probability, `${last.buyingGroupId}|${last.personId}|${last.roleId}`) : null };
}

/** The pending suggestion of a person in a group (there is at most one), or 404. */
export async function pendingSuggestion(db: Kysely<DB>, buyingGroupId: string, personId: string): Promise<{ accountId: string; roleId: string; solutionInterestId: string }> {
  const r = await db.selectFrom('member_suggestions').select(['account_id', 'role_id', 'solution_interest_id']).where('buying_group_id', '=', buyingGroupId).where('person_id', '=', personId).where('state', '=', 'pending').executeTakeFirst();
  if (!r) throw QuorumError.field('not_found', '/personId', `buying group ${buyingGroupId} has no pending suggestion for person ${personId}`);
  return { accountId: r.account_id, roleId: r.role_id, solutionInterestId: r.solution_interest_id };
}

/** Marks a pending suggestion confirmed or dismissed (in the caller's transaction). */
export async function decideSuggestion(trx: Kysely<DB>, s: { accountId: string; buyingGroupId: string; personId: string; roleId: string }, state: 'confirmed' | 'dismissed', by: string | null, now: number): Promise<void> {
  await trx
    .updateTable('member_suggestions')
    .set({ state, decided_at: now, decided_by: by })
    .where('account_id', '=', s.accountId)
    .where('buying_group_id', '=', s.buyingGroupId)
    .where('person_id', '=', s.personId)
    .where('role_id', '=', s.roleId)
    .where('state', '=', 'pending')
    .execute();
}
