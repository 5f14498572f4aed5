/**
 * The journey runtime's unit of work: one enrollment, one step. In one transaction holding the
 * enrollment's row lock, it reads the enrollment and its journey, runs the pure `advance` over the
 * facts the loader reads, stores the new state (with its next wake-up time), the moves (the
 * counters' log) and the tokens' positions, and puts the effects into the outbox by idempotency
 * key. A step run twice — after a crash between commit and acknowledgement, or by two workers —
 * stores the same state and adds no effect twice.
 */
import type { Kysely } from 'kysely';
import { advance, type AdvanceFacts, type Enrollment } from '../../domain/journeys/index.ts';
import { dialectOf, enqueueEffects, getEnrollment, getJourney, recordStep, saveEnrollment, type DB, type Journey, type StoredEnrollment } from '../../store/index.ts';

/** What the step needs to know about the account and its events, read inside the step's transaction. */
export type FactsLoader = (trx: Kysely<DB>, enrollment: StoredEnrollment, now: number) => Promise<AdvanceFacts>;

export interface StepResult {
  enrollment: Enrollment;
  /** Keys of the effects this step added to the outbox (those already there are not counted). */
  added: string[];
  /** How many token moves the step made. */
  moves: number;
}

export async function stepEnrollment(db: Kysely<DB>, enrollmentId: string, loadFacts: FactsLoader, now: number): Promise<StepResult> {
  return db.transaction().execute(async (trx) => {
    await dialectOf(trx).lockRowsById(trx, 'journey_enrollments', [enrollmentId]);
    return stepEnrollmentIn(trx, enrollmentId, loadFacts, now);
  });
}

/** Journeys already read in this batch, by id (a batch is one transaction: they cannot change under it). */
export type JourneyCache = Map<string, Journey>;

/**
 * stepEnrollment in the caller's transaction, which holds the enrollment's row (claimed or
 * locked). `journeys`: a cache shared by the steps of one transaction (the worker's batch).
 */
export async function stepEnrollmentIn(trx: Kysely<DB>, enrollmentId: string, loadFacts: FactsLoader, now: number, journeys?: JourneyCache): Promise<StepResult> {
  const enrollment = await getEnrollment(trx, enrollmentId);
  let journey = journeys?.get(enrollment.journeyId);
  if (!journey) {
    journey = await getJourney(trx, enrollment.journeyId);
    journeys?.set(journey.id, journey);
  }
  // Aborted journeys end their enrollments when aborted; a finished enrollment has nothing left to do.
  if (enrollment.status !== 'active' || journey.status === 'aborted' || journey.status === 'draft') {
    if (enrollment.status === 'active') await saveEnrollment(trx, enrollmentId, { ...enrollment, status: 'completed', endedAt: now }, now);
    return { enrollment, added: [], moves: 0 };
  }
  const r = advance(journey.definition, enrollment, await loadFacts(trx, enrollment, now), now);
  await saveEnrollment(trx, enrollmentId, r.enrollment, now);
  await recordStep(trx, enrollmentId, r.enrollment, r.moves);
  const added = await enqueueEffects(trx, enrollmentId, r.effects, now);
  return { enrollment: r.enrollment, added, moves: r.moves.length };
}
