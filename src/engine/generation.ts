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
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../store/schema.ts';
import type { Engine } from '../store/db.ts';
import { newId } from '../domain/ids.ts';
import { utcDay } from '../domain/clock.ts';
import { normText } from '../domain/text.ts';
import { QuorumError } from '../domain/errors.ts';
import { WEIGHTING_BANDS } from '../domain/roles.ts';
import { reconcileRules, type MemberSource, type MemberState, type MembershipChange } from '../domain/assignment/index.ts';
import { completeness, engagementScore, groupRawEngagement } from '../domain/scoring/index.ts';
import type { Condition } from '../domain/conditions/index.ts';
import { compilePersonCondition } from '../store/conditions-sql.ts';
import { getRolesTemplate, type TemplateRole } from '../store/roles-templates.ts';
import { activeWeightingModel } from '../store/weighting-models.ts';
import { dbEngine } from '../store/concurrency.ts';
import { getSolutionInterest } from '../store/solution-interests.ts';
import { loadPersonaConditions } from '../store/references.ts';
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
  return {
    engine,
    solutionInterestId: si.id,
    solutionInterestName: si.name,
    templateId: template.id,
    roles: template.roles,
    personas: await loadPersonaConditions(db),
    options,
    jobId,
  };
}

export function groupName(solutionInterestName: string, accountName: string): string {
  return `${solutionInterestName} for ${accountName}`;
}

interface Candidate {
  group_account_id: string;
  person_id: string;
  role_id: string;
}

/**
 * The rule assignment of every person related (actively) to the batch's accounts — or their
 * descendants down to the plan's depth — as (group account, person, role). A person reachable
 * through several accounts gets the highest-priority role any of them yields.
 */
export async function ruleAssignments(db: Kysely<DB>, plan: GenerationPlan, accountIds: readonly string[], now: number): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>(accountIds.map((id) => [id, new Map()]));
  const auto = plan.roles.filter((r) => r.autoAssign && r.condition);
  if (auto.length === 0 || accountIds.length === 0) return out;
  const today = utcDay(now);
  const ctx = { engine: plan.engine, now, today, personas: plan.personas, accountId: sql.ref('rel.account_id') as RawBuilder<unknown> };
  const whens = auto.map((r) => sql`when ${compilePersonCondition(r.condition as Condition, ctx)} then ${r.roleId}`);
  const roleCase = sql<string | null>`case ${sql.join(whens, sql` `)} else null end`;
  const ids = sql.join(accountIds.map((id) => sql`${id}`));
  const depth = Math.max(0, plan.options.descendantDepth);
  const scope =
    depth === 0
      ? sql`select a.id as group_account_id, a.id as account_id from accounts as a where a.id in (${ids})`
      : sql`select group_account_id, account_id from scope`;
  const withScope =
    depth === 0
      ? sql``
      : sql`with recursive scope(group_account_id, account_id, depth) as (
          select a.id, a.id, 0 from accounts as a where a.id in (${ids})
          union all
          select s.group_account_id, c.id, s.depth + 1 from accounts as c inner join scope as s on c.parent_id = s.account_id where s.depth < ${depth}
        ) `;
  const query = sql<Candidate>`${withScope}select * from (
      select sc.group_account_id, people.id as person_id, ${roleCase} as role_id
      from (${scope}) as sc
      inner join account_people as rel on rel.account_id = sc.account_id
      inner join people on people.id = rel.person_id
      where (rel.ended_on is null or rel.ended_on > ${today})
    ) as assigned where role_id is not null`;
  const { rows } = await query.execute(db);
  const priority = new Map(plan.roles.map((r, i) => [r.roleId, i]));
  for (const row of rows) {
    const group = out.get(row.group_account_id);
    if (!group) continue;
    const current = group.get(row.person_id);
    if (current === undefined || (priority.get(row.role_id) ?? 1e9) < (priority.get(current) ?? 1e9)) group.set(row.person_id, row.role_id);
  }
  return out;
}

interface GroupRow {
  account_id: string;
  id: string;
  active: number;
}

/**
 * Generates or refreshes the groups of `accountIds` (sorted, ≤ a few thousand) in the caller's
 * transaction. Accounts must exist; missing ones are skipped with a reason.
 */
export async function generateForAccounts(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  accountIds: readonly string[],
  now: number,
  opts: { createMissing?: boolean } = {},
): Promise<GenerationCounts> {
  const createMissing = opts.createMissing ?? true;
  const counts = emptyCounts();
  if (accountIds.length === 0) return counts;
  const events: PendingEvent[] = [];

  const accounts = await trx.selectFrom('accounts').select(['id', 'name']).where('id', 'in', accountIds).execute();
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const present: string[] = [];
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

  // 1. Groups: create the missing ones, reactivate inactive ones.
  const existing = await trx
    .selectFrom('buying_groups')
    .select(['account_id', 'id', 'active'])
    .where('solution_interest_id', '=', plan.solutionInterestId)
    .where('account_id', 'in', present.length ? present : [''])
    .execute();
  const groupOf = new Map<string, GroupRow>(existing.map((g) => [g.account_id, g]));
  const fresh = new Set<string>();
  const newRows = [];
  for (const accountId of present) {
    const g = groupOf.get(accountId);
    if (!g && !createMissing) continue;
    if (!g) {
      const name = groupName(plan.solutionInterestName, names.get(accountId) ?? '');
      const row = {
        account_id: accountId,
        id: newId('buyingGroup', now),
        solution_interest_id: plan.solutionInterestId,
        template_id: plan.templateId,
        name,
        name_norm: normText(name),
        status_label: null,
        stage: null,
        completeness: 0,
        engagement: 0,
        engagement_raw: 0,
        active: 1,
        job_id: plan.jobId,
        created_at: now,
        updated_at: now,
      };
      newRows.push(row);
      groupOf.set(accountId, { account_id: accountId, id: row.id, active: 1 });
      fresh.add(accountId);
      events.push({ accountId, buyingGroupId: row.id, event: { type: 'group_created', name, solutionInterestId: plan.solutionInterestId, jobId: plan.jobId } });
    } else if (g.active === 0) {
      await trx.updateTable('buying_groups').set({ active: 1, updated_at: now }).where('account_id', '=', accountId).where('id', '=', g.id).execute();
      counts.groupsReactivated++;
      events.push({ accountId, buyingGroupId: g.id, event: { type: 'active_changed', active: true, reason: 'the account is in the audience again' } });
    }
  }
  for (let i = 0; i < newRows.length; i += 500) await trx.insertInto('buying_groups').values(newRows.slice(i, i + 500)).execute();
  counts.groupsCreated = newRows.length;

  // 2. Members: rules say who should hold which role; reconcile with the stored state.
  const desired = await ruleAssignments(trx, plan, present, now);
  const oldGroupIds = present.filter((a) => !fresh.has(a)).map((a) => groupOf.get(a)?.id ?? '');
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

  const inserts: { account_id: string; buying_group_id: string; person_id: string; role_id: string; source: MemberSource; removed: number; added_at: number; removed_at: null; updated_at: number }[] = [];
  const touched: { accountId: string; groupId: string }[] = [];
  for (const accountId of present) {
    const group = groupOf.get(accountId);
    if (!group) continue;
    const current = currentByGroup.get(group.id) ?? new Map<string, MemberState>();
    const changes = reconcileRules(current, desired.get(accountId) ?? new Map());
    if (changes.length || fresh.has(accountId)) touched.push({ accountId, groupId: group.id });
    for (const c of changes) {
      events.push({ accountId, buyingGroupId: group.id, event: changeEvent(c) });
      await applyChange(trx, accountId, group.id, c, current.has(c.personId), now, inserts);
      if (c.kind === 'member_added') counts.membersAdded++;
      else if (c.kind === 'member_removed') counts.membersRemoved++;
      else counts.rolesChanged++;
    }
  }
  for (let i = 0; i < inserts.length; i += 500) await trx.insertInto('buying_group_members').values(inserts.slice(i, i + 500)).execute();

  // 3. Scores of the groups whose membership changed.
  events.push(...(await refreshGroupScores(trx, plan.roles, touched, now)));
  await writeEvents(trx, events, now);
  return counts;
}

function changeEvent(c: MembershipChange): PendingEvent['event'] {
  switch (c.kind) {
    case 'member_added':
      return { type: 'member_added', personId: c.personId, roleId: c.roleId, source: c.source };
    case 'member_removed':
      return { type: 'member_removed', personId: c.personId, roleId: c.roleId, source: c.source, previousSource: c.previousSource, reason: 'no longer matches the role conditions' };
    case 'role_changed':
      return { type: 'role_changed', personId: c.personId, fromRoleId: c.fromRoleId, toRoleId: c.toRoleId, source: c.source, previousSource: c.previousSource };
  }
}

async function applyChange(
  trx: Kysely<DB>,
  accountId: string,
  groupId: string,
  c: MembershipChange,
  rowExists: boolean,
  now: number,
  inserts: { account_id: string; buying_group_id: string; person_id: string; role_id: string; source: MemberSource; removed: number; added_at: number; removed_at: null; updated_at: number }[],
): Promise<void> {
  const update = (set: { role_id?: string; source: MemberSource; removed?: number; added_at?: number; removed_at?: number | null; updated_at: number }) =>
    trx
      .updateTable('buying_group_members')
      .set(set)
      .where('account_id', '=', accountId)
      .where('buying_group_id', '=', groupId)
      .where('person_id', '=', c.personId)
      .execute();
  switch (c.kind) {
    case 'member_added':
      if (rowExists) {
        await update({ role_id: c.roleId, source: c.source, removed: 0, added_at: now, removed_at: null, updated_at: now });
      } else {
        inserts.push({ account_id: accountId, buying_group_id: groupId, person_id: c.personId, role_id: c.roleId, source: c.source, removed: 0, added_at: now, removed_at: null, updated_at: now });
      }
      return;
    case 'role_changed':
      await update({ role_id: c.toRoleId, source: c.source, updated_at: now });
      return;
    case 'member_removed':
      await update({ source: c.source, removed: 1, removed_at: now, updated_at: now });
      return;
  }
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
  const kk = k ?? (await activeWeightingModel(trx)).k;
  const bands = new Map(roles.map((r) => [r.roleId, WEIGHTING_BANDS[r.weightingBand]]));
  const bandOf = (roleId: string) => bands.get(roleId) ?? 0;
  const postgres = dbEngine(trx) === 'postgres';
  for (let i = 0; i < groups.length; i += 500) {
    const part = groups.slice(i, i + 500);
    const ids = part.map((g) => g.groupId);
    const stored = await trx
      .selectFrom('buying_groups')
      .select(['id', 'completeness', 'engagement', 'engagement_raw'])
      .where('id', 'in', ids)
      .$if(postgres, (q) => q.orderBy('id').forNoKeyUpdate())
      .execute();
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
    for (const g of part) {
      const list = (byGroup.get(g.groupId) ?? []).sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
      const countByRole = new Map<string, number>();
      for (const m of list) countByRole.set(m.roleId, (countByRole.get(m.roleId) ?? 0) + 1);
      const c = completeness(roles, countByRole).score;
      const raw = groupRawEngagement(list, bandOf);
      const e = engagementScore(raw, kk);
      const before = storedById.get(g.groupId);
      if (!before || before.completeness !== c || before.engagement_raw !== raw || before.engagement !== e) {
        await trx
          .updateTable('buying_groups')
          .set({ completeness: c, engagement: e, engagement_raw: raw, updated_at: now })
          .where('account_id', '=', g.accountId)
          .where('id', '=', g.groupId)
          .execute();
      }
      if (before && before.completeness !== c) events.push({ accountId: g.accountId, buyingGroupId: g.groupId, event: { type: 'completeness_changed', from: before.completeness, to: c } });
      if (before && before.engagement !== e) events.push({ accountId: g.accountId, buyingGroupId: g.groupId, event: { type: 'engagement_changed', from: before.engagement, to: e } });
    }
  }
  return events;
}
