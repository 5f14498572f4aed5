/**
 * Upgrading a solution interest to another roles template (issue 6, finding 4). Changing the
 * template of a solution interest that has buying groups is not a PATCH (it would leave every
 * group on the old template): it is this explicit operation.
 *
 * `enqueueTemplateUpgrade` switches the solution interest to the new (Live) template — from then
 * on new groups and real-time maintenance use it — and queues a `template_upgrade` job, in one
 * transaction with an audit entry. The job (same machinery as creation jobs: claimed by the
 * runner, progress, SSE, cancel, crash-safe batches) re-evaluates every group of the solution
 * interest that is still on another template, batch by batch, each batch one transaction with the
 * job's progress and cursor: members are reconciled with the new template's rules by the pure
 * `upgradeChanges` (domain/assignment/upgrade.ts: members set by hand keep their place when their
 * role exists in the new template, are handed back to rules when it does not), the group's
 * `templateId` is updated, a `template_changed` event is written first, then the membership
 * events, then the score changes. The preview of the template with the solution interest
 * (engine/preview.ts) computes the same diff, without writing.
 */
import type { Kysely } from 'kysely';
import {
  type DB,
  type Database,
  dialectFor,
  parseJson,
  toJson,
  audit,
  type Actor,
  checkVersion,
  lockConfiguration,
  type ExpectedVersion,
  getSolutionInterest,
  bulkInsert,
  type BulkValue,
} from '../store/index.ts';
import { QuorumError } from '../domain/index.ts';
import { removalReason, upgradeChanges, type MemberSource, type MemberState } from '../domain/assignment/index.ts';
import {
  addCounts,
  applyChange,
  changeEvent,
  emptyCounts,
  loadPlan,
  MEMBER_COLUMNS,
  reasonKey,
  refreshGroupScores,
  ruleAssignments,
  ruleRemovalReasons,
  type GenerationCounts,
  type GenerationPlan,
} from './generation/index.ts';
import { DEFAULT_BATCH_SIZE, followedDepth, getJob, insertQueuedJob, TEMPLATE_UPGRADE_JOB, type Job, type JobCounts, type RunOptions, type TemplateUpgradeParams } from './job-records.ts';
import { writeEvents, type PendingEvent } from './events.ts';

/** Groups of the solution interest not on `templateId` yet. */
async function groupsToUpgrade(db: Kysely<DB>, solutionInterestId: string, templateId: string): Promise<number> {
  const { n } = await db
    .selectFrom('buying_groups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('solution_interest_id', '=', solutionInterestId)
    .where('template_id', '<>', templateId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/**
 * Switches the solution interest to `templateId` (a Live template) and queues the job that
 * upgrades its groups. With the same template again, it queues a job only if some groups are
 * still on another one (e.g. the first job was cancelled): that finishes the upgrade.
 */
export async function enqueueTemplateUpgrade(db: Kysely<DB>, actor: Actor, solutionInterestId: string, templateId: string, now: number, expected?: ExpectedVersion): Promise<Job> {
  return db.transaction().execute(async (trx) => {
    await lockConfiguration(trx);
    const si = await getSolutionInterest(trx, solutionInterestId);
    // Upgrading changes the solution interest's template: configuration, checked like a PATCH.
    checkVersion('solution interest', si.id, si.version, expected);
    const t = await trx.selectFrom('roles_templates').select(['id', 'name', 'status']).where('id', '=', templateId).executeTakeFirst();
    if (!t) throw QuorumError.field('validation_failed', '/templateId', `roles template ${templateId} does not exist`);
    if (t.status !== 'live') throw QuorumError.field('validation_failed', '/templateId', `roles template "${t.name}" (${templateId}) is a Draft; publish it before upgrading a solution interest to it`);
    const pending = await trx
      .selectFrom('jobs')
      .select(['id', 'params'])
      .where('type', '=', TEMPLATE_UPGRADE_JOB)
      .where('status', 'in', ['queued', 'running'])
      .execute();
    const busy = pending.find((j) => parseJson<TemplateUpgradeParams>(j.params).solutionInterestId === si.id);
    if (busy) throw QuorumError.field('invalid_state', '/id', `a template upgrade of solution interest "${si.name}" is already under way (job ${busy.id}); wait for it or cancel it first`);
    const toUpgrade = await groupsToUpgrade(trx, si.id, templateId);
    if (si.templateId === templateId && toUpgrade === 0) {
      throw QuorumError.field('invalid_state', '/templateId', `solution interest "${si.name}" already uses roles template "${t.name}" (${templateId}), and all its buying groups are on it`);
    }
    if (si.templateId !== templateId) {
      await trx.updateTable('solution_interests').set({ template_id: templateId, updated_at: now, version: si.version + 1 }).where('id', '=', si.id).execute();
    }
    const params: TemplateUpgradeParams = { solutionInterestId: si.id, fromTemplateId: si.templateId, toTemplateId: templateId, options: { descendantDepth: await followedDepth(trx, si.id) } };
    const job = await insertQueuedJob(trx, actor, { type: TEMPLATE_UPGRADE_JOB, params, total: toUpgrade, counts: { ...emptyCounts(), cursor: null, groupsUpgraded: 0 } }, now);
    const after = await getSolutionInterest(trx, si.id);
    await audit(trx, actor, { action: 'upgrade_template', entityType: 'solution_interest', entityId: si.id, before: si, after: { ...after, jobId: job.id, groupsToUpgrade: toUpgrade }, at: now });
    return job;
  });
}

export interface UpgradeBatchCounts extends GenerationCounts {
  groupsUpgraded: number;
}

/**
 * Upgrades the groups of `accountIds` (their groups of the plan's solution interest that are not
 * on the plan's template) in the caller's transaction: see the module comment.
 */
export async function upgradeGroups(trx: Kysely<DB>, plan: GenerationPlan, accountIds: readonly string[], now: number): Promise<UpgradeBatchCounts> {
  const counts: UpgradeBatchCounts = { ...emptyCounts(), groupsUpgraded: 0 };
  if (accountIds.length === 0) return counts;
  const groups = await trx
    .selectFrom('buying_groups')
    .select(['account_id', 'id', 'template_id'])
    .where('solution_interest_id', '=', plan.solutionInterestId)
    .where('account_id', 'in', accountIds)
    .where('template_id', '<>', plan.templateId)
    .orderBy('id')
    .execute();
  if (groups.length === 0) return counts;
  // Same lock order as every group writer (id order), before reading the members.
  await dialectFor(plan.engine).lockRowsById(trx, 'buying_groups', groups.map((g) => g.id), { chunk: groups.length });
  const desired = await ruleAssignments(trx, plan, [...new Set(groups.map((g) => g.account_id))].sort(), now);
  const current = new Map<string, Map<string, MemberState>>();
  const rows = await trx
    .selectFrom('buying_group_members')
    .select(['buying_group_id', 'person_id', 'role_id', 'source', 'removed'])
    .where('buying_group_id', 'in', groups.map((g) => g.id))
    .execute();
  for (const r of rows) {
    let m = current.get(r.buying_group_id);
    if (!m) current.set(r.buying_group_id, (m = new Map()));
    m.set(r.person_id, { personId: r.person_id, roleId: r.role_id, source: r.source as MemberSource, removed: r.removed === 1 });
  }
  const roleIds = new Set(plan.roles.map((r) => r.roleId));
  const events: PendingEvent[] = [];
  const inserts: BulkValue[][] = [];
  for (const g of groups) {
    const state = current.get(g.id) ?? new Map<string, MemberState>();
    const { changes, released } = upgradeChanges(state, desired.get(g.account_id) ?? new Map(), roleIds);
    events.push({
      accountId: g.account_id,
      buyingGroupId: g.id,
      event: { type: 'template_changed', fromTemplateId: g.template_id, toTemplateId: plan.templateId, jobId: plan.jobId, releasedPersonIds: released },
    });
    const ruleRemovals = changes.filter((c) => c.kind === 'member_removed' && !released.includes(c.personId)).map((c) => ({ accountId: g.account_id, personId: c.personId }));
    const reasons = await ruleRemovalReasons(trx, plan.options.descendantDepth, ruleRemovals, now);
    for (const c of changes) {
      const why = released.includes(c.personId) ? removalReason('role_not_in_template') : reasons.get(reasonKey(g.account_id, c.personId));
      events.push({ accountId: g.account_id, buyingGroupId: g.id, event: changeEvent(c, why) });
      await applyChange(trx, g.account_id, g.id, c, state.has(c.personId), now, inserts);
      if (c.kind === 'member_added') counts.membersAdded++;
      else if (c.kind === 'member_removed') counts.membersRemoved++;
      else counts.rolesChanged++;
    }
    await trx.updateTable('buying_groups').set({ template_id: plan.templateId, updated_at: now }).where('account_id', '=', g.account_id).where('id', '=', g.id).execute();
    counts.groupsUpgraded++;
  }
  await bulkInsert(trx, 'buying_group_members', MEMBER_COLUMNS, inserts);
  // Every upgraded group: the new template's required roles and bands change the scores even without member changes.
  events.push(...(await refreshGroupScores(trx, plan.roles, groups.map((g) => ({ accountId: g.account_id, groupId: g.id })), now)));
  await writeEvents(trx, events, now);
  return counts;
}

/** Runs a claimed template upgrade job (called by runCreationJob for jobs of this type). */
export async function runTemplateUpgrade(database: Database, jobId: string, params: TemplateUpgradeParams, opts: RunOptions): Promise<Job> {
  const { db, engine } = database;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const job = await getJob(db, jobId);
  const plan = await loadPlan(db, engine, params.solutionInterestId, params.options, job.id);
  if (plan.templateId !== params.toTemplateId) {
    // The solution interest was upgraded again since: the newer job does the work.
    throw QuorumError.field('invalid_state', '/templateId', `solution interest ${params.solutionInterestId} now uses roles template ${plan.templateId}, not ${params.toTemplateId}; a newer upgrade replaced this one`);
  }
  const all = (
    await db.selectFrom('buying_groups').select('account_id').where('solution_interest_id', '=', params.solutionInterestId).where('template_id', '<>', params.toTemplateId).orderBy('account_id').execute()
  ).map((r) => r.account_id);
  let counts: JobCounts = { ...job.counts, groupsUpgraded: job.counts.groupsUpgraded ?? 0 };
  const cursor = counts.cursor;
  const todo = cursor ? all.filter((id) => id > cursor) : all;
  let done = counts.groupsUpgraded ?? 0;
  await db.updateTable('jobs').set({ progress_total: done + todo.length, progress_done: done, heartbeat_at: opts.now() }).where('id', '=', jobId).execute();
  for (let i = 0; i < todo.length; i += batchSize) {
    const batch = todo.slice(i, i + batchSize);
    const state = await db.selectFrom('jobs').select('cancel_requested').where('id', '=', jobId).executeTakeFirstOrThrow();
    if (state.cancel_requested === 1) {
      await db.updateTable('jobs').set({ status: 'cancelled', finished_at: opts.now(), locked_by: null }).where('id', '=', jobId).execute();
      return getJob(db, jobId);
    }
    await db.transaction().execute(async (trx) => {
      const now = opts.now();
      const c = await upgradeGroups(trx, plan, batch, now);
      counts = { ...addCounts(counts, c), cursor: batch[batch.length - 1] ?? counts.cursor, groupsUpgraded: (counts.groupsUpgraded ?? 0) + c.groupsUpgraded };
      done += c.groupsUpgraded;
      await trx.updateTable('jobs').set({ progress_done: done, counts: toJson(counts), heartbeat_at: now }).where('id', '=', jobId).execute();
    });
    await opts.onProgress?.(await getJob(db, jobId));
  }
  await db.updateTable('jobs').set({ status: 'succeeded', finished_at: opts.now(), locked_by: null }).where('id', '=', jobId).execute();
  return getJob(db, jobId);
}
