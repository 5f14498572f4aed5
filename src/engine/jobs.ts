/**
 * Creation jobs (SPEC §2): generate buying groups for a (solution interest, audience) pair, in
 * batches of accounts. Each batch commits in one transaction together with the job's progress,
 * counts and cursor, so a job killed at any moment resumes after its last committed batch and
 * nothing is ever half-written. Jobs move queued → running → succeeded | failed | cancelled.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  type DB,
  type JobsTable,
  type Database,
  type Engine,
  parseJson,
  toJson,
  audit,
  SYSTEM_ACTOR,
  type Actor,
  followAudience,
  scopeConflict,
  scopeDecisionFor,
  storedScope,
  getSolutionInterest,
  getAccountList,
  buyingGroupLeaves,
  afterCursor,
  decodeCursor,
  toPage,
  type Page,
  type PageRequest,
} from '../store/index.ts';
import { newId, QuorumError, notFound, type ErrorDetail } from '../domain/index.ts';
import { decidedDepth } from '../domain/scope/index.ts';
import { audienceAccountIds } from './audience.ts';
import {
  addCounts,
  emptyCounts,
  generateForAccounts,
  loadPlan,
  type GenerationCounts,
  type GenerationOptions,
} from './generation/index.ts';
import { runTemplateUpgrade } from './template-upgrade.ts';

export const CREATION_JOB = 'buying_group_creation';
/** Re-evaluates every group of a solution interest with its new roles template (engine/template-upgrade.ts). */
export const TEMPLATE_UPGRADE_JOB = 'template_upgrade';
/** Runs an import of an uploaded file (engine/import-job.ts over engine/imports). */
export const IMPORT_JOB = 'import';
export const JOB_TYPES = [CREATION_JOB, TEMPLATE_UPGRADE_JOB, IMPORT_JOB] as const;
export type JobType = (typeof JOB_TYPES)[number];
export const MAX_DESCENDANT_DEPTH = 10;
/**
 * Accounts per batch (one transaction each) unless configured. New groups are generated
 * set-based, so a batch's cost is a few statements plus the work proper. Bigger batches read
 * their people in fewer, denser passes (people rows probed in key order: at a million people,
 * 2,000 accounts per batch take 11 s in all, 5,000 take 9 s, 10,000 take 8.7 s on the benchmark
 * machine) at the price of a longer write transaction (on SQLite other writers wait for it: about
 * a second for 5,000 accounts there).
 */
export const DEFAULT_BATCH_SIZE = 5000;
/** A job is retried this many times after crashes before it is marked failed. */
export const MAX_ATTEMPTS = 3;

export type JobStatus = JobsTable['status'];
export const TERMINAL: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export interface CreationJobOptions extends GenerationOptions {
  /**
   * Change the solution interest's stored scope (descendant depth) to this job's depth: the job
   * then reconciles every active group of the solution interest, not only its audience's.
   */
  updateScope?: boolean;
}

export interface CreationJobParams {
  solutionInterestId: string;
  audienceId: string;
  options: CreationJobOptions;
}

/** What a caller asks for: the depth may be omitted (= the solution interest's stored scope, else 0). */
export interface CreationJobRequest {
  solutionInterestId: string;
  audienceId: string;
  options?: { descendantDepth?: number | undefined; updateScope?: boolean | undefined } | undefined;
}

export interface TemplateUpgradeParams {
  solutionInterestId: string;
  fromTemplateId: string;
  toTemplateId: string;
  /** The descendant depth the solution interest's creation jobs follow (rules look as deep). */
  options: GenerationOptions;
}

/** An import job: the uploaded file and how to read it (engine/import-job.ts runs it). */
export interface ImportJobParams {
  kind: 'import';
  uploadId: string;
  /** The file's name as uploaded (for people; the data is read from `path`). */
  filename: string;
  /** The stored upload, an absolute path on the server's disk. */
  path: string;
  /** Where the per-row problems CSV is written when the run ends. */
  reportPath: string;
  type: string;
  mapping?: Record<string, string | null> | undefined;
  dryRun: boolean;
  keepUnmapped: boolean;
  /** Who asked (audit entries of the rows written). */
  actor: Actor;
}

export type JobParams = CreationJobParams | TemplateUpgradeParams | ImportJobParams;

export function isUpgradeParams(p: JobParams): p is TemplateUpgradeParams {
  return 'toTemplateId' in p;
}

export function isImportParams(p: JobParams): p is ImportJobParams {
  return 'kind' in p && p.kind === 'import';
}

/** What an import job keeps in its counts while it runs and when it ends. */
export interface ImportJobCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rowsRead: number;
  bytesRead: number;
  bytesTotal: number;
  /** Problems found; the report file (the engine's problemsPath) holds every one. */
  problemsTotal: number;
  durationMs: number | null;
}

export interface JobCounts extends GenerationCounts {
  /** Last account id whose batch committed (resume point). */
  cursor: string | null;
  /** Template upgrades: groups moved to the new template. */
  groupsUpgraded?: number;
  /** Import jobs: rows read and the running counts. */
  import?: ImportJobCounts;
}

export interface Job {
  id: string;
  type: string;
  status: JobStatus;
  params: JobParams;
  progress: { done: number; total: number };
  counts: JobCounts;
  error: string | null;
  attempts: number;
  cancelRequested: boolean;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

type Row = Selectable<JobsTable>;

export function jobFromRow(r: Row): Job {
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    params: parseJson<JobParams>(r.params),
    progress: { done: r.progress_done, total: r.progress_total },
    counts: { ...emptyCounts(), cursor: null, ...parseJson<Partial<JobCounts>>(r.counts) },
    error: r.error,
    attempts: r.attempts,
    cancelRequested: r.cancel_requested === 1,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export async function getJob(db: Kysely<DB>, id: string): Promise<Job> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('job', id);
  return jobFromRow(row);
}

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
  if (errors.length || !si) throw new QuorumError('validation_failed', errors.map((e) => e.message).join('; '), errors);
  const updateScope = request.options?.updateScope ?? false;
  const decision = await scopeDecisionFor(db, si.id, request.options?.descendantDepth, updateScope);
  if (decision.kind === 'refuse') throw scopeConflict(si, decision.stored, decision.requested);
  const params: CreationJobParams = {
    solutionInterestId: si.id,
    audienceId: request.audienceId,
    options: { descendantDepth: decidedDepth(decision), ...(updateScope ? { updateScope: true } : {}) },
  };
  return db.transaction().execute((trx) => insertQueuedJob(trx, actor, { type: CREATION_JOB, params, total: 0, counts: { ...emptyCounts(), cursor: null } }, now));
}

/** Inserts a queued job of any type (audited), in the caller's transaction. */
export async function insertQueuedJob(
  trx: Kysely<DB>,
  actor: Actor,
  job: { type: string; params: JobParams; total: number; counts: Record<string, unknown> },
  now: number,
): Promise<Job> {
  const id = newId('job', now);
  await trx
    .insertInto('jobs')
    .values({
      id,
      type: job.type,
      status: 'queued',
      params: toJson(job.params),
      progress_done: 0,
      progress_total: job.total,
      counts: toJson(job.counts),
      error: null,
      locked_by: null,
      heartbeat_at: null,
      created_at: now,
      started_at: null,
      finished_at: null,
    })
    .execute();
  const created = await getJob(trx, id);
  await audit(trx, actor, { action: 'create', entityType: 'job', entityId: id, after: created, at: now });
  return created;
}

/** Asks a job to stop. A queued job is cancelled at once; a running one stops after its current batch. */
export async function requestCancel(db: Kysely<DB>, actor: Actor, id: string, now: number): Promise<Job> {
  return db.transaction().execute(async (trx) => {
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
    const lock = engine === 'postgres' ? sql` for update skip locked` : sql``;
    const { rows } = await sql<{ id: string }>`select id from jobs where status = 'queued' and type in (${CREATION_JOB}, ${TEMPLATE_UPGRADE_JOB}, ${IMPORT_JOB}) order by created_at, id limit 1${lock}`.execute(trx);
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

export interface RunOptions {
  batchSize?: number;
  /** Import jobs: rows per transaction (default: the import engine's own). */
  importBatchSize?: number | undefined;
  now: () => number;
  /** Called after each committed batch; awaited, so a slow listener slows the job down. */
  onProgress?: (job: Job) => void | Promise<void>;
}

/**
 * The descendant depth rules use for a solution interest's groups: its stored scope (the one fact
 * generation, maintenance, explain and preview read); 0 when it has none yet.
 */
export async function followedDepth(db: Kysely<DB>, solutionInterestId: string): Promise<number> {
  return (await storedScope(db, solutionInterestId)) ?? 0;
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
    if (isImportParams(params)) throw new Error(`job ${job.id} is an import job; run it with runJob`);
    const { solutionInterestId, audienceId, options } = params;
    // The job follows its audience from now on, at the stored scope (set, kept or — updateScope —
    // changed here; refused if another job changed it since this one was queued).
    const loaded = await loadPlan(db, engine, solutionInterestId, options, job.id);
    const depth = await db.transaction().execute((trx) =>
      followAudience(trx, SYSTEM_ACTOR, { solutionInterestId, audienceId, descendantDepth: options.descendantDepth, updateScope: options.updateScope ?? false, jobId }, opts.now()),
    );
    const plan = { ...loaded, options: { descendantDepth: depth } };
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
        const now = opts.now();
        const batchCounts = await generateForAccounts(trx, plan, batch, now);
        counts = { ...addCounts(counts, batchCounts), cursor: batch[batch.length - 1] ?? counts.cursor };
        done += batch.length;
        await trx.updateTable('jobs').set({ progress_done: done, counts: toJson(counts), heartbeat_at: now }).where('id', '=', jobId).execute();
      });
      await opts.onProgress?.(await getJob(db, jobId));
    }
    await db.updateTable('jobs').set({ status: 'succeeded', finished_at: opts.now(), locked_by: null }).where('id', '=', jobId).execute();
    return getJob(db, jobId);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db.updateTable('jobs').set({ status: 'failed', error: message, finished_at: opts.now(), locked_by: null }).where('id', '=', jobId).execute();
    return getJob(db, jobId);
  }
}
