/**
 * Import jobs (issue 9): an uploaded file imported by engine/imports/ as a job of the same
 * machinery as creation jobs — queued, claimed by the runner (a worker thread on SQLite),
 * progress on the job row, cancel, SSE through the job routes.
 *
 * The import engine commits batch by batch; this module keeps the job row current from its
 * progress callbacks (throttled: at most every PROGRESS_EVERY_MS, and once at the end) and turns a
 * cancel request into the AbortSignal the engine checks between batches, so a cancelled import
 * keeps the rows written so far and the job says how many. Unlike a creation job an import has no
 * resume cursor: after a crash the runner starts it again from the first row, which changes
 * nothing for the rows already written (they count as unchanged).
 */
import { writeFile } from 'node:fs/promises';
import { releaseUpload } from './import-uploads.ts';
import type { Kysely } from 'kysely';
import { type DB, type Database, type Actor, toJson } from '../store/index.ts';
import { QuorumError } from '../domain/index.ts';
import { getJob, IMPORT_JOB, insertQueuedJob, isImportParams, type ImportJobCounts, type ImportJobParams, type Job, type RunOptions } from './jobs.ts';
import { problemsToCsv, runImport, type ColumnMapping, type ImportProgress, type ImportType } from './imports/index.ts';

/** How often a running import writes its progress to the job row. */
export const PROGRESS_EVERY_MS = 250;

export interface ImportJobRequest {
  uploadId: string;
  filename: string;
  path: string;
  reportPath: string;
  bytes: number;
  type: ImportType;
  mapping?: ColumnMapping | undefined;
  dryRun: boolean;
  keepUnmapped: boolean;
  /** The upload's files, removed when a run that writes ends (ImportJobParams.uploadFiles). */
  uploadFiles?: string[] | undefined;
}

export function emptyImportCounts(bytesTotal: number): ImportJobCounts {
  return { inserted: 0, updated: 0, unchanged: 0, rejected: 0, rowsRead: 0, bytesRead: 0, bytesTotal, problemsTotal: 0, durationMs: null };
}

/** Queues an import job (audited). The caller has checked the upload and the mapping (detectImport). */
export async function enqueueImportJob(db: Kysely<DB>, actor: Actor, request: ImportJobRequest, now: number): Promise<Job> {
  const params: ImportJobParams = {
    kind: 'import',
    uploadId: request.uploadId,
    filename: request.filename,
    path: request.path,
    reportPath: request.reportPath,
    type: request.type,
    ...(request.mapping ? { mapping: request.mapping } : {}),
    dryRun: request.dryRun,
    keepUnmapped: request.keepUnmapped,
    actor,
    ...(request.uploadFiles ? { uploadFiles: request.uploadFiles } : {}),
  };
  return db
    .transaction()
    .execute((trx) => insertQueuedJob(trx, actor, { type: IMPORT_JOB, params, total: request.bytes, counts: { cursor: null, import: emptyImportCounts(request.bytes) } }, now));
}

/** An import job, or 404 for any other job. */
export async function getImportJob(db: Kysely<DB>, id: string): Promise<Job & { params: ImportJobParams }> {
  const job = await getJob(db, id);
  if (!isImportParams(job.params)) throw QuorumError.field('not_found', '/id', `job ${id} is not an import job`);
  return job as Job & { params: ImportJobParams };
}

function countsFrom(p: ImportProgress, before: ImportJobCounts): ImportJobCounts {
  return { ...before, ...p.counts, rowsRead: p.rowsRead, bytesRead: p.bytesRead, bytesTotal: p.bytesTotal };
}

/**
 * Runs a claimed import job to its end, cancellation or failure. Never throws for job-level
 * failures (an unreadable file, a mapping that no longer fits): the job fails with the message.
 */
export async function runImportJob(database: Database, jobId: string, opts: RunOptions): Promise<Job> {
  const { db } = database;
  const job = await getImportJob(db, jobId);
  const params = job.params;
  const abort = new AbortController();
  let counts: ImportJobCounts = job.counts.import ?? emptyImportCounts(job.progress.total);
  // Progress writes are chained (never two at once) and throttled; the engine's callback is
  // synchronous, so it only schedules them.
  let chain: Promise<void> = Promise.resolve();
  let lastWrite = 0;
  const writeProgress = (): Promise<void> => {
    const snapshot = counts;
    chain = chain.then(async () => {
      const now = opts.now();
      await db
        .updateTable('jobs')
        .set({ progress_done: snapshot.bytesRead, progress_total: snapshot.bytesTotal, counts: toJson({ cursor: null, import: snapshot }), heartbeat_at: now })
        .where('id', '=', jobId)
        .execute();
      const state = await db.selectFrom('jobs').select('cancel_requested').where('id', '=', jobId).executeTakeFirst();
      if (state?.cancel_requested === 1) abort.abort();
      await opts.onProgress?.(await getJob(db, jobId));
    });
    // A progress write that fails (a busy database) is not the import's failure: the next one, or
    // the final write, brings the row up to date. Never an unhandled rejection.
    chain = chain.catch(() => undefined);
    return chain;
  };
  const finish = async (status: 'succeeded' | 'failed' | 'cancelled', error: string | null): Promise<Job> => {
    await chain;
    await db
      .updateTable('jobs')
      .set({ status, error, progress_done: counts.bytesRead, progress_total: counts.bytesTotal, counts: toJson({ cursor: null, import: counts }), finished_at: opts.now(), locked_by: null })
      .where('id', '=', jobId)
      .execute();
    await releaseUpload(db, jobId, params);
    return getJob(db, jobId);
  };
  try {
    if (job.cancelRequested) return await finish('cancelled', null);
    const result = await runImport(db, { path: params.path }, {
      type: params.type as ImportType,
      ...(params.mapping ? { mapping: params.mapping } : {}),
      dryRun: params.dryRun,
      keepUnmapped: params.keepUnmapped,
      signal: abort.signal,
      actor: params.actor,
      clock: { now: opts.now },
      problemsPath: params.reportPath,
      ...(opts.importBatchSize ? { batchSize: opts.importBatchSize } : {}),
      onProgress: (p) => {
        counts = countsFrom(p, counts);
        const now = Date.now();
        if (now - lastWrite >= PROGRESS_EVERY_MS) {
          lastWrite = now;
          void writeProgress();
        }
      },
    });
    counts = { ...counts, ...result.counts, problemsTotal: result.problemsTotal, durationMs: result.durationMs };
    if (counts.bytesRead < counts.bytesTotal && !abort.signal.aborted) counts = { ...counts, bytesRead: counts.bytesTotal };
    return await finish(abort.signal.aborted ? 'cancelled' : 'succeeded', null);
  } catch (e) {
    if (abort.signal.aborted) return finish('cancelled', null);
    const message = e instanceof Error ? e.message : String(e);
    // The report holds what was found before the failure, if the engine wrote it; otherwise none.
    await writeFile(params.reportPath, problemsToCsv([]), { flag: 'wx' }).catch(() => undefined);
    return finish('failed', message);
  }
}
