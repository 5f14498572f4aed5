/**
 * Creation jobs (SPEC §2): generate buying groups for a (solution interest, audience) pair, in
 * batches of accounts. Each batch commits in one transaction together with the job's progress,
 * counts and cursor, so a job killed at any moment resumes after its last committed batch and
 * nothing is ever half-written. Jobs move queued → running → succeeded | failed | cancelled.
 */
import { sql, type Kysely } from 'kysely';
import {
  type DB,
  type Database,
  type Engine,
  dialectFor,
  dialectOf,
  toJson,
  audit,
  SYSTEM_ACTOR,
  type Actor,
  followAudience,
  scopeConflict,
  scopeDecisionFor,
  getSolutionInterest,
  getAccountList,
  getSuggestionModel,
  buyingGroupLeaves,
  afterCursor,
  decodeCursor,
  toPage,
  type Page,
  type PageRequest,
} from '../store/index.ts';
import { QuorumError, type ErrorDetail } from '../domain/index.ts';
import { decidedDepth } from '../domain/scope/index.ts';
import { audienceAccountIds } from './audience.ts';
import {
  addCounts,
  emptyCounts,
  generateForAccounts,
  loadPlan,
} from './generation/index.ts';
import { runTemplateUpgrade } from './template-upgrade.ts';
import { suggestForEmptyRoles } from './suggest-empty-roles.ts';
import { addSuggestionGenerationCounts, emptySuggestionGenerationCounts, generateFromSuggestions } from './suggestion-generation.ts';
import { DEFAULT_THRESHOLD } from '../domain/suggestions/index.ts';
import { releaseUpload } from './import-uploads.ts';
// The records and constants (job-records.ts), under the names callers have always imported from here.
export {
  CREATION_JOB,
  CREATION_METHODS,
  DEFAULT_BATCH_SIZE,
  JOB_TYPES,
  MAX_ATTEMPTS,
  MAX_DESCENDANT_DEPTH,
  TEMPLATE_UPGRADE_JOB,
  IMPORT_JOB,
  SUGGESTIONS_JOB,
  ACTIVATION_SYNC_JOB,
  TERMINAL,
  followedDepth,
  isActivationSyncParams,
  isSuggestionsParams,
  getJob,
  insertQueuedJob,
  isUpgradeParams,
  isImportParams,
  jobFromRow,
} from './job-records.ts';
export type { ActivationSyncJobCounts, ActivationSyncJobParams, CreationJobOptions, CreationJobParams, CreationJobRequest, ImportJobCounts, ImportJobParams, SuggestionsJobCounts, SuggestionsJobParams, Job, JobCounts, JobParams, JobStatus, JobType, RunOptions, TemplateUpgradeParams } from './job-records.ts';
import {
  CREATION_JOB,
  DEFAULT_BATCH_SIZE,
  MAX_ATTEMPTS,
  TEMPLATE_UPGRADE_JOB,
  IMPORT_JOB,
  SUGGESTIONS_JOB,
  ACTIVATION_SYNC_JOB,
  FILL_GAPS_JOB,
  TERMINAL,
  getJob,
  insertQueuedJob,
  isActivationSyncParams,
  isUpgradeParams,
  isImportParams,
  isSuggestionsParams,
  jobFromRow,
  type CreationJobParams,
  type CreationJobRequest,
  type Job,
  type JobCounts,
  type JobStatus,
  type JobType,
  type RunOptions,
} from './job-records.ts';

/** Rows (groups + members) a job must have written for refreshing the statistics to pay (≈ 0.1–0.5 s). */
const STATISTICS_AFTER_ROWS = 10_000;

/**
 * Queues a creation job. Its depth is checked against the solution interest's stored scope
 * (store/followed-audiences.ts): omitted means the stored one; another one is refused (409)
 * unless `updateScope`. The following of the audience starts when the job starts.
 */
export async function enqueueCreationJob(db: Kysely<DB>, actor: Actor, request: CreationJobRequest, now: number): Promise<Job> {
  const errors: ErrorDetail[] = [];
  const si = await getSolutionInterest(db, request.solutionInterestId).catch(() => {
    errors.push({ field: '/solutionInterestId', message: `solution interest ${request.solutionInterestId} does not exist` });
    return null;
  });
  try {
    const list = await getAccountList(db, request.audienceId);
    // A dynamic list that reads this solution interest's own groups would feed on the job's output.
    const own = list.condition ? buyingGroupLeaves(list.condition).find((l) => l.test.solutionInterestId === request.solutionInterestId) : undefined;
    if (own)
      errors.push({
        field: '/audienceId',
        message: `account list "${list.name}" reads buying groups of solution interest ${request.solutionInterestId} (at /condition${own.path}); a creation job for that solution interest cannot follow it, because creating a group would change the list`,
      });
  } catch (e) {
    if (!(e instanceof QuorumError) || e.code !== 'not_found') throw e;
    errors.push({ field: '/audienceId', message: `account list ${request.audienceId} does not exist` });
  }
  errors.push(...methodErrors(request.options));
  if (errors.length || !si) throw new QuorumError('validation_failed', errors.map((e) => e.message).join('; '), errors);
  const o = request.options;
  const threshold = o?.suggestionThreshold !== undefined ? { suggestionThreshold: o.suggestionThreshold } : {};
  let params: CreationJobParams;
  if (o?.method === 'suggestions') {
    if (!(await getSuggestionModel(db, si.id)))
      throw QuorumError.field(
        'invalid_state',
        '/options/method',
        `solution interest "${si.name}" has no trained suggestion model yet, so a job cannot generate groups from suggestions: train one first (quorum suggest train ${si.id}, or POST /solution-interests/${si.id}/suggestions/train)`,
      );
    // Not followed, so no scope to check: the model reads each account's own people.
    params = { solutionInterestId: si.id, audienceId: request.audienceId, options: { descendantDepth: 0, method: 'suggestions', ...threshold } };
  } else {
    const updateScope = o?.updateScope ?? false;
    const decision = await scopeDecisionFor(db, si.id, o?.descendantDepth, updateScope);
    if (decision.kind === 'refuse') throw scopeConflict(si, decision.stored, decision.requested);
    params = {
      solutionInterestId: si.id,
      audienceId: request.audienceId,
      options: { descendantDepth: decidedDepth(decision), ...(updateScope ? { updateScope: true } : {}), ...(o?.suggestWhereRulesFindNone ? { suggestWhereRulesFindNone: true } : {}), ...threshold },
    };
  }
  return db.transaction().execute((trx) => insertQueuedJob(trx, actor, { type: CREATION_JOB, params, total: 0, counts: { ...emptyCounts(), cursor: null } }, now));
}

/** Options that do not go together with the chosen method, each naming its field. */
function methodErrors(o: CreationJobRequest['options']): ErrorDetail[] {
  const errors: ErrorDetail[] = [];
  const t = o?.suggestionThreshold;
  if (t !== undefined && !(Number.isFinite(t) && t > 0 && t < 1)) errors.push({ field: '/options/suggestionThreshold', message: `must be a probability between 0 and 1 (exclusive), got ${t}` });
  if (o?.method === 'suggestions') {
    if (o.suggestWhereRulesFindNone) errors.push({ field: '/options/suggestWhereRulesFindNone', message: "does not apply with method 'suggestions' (every member there is a suggestion)" });
    if (o.updateScope) errors.push({ field: '/options/updateScope', message: "does not apply with method 'suggestions' (such a job does not follow its audience, so it has no scope)" });
    if (o.descendantDepth) errors.push({ field: '/options/descendantDepth', message: "must be 0 with method 'suggestions' (the model reads each account's own people)" });
  } else if (t !== undefined && !o?.suggestWhereRulesFindNone) {
    errors.push({ field: '/options/suggestionThreshold', message: "applies only with suggestWhereRulesFindNone or method 'suggestions'" });
  }
  return errors;
}

/** Asks a job to stop. A queued job is cancelled at once; a running one stops after its current batch. */
export async function requestCancel(db: Kysely<DB>, actor: Actor, id: string, now: number): Promise<Job> {
  const cancelled = await db.transaction().execute(async (trx) => {
    const job = await getJob(trx, id);
    if (TERMINAL.includes(job.status)) throw QuorumError.field('invalid_state', '/id', `job ${id} already ended (${job.status})`);
    if (job.status === 'queued') {
      await trx.updateTable('jobs').set({ status: 'cancelled', cancel_requested: 1, finished_at: now }).where('id', '=', id).execute();
    } else {
      await trx.updateTable('jobs').set({ cancel_requested: 1 }).where('id', '=', id).execute();
    }
    await audit(trx, actor, { action: 'cancel', entityType: 'job', entityId: id, at: now });
    return getJob(trx, id);
  });
  // An import that never ran ends here: its upload goes as it would at the end of a run.
  if (cancelled.status === 'cancelled' && isImportParams(cancelled.params)) await releaseUpload(db, id, cancelled.params);
  return cancelled;
}

export interface JobQuery extends PageRequest {
  status?: JobStatus | undefined;
  /** Default: creation jobs. */
  type?: JobType | undefined;
}

export async function listJobs(db: Kysely<DB>, query: JobQuery): Promise<Page<Job>> {
  let qb = db.selectFrom('jobs').selectAll().where('type', '=', query.type ?? CREATION_JOB);
  if (query.status) qb = qb.where('status', '=', query.status);
  if (query.cursor) qb = qb.where(afterCursor('id', 'id', true, decodeCursor(query.cursor, 'id')));
  const rows = await qb.orderBy('id', 'desc').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.id, jobFromRow);
}

/**
 * Claims the oldest queued job for `workerId`. On PostgreSQL several workers may poll at once:
 * FOR UPDATE SKIP LOCKED gives each job to exactly one of them.
 */
export async function claimNextJob(db: Kysely<DB>, engine: Engine, workerId: string, now: number): Promise<Job | null> {
  return db.transaction().execute(async (trx) => {
    const lock = dialectFor(engine).claimLock();
    const { rows } = await sql<{ id: string }>`select id from jobs where status = 'queued' and type in (${CREATION_JOB}, ${TEMPLATE_UPGRADE_JOB}, ${IMPORT_JOB}, ${SUGGESTIONS_JOB}, ${ACTIVATION_SYNC_JOB}, ${FILL_GAPS_JOB}) order by created_at, id limit 1${lock}`.execute(trx);
    const id = rows[0]?.id;
    if (!id) return null;
    await trx
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', locked_by: workerId, heartbeat_at: now, started_at: eb.fn.coalesce('started_at', eb.val(now)), attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .execute();
    return getJob(trx, id);
  });
}

/**
 * After a crash: running jobs whose heartbeat is older than `staleMs` go back to the queue (they
 * resume after their last committed batch), or fail after MAX_ATTEMPTS.
 */
export async function recoverStaleJobs(db: Kysely<DB>, now: number, staleMs: number): Promise<{ requeued: string[]; failed: string[] }> {
  const stale = await db
    .selectFrom('jobs')
    .selectAll()
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('heartbeat_at', 'is', null), eb('heartbeat_at', '<', now - staleMs)]))
    .execute();
  const requeued: string[] = [];
  const failed: string[] = [];
  for (const r of stale) {
    if (r.attempts >= MAX_ATTEMPTS) {
      await db
        .updateTable('jobs')
        .set({ status: 'failed', error: `stopped ${r.attempts} times without finishing (the process running it ended); giving up`, finished_at: now, locked_by: null })
        .where('id', '=', r.id)
        .where('status', '=', 'running')
        .execute();
      failed.push(r.id);
    } else {
      await db.updateTable('jobs').set({ status: r.cancel_requested ? 'cancelled' : 'queued', locked_by: null, finished_at: r.cancel_requested ? now : null }).where('id', '=', r.id).where('status', '=', 'running').execute();
      requeued.push(r.id);
    }
  }
  return { requeued, failed };
}

/**
 * Runs a claimed job to its end (or until cancelled), whatever its type: creation jobs here,
 * template upgrades in engine/template-upgrade.ts. Never throws for job-level failures.
 */
export async function runCreationJob(database: Database, jobId: string, opts: RunOptions): Promise<Job> {
  const { db, engine } = database;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  try {
    const job = await getJob(db, jobId);
    const params = job.params;
    if (isUpgradeParams(params)) return await runTemplateUpgrade(database, job.id, params, opts);
    // Imports run through engine/run-job.ts (runJob), which dispatches before this.
    if (isImportParams(params) || isSuggestionsParams(params) || isActivationSyncParams(params)) throw new Error(`job ${job.id} is an ${job.type} job; run it with runJob`);
    const { solutionInterestId, audienceId, options } = params;
    const fromSuggestions = options.method === 'suggestions';
    const model = fromSuggestions ? await getSuggestionModel(db, solutionInterestId) : null;
    if (fromSuggestions && !model) throw new Error(`solution interest ${solutionInterestId} has no trained suggestion model any more`);
    const loaded = await loadPlan(db, engine, solutionInterestId, options, job.id);
    // A rules job follows its audience from now on, at the stored scope (set, kept or —
    // updateScope — changed here; refused if another job changed it since this one was queued).
    const depth = fromSuggestions
      ? 0
      : await db.transaction().execute((trx) =>
          followAudience(trx, SYSTEM_ACTOR, { solutionInterestId, audienceId, descendantDepth: options.descendantDepth, updateScope: options.updateScope ?? false, jobId }, opts.now()),
        );
    const plan = { ...loaded, options: { descendantDepth: depth } };
    const threshold = options.suggestionThreshold ?? DEFAULT_THRESHOLD;
    let all = await audienceAccountIds(db, engine, audienceId, opts.now());
    if (options.updateScope) {
      // A scope change concerns every group of the solution interest: reconcile the active ones too.
      const groups = await db.selectFrom('buying_groups').select('account_id').where('solution_interest_id', '=', solutionInterestId).where('active', '=', 1).execute();
      all = [...new Set([...all, ...groups.map((g) => g.account_id)])].sort();
    }
    const cursor = job.counts.cursor;
    const todo = cursor ? all.filter((id) => id > cursor) : all;
    let done = all.length - todo.length;
    await db.updateTable('jobs').set({ progress_total: all.length, progress_done: done, heartbeat_at: opts.now() }).where('id', '=', jobId).execute();
    let counts: JobCounts = job.counts;
    for (let i = 0; i < todo.length; i += batchSize) {
      const batch = todo.slice(i, i + batchSize);
      const state = await db.selectFrom('jobs').select(['cancel_requested', 'status']).where('id', '=', jobId).executeTakeFirstOrThrow();
      if (state.cancel_requested === 1) {
        await db.updateTable('jobs').set({ status: 'cancelled', finished_at: opts.now(), locked_by: null }).where('id', '=', jobId).execute();
        return getJob(db, jobId);
      }
      await db.transaction().execute(async (trx) => {
        await dialectOf(trx).bulkWriteSettings(trx);
        const now = opts.now();
        if (model) {
          const r = await generateFromSuggestions(trx, plan, model, batch, now, threshold);
          const suggestionGeneration = addSuggestionGenerationCounts(counts.suggestionGeneration ?? emptySuggestionGenerationCounts(), r.suggestions);
          counts = { ...addCounts(counts, r.generation), suggestionGeneration, cursor: batch[batch.length - 1] ?? counts.cursor };
        } else {
          const batchCounts = await generateForAccounts(trx, plan, batch, now);
          counts = { ...addCounts(counts, batchCounts), cursor: batch[batch.length - 1] ?? counts.cursor };
        }
        done += batch.length;
        await trx.updateTable('jobs').set({ progress_done: done, counts: toJson(counts), heartbeat_at: now }).where('id', '=', jobId).execute();
      });
      await opts.onProgress?.(await getJob(db, jobId));
    }
    if (options.suggestWhereRulesFindNone) {
      // After every batch: the model sees the groups as the rules left them. Not resumable per
      // batch, but idempotent (a rerun replaces the same pending suggestions).
      counts = { ...counts, emptyRoleSuggestions: await suggestForEmptyRoles(db, solutionInterestId, all, opts.now(), threshold) };
      await db.updateTable('jobs').set({ counts: toJson(counts), heartbeat_at: opts.now() }).where('id', '=', jobId).execute();
    }
    await db.updateTable('jobs').set({ status: 'succeeded', finished_at: opts.now(), locked_by: null }).where('id', '=', jobId).execute();
    if (counts.groupsCreated + counts.membersAdded >= STATISTICS_AFTER_ROWS) {
      // The job is done whatever this does. The list's plans need the new statistics now: with
      // the empty tables' ones PostgreSQL expects a handful of groups to match a filter such as
      // "role missing and completeness < 50" and joins and sorts every match (≈ 300 ms at 50,000
      // groups) instead of walking the name index to the first page (≈ 2 ms).
      const dialect = dialectOf(db);
      for (const table of ['buying_groups', 'buying_group_members'] as const) await dialect.refreshStatistics(db, table).catch(() => undefined);
    }
    return getJob(db, jobId);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db.updateTable('jobs').set({ status: 'failed', error: message, finished_at: opts.now(), locked_by: null }).where('id', '=', jobId).execute();
    return getJob(db, jobId);
  }
}
