/**
 * Runs one job (creation, template upgrade, import, suggestions, activation sync) in a worker thread with its own database connection, so that long
 * synchronous SQLite work never blocks the API's event loop. Messages to the parent:
 * { kind: 'progress', job } after each batch and { kind: 'done', job } at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../store/index.ts';
import { runJob } from './run-job.ts';
import { linkedinFromThreadData, type LinkedInThreadData } from './linkedin/thread-settings.ts';

interface JobThreadData {
  entry: string;
  databaseUrl: string;
  jobId: string;
  batchSize: number;
  importBatchSize?: number | undefined;
  /** The parent's clock at start; this thread's clock advances from it in real time. */
  startNow: number;
  linkedin?: LinkedInThreadData | null;
}

const data = workerData as JobThreadData;
const startReal = Date.now();
const now = () => data.startNow + (Date.now() - startReal);
const database = openDatabase(data.databaseUrl);
try {
  const job = await runJob(database, data.jobId, { now, batchSize: data.batchSize, importBatchSize: data.importBatchSize, linkedin: data.linkedin ? linkedinFromThreadData(data.linkedin) : undefined, onProgress: (j) => parentPort?.postMessage({ kind: 'progress', job: j }) });
  parentPort?.postMessage({ kind: 'done', job });
} finally {
  await database.close();
}
