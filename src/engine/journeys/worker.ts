/**
 * The journey worker. One `tick(now)`:
 *   1. admits the accounts of Live journeys' entry lists (admit.ts),
 *   2. reads the engine's outbox (`events`) from its cursor, in `seq` order, and makes the
 *      listening enrollments of the accounts concerned due now; the same for new activities
 *      (not in the outbox) from a cursor of their own (activity-wake.ts),
 *   3. claims due enrollments in batches and steps them (step.ts: the batch's facts in a few
 *      queries, pure `advance` for each, states, moves and effects in multi-row statements, all in
 *      one transaction; a wait's wake-up time is the enrollment's next due time),
 *   4. claims pending effects and performs them (effects.ts), then steps again what an HTTP
 *      call's result woke, until nothing is left to do at `now`.
 * All state is in the database, so a restart resumes where it stopped; claims use SKIP LOCKED on
 * PostgreSQL, so several workers share the work and each step runs once. The clock is passed in:
 * a test moves `now` by five days and ticks.
 *
 * `start()` runs ticks in a loop (every `pollMs`, admission every `admitEveryMs`) in this thread;
 * serve on SQLite runs that loop in a worker thread instead (thread.ts), off the API's event loop.
 */
import { hostname } from 'node:os';
import {
  claimCursor,
  claimDueEnrollments,
  claimEffects,
  claimEnrollment,
  dialectFor,
  finishDueJourneys,
  listeningEnrollments,
  outboxAccounts,
  outboxHead,
  postponeEnrollment,
  releaseEffectLeases,
  renewEffectLease,
  saveCursor,
  wakeEnrollments,
  type Database,
  type StoredEffect,
} from '../../store/index.ts';
import type { Clock } from '../../domain/index.ts';
import { admitAccounts } from './admit.ts';
import { ActivityWaker } from './activity-wake.ts';
import { performEffect, performEffects, type EffectDeps, type EffectOutcome } from './effects.ts';
import { journeyFactsLoader } from './facts.ts';
import { stepEnrollmentsIn, type FactsLoader } from './step.ts';

export interface JourneyWorkerOptions extends Omit<EffectDeps, 'database'> {
  database: Database;
  clock: Clock;
  /** Enrollments stepped per transaction (default 500: the batch's reads and writes are multi-row statements). */
  batchSize?: number;
  /** How long a claimed effect is kept from other workers while it is performed (default 2 min). */
  leaseMs?: number;
  /** How long a hole in the outbox's seq is waited for before it is passed (default 10 s; see the webhook dispatcher). */
  gapWaitMs?: number;
  /** Loop: ticks every `pollMs` (default 1 s) and admission every `admitEveryMs` (default 15 s). */
  pollMs?: number;
  admitEveryMs?: number;
}

export interface TickCounts {
  admitted: number;
  /** Enrollments made due by outbox events and new activities. */
  woken: number;
  stepped: number;
  effects: { done: number; skipped: number; failed: number; retried: number };
}

const CURSOR = 'journeys';
const OUTBOX_PAGE = 1000;
/** A step that keeps failing is tried again after this long, not in a tight loop. */
const FAILED_STEP_DELAY_MS = 60_000;
/** Rounds of steps and effects in one tick (an HTTP call's result wakes its enrollment for another round). */
const MAX_ROUNDS = 20;
/** Effects claimed per transaction. */
const EFFECT_BATCH = 500;

export class JourneyWorker {
  readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private readonly loadFacts: FactsLoader = journeyFactsLoader();
  private gap: { seq: number; since: number } | null = null;
  private stopped = true;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private activities: ActivityWaker | null = null;

  constructor(private readonly opts: JourneyWorkerOptions) {}

  private get db() {
    return this.opts.database.db;
  }

  private log(line: string): void {
    this.opts.log?.(line);
  }

  /** Everything due at `now`, as described above. `admit: false` leaves out admission (the loop admits less often). */
  async tick(now: number = this.opts.clock.now(), opts: { admit?: boolean } = {}): Promise<TickCounts> {
    const counts: TickCounts = { admitted: 0, woken: 0, stepped: 0, effects: { done: 0, skipped: 0, failed: 0, retried: 0 } };
    if (opts.admit !== false) {
      for (const id of await finishDueJourneys(this.db, now)) this.log(`journey ${id} finished`);
      const admitted = await admitAccounts(this.opts.database, now, (l) => this.log(l), this.loadFacts);
      counts.admitted = admitted.admitted;
      counts.stepped += admitted.stepped;
    }
    counts.woken = await this.wakeFromOutbox(now);
    counts.woken += await this.wakeFromActivities(now);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const stepped = await this.stepDue(now);
      const performed = await this.performEffects(now, counts);
      counts.stepped += stepped;
      if (stepped === 0 && performed === 0) break;
    }
    return counts;
  }

  // ---- the outbox -------------------------------------------------------------------------------

  /** Outbox events after the cursor → their accounts' listening enrollments are due now. */
  private async wakeFromOutbox(now: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const start = await claimCursor(trx, CURSOR, await outboxHead(trx), now);
      if (start === null) return 0; // another worker is reading the outbox this round
      let cursor = start;
      let woken = 0;
      for (;;) {
        const rows = await outboxAccounts(trx, cursor, OUTBOX_PAGE);
        const accepted = this.settled(cursor, rows, now);
        if (accepted.length) {
          const ids = await listeningEnrollments(trx, [...new Set(accepted.map((r) => r.accountId))]);
          await wakeEnrollments(trx, ids, now);
          woken += ids.length;
          cursor = accepted[accepted.length - 1]!.seq;
        }
        if (accepted.length < rows.length || rows.length < OUTBOX_PAGE) break;
      }
      if (cursor !== start) await saveCursor(trx, CURSOR, cursor, now);
      return woken;
    });
  }

  /**
   * The rows up to the first hole in `seq` not yet old enough to pass: on PostgreSQL a hole is
   * an event still being committed. (A late event is not lost even so: a listening token hears
   * every event of its account by time at its next step, its deadline at the latest.)
   */
  private settled<R extends { seq: number }>(cursor: number, rows: readonly R[], now: number): R[] {
    const out: R[] = [];
    let expected = cursor + 1;
    for (const r of rows) {
      if (r.seq !== expected) {
        if (!this.gap || this.gap.seq !== expected) this.gap = { seq: expected, since: now };
        if (now - this.gap.since < (this.opts.gapWaitMs ?? 10_000)) break;
        this.gap = null;
      }
      out.push(r);
      expected = r.seq + 1;
    }
    return out;
  }

  /** New activities → the enrollments listening for their type on their people's accounts are due now (activity-wake.ts). */
  private async wakeFromActivities(now: number): Promise<number> {
    this.activities ??= new ActivityWaker(this.opts.gapWaitMs ?? 10_000);
    return this.activities.wake(this.db, now);
  }

  // ---- steps ------------------------------------------------------------------------------------

  /** Steps every enrollment due at `now`; returns how many. */
  private async stepDue(now: number): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.stepBatch(now);
      total += n;
      if (n === 0) return total;
    }
  }

  private async stepBatch(now: number): Promise<number> {
    const size = this.opts.batchSize ?? 500;
    let claimed: string[] = [];
    try {
      return await this.db.transaction().execute(async (trx) => {
        claimed = await claimDueEnrollments(trx, now, size);
        if (claimed.length) await stepEnrollmentsIn(trx, claimed, this.loadFacts, now);
        return claimed.length;
      });
    } catch (e) {
      if (claimed.length === 0) throw e;
      // One bad enrollment must not hold up the batch: step them one by one, putting off those that fail.
      for (const id of claimed) await this.stepOne(id, now);
      return claimed.length;
    }
  }

  private async stepOne(id: string, now: number): Promise<void> {
    try {
      await this.db.transaction().execute(async (trx) => {
        if (await claimEnrollment(trx, id, now)) await stepEnrollmentsIn(trx, [id], this.loadFacts, now);
      });
    } catch (e) {
      this.log(`journey enrollment ${id}: step failed (${e instanceof Error ? e.message : String(e)}); trying again in ${FAILED_STEP_DELAY_MS / 1000} s`);
      await postponeEnrollment(this.db, id, now + FAILED_STEP_DELAY_MS);
    }
  }

  // ---- effects ----------------------------------------------------------------------------------

  /** Performs every effect claimable at `now`; returns how many reached an outcome (retries not counted). */
  private async performEffects(now: number, counts: TickCounts): Promise<number> {
    let finished = 0;
    const lease = this.opts.leaseMs ?? 120_000;
    for (;;) {
      // Claimed in batches (one transaction sets the lease of each); what stays in the database is
      // performed as a batch (effects.ts performEffects), what leaves it one by one.
      const batch = await this.db.transaction().execute((trx) => claimEffects(trx, now, now + lease, EFFECT_BATCH));
      if (batch.length === 0) return finished;
      const leaves = (c: StoredEffect) => c.effect.type === 'salesAlert' || c.effect.type === 'callHttp';
      const outgoing = batch.filter(leaves);
      const local = batch.filter((c) => !leaves(c));
      if (local.length) {
        try {
          for (const o of await performEffects({ ...this.opts }, local, now)) finished += this.count(o, counts);
        } catch (e) {
          // An unexpected fault in the batch (it rolled back whole): one by one, so one bad effect holds up no other.
          this.log(`journey effects: batch of ${local.length} failed (${e instanceof Error ? e.message : String(e)}); one by one`);
          for (const claimed of local) finished += await this.performOne(claimed, now, counts);
        }
      }
      for (const claimed of outgoing) {
        // What leaves the database gets a fresh lease of its own: the batch's may have run short while earlier ones were sent.
        const at = Math.max(now, this.opts.clock.now());
        if (!(await renewEffectLease(this.db, claimed.effect.key, now + lease, at + lease))) continue;
        finished += await this.performOne(claimed, now, counts);
      }
    }
  }

  private count(o: EffectOutcome, counts: TickCounts): number {
    if (o.status === 'retry') {
      counts.effects.retried++;
      return 0;
    }
    counts.effects[o.status]++;
    return 1;
  }

  private async performOne(claimed: StoredEffect, now: number, counts: TickCounts): Promise<number> {
    {
      try {
        return this.count(await performEffect({ ...this.opts }, claimed, now), counts);
      } catch (e) {
        // Unexpected (a database fault): the lease runs out and a later tick tries again.
        this.log(`journey effect ${claimed.effect.key}: ${e instanceof Error ? e.message : String(e)}`);
        return 0;
      }
    }
  }

  // ---- the loop ---------------------------------------------------------------------------------

  async start(): Promise<void> {
    if (!this.stopped) return;
    this.stopped = false;
    // SQLite is served by one process: leases still held belong to a process that died.
    if (dialectFor(this.opts.database.engine).oneProcessPerDatabase) {
      const n = await releaseEffectLeases(this.db);
      if (n) this.log(`journeys: ${n} effect(s) were in flight when the last run stopped; trying them again`);
    }
    this.loop = (async () => {
      let lastAdmit = -Infinity;
      while (!this.stopped) {
        const now = this.opts.clock.now();
        try {
          const admit = now - lastAdmit >= (this.opts.admitEveryMs ?? 15_000);
          if (admit) lastAdmit = now;
          await this.tick(now, { admit });
        } catch (e) {
          this.log(`journeys: ${e instanceof Error ? e.message : String(e)}`);
        }
        if (this.stopped) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.opts.pollMs ?? 1000);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    })();
  }

  /** Runs a tick now instead of at the next poll. */
  notify(): void {
    this.wake?.();
  }

  /** Stops the loop after the tick in flight (its steps are committed or rolled back whole). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.notify();
    await this.loop;
    this.loop = null;
  }
}
