/**
 * Buying groups, read side. Groups are written by the engine (creation jobs, maintenance); this
 * module lists and reads them and their members.
 */
import { sql, type Kysely } from 'kysely';
import type { DB, BuyingGroupMembersTable } from './schema.ts';
import { notFound } from '../domain/errors.ts';
import { bool } from './db.ts';
import { afterCursor, decodeCursor, encodeCursor, parseSort, type Page, type PageRequest } from './pagination.ts';

export interface BuyingGroup {
  id: string;
  accountId: string;
  accountName: string;
  solutionInterestId: string;
  templateId: string;
  name: string;
  statusLabel: string | null;
  stage: string | null;
  completeness: number;
  engagement: number;
  active: boolean;
  /** Members currently in the group (not removed). */
  memberCount: number;
  createdAt: number;
  updatedAt: number;
}

export interface BuyingGroupMember {
  personId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  roleId: string;
  roleName: string;
  source: BuyingGroupMembersTable['source'];
  removed: boolean;
  addedAt: number;
  removedAt: number | null;
  updatedAt: number;
}

function groupQuery(db: Kysely<DB>) {
  return db
    .selectFrom('buying_groups')
    .innerJoin('accounts', 'accounts.id', 'buying_groups.account_id')
    .selectAll('buying_groups')
    .select('accounts.name as account_name')
    .select((eb) =>
      eb
        .selectFrom('buying_group_members as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.account_id', '=', 'buying_groups.account_id')
        .whereRef('m.buying_group_id', '=', 'buying_groups.id')
        .where('m.removed', '=', 0)
        .as('member_count'),
    );
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof groupQuery>['executeTakeFirstOrThrow']>>;

function groupFromRow(r: GroupRow): BuyingGroup {
  return {
    id: r.id,
    accountId: r.account_id,
    accountName: r.account_name,
    solutionInterestId: r.solution_interest_id,
    templateId: r.template_id,
    name: r.name,
    statusLabel: r.status_label,
    stage: r.stage,
    completeness: Number(r.completeness),
    engagement: Number(r.engagement),
    active: bool(r.active),
    memberCount: Number(r.member_count ?? 0),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function getBuyingGroup(db: Kysely<DB>, id: string): Promise<BuyingGroup> {
  const row = await groupQuery(db).where('buying_groups.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('buying group', id);
  return groupFromRow(row);
}

export interface BuyingGroupQuery extends PageRequest {
  sort?: string | undefined;
  solutionInterestId?: string | undefined;
  accountId?: string | undefined;
  active?: boolean | undefined;
}

const SORTS = {
  name: 'name_norm',
  completeness: 'completeness',
  engagement: 'engagement',
  createdAt: 'created_at',
} as const;

export async function listBuyingGroups(db: Kysely<DB>, query: BuyingGroupQuery): Promise<Page<BuyingGroup>> {
  const { column, desc } = parseSort(query.sort, SORTS, 'name');
  const col = `buying_groups.${column}`;
  let qb = groupQuery(db);
  if (query.solutionInterestId) qb = qb.where('buying_groups.solution_interest_id', '=', query.solutionInterestId);
  if (query.accountId) qb = qb.where('buying_groups.account_id', '=', query.accountId);
  if (query.active !== undefined) qb = qb.where('buying_groups.active', '=', query.active ? 1 : 0);
  if (query.cursor) qb = qb.where(afterCursor(col, 'buying_groups.id', desc, decodeCursor(query.cursor)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(sql.ref(col), dir)
    .orderBy('buying_groups.id', dir)
    .limit(query.limit + 1)
    .execute();
  const more = rows.length > query.limit;
  const slice = more ? rows.slice(0, query.limit) : rows;
  const last = slice[slice.length - 1];
  return {
    data: slice.map(groupFromRow),
    nextCursor: more && last ? encodeCursor((last as unknown as Record<string, string | number>)[column] ?? null, last.id) : null,
  };
}

export interface MemberQuery extends PageRequest {
  removed?: boolean | undefined;
  roleId?: string | undefined;
}

/** Members in the order they were added (then by person id), removed ones included unless filtered. */
export async function listBuyingGroupMembers(db: Kysely<DB>, groupId: string, query: MemberQuery): Promise<Page<BuyingGroupMember>> {
  const group = await db.selectFrom('buying_groups').select(['account_id', 'id']).where('id', '=', groupId).executeTakeFirst();
  if (!group) throw notFound('buying group', groupId);
  let qb = db
    .selectFrom('buying_group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('roles as r', 'r.id', 'm.role_id')
    .select([
      'm.person_id',
      'p.email',
      'p.first_name',
      'p.last_name',
      'p.job_title',
      'm.role_id',
      'r.name as role_name',
      'm.source',
      'm.removed',
      'm.added_at',
      'm.removed_at',
      'm.updated_at',
    ])
    .where('m.account_id', '=', group.account_id)
    .where('m.buying_group_id', '=', group.id);
  if (query.removed !== undefined) qb = qb.where('m.removed', '=', query.removed ? 1 : 0);
  if (query.roleId) qb = qb.where('m.role_id', '=', query.roleId);
  if (query.cursor) qb = qb.where(afterCursor('m.added_at', 'm.person_id', false, decodeCursor(query.cursor)));
  const rows = await qb.orderBy('m.added_at').orderBy('m.person_id').limit(query.limit + 1).execute();
  const more = rows.length > query.limit;
  const slice = more ? rows.slice(0, query.limit) : rows;
  const last = slice[slice.length - 1];
  return {
    data: slice.map((r) => ({
      personId: r.person_id,
      email: r.email,
      firstName: r.first_name,
      lastName: r.last_name,
      jobTitle: r.job_title,
      roleId: r.role_id,
      roleName: r.role_name,
      source: r.source,
      removed: bool(r.removed),
      addedAt: r.added_at,
      removedAt: r.removed_at,
      updatedAt: r.updated_at,
    })),
    nextCursor: more && last ? encodeCursor(last.added_at, last.person_id) : null,
  };
}
