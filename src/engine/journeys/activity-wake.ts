/**
 * Waking `personActivity` listen steps when an activity arrives (activities are not in the
 * outbox, so the outbox cursor never sees them): the worker reads the `activities` table after a
 * cursor of its own (`journeys:activities` in journey_cursors, its `after_seq` holding the latest
 * `created_at` read, in ms) in (created_at, id) order, and makes the enrollments listening for
 * those types on the accounts of those people due now — in the same tick, before it steps.
 *
 * Late commits: `created_at` is the writer's clock when its transaction began, so a row committed
 * after the cursor passed its time (a slow ingest on PostgreSQL; a write the SQLite worker thread's
 * snapshot did not see yet) has a `created_at` below the cursor. Every round therefore re-reads the
 * last `overlapMs` before the cursor too, and skips the activities this waker has already handled
 * (kept in memory for that window). So an activity committed up to `overlapMs` late still wakes at
 * once; later than that it is heard at the listen step's next step (its deadline at the latest),
 * since a step hears every activity of its account by time (store loadAccountEvents). Waking an
 * enrollment twice (another worker, or this one after a restart, re-reading the window) is
 * harmless: a woken enrollment just steps, and `advance` over the same events moves it once.
 *
 * Several PostgreSQL workers: the cursor row is claimed with SKIP LOCKED for the round, so one
 * worker reads at a time and the others skip the round (claimCursor).
 */
import type { Kysely } from 'kysely';
import { activitiesAfter, activitiesHead, activityListeners, claimCursor, saveCursor, wakeEnrollments, type DB } from '../../store/index.ts';

export const ACTIVITY_CURSOR = 'journeys:activities';
const PAGE = 1000;

export class ActivityWaker {
  /** Activities handled within the overlap window: id → created_at. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly overlapMs: number) {}

  /** Reads the activities after the cursor (and the overlap before it) and wakes their listeners; returns how many enrollments were woken. */
  async wake(db: Kysely<DB>, now: number): Promise<number> {
    const handled = new Map<string, number>();
    const r = await db.transaction().execute(async (trx) => {
      const start = await claimCursor(trx, ACTIVITY_CURSOR, await activitiesHead(trx), now);
      if (start === null) return null; // another worker reads them this round
      let after = { createdAt: start - this.overlapMs, id: '' };
      let high = start;
      let woken = 0;
      for (;;) {
        const rows = await activitiesAfter(trx, after, PAGE);
        const fresh = rows.filter((a) => !this.seen.has(a.id));
        if (fresh.length) {
          const ids = await activityListeners(trx, fresh);
          await wakeEnrollments(trx, ids, now);
          woken += ids.length;
        }
        for (const a of rows) {
          handled.set(a.id, a.createdAt);
          if (a.createdAt > high) high = a.createdAt;
        }
        const last = rows[rows.length - 1];
        if (!last || rows.length < PAGE) break;
        after = { createdAt: last.createdAt, id: last.id };
      }
      if (high !== start) await saveCursor(trx, ACTIVITY_CURSOR, high, now);
      return { woken, high };
    });
    if (r === null) return 0;
    // Only once committed: a round rolled back has woken nothing, so its activities are not "handled".
    for (const [id, at] of handled) this.seen.set(id, at);
    for (const [id, at] of this.seen) if (at < r.high - this.overlapMs) this.seen.delete(id);
    return r.woken;
  }
}
