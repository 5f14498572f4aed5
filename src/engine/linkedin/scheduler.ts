/**
 * Scheduled activation syncs: every `intervalMs` (default a minute) the activations whose
 * `next_sync_at` has come get an activation sync job (trigger `schedule`), the same job
 * POST /activations/{id}/sync queues; the job runner runs it. An activation with a sync queued or
 * running is not queued again (the job coalesces), and its `next_sync_at` moves on when its sync
 * ends, so several servers may run the scheduler. The timer is injected (tests fire it by hand).
 */
import { SYSTEM_ACTOR, dueActivations, type Database } from '../../store/index.ts';
import type { Clock } from '../../domain/index.ts';
import type { Job } from '../job-records.ts';
import { realTimer, type IntervalTimer } from '../scheduler.ts';
import { enqueueActivationSync } from './sync-job.ts';

export interface ActivationSchedulerOptions {
  clock: Clock;
  intervalMs?: number;
  timer?: IntervalTimer;
  /** After a round that queued jobs (e.g. wake the job runner). */
  onQueued?: (jobs: Job[]) => void;
  onError?: (err: unknown) => void;
}

export class ActivationScheduler {
  private handle: unknown = null;
  private running: Promise<void> | null = null;
  constructor(
    private readonly database: Database,
    private readonly opts: ActivationSchedulerOptions,
  ) {}

  /** One round: a job for every due activation that has none queued or running, oldest due first. */
  async runOnce(): Promise<Job[]> {
    const queued: Job[] = [];
    for (const id of await dueActivations(this.database.db, this.opts.clock.now())) {
      try {
        const { job, coalesced } = await enqueueActivationSync(this.database.db, SYSTEM_ACTOR, id, 'schedule', this.opts.clock.now());
        if (!coalesced) queued.push(job);
      } catch (err) {
        this.opts.onError?.(err);
      }
    }
    if (queued.length > 0) this.opts.onQueued?.(queued);
    return queued;
  }

  start(): void {
    if (this.handle !== null) return;
    const timer = this.opts.timer ?? realTimer;
    this.handle = timer.setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .then(() => undefined, (err: unknown) => this.opts.onError?.(err))
        .finally(() => (this.running = null));
    }, this.opts.intervalMs ?? 60_000);
  }

  async stop(): Promise<void> {
    if (this.handle !== null) (this.opts.timer ?? realTimer).clearInterval(this.handle);
    this.handle = null;
    await this.running;
  }
}
