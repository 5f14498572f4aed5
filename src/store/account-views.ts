/**
 * Read models for the web app's account and people pages: industry/country facets, the account
 * hierarchy with child counts, an account's related people with their relation, a person's
 * accounts, the contact-coverage matrix of an account (members per role per solution interest)
 * and the related people of a buying group's account who are not current members.
 * Each is one set-based query (plus the usual existence checks), the same on both engines.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { notFound, normText } from '../domain/index.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, toPage, type Page, type PageRequest } from './pagination.ts';
import { accountFromRow, listAccounts, type Account } from './accounts.ts';
import { personFromRow, type Person } from './people.ts';
import { parseJson } from './db.ts';

export const MAX_FACET_VALUES = 200;

export interface FacetValue {
  value: string;
  count: number;
}

/** Distinct industries and countries of accounts, most frequent first (at most MAX_FACET_VALUES each). */
export async function accountFacets(db: Kysely<DB>): Promise<{ industries: FacetValue[]; countries: FacetValue[] }> {
  const facet = async (column: 'industry' | 'country'): Promise<FacetValue[]> => {
    const rows = await db
      .selectFrom('accounts')
      .select((eb) => [sql<string>`min(${sql.ref(column)})`.as('value'), eb.fn.countAll<number | string>().as('n')])
      .where(`${column}_norm`, 'is not', null)
      .groupBy(`${column}_norm`)
      .orderBy('n', 'desc')
      .orderBy(`${column}_norm`)
      .limit(MAX_FACET_VALUES)
      .execute();
    return rows.map((r) => ({ value: r.value, count: Number(r.n) }));
  };
  return { industries: await facet('industry'), countries: await facet('country') };
}

export interface AccountNode extends Account {
  childCount: number;
}

/** One level of the hierarchy (top-level accounts, or the children of one) with each account's number of children. */
export async function listHierarchyLevel(db: Kysely<DB>, query: PageRequest & { parentId: string }): Promise<Page<AccountNode>> {
  const page = await listAccounts(db, { limit: query.limit, cursor: query.cursor, parentId: query.parentId, sort: 'name' });
  const ids = page.data.map((a) => a.id);
  const counts = new Map<string, number>();
  if (ids.length > 0) {
    const rows = await db
      .selectFrom('accounts')
      .select((eb) => ['parent_id', eb.fn.countAll<number | string>().as('n')])
      .where('parent_id', 'in', ids)
      .groupBy('parent_id')
      .execute();
    for (const r of rows) if (r.parent_id) counts.set(r.parent_id, Number(r.n));
  }
  return { data: page.data.map((a) => ({ ...a, childCount: counts.get(a.id) ?? 0 })), nextCursor: page.nextCursor };
}

/** The parent chain of an account, nearest first (bounded: the hierarchy is shallow in practice). */
export async function accountAncestors(db: Kysely<DB>, accountId: string): Promise<{ id: string; name: string }[]> {
  const out: { id: string; name: string }[] = [];
  const start = await db.selectFrom('accounts').select('parent_id').where('id', '=', accountId).executeTakeFirst();
  if (!start) throw notFound('account', accountId);
  let current = start.parent_id;
  const seen = new Set<string>();
  while (current != null && !seen.has(current) && out.length < 50) {
    seen.add(current);
    const row = await db.selectFrom('accounts').select(['id', 'name', 'parent_id']).where('id', '=', current).executeTakeFirst();
    if (!row) break;
    out.push({ id: row.id, name: row.name });
    current = row.parent_id;
  }
  return out;
}

export interface RelatedPerson {
  person: Person;
  relation: { id: string; relationType: 'employee' | 'contractor'; roles: string[]; startedOn: string | null; endedOn: string | null; active: boolean };
}

async function ensureExists(db: Kysely<DB>, table: 'accounts' | 'people' | 'buying_groups', what: string, id: string): Promise<void> {
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(what, id);
}

/**
 * People related to an account with their relation, in e-mail order. `active`: true — active
 * relations only (no end date, or one still ahead of `today`); false — ended ones only.
 */
export async function listAccountPeople(db: Kysely<DB>, accountId: string, query: PageRequest & { active?: boolean | undefined; q?: string | undefined }, today: string): Promise<Page<RelatedPerson>> {
  await ensureExists(db, 'accounts', 'account', accountId);
  let qb = db
    .selectFrom('account_people as r')
    .innerJoin('people', 'people.id', 'r.person_id')
    .selectAll('people')
    .select(['r.id as rel_id', 'r.relation_type as rel_type', 'r.roles as rel_roles', 'r.started_on as rel_started_on', 'r.ended_on as rel_ended_on'])
    .where('r.account_id', '=', accountId);
  if (query.active === true) qb = qb.where((w) => w.or([w('r.ended_on', 'is', null), w('r.ended_on', '>', today)]));
  if (query.active === false) qb = qb.where('r.ended_on', '<=', today);
  if (query.q) {
    const pattern = likeContains(normText(query.q));
    qb = qb.where((eb) => eb.or([likeEscaped('people.email_norm', pattern), likeEscaped('people.first_name_norm', pattern), likeEscaped('people.last_name_norm', pattern), likeEscaped('people.job_title_norm', pattern)]));
  }
  if (query.cursor) qb = qb.where(afterCursor('people.email_norm', 'people.id', false, decodeCursor(query.cursor, 'text')));
  const rows = await qb.orderBy('people.email_norm').orderBy('people.id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.email_norm, (r) => ({
    person: personFromRow(r),
    relation: {
      id: r.rel_id,
      relationType: r.rel_type,
      roles: parseJson<string[]>(r.rel_roles),
      startedOn: r.rel_started_on,
      endedOn: r.rel_ended_on,
      active: r.rel_ended_on == null || r.rel_ended_on > today,
    },
  }));
}

export interface PersonAccount {
  account: Account;
  relation: RelatedPerson['relation'];
}

/** A person's accounts with the relation to each, in account-name order (active and ended). */
export async function listPersonAccounts(db: Kysely<DB>, personId: string, query: PageRequest, today: string): Promise<Page<PersonAccount>> {
  await ensureExists(db, 'people', 'person', personId);
  let qb = db
    .selectFrom('account_people as r')
    .innerJoin('accounts', 'accounts.id', 'r.account_id')
    .selectAll('accounts')
    .select(['r.id as rel_id', 'r.relation_type as rel_type', 'r.roles as rel_roles', 'r.started_on as rel_started_on', 'r.ended_on as rel_ended_on'])
    .where('r.person_id', '=', personId);
  if (query.cursor) qb = qb.where(afterCursor('accounts.name_norm', 'accounts.id', false, decodeCursor(query.cursor, 'text')));
  const rows = await qb.orderBy('accounts.name_norm').orderBy('accounts.id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.name_norm, (r) => ({
    account: accountFromRow(r),
    relation: {
      id: r.rel_id,
      relationType: r.rel_type,
      roles: parseJson<string[]>(r.rel_roles),
      startedOn: r.rel_started_on,
      endedOn: r.rel_ended_on,
      active: r.rel_ended_on == null || r.rel_ended_on > today,
    },
  }));
}

export interface CoverageCell {
  buyingGroupId: string;
  buyingGroupName: string;
  solutionInterestId: string;
  solutionInterestName: string;
  active: boolean;
  roleId: string;
  roleName: string;
  position: number;
  required: boolean;
  membersRequired: number;
  members: number;
}

/**
 * The contact-coverage matrix of an account: for every buying group of the account (one per
 * solution interest) and every role of its template, the number of current members holding the
 * role. One query: groups × template roles, with a correlated count over the members' index.
 */
export async function accountCoverage(db: Kysely<DB>, accountId: string): Promise<CoverageCell[]> {
  await ensureExists(db, 'accounts', 'account', accountId);
  const rows = await db
    .selectFrom('buying_groups as bg')
    .innerJoin('solution_interests as si', 'si.id', 'bg.solution_interest_id')
    .innerJoin('template_roles as tr', 'tr.template_id', 'bg.template_id')
    .innerJoin('roles', 'roles.id', 'tr.role_id')
    .select((eb) => [
      'bg.id as group_id',
      'bg.name as group_name',
      'bg.active as active',
      'si.id as si_id',
      'si.name as si_name',
      'tr.role_id as role_id',
      'roles.name as role_name',
      'tr.position as position',
      'tr.required as required',
      'tr.members_required as members_required',
      eb
        .selectFrom('buying_group_members as m')
        .select((m) => m.fn.countAll<number | string>().as('n'))
        .whereRef('m.account_id', '=', 'bg.account_id')
        .whereRef('m.buying_group_id', '=', 'bg.id')
        .whereRef('m.role_id', '=', 'tr.role_id')
        .where('m.removed', '=', 0)
        .as('members'),
    ])
    .where('bg.account_id', '=', accountId)
    .orderBy('si.name_norm')
    .orderBy('bg.id')
    .orderBy('tr.position')
    .execute();
  return rows.map((r) => ({
    buyingGroupId: r.group_id,
    buyingGroupName: r.group_name,
    solutionInterestId: r.si_id,
    solutionInterestName: r.si_name,
    active: Boolean(r.active),
    roleId: r.role_id,
    roleName: r.role_name,
    position: Number(r.position),
    required: Boolean(r.required),
    membersRequired: Number(r.members_required),
    members: Number(r.members ?? 0),
  }));
}

export interface NonMember {
  person: Person;
  /** The person was a member and was removed (remembered: rules will not add them again). */
  removed: boolean;
}

/**
 * People with an active relation to the group's account who are not current members of the
 * group, in e-mail order; removed members are included and flagged.
 */
export async function listNonMembers(db: Kysely<DB>, groupId: string, query: PageRequest & { q?: string | undefined }, today: string): Promise<Page<NonMember>> {
  const group = await db.selectFrom('buying_groups').select(['id', 'account_id']).where('id', '=', groupId).executeTakeFirst();
  if (!group) throw notFound('buying group', groupId);
  let qb = db
    .selectFrom('account_people as r')
    .innerJoin('people', 'people.id', 'r.person_id')
    .leftJoin('buying_group_members as m', (j) => j.onRef('m.person_id', '=', 'r.person_id').on('m.account_id', '=', group.account_id).on('m.buying_group_id', '=', group.id))
    .selectAll('people')
    .select('m.removed as member_removed')
    .where('r.account_id', '=', group.account_id)
    .where((w) => w.or([w('r.ended_on', 'is', null), w('r.ended_on', '>', today)]))
    .where((w) => w.or([w('m.person_id', 'is', null), w('m.removed', '=', 1)]));
  if (query.q) {
    const pattern = likeContains(normText(query.q));
    qb = qb.where((eb) => eb.or([likeEscaped('people.email_norm', pattern), likeEscaped('people.first_name_norm', pattern), likeEscaped('people.last_name_norm', pattern), likeEscaped('people.job_title_norm', pattern)]));
  }
  if (query.cursor) qb = qb.where(afterCursor('people.email_norm', 'people.id', false, decodeCursor(query.cursor, 'text')));
  const rows = await qb.orderBy('people.email_norm').orderBy('people.id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.email_norm, (r) => ({ person: personFromRow(r), removed: r.member_removed === 1 || (r.member_removed as unknown) === true }));
}
