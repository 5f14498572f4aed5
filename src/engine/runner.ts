/**
 * The job runner: claims queued creation jobs and runs them one at a time. On SQLite a job runs
 * in a worker thread (better-sqlite3 is synchronous: a long job would otherwise stall the API);
 * on PostgreSQL it runs in-process (the work happens in the database). Several runners
 * (`quorum worker` processes) may share a PostgreSQL database: claiming uses SKIP LOCKED.
 */
import { Worker } from 'node:worker_threads';
import { hostname } from 'node:os';
import { dialectFor, type Database } from '../store/index.ts';
import type { Clock } from '../domain/index.ts';
import { claimNextJob, DEFAULT_BATCH_SIZE, recoverStaleJobs, type Job } from './jobs.ts';
import { runJob } from './run-job.ts';
import type { LinkedInSettings } from './linkedin/sync.ts';
import { linkedinThreadData } from './linkedin/thread-settings.ts';

export interface RunnerOptions {
  database: Database;
  clock: Clock;
  /** 'thread' (default on SQLite) or 'inline'. */
  mode?: 'thread' | 'inline';
  pollMs?: number;
  batchSize?: number;
  /** Rows per transaction of import jobs (default: the import engine's own). */
  importBatchSize?: number;
  /** A running job whose heartbeat is older than this is considered orphaned (crashed runner). */
  staleMs?: number;
  onProgress?: (job: Job) => void;
  /** Activation sync jobs: LinkedIn settings (a worker thread gets their data; its runtime is the real one). */
  linkedin?: LinkedInSettings | undefined;
  log?: (message: string) => void;
}

export class JobRunner {
  readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private wake: (() => void) | null = null;
  private activeThread: Worker | null = null;

  constructor(private readonly opts: RunnerOptions) {}

  /** A running job whose heartbeat is older than this is taken back (default 60 s). */
  private get staleMs(): number {
    return this.opts.staleMs ?? 60_000;
  }

  private get mode(): 'thread' | 'inline' {
    return this.opts.mode ?? (dialectFor(this.opts.database.engine).blocksEventLoop ? 'thread' : 'inline');
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    // A database served by one process (SQLite): any job still 'running' at start-up belongs to a process that died.
    const rec = await recoverStaleJobs(this.opts.database.db, this.opts.clock.now(), dialectFor(this.opts.database.engine).oneProcessPerDatabase ? 0 : this.staleMs);
    for (const id of rec.requeued) this.opts.log?.(`job ${id} was interrupted; resuming it`);
    for (const id of rec.failed) this.opts.log?.(`job ${id} was interrupted too often; marked failed`);
    this.running = this.loop();
  }

  /** Look for work now instead of at the next poll. */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.notify();
    // An interrupted batch rolls back; the job resumes from its last committed batch next start.
    await this.activeThread?.terminate();
    await this.running;
  }

  /** Claims and runs jobs until none is queued. Used by tests and `quorum generate`. */
  async drain(): Promise<Job[]> {
    const done: Job[] = [];
    for (;;) {
      const job = await claimNextJob(this.opts.database.db, this.opts.database.engine, this.workerId, this.opts.clock.now());
      if (!job) return done;
      done.push(await this.execute(job));
    }
  }

  private async loop(): Promise<void> {
    let lastRecovery = this.opts.clock.now();
    while (!this.stopped) {
      try {
        // Another worker may have died holding a job (PostgreSQL): take it back once its heartbeat is stale.
        if (this.opts.clock.now() - lastRecovery >= this.staleMs) {
          lastRecovery = this.opts.clock.now();
          await recoverStaleJobs(this.opts.database.db, lastRecovery, this.staleMs);
        }
        await this.drain();
      } catch (e) {
        this.opts.log?.(`job runner: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (this.stopped) break;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, this.opts.pollMs ?? 1000);
      });
      if (this.timer) clearTimeout(this.timer);
      this.wake = null;
    }
  }

  private async execute(job: Job): Promise<Job> {
    this.opts.log?.(`job ${job.id}: running`);
    const result = this.mode === 'inline' ? await this.executeInline(job) : await this.executeInThread(job);
    this.opts.log?.(`job ${job.id}: ${result.status}${result.error ? ` (${result.error})` : ''}`);
    return result;
  }

  private executeInline(job: Job): Promise<Job> {
    return runJob(this.opts.database, job.id, { now: () => this.opts.clock.now(), batchSize: this.opts.batchSize, importBatchSize: this.opts.importBatchSize, onProgress: this.opts.onProgress, linkedin: this.opts.linkedin });
  }

  private executeInThread(job: Job): Promise<Job> {
    return new Promise<Job>((resolve, reject) => {
      const entry = new URL('./job-thread.ts', import.meta.url).href;
      const worker = new Worker(new URL('./thread-boot.mjs', import.meta.url), {
        workerData: { entry, databaseUrl: this.opts.database.url, jobId: job.id, batchSize: this.opts.batchSize ?? DEFAULT_BATCH_SIZE, importBatchSize: this.opts.importBatchSize, startNow: this.opts.clock.now(), linkedin: this.opts.linkedin ? linkedinThreadData(this.opts.linkedin) : null },
      });
      this.activeThread = worker;
      let last: Job = job;
      worker.on('message', (m: { kind: 'progress' | 'done'; job: Job }) => {
        last = m.job;
        if (m.kind === 'progress') this.opts.onProgress?.(m.job);
      });
      worker.on('error', (e) => {
        this.activeThread = null;
        reject(e);
      });
      worker.on('exit', () => {
        this.activeThread = null;
        resolve(last);
      });
    });
  }
}
