/**
 * The uploaded files of import jobs (issue 9): which uploads pending jobs still read, and their
 * removal once a job that writes has ended — by the job itself (import-job.ts), or by the cancel
 * of a job that never ran (jobs.ts). A module of its own so that both can use it without
 * importing each other.
 */
import { rm } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { type DB, parseJson } from '../store/index.ts';
import { IMPORT_JOB, isImportParams, TERMINAL, type ImportJobParams, type JobParams } from './job-records.ts';

/**
 * The upload ids that queued or running import jobs other than `jobId` still read: their files
 * must stay. Few jobs are ever pending, so they are read whole rather than by a JSON path (which
 * the two engines spell differently).
 */
export async function uploadsInUse(db: Kysely<DB>, exceptJobId: string | null = null): Promise<Set<string>> {
  const rows = await db.selectFrom('jobs').select(['id', 'params']).where('type', '=', IMPORT_JOB).where('status', 'not in', [...TERMINAL]).execute();
  const out = new Set<string>();
  for (const r of rows) {
    if (r.id === exceptJobId) continue;
    const p = parseJson<JobParams>(r.params);
    if (isImportParams(p)) out.add(p.uploadId);
  }
  return out;
}

/**
 * Removes the job's upload once a run that writes has ended. The metadata file is listed first by
 * the API, so the upload disappears from the API before its data does; a file already gone is
 * fine. A failure to remove is not the job's failure (the uploads sweep retries it).
 */
export async function releaseUpload(db: Kysely<DB>, jobId: string, params: ImportJobParams): Promise<void> {
  if (params.dryRun || !params.uploadFiles?.length) return;
  try {
    if ((await uploadsInUse(db, jobId)).has(params.uploadId)) return;
  } catch {
    return; // the sweep will see to it
  }
  for (const file of params.uploadFiles) await rm(file, { force: true }).catch(() => undefined);
}
