/**
 * Runs a claimed job whatever its type: imports (engine/import-job.ts), suggestions (engine/suggestions.ts),
 * activation syncs (engine/linkedin/sync-job.ts) and fill-gaps runs (engine/fill-gaps.ts) here, creation jobs and
 * template upgrades in engine/jobs.ts. A file of its own so that jobs.ts need not import the
 * import job (which imports jobs.ts): no import cycle.
 */
import type { Database } from '../store/index.ts';
import { getJob, isActivationSyncParams, isImportParams, isSuggestionsParams, runCreationJob, type Job, type RunOptions } from './jobs.ts';
import { runImportJob } from './import-job.ts';
import { runSuggestionsJob } from './suggestions.ts';
import { runActivationSyncJob } from './linkedin/sync-job.ts';
import { isFillGapsParams, runFillGapsJob } from './fill-gaps.ts';

export async function runJob(database: Database, jobId: string, opts: RunOptions): Promise<Job> {
  const job = await getJob(database.db, jobId);
  if (isImportParams(job.params)) return runImportJob(database, jobId, opts);
  if (isSuggestionsParams(job.params)) return runSuggestionsJob(database, jobId, opts);
  if (isActivationSyncParams(job.params)) return runActivationSyncJob(database, jobId, opts);
  if (isFillGapsParams(job.params)) return runFillGapsJob(database, jobId, opts);
  return runCreationJob(database, jobId, opts);
}
