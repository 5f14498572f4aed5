/**
 * The score scheduler: recomputes engagement every `intervalMs` (hourly by default) so that
 * activities leaving the window stop counting (decay, SPEC §5). The clock and the timer are
 * injected: tests drive both by hand.
 *
 * Runs never overlap (a tick during a run is skipped). On PostgreSQL several processes may run a
 * scheduler; a session advisory lock makes one of them do each round and the others skip it.
 */
import { dialectFor, type Database } from '../store/index.ts';
import type { Clock } from '../domain/index.ts';
import { recomputeEngagement, type RecomputeCounts } from './engagement.ts';

export const DEFAULT_RECOMPUTE_INTERVAL_MS = 60 * 60_000;
/** setInterval's limit (about 24.8 days). */
export const MAX_RECOMPUTE_INTERVAL_MS = 2 ** 31 - 1;

/** A setInterval-like timer (the real one by default). */
export interface IntervalTimer {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const realTimer: IntervalTimer = {
  setInterval: (fn, ms) => {
    const h = setInterval(fn, ms);
    h.unref();
    return h;
  },
  clearInterval: (h) => clearInterval(h as NodeJS.Timeout),
};

/** A timer tests fire by hand: `tick()` runs every registered callback once. */
export class ManualTimer implements IntervalTimer {
  private readonly callbacks = new Map<number, () => void>();
  private next = 1;
  setInterval(fn: () => void): unknown {
    const id = this.next++;
    this.callbacks.set(id, fn);
    return id;
  }
  clearInterval(handle: unknown): void {
    this.callbacks.delete(handle as number);
  }
  get active(): number {
    return this.callbacks.size;
  }
  tick(): void {
    for (const fn of [...this.callbacks.values()]) fn();
  }
}

export interface SchedulerOptions {
  clock: Clock;
  /** Default hourly. */
  intervalMs?: number;
  timer?: IntervalTimer;
  /** Also run once right away (a restarted server applies the decay it missed). */
  runAtStart?: boolean;
  onRun?: (counts: RecomputeCounts) => void;
  onError?: (err: unknown) => void;
}

export interface ScoreScheduler {
  /** Runs a round now unless one is running (then waits for that one); null if another process ran it. */
  runNow(): Promise<RecomputeCounts | null>;
  /** Stops the timer and waits for a running round to finish. */
  stop(): Promise<void>;
}

/** Arbitrary constant key of the scheduler's session lock ("QRMSCR"). */
const SCORES_LOCK_KEY = 0x51524d534352;

export function startScoreScheduler(database: Database, opts: SchedulerOptions): ScoreScheduler {
  const timer = opts.timer ?? realTimer;
  const intervalMs = opts.intervalMs ?? DEFAULT_RECOMPUTE_INTERVAL_MS;
  if (!(intervalMs > 0 && intervalMs <= MAX_RECOMPUTE_INTERVAL_MS)) throw new Error(`the recompute interval must be from 1 ms to ${MAX_RECOMPUTE_INTERVAL_MS} ms`);
  let running: Promise<RecomputeCounts | null> | null = null;
  let stopped = false;

  const round = async (): Promise<RecomputeCounts | null> => {
    // Skipped (null) while another process holds the lock (the dialect's withSessionLock).
    return dialectFor(database.engine).withSessionLock(database.db, SCORES_LOCK_KEY, () => recomputeEngagement(database.db, database.engine, opts.clock.now()));
  };

  const runNow = (): Promise<RecomputeCounts | null> => {
    if (running) return running;
    running = round()
      .then((counts) => {
        if (counts) opts.onRun?.(counts);
        return counts;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const tick = () => {
    if (stopped || running) return;
    runNow().catch((err: unknown) => opts.onError?.(err));
  };

  const handle = timer.setInterval(tick, intervalMs);
  if (opts.runAtStart) tick();

  return {
    runNow,
    stop: async () => {
      stopped = true;
      timer.clearInterval(handle);
      if (running) await running.catch(() => undefined);
    },
  };
}
