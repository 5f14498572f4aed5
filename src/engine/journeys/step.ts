/**
 * The journey runtime's unit of work: a batch of claimed enrollments, one step each. In one
 * transaction holding the enrollments' rows, it reads them and their journeys, reads the facts of
 * all their accounts at once (the loader), runs the pure `advance` for each, and stores the new
 * states (with their next wake-up times), the moves (the counters' log), the tokens' positions and
 * the effects (by idempotency key) in multi-row statements (store/journey-batch.ts). A step run
 * twice — after a crash between commit and acknowledgement, or by two workers — stores the same
 * state and adds no effect twice.
 */
import type { Kysely } from 'kysely';
import { advance, type AdvanceFacts, type Enrollment } from '../../domain/journeys/index.ts';
import { newId } from '../../domain/index.ts';
import { dialectOf, getEnrollments, getJourney, insertEnteredSteps, saveSteps, type DB, type Journey, type StepWrite, type StoredEnrollment } from '../../store/index.ts';

/**
 * What the steps need to know about their accounts and events, read inside the batch's
 * transaction, by enrollment id. An enrollment missing from the result has lost its account: the
 * step ends it.
 */
export type FactsLoader = (trx: Kysely<DB>, enrollments: readonly StoredEnrollment[], now: number) => Promise<ReadonlyMap<string, AdvanceFacts>>;

export interface StepResult {
  enrollment: Enrollment;
  /** Keys of the effects this step added to the outbox (those already there are not counted). */
  added: string[];
  /** How many token moves the step made. */
  moves: number;
}

/** One enrollment, one step, in a transaction of its own (tests and tools; the worker steps batches). */
export async function stepEnrollment(db: Kysely<DB>, enrollmentId: string, loadFacts: FactsLoader, now: number): Promise<StepResult> {
  return db.transaction().execute(async (trx) => {
    await dialectOf(trx).lockRowsById(trx, 'journey_enrollments', [enrollmentId]);
    const [r] = await stepEnrollmentsIn(trx, [enrollmentId], loadFacts, now);
    if (!r) throw new Error(`journey enrollment ${enrollmentId} not found`);
    return r;
  });
}

/** Journeys already read, by id (a batch is one transaction: they cannot change under it). */
export type JourneyCache = Map<string, Journey>;

/**
 * One step for each of these enrollments in the caller's transaction, which holds their rows
 * (claimed or locked). Results in the order of `ids` (ids that do not exist are left out).
 */
export async function stepEnrollmentsIn(trx: Kysely<DB>, ids: readonly string[], loadFacts: FactsLoader, now: number, journeys: JourneyCache = new Map()): Promise<StepResult[]> {
  const enrollments = await getEnrollments(trx, ids);
  for (const e of enrollments) if (!journeys.has(e.journeyId)) journeys.set(e.journeyId, await getJourney(trx, e.journeyId));
  // Aborted journeys end their enrollments when aborted; a finished enrollment has nothing left to do.
  const live = enrollments.filter((e) => {
    const j = journeys.get(e.journeyId)!;
    return e.status === 'active' && j.status !== 'aborted' && j.status !== 'draft';
  });
  const isLive = new Set(live.map((e) => e.id));
  const facts = live.length ? await loadFacts(trx, live, now) : new Map<string, AdvanceFacts>();
  const writes: StepWrite[] = [];
  const results = new Map<string, StepResult>();
  for (const e of enrollments) {
    const f = facts.get(e.id);
    if (!f) {
      // Nothing to advance; an active one ends (its journey stopped, or its account is gone: no tokens left anywhere).
      if (e.status === 'active') {
        const ended: Enrollment = { ...e, status: 'completed', endedAt: now, ...(isLive.has(e.id) ? { tokens: [] } : {}) };
        writes.push({ id: e.id, enrollment: ended, moves: [], effects: [] });
      }
      results.set(e.id, { enrollment: e, added: [], moves: 0 });
      continue;
    }
    const r = advance(journeys.get(e.journeyId)!.definition, e, f, now);
    writes.push({ id: e.id, enrollment: r.enrollment, moves: r.moves, effects: r.effects });
    results.set(e.id, { enrollment: r.enrollment, added: [], moves: r.moves.length });
  }
  const added = new Set(await saveSteps(trx, writes, now));
  for (const w of writes) {
    const r = results.get(w.id)!;
    r.added = w.effects.filter((x) => added.has(x.key)).map((x) => x.key);
  }
  return enrollments.map((e) => results.get(e.id)!);
}

/**
 * Admission with the first step (admit.ts): the new entries are advanced from their entry node
 * before they are written, so an entry costs one write of its state instead of a write, a claim, a
 * read and a rewrite. An account gone meanwhile is not admitted. Returns how many entries were new
 * (an entry another worker admitted first is skipped whole, its step with it).
 */
export async function admitAndStepIn(trx: Kysely<DB>, journey: Pick<Journey, 'definition'>, entries: readonly Enrollment[], entryNodeId: string, loadFacts: FactsLoader, now: number): Promise<number> {
  const staged: StoredEnrollment[] = entries.map((e) => ({ ...e, id: newId('journeyEnrollment', now), updatedAt: now }));
  const facts = await loadFacts(trx, staged, now);
  const writes: StepWrite[] = [];
  for (const e of staged) {
    const f = facts.get(e.id);
    if (!f) continue;
    const r = advance(journey.definition, e, f, now);
    writes.push({ id: e.id, enrollment: r.enrollment, moves: r.moves, effects: r.effects });
  }
  return (await insertEnteredSteps(trx, writes, entryNodeId, now)).length;
}
