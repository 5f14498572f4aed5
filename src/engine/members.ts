/**
 * Manual member actions on one buying group (SPEC §4, §9): add, remove, change role — up to
 * {@link MAX_MEMBER_ACTIONS} per call, all in one transaction. The pure rules are in
 * domain/assignment/actions.ts; this module reads what they need, applies the plan (member rows,
 * typed events, completeness and engagement refresh) and writes an audit entry, or — when any
 * action is invalid — writes nothing and reports every invalid action at its index.
 *
 * Who may be added: a person with an active relation (not ended) to the group's account or to
 * one of its descendant accounts, at any depth. Generation may look at descendants only to a
 * chosen depth; a person acting by hand knows the account and may reach further down. A person
 * who left (every relation ended) cannot be added; one who is already a member may still have
 * their role changed or be confirmed.
 *
 * Also here: deleting a person together with their memberships (`deletePersonAndMemberships`).
 */
import { sql, type Kysely } from 'kysely';
import {
  type DB,
  getRolesTemplate,
  checkVersion,
  dialectOf,
  type ExpectedVersion,
  audit,
  type Actor,
  deletePersonIn,
} from '../store/index.ts';
import { QuorumError, notFound, utcDay } from '../domain/index.ts';
import {
  planMemberActions,
  stateChanged,
  type MemberAction,
  type MemberSource,
  type MemberState,
  type MembershipChange,
  type RemovalReason,
  removalWords,
} from '../domain/assignment/index.ts';
import { loadPlan, refreshGroupScores, ruleAssignments, ruleRemovalReasons, type GenerationPlan } from './generation/index.ts';
import { followedDepth } from './jobs.ts';
import { writeEvents, type BuyingGroupEvent, type PendingEvent } from './events.ts';

/** SPEC §9: bulk member actions, 500 at a time. */
export const MAX_MEMBER_ACTIONS = 500;

export type AppliedChange = MembershipChange & { index: number };

export interface MemberActionsResult {
  buyingGroupId: string;
  /** Membership changes made, in action order. */
  changes: AppliedChange[];
  /** Actions that changed no membership, with why (e.g. "already holds this role"). */
  unchanged: { index: number; personId: string; reason: string }[];
}

/** Locks the group for the rest of the transaction (where the engine has row locks: the dialect's withRowLocks). */
export async function lockGroup(
  trx: Kysely<DB>,
  groupId: string,
  expected?: ExpectedVersion,
): Promise<{ account_id: string; id: string; template_id: string; solution_interest_id: string; stage: string | null; status_label: string | null; version: number }> {
  const row = await trx
    .selectFrom('buying_groups')
    .select(['account_id', 'id', 'template_id', 'solution_interest_id', 'stage', 'status_label', 'version'])
    .where('id', '=', groupId)
    .$call((q) => dialectOf(trx).withRowLocks(q, (l) => l.forUpdate()))
    .executeTakeFirst();
  if (!row) throw notFound('buying group', groupId);
  // Checked under the row lock: no other API write to the group can come in between.
  checkVersion('buying group', groupId, row.version, expected);
  return row;
}

/**
 * People among `personIds` who may not be added to a group of `accountId`, with the reason: no
 * active relation with the account or a descendant account.
 */
async function ineligiblePeople(trx: Kysely<DB>, accountId: string, accountName: string, personIds: readonly string[], now: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (personIds.length === 0) return out;
  const today = utcDay(now);
  const ids = sql.join(personIds.map((id) => sql`${id}`));
  const { rows } = await sql<{ person_id: string; active: number; ended_on: string | null }>`
    with recursive scope(id) as (
      select a.id from accounts as a where a.id = ${accountId}
      union
      select c.id from accounts as c inner join scope as s on c.parent_id = s.id
    )
    select rel.person_id, max(case when rel.ended_on is null or rel.ended_on > ${today} then 1 else 0 end) as active, max(rel.ended_on) as ended_on
    from account_people as rel
    where rel.person_id in (${ids}) and rel.account_id in (select id from scope)
    group by rel.person_id`.execute(trx);
  const found = new Map(rows.map((r) => [r.person_id, r]));
  for (const personId of personIds) {
    const r = found.get(personId);
    if (!r) out.set(personId, `person ${personId} is not related to account "${accountName}" (${accountId}) or its descendant accounts; add a relation first`);
    else if (Number(r.active) !== 1) out.set(personId, `person ${personId} left account "${accountName}" (${accountId}): their relation ended on ${r.ended_on}`);
  }
  return out;
}

/** The plan rules use for a solution interest's groups, at the depth its creation jobs follow. */
async function rulePlan(trx: Kysely<DB>, solutionInterestId: string): Promise<GenerationPlan> {
  return loadPlan(trx, dialectOf(trx).engine, solutionInterestId, { descendantDepth: await followedDepth(trx, solutionInterestId) }, null);
}

function eventOf(c: MembershipChange, actor: Actor, why?: RemovalReason): BuyingGroupEvent {
  switch (c.kind) {
    case 'member_added':
      return { type: 'member_added', personId: c.personId, roleId: c.roleId, source: c.source };
    case 'member_removed':
      if (why) return { type: 'member_removed', personId: c.personId, roleId: c.roleId, source: c.source, previousSource: c.previousSource, reasonCode: why.code, reason: why.reason, ...(why.relation ? { relation: why.relation } : {}) };
      return { type: 'member_removed', personId: c.personId, roleId: c.roleId, source: c.source, previousSource: c.previousSource, reasonCode: 'removed_by_hand', reason: actor.userId ? `removed by hand (${actor.userId})` : 'removed by hand' };
    case 'role_changed':
      return { type: 'role_changed', personId: c.personId, fromRoleId: c.fromRoleId, toRoleId: c.toRoleId, source: c.source, previousSource: c.previousSource };
  }
}

export async function applyMemberActions(
  db: Kysely<DB>,
  actor: Actor,
  groupId: string,
  actions: readonly MemberAction[],
  now: number,
  source: MemberSource = 'manual',
  expected?: ExpectedVersion,
): Promise<MemberActionsResult> {
  if (actions.length === 0) throw QuorumError.field('validation_failed', '/actions', 'send at least one action');
  if (actions.length > MAX_MEMBER_ACTIONS) {
    throw QuorumError.field('validation_failed', '/actions', `at most ${MAX_MEMBER_ACTIONS} actions per call (got ${actions.length}); send them in several calls`);
  }
  return db.transaction().execute((trx) => applyMemberActionsIn(trx, actor, groupId, actions, now, source, expected));
}

/** applyMemberActions in the caller's transaction (the import applies a batch's groups in one). */
export async function applyMemberActionsIn(
  trx: Kysely<DB>,
  actor: Actor,
  groupId: string,
  actions: readonly MemberAction[],
  now: number,
  source: MemberSource = 'manual',
  expected?: ExpectedVersion,
): Promise<MemberActionsResult> {
  {
    const group = await lockGroup(trx, groupId, expected);
    const template = await getRolesTemplate(trx, group.template_id);
    const personIds = [...new Set(actions.map((a) => a.personId))];
    const roleIds = [...new Set([...actions.flatMap((a) => (a.op === 'add' || a.op === 'change_role' ? [a.roleId] : [])), ...template.roles.map((r) => r.roleId)])];

    const people = new Set((await trx.selectFrom('people').select('id').where('id', 'in', personIds).execute()).map((p) => p.id));
    const roleNames = new Map((await trx.selectFrom('roles').select(['id', 'name']).where('id', 'in', roleIds).execute()).map((r) => [r.id, r.name]));
    const current = new Map<string, MemberState>();
    const rows = await trx
      .selectFrom('buying_group_members')
      .select(['person_id', 'role_id', 'source', 'removed'])
      .where('account_id', '=', group.account_id)
      .where('buying_group_id', '=', group.id)
      .where('person_id', 'in', personIds)
      .execute();
    for (const r of rows) current.set(r.person_id, { personId: r.person_id, roleId: r.role_id, source: r.source, removed: r.removed === 1 });

    const toCheck = [...new Set(actions.filter((a) => a.op === 'add' && people.has(a.personId) && !(current.get(a.personId) && !current.get(a.personId)?.removed)).map((a) => a.personId))];
    const account = await trx.selectFrom('accounts').select('name').where('id', '=', group.account_id).executeTakeFirstOrThrow();
    const ineligible = await ineligiblePeople(trx, group.account_id, account.name, toCheck, now);

    // Released people: what rules give them now in this group (generation's own SQL and scope).
    const released = [...new Set(actions.filter((a) => a.op === 'release' && people.has(a.personId)).map((a) => a.personId))].sort();
    const rules = released.length ? await rulePlan(trx, group.solution_interest_id) : null;
    const ruleRoles = new Map<string, string | null>();
    if (rules) {
      const assigned = (await ruleAssignments(trx, rules, [group.account_id], now, { personIds: released })).get(group.account_id);
      for (const personId of released) ruleRoles.set(personId, assigned?.get(personId) ?? null);
    }

    const plan = planMemberActions(actions, {
      source,
      current,
      people,
      roleNames,
      template: { name: template.name, roleIds: template.roles.map((r) => r.roleId) },
      ineligible,
      ruleRoles,
    });
    if (plan.errors.length) {
      const first = plan.errors[0] as { field: string; message: string };
      const n = plan.errors.length;
      throw new QuorumError('validation_failed', `${n === 1 ? 'An action is' : `${n} actions are`} not valid, so none was applied: ${first.message} (at ${first.field})`, plan.errors);
    }

    const inserts = [];
    const events: PendingEvent[] = [];
    const result: MemberActionsResult = { buyingGroupId: group.id, changes: [], unchanged: [] };
    const ruleRemovals = plan.planned.flatMap((p) => (p.change?.kind === 'member_removed' && p.change.source === 'rule' ? [{ accountId: group.account_id, personId: p.change.personId }] : []));
    const reasons = await ruleRemovalReasons(trx, rules?.options.descendantDepth ?? 0, ruleRemovals, now);
    for (const p of plan.planned) {
      if (p.change) {
        result.changes.push({ ...p.change, index: p.index });
        events.push({ accountId: group.account_id, buyingGroupId: group.id, event: eventOf(p.change, actor, reasons.get(`${group.account_id}\u0000${p.change.personId}`)) });
      } else {
        result.unchanged.push({ index: p.index, personId: p.action.personId, reason: p.note ?? 'nothing to change' });
      }
      const after = p.after;
      if (!after || !stateChanged(p.before, after)) continue;
      const joined = p.change?.kind === 'member_added';
      if (!p.before) {
        inserts.push({
          account_id: group.account_id,
          buying_group_id: group.id,
          person_id: after.personId,
          role_id: after.roleId,
          source: after.source,
          removed: after.removed ? 1 : 0,
          added_at: now,
          removed_at: after.removed ? now : null,
          updated_at: now,
        });
        continue;
      }
      await trx
        .updateTable('buying_group_members')
        .set({
          role_id: after.roleId,
          source: after.source,
          removed: after.removed ? 1 : 0,
          updated_at: now,
          ...(joined ? { added_at: now, removed_at: null } : {}),
          ...(p.change?.kind === 'member_removed' ? { removed_at: now } : {}),
        })
        .where('account_id', '=', group.account_id)
        .where('buying_group_id', '=', group.id)
        .where('person_id', '=', after.personId)
        .execute();
    }
    if (inserts.length) await trx.insertInto('buying_group_members').values(inserts).execute();

    if (result.changes.length) {
      await trx.updateTable('buying_groups').set({ updated_at: now, version: group.version + 1 }).where('account_id', '=', group.account_id).where('id', '=', group.id).execute();
      events.push(...(await refreshGroupScores(trx, template.roles, [{ accountId: group.account_id, groupId: group.id }], now)));
    }
    await writeEvents(trx, events, now);
    await audit(trx, actor, { action: 'member_actions', entityType: 'buying_group', entityId: group.id, after: { source, changes: result.changes, unchanged: result.unchanged }, at: now });
    return result;
  }
}

/**
 * `DELETE /people/{id}?force=true`: removes the person from every buying group they are a current
 * member of — a `member_removed` event each (reason person_deleted), scores refreshed — and
 * deletes the person (relations, activities, membership rows), all in one transaction, with one
 * audit entry listing the memberships removed.
 */
export async function deletePersonAndMemberships(db: Kysely<DB>, actor: Actor, personId: string, now: number, expected?: ExpectedVersion): Promise<{ membershipsRemoved: { buyingGroupId: string; roleId: string; source: MemberSource }[] }> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('buying_group_members')
      .select(['account_id', 'buying_group_id', 'role_id', 'source'])
      .where('person_id', '=', personId)
      .where('removed', '=', 0)
      .orderBy('buying_group_id')
      .execute();
    const events: PendingEvent[] = [];
    const groups: { accountId: string; groupId: string; templateId: string }[] = [];
    for (const r of rows) {
      // In id order, like every other group locker (no deadlocks on PostgreSQL).
      const g = await lockGroup(trx, r.buying_group_id);
      groups.push({ accountId: g.account_id, groupId: g.id, templateId: g.template_id });
      events.push({
        accountId: g.account_id,
        buyingGroupId: g.id,
        event: { type: 'member_removed', personId, roleId: r.role_id, source: 'manual', previousSource: r.source, reasonCode: 'person_deleted', reason: removalWords('person_deleted') },
      });
    }
    await trx.deleteFrom('buying_group_members').where('person_id', '=', personId).execute();
    for (const g of groups) {
      const template = await getRolesTemplate(trx, g.templateId);
      await trx.updateTable('buying_groups').set({ updated_at: now }).where('account_id', '=', g.accountId).where('id', '=', g.groupId).execute();
      events.push(...(await refreshGroupScores(trx, template.roles, [{ accountId: g.accountId, groupId: g.groupId }], now)));
    }
    await writeEvents(trx, events, now);
    const membershipsRemoved = rows.map((r) => ({ buyingGroupId: r.buying_group_id, roleId: r.role_id, source: r.source }));
    await deletePersonIn(trx, actor, personId, now, { force: true, membershipsRemoved }, expected);
    return { membershipsRemoved };
  });
}
