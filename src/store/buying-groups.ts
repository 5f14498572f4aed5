/**
 * Buying groups, read side. Groups are written by the engine (creation jobs, maintenance, member
 * actions, stages); this module lists, filters and reads them, their members, their stage
 * history and their events.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB, BuyingGroupMembersTable } from './schema.ts';
import { QuorumError, notFound, normText } from '../domain/index.ts';
import { completeness, displayScore } from '../domain/scoring/index.ts';
import { validateCondition, type Condition } from '../domain/conditions/index.ts';
import { bool, parseJson } from './db.ts';
import { dbEngine } from './dialect.ts';
import { compileAccountCondition } from './conditions-sql.ts';
import { checkConditionReferences, personasFor } from './references.ts';
import { checkFilterIds, resolveFilterNames, resolveStageKeys } from './filter-references.ts';
import { afterCursor, decodeCursor, encodeCursor, likeContains, likeEscaped, parseSort, sortBy, type Page, type PageRequest } from './pagination.ts';

export interface RoleCoverage {
  roleId: string;
  /** Current (not removed) members holding the role. */
  members: number;
  membersRequired: number;
  /** min(members, required) / required × 100, exact. */
  score: number;
}

export interface BuyingGroup {
  id: string;
  accountId: string;
  accountName: string;
  solutionInterestId: string;
  templateId: string;
  name: string;
  statusLabel: string | null;
  stage: string | null;
  /** Exact (SPEC §5). */
  completeness: number;
  /** Whole percentage, rounded half up. */
  completenessDisplay: number;
  engagement: number;
  engagementDisplay: number;
  active: boolean;
  /** Members currently in the group (not removed). */
  memberCount: number;
  /** Required roles of the template that no current member holds, in template order. */
  missingRoleIds: string[];
  /** Every required role of the template with its coverage, in template order. */
  requiredRoles: RoleCoverage[];
  createdAt: number;
  updatedAt: number;
  /** +1 on each change made through the API: status label, stage, manual member actions. */
  version: number;
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
  /** The person's engagement score (0–100, exact) and its display value. */
  personEngagement: number;
  personEngagementDisplay: number;
  addedAt: number;
  removedAt: number | null;
  updatedAt: number;
}

function groupQuery(db: Kysely<DB>) {
  return db.selectFrom('buying_groups').innerJoin('accounts', 'accounts.id', 'buying_groups.account_id').selectAll('buying_groups').select('accounts.name as account_name');
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof groupQuery>['executeTakeFirstOrThrow']>>;

interface Coverage {
  memberCount: number;
  missingRoleIds: string[];
  requiredRoles: RoleCoverage[];
}

/**
 * Member counts and coverage of the required roles of each group: the templates' required roles
 * (a small table) and the groups' current member counts per role, one query each for the page.
 */
async function coverageOf(db: Kysely<DB>, rows: readonly GroupRow[]): Promise<Map<string, Coverage>> {
  const out = new Map<string, Coverage>();
  if (rows.length === 0) return out;
  const templateIds = [...new Set(rows.map((r) => r.template_id))];
  const defs = await db
    .selectFrom('template_roles')
    .select(['template_id', 'role_id', 'members_required'])
    .where('template_id', 'in', templateIds)
    .where('required', '=', 1)
    .orderBy('template_id')
    .orderBy('position')
    .execute();
  const byTemplate = new Map<string, { roleId: string; required: boolean; membersRequired: number }[]>();
  for (const d of defs) {
    let list = byTemplate.get(d.template_id);
    if (!list) byTemplate.set(d.template_id, (list = []));
    list.push({ roleId: d.role_id, required: true, membersRequired: d.members_required });
  }
  const counts = new Map<string, Map<string, number>>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    const part = await db
      .selectFrom('buying_group_members')
      .select(['buying_group_id', 'role_id', (e) => e.fn.countAll<number>().as('n')])
      .where('buying_group_id', 'in', ids.slice(i, i + 500))
      .where('account_id', 'in', [...new Set(rows.slice(i, i + 500).map((r) => r.account_id))])
      .where('removed', '=', 0)
      .groupBy(['buying_group_id', 'role_id'])
      .execute();
    for (const c of part) {
      let m = counts.get(c.buying_group_id);
      if (!m) counts.set(c.buying_group_id, (m = new Map()));
      m.set(c.role_id, Number(c.n));
    }
  }
  for (const r of rows) {
    const byRole = counts.get(r.id) ?? new Map<string, number>();
    const c = completeness(byTemplate.get(r.template_id) ?? [], byRole);
    let memberCount = 0;
    for (const n of byRole.values()) memberCount += n;
    out.set(r.id, { memberCount, missingRoleIds: c.missingRoleIds, requiredRoles: c.roles });
  }
  return out;
}

async function groupsFromRows(db: Kysely<DB>, rows: readonly GroupRow[]): Promise<BuyingGroup[]> {
  const coverage = await coverageOf(db, rows);
  return rows.map((r) => {
    const c = coverage.get(r.id) ?? { memberCount: 0, missingRoleIds: [], requiredRoles: [] };
    const comp = Number(r.completeness);
    const eng = Number(r.engagement);
    return {
      id: r.id,
      accountId: r.account_id,
      accountName: r.account_name,
      solutionInterestId: r.solution_interest_id,
      templateId: r.template_id,
      name: r.name,
      statusLabel: r.status_label,
      stage: r.stage,
      completeness: comp,
      completenessDisplay: displayScore(comp),
      engagement: eng,
      engagementDisplay: displayScore(eng),
      active: bool(r.active),
      memberCount: c.memberCount,
      missingRoleIds: c.missingRoleIds,
      requiredRoles: c.requiredRoles,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      version: r.version,
    };
  });
}

export async function getBuyingGroup(db: Kysely<DB>, id: string): Promise<BuyingGroup> {
  const row = await groupQuery(db).where('buying_groups.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('buying group', id);
  return (await groupsFromRows(db, [row]))[0] as BuyingGroup;
}

/** The group's key columns, or 404. */
export async function buyingGroupKey(db: Kysely<DB>, id: string): Promise<{ accountId: string; id: string }> {
  const row = await db.selectFrom('buying_groups').select(['account_id', 'id']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('buying group', id);
  return { accountId: row.account_id, id: row.id };
}

/**
 * Filters of the buying-group list. Every id must exist and every name must be a name (an unknown
 * one is a 400 at `/<parameter>`); ids and names of the same thing combine (`solutionInterestId`
 * and `solutionInterest`: any of them; `missingRoleId` and `missingRole`: all of them missing).
 */
export interface BuyingGroupQuery extends PageRequest {
  sort?: string | undefined;
  /** Free text in the group's name ("<solution interest> for <account>"), case-insensitive. */
  q?: string | undefined;
  solutionInterestId?: readonly string[] | undefined;
  /** Solution interest names (case-insensitive). */
  solutionInterest?: readonly string[] | undefined;
  templateId?: readonly string[] | undefined;
  /** Roles template names (case-insensitive). */
  template?: readonly string[] | undefined;
  accountId?: string | undefined;
  active?: boolean | undefined;
  /** Groups in which each of these roles is required by the template and held by no current member. */
  missingRoleId?: readonly string[] | undefined;
  /** Role names (case-insensitive), as `missingRoleId`. */
  missingRole?: readonly string[] | undefined;
  /** With several missing roles: `all` (default) of them missing, or `any` of them. */
  missingRoleMatch?: 'all' | 'any' | undefined;
  /** true: groups with at least one required role nobody holds; false: groups with none. */
  hasMissingRoles?: boolean | undefined;
  /** Inclusive bounds on the exact scores; `…Below` is a strict upper bound. */
  completenessMin?: number | undefined;
  completenessMax?: number | undefined;
  completenessBelow?: number | undefined;
  engagementMin?: number | undefined;
  engagementMax?: number | undefined;
  engagementBelow?: number | undefined;
  /** Stage keys (any of them), matched case-insensitively against the stage models' keys. */
  stage?: readonly string[] | undefined;
  /** Status labels (any of them), matched case-insensitively, ignoring surrounding spaces. */
  statusLabel?: readonly string[] | undefined;
  /** true: groups with a status label; false: groups without. */
  hasStatusLabel?: boolean | undefined;
  /** Account attributes, matched like conditions (case-insensitively); several values: any of them. */
  accountIndustry?: readonly string[] | undefined;
  accountCountry?: readonly string[] | undefined;
  /** An account condition (unvalidated input; validated here, errors at /accountCondition/…). */
  accountCondition?: unknown;
}

const SORTS = {
  name: sortBy.text('name_norm'),
  completeness: sortBy.number('completeness'),
  engagement: sortBy.number('engagement'),
  createdAt: sortBy.integer('created_at'),
  updatedAt: sortBy.integer('updated_at'),
};

const NONE: Expression<SqlBool> = sql<SqlBool>`1 = 0`;

function checkRanges(query: BuyingGroupQuery): void {
  const pairs = [
    ['completenessMin', 'completenessMax'],
    ['completenessMin', 'completenessBelow'],
    ['engagementMin', 'engagementMax'],
    ['engagementMin', 'engagementBelow'],
  ] as const;
  for (const [lo, hi] of pairs) {
    const a = query[lo];
    const b = query[hi];
    if (a !== undefined && b !== undefined && a > b) {
      throw QuorumError.field('validation_failed', `/${lo}`, `${lo} (${a}) is greater than ${hi} (${b}); no buying group can match`);
    }
  }
}

/** Filters of the list, as WHERE expressions over `buying_groups` joined with `accounts`. */
export async function buyingGroupFilters(db: Kysely<DB>, query: BuyingGroupQuery, now: number): Promise<Expression<SqlBool>[]> {
  checkRanges(query);
  // References first, each a small indexed read: ids must exist, names become ids.
  await checkFilterIds(db, 'solution_interests', 'solutionInterestId', query.solutionInterestId);
  await checkFilterIds(db, 'roles_templates', 'templateId', query.templateId);
  await checkFilterIds(db, 'accounts', 'accountId', query.accountId);
  await checkFilterIds(db, 'roles', 'missingRoleId', query.missingRoleId);
  const solutionInterestIds = [...(query.solutionInterestId ?? []), ...(await resolveFilterNames(db, 'solution_interests', 'solutionInterest', query.solutionInterest))];
  const templateIds = [...(query.templateId ?? []), ...(await resolveFilterNames(db, 'roles_templates', 'template', query.template))];
  const missing = [...new Set([...(query.missingRoleId ?? []), ...(await resolveFilterNames(db, 'roles', 'missingRole', query.missingRole))])];
  const stages = await resolveStageKeys(db, 'stage', query.stage);

  const where: Expression<SqlBool>[] = [];
  const col = (c: string) => sql.ref(`buying_groups.${c}`);
  const anyOf = (column: string, values: readonly string[]) => sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql`${v}`))})`;
  if (query.q) where.push(likeEscaped('buying_groups.name_norm', likeContains(normText(query.q))));
  if (solutionInterestIds.length) where.push(anyOf('buying_groups.solution_interest_id', solutionInterestIds));
  if (templateIds.length) where.push(anyOf('buying_groups.template_id', templateIds));
  if (query.accountId) where.push(sql<SqlBool>`${col('account_id')} = ${query.accountId}`);
  if (query.active !== undefined) where.push(sql<SqlBool>`${col('active')} = ${query.active ? 1 : 0}`);
  const range = (column: string, op: '>=' | '<=' | '<', v: number | undefined) => {
    if (v !== undefined) where.push(sql<SqlBool>`${col(column)} ${sql.raw(op)} ${v}`);
  };
  range('completeness', '>=', query.completenessMin);
  range('completeness', '<=', query.completenessMax);
  range('completeness', '<', query.completenessBelow);
  range('engagement', '>=', query.engagementMin);
  range('engagement', '<=', query.engagementMax);
  range('engagement', '<', query.engagementBelow);
  if (stages.length) where.push(anyOf('buying_groups.stage', stages));
  if (query.statusLabel?.length) where.push(anyOf('buying_groups.status_label_norm', query.statusLabel.map(normText)));
  if (query.hasStatusLabel !== undefined) where.push(sql<SqlBool>`${col('status_label_norm')} is ${sql.raw(query.hasStatusLabel ? 'not null' : 'null')}`);
  if (query.accountIndustry?.length) where.push(anyOf('accounts.industry_norm', query.accountIndustry.map(normText)));
  if (query.accountCountry?.length) where.push(anyOf('accounts.country_norm', query.accountCountry.map(normText)));
  if (query.accountCondition !== undefined) {
    const cond: Condition = validateCondition(query.accountCondition, 'account', '/accountCondition');
    await checkConditionReferences(db, cond, { basePath: '/accountCondition' });
    where.push(compileAccountCondition(cond, { engine: dbEngine(db), now, personas: await personasFor(db, cond) }));
  }

  // Missing roles. Which templates require which role is read first (a small table), so that the
  // per-group test is a template check plus one NOT EXISTS probe of the (buying_group_id,
  // role_id) index of the members.
  if (missing.length) {
    const rows = await db.selectFrom('template_roles').select(['template_id', 'role_id']).where('required', '=', 1).where('role_id', 'in', missing).execute();
    const noMember = (roleId: string) =>
      sql<SqlBool>`not exists (select 1 from buying_group_members as m where m.buying_group_id = ${col('id')} and m.role_id = ${roleId} and m.removed = 0)`;
    const perRole = missing.map((roleId) => {
      const templates = rows.filter((r) => r.role_id === roleId).map((r) => r.template_id);
      return templates.length ? sql<SqlBool>`(${anyOf('buying_groups.template_id', templates)} and ${noMember(roleId)})` : NONE;
    });
    // all (default): every role missing; any: at least one of them.
    if (query.missingRoleMatch === 'any') where.push(sql<SqlBool>`(${sql.join(perRole, sql` or `)})`);
    else where.push(...perRole);
  }
  if (query.hasMissingRoles !== undefined) {
    // Per template: fewer distinct required roles held than required roles. A scalar count over
    // the group's own members (the same index) stays a per-group probe on both engines; NOT
    // EXISTS probes joined by OR make PostgreSQL hash a scan of every member instead.
    let defs = db.selectFrom('template_roles').select(['template_id', 'role_id']).where('required', '=', 1);
    if (templateIds.length) defs = defs.where('template_id', 'in', templateIds);
    const byTemplate = new Map<string, string[]>();
    for (const r of await defs.execute()) byTemplate.set(r.template_id, [...(byTemplate.get(r.template_id) ?? []), r.role_id]);
    const perTemplate = [...byTemplate].map(
      ([templateId, roleIds]) =>
        sql<SqlBool>`(${col('template_id')} = ${templateId} and (select count(distinct m.role_id) from buying_group_members as m where m.buying_group_id = ${col('id')} and m.removed = 0 and m.role_id in (${sql.join(roleIds.map((r) => sql`${r}`))})) < ${roleIds.length})`,
    );
    const some = perTemplate.length ? sql<SqlBool>`(${sql.join(perTemplate, sql` or `)})` : NONE;
    where.push(query.hasMissingRoles ? some : sql<SqlBool>`not ${some}`);
  }
  return where;
}

/** The page query of {@link listBuyingGroups} (exposed so that tests can EXPLAIN it). */
export async function buyingGroupListQuery(db: Kysely<DB>, query: BuyingGroupQuery, now: number) {
  const { column, desc, kind } = parseSort(query.sort, SORTS, 'name');
  const col = `buying_groups.${column}`;
  let qb = groupQuery(db);
  for (const w of await buyingGroupFilters(db, query, now)) qb = qb.where(w);
  if (query.cursor) qb = qb.where(afterCursor(col, 'buying_groups.id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  return {
    column,
    qb: qb
      .orderBy(sql.ref(col), dir)
      .orderBy('buying_groups.id', dir)
      .limit(query.limit + 1),
  };
}

export async function listBuyingGroups(db: Kysely<DB>, query: BuyingGroupQuery, now: number): Promise<Page<BuyingGroup>> {
  const { column, qb } = await buyingGroupListQuery(db, query, now);
  const rows = await qb.execute();
  const more = rows.length > query.limit;
  const slice = more ? rows.slice(0, query.limit) : rows;
  const last = slice[slice.length - 1];
  return {
    data: await groupsFromRows(db, slice),
    nextCursor: more && last ? encodeCursor((last as unknown as Record<string, string | number>)[column] ?? null, last.id) : null,
  };
}

export interface MemberQuery extends PageRequest {
  removed?: boolean | undefined;
  roleId?: string | undefined;
  source?: BuyingGroupMembersTable['source'] | undefined;
}

/** Members in the order they were added (then by person id), removed ones included unless filtered. */
export async function listBuyingGroupMembers(db: Kysely<DB>, groupId: string, query: MemberQuery): Promise<Page<BuyingGroupMember>> {
  const group = await buyingGroupKey(db, groupId);
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
      'p.engagement_score',
      'm.role_id',
      'r.name as role_name',
      'm.source',
      'm.removed',
      'm.added_at',
      'm.removed_at',
      'm.updated_at',
    ])
    .where('m.account_id', '=', group.accountId)
    .where('m.buying_group_id', '=', group.id);
  if (query.removed !== undefined) qb = qb.where('m.removed', '=', query.removed ? 1 : 0);
  if (query.roleId) {
    await checkFilterIds(db, 'roles', 'roleId', query.roleId);
    qb = qb.where('m.role_id', '=', query.roleId);
  }
  if (query.source) qb = qb.where('m.source', '=', query.source);
  if (query.cursor) qb = qb.where(afterCursor('m.added_at', 'm.person_id', false, decodeCursor(query.cursor, 'integer')));
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
      personEngagement: Number(r.engagement_score),
      personEngagementDisplay: displayScore(Number(r.engagement_score)),
      addedAt: r.added_at,
      removedAt: r.removed_at,
      updatedAt: r.updated_at,
    })),
    nextCursor: more && last ? encodeCursor(last.added_at, last.person_id) : null,
  };
}

export interface StageChange {
  id: string;
  from: string | null;
  to: string;
  actorId: string | null;
  at: number;
}

/** A group's stage changes, oldest first. */
export async function listStageHistory(db: Kysely<DB>, groupId: string, query: PageRequest): Promise<Page<StageChange>> {
  const group = await buyingGroupKey(db, groupId);
  let qb = db.selectFrom('stage_history').selectAll().where('account_id', '=', group.accountId).where('buying_group_id', '=', group.id);
  if (query.cursor) qb = qb.where(afterCursor('at', 'id', false, decodeCursor(query.cursor, 'integer')));
  const rows = await qb.orderBy('at').orderBy('id').limit(query.limit + 1).execute();
  const more = rows.length > query.limit;
  const slice = more ? rows.slice(0, query.limit) : rows;
  const last = slice[slice.length - 1];
  return {
    data: slice.map((r) => ({ id: r.id, from: r.from_stage, to: r.to_stage, actorId: r.actor_id, at: r.at })),
    nextCursor: more && last ? encodeCursor(last.at, last.id) : null,
  };
}

export interface GroupEvent {
  seq: number;
  id: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: number;
}

export interface EventQuery extends PageRequest {
  type?: readonly string[] | undefined;
}

/** The outbox of one group, in `seq` order (the order consumers read it in). */
export async function listBuyingGroupEvents(db: Kysely<DB>, groupId: string, query: EventQuery): Promise<Page<GroupEvent>> {
  const group = await buyingGroupKey(db, groupId);
  let qb = db.selectFrom('events').select(['seq', 'id', 'type', 'payload', 'created_at']).where('buying_group_id', '=', group.id);
  if (query.type?.length) qb = qb.where('type', 'in', query.type);
  if (query.cursor) {
    qb = qb.where('seq', '>', decodeCursor(query.cursor, 'integer').v as number);
  }
  const rows = await qb.orderBy('seq').limit(query.limit + 1).execute();
  const more = rows.length > query.limit;
  const slice = more ? rows.slice(0, query.limit) : rows;
  const last = slice[slice.length - 1];
  return {
    data: slice.map((r) => ({ seq: Number(r.seq), id: r.id, type: r.type, payload: parseJson<Record<string, unknown>>(r.payload), createdAt: r.created_at })),
    nextCursor: more && last ? encodeCursor(Number(last.seq), last.id) : null,
  };
}

/** One buying group a person is (or was) in, from the person's side (`GET /people/{id}/buying-groups`). */
export interface PersonMembership {
  buyingGroupId: string;
  buyingGroupName: string;
  active: boolean;
  stage: string | null;
  accountId: string;
  accountName: string;
  solutionInterestId: string;
  solutionInterestName: string;
  roleId: string;
  roleName: string;
  source: BuyingGroupMembersTable['source'];
  removed: boolean;
  /** The person's engagement score, the one the group's engagement sums (weighted by role share). */
  personEngagement: number;
  personEngagementDisplay: number;
  addedAt: number;
  removedAt: number | null;
}

export interface PersonMembershipQuery extends PageRequest {
  removed?: boolean | undefined;
  solutionInterestId?: string | undefined;
}

/** The buying groups of a person, by group id; removed memberships included unless filtered. 404 for an unknown person. */
export async function listPersonBuyingGroups(db: Kysely<DB>, personId: string, query: PersonMembershipQuery): Promise<Page<PersonMembership>> {
  const person = await db.selectFrom('people').select(['id', 'engagement_score']).where('id', '=', personId).executeTakeFirst();
  if (!person) throw notFound('person', personId);
  let qb = db
    .selectFrom('buying_group_members as m')
    .innerJoin('buying_groups as g', (j) => j.onRef('g.account_id', '=', 'm.account_id').onRef('g.id', '=', 'm.buying_group_id'))
    .innerJoin('accounts as a', 'a.id', 'g.account_id')
    .innerJoin('solution_interests as si', 'si.id', 'g.solution_interest_id')
    .innerJoin('roles as r', 'r.id', 'm.role_id')
    .select(['g.id', 'g.name', 'g.active', 'g.stage', 'g.account_id', 'a.name as account_name', 'g.solution_interest_id', 'si.name as si_name', 'm.role_id', 'r.name as role_name', 'm.source', 'm.removed', 'm.added_at', 'm.removed_at'])
    .where('m.person_id', '=', personId);
  if (query.removed !== undefined) qb = qb.where('m.removed', '=', query.removed ? 1 : 0);
  if (query.solutionInterestId) qb = qb.where('g.solution_interest_id', '=', query.solutionInterestId);
  if (query.cursor) {
    const c = decodeCursor(query.cursor, 'id');
    qb = qb.where('g.id', '>', c.id);
  }
  const rows = await qb.orderBy('g.id').limit(query.limit + 1).execute();
  const more = rows.length > query.limit;
  const slice = more ? rows.slice(0, query.limit) : rows;
  const last = slice[slice.length - 1];
  return {
    data: slice.map((r) => ({
      buyingGroupId: r.id,
      buyingGroupName: r.name,
      active: r.active === 1,
      stage: r.stage,
      accountId: r.account_id,
      accountName: r.account_name,
      solutionInterestId: r.solution_interest_id,
      solutionInterestName: r.si_name,
      roleId: r.role_id,
      roleName: r.role_name,
      source: r.source,
      removed: r.removed === 1,
      personEngagement: person.engagement_score,
      personEngagementDisplay: displayScore(person.engagement_score),
      addedAt: r.added_at,
      removedAt: r.removed_at,
    })),
    nextCursor: more && last ? encodeCursor(null, last.id) : null,
  };
}
