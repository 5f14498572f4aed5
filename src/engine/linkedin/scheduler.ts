/**
 * Scheduled activation syncs: every `intervalMs` (default a minute) the activations whose
 * `next_sync_at` has come are synced one after another (trigger `schedule`). Rounds never overlap;
 * a sync another process holds is skipped (the activation's lease), so several servers may run
 * the scheduler. The timer is injected (tests fire it by hand with ManualTimer).
 */
import { dueActivations, type ActivationSync, type Database } from '../../store/index.ts';
import type { Clock } from '../../domain/index.ts';
import { realTimer, type IntervalTimer } from '../scheduler.ts';
import { syncActivation, type LinkedInSettings } from './sync.ts';

export interface ActivationSchedulerOptions {
  clock: Clock;
  intervalMs?: number;
  timer?: IntervalTimer;
  onSync?: (s: ActivationSync) => void;
  onError?: (err: unknown) => void;
}

export class ActivationScheduler {
  private handle: unknown = null;
  private running: Promise<void> | null = null;
  constructor(
    private readonly database: Database,
    private readonly settings: LinkedInSettings,
    private readonly opts: ActivationSchedulerOptions,
  ) {}

  /** One round: every due activation, oldest due first. */
  async runOnce(): Promise<ActivationSync[]> {
    const done: ActivationSync[] = [];
    for (const id of await dueActivations(this.database.db, this.opts.clock.now())) {
      try {
        const s = await syncActivation(this.database, this.settings, id, 'schedule', () => this.opts.clock.now());
        done.push(s);
        this.opts.onSync?.(s);
      } catch (err) {
        this.opts.onError?.(err);
      }
    }
    return done;
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
