/**
 * Activation syncs as jobs (issue 11): POST /activations/{id}/sync and the scheduler queue an
 * `activation_sync` job; the job runner runs it (a worker thread on SQLite, SKIP LOCKED claims on
 * PostgreSQL) through engine/linkedin/sync.ts, with progress = batches sent / batches to send.
 *
 * Two syncs of one activation never run at once: a request made while a sync job of that
 * activation is queued or running joins it (coalesced) instead of queueing another. A queued job
 * reads the filter when it starts, so edits made before it starts are in it; edits made while it
 * runs apply at the next sync. The activation's row is updated first in the enqueueing
 * transaction, which on PostgreSQL locks it: concurrent requests queue one job, not two (SQLite
 * runs writers one at a time). The activation's lease (store claimActivation) stays the last guard.
 */
import type { Kysely } from 'kysely';
import { QuorumError, notFound } from '../../domain/index.ts';
import { toJson, type Actor, type DB, type Database, type SyncTrigger } from '../../store/index.ts';
import { ACTIVATION_SYNC_JOB, getJob, insertQueuedJob, isActivationSyncParams, type ActivationSyncJobCounts, type ActivationSyncJobParams, type Job, type JobStatus, type RunOptions } from '../job-records.ts';
import { syncActivation } from './sync.ts';

export interface EnqueuedSync {
  job: Job;
  /** True: a sync of the activation was already queued or running; this is that job. */
  coalesced: boolean;
}

const ACTIVE: readonly JobStatus[] = ['queued', 'running'];

async function activeSyncJob(db: Kysely<DB>, activationId: string): Promise<Job | null> {
  const rows = await db.selectFrom('jobs').select('id').where('type', '=', ACTIVATION_SYNC_JOB).where('status', 'in', ACTIVE).orderBy('id').execute();
  for (const r of rows) {
    const job = await getJob(db, r.id);
    if (isActivationSyncParams(job.params) && job.params.activationId === activationId) return job;
  }
  return null;
}

export async function enqueueActivationSync(db: Kysely<DB>, actor: Actor, activationId: string, trigger: SyncTrigger, now: number): Promise<EnqueuedSync> {
  return db.transaction().execute(async (trx) => {
    await lockActivation(trx, activationId);
    return enqueueLockedActivationSync(trx, actor, activationId, trigger, now);
  });
}

/** A no-op update: it takes the activation's row lock (PostgreSQL) for the caller's transaction, before a job is looked for. 404 when it does not exist. */
export async function lockActivation(trx: Kysely<DB>, activationId: string): Promise<void> {
  const locked = await trx
    .updateTable('activations')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', activationId)
    .executeTakeFirst();
  if (Number(locked.numUpdatedRows) !== 1) throw notFound('activation', activationId);
}

/** enqueueActivationSync inside the caller's transaction, which holds the activation's lock (lockActivation). */
export async function enqueueLockedActivationSync(trx: Kysely<DB>, actor: Actor, activationId: string, trigger: SyncTrigger, now: number): Promise<EnqueuedSync> {
  const active = await activeSyncJob(trx, activationId);
  if (active) return { job: active, coalesced: true };
  const params: ActivationSyncJobParams = { kind: 'activationSync', activationId, trigger, actor };
  const counts: { cursor: null; activationSync: ActivationSyncJobCounts } = { cursor: null, activationSync: { syncId: null } };
  return { job: await insertQueuedJob(trx, actor, { type: ACTIVATION_SYNC_JOB, params, total: 0, counts }, now), coalesced: false };
}

/** An activation sync job, or 404 for any other job. */
export async function getActivationSyncJob(db: Kysely<DB>, id: string): Promise<Job & { params: ActivationSyncJobParams }> {
  const job = await getJob(db, id);
  if (!isActivationSyncParams(job.params)) throw QuorumError.field('not_found', '/id', `job ${id} is not an activation sync job`);
  return job as Job & { params: ActivationSyncJobParams };
}

/**
 * Runs a claimed activation sync job. The job fails when the sync fails (its error is the run's
 * message) and succeeds otherwise — also when LinkedIn refused some elements (the history row
 * says partial). Never throws for job-level failures.
 */
export async function runActivationSyncJob(database: Database, jobId: string, opts: RunOptions): Promise<Job> {
  const db = database.db;
  const write = (patch: Partial<{ status: JobStatus; error: string | null; finished_at: number; locked_by: null; counts: string; progress_done: number; progress_total: number }>) =>
    db
      .updateTable('jobs')
      .set({ ...patch, heartbeat_at: opts.now() })
      .where('id', '=', jobId)
      .execute();
  try {
    const job = await getActivationSyncJob(db, jobId);
    if (!opts.linkedin) throw new Error('LinkedIn is not configured on the job runner: set QUORUM_LINKEDIN_CLIENT_ID, QUORUM_LINKEDIN_CLIENT_SECRET and QUORUM_LINKEDIN_SOURCE_PLATFORM');
    const sync = await syncActivation(database, opts.linkedin, job.params.activationId, job.params.trigger, opts.now, {
      onStart: async (syncId) => {
        await write({ counts: toJson({ cursor: null, activationSync: { syncId } }) });
      },
      onProgress: async (done, total) => {
        await write({ progress_done: done, progress_total: total });
        await opts.onProgress?.(await getJob(db, jobId));
      },
    });
    await write(sync.status === 'failed' ? { status: 'failed', error: sync.message ?? 'the sync failed', finished_at: opts.now(), locked_by: null } : { status: 'succeeded', finished_at: opts.now(), locked_by: null });
  } catch (e) {
    await write({ status: 'failed', error: e instanceof Error ? e.message : String(e), finished_at: opts.now(), locked_by: null });
  }
  return getJob(db, jobId);
}
