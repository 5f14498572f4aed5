import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * The journey worker's claims read in index order (issue 12): due enrollments `order by wake_at,
 * id` and pending effects `order by created_at, key`. With an index on the first column alone, a
 * batch of 100,000 accounts admitted at one instant (one `wake_at`) made every claim sort all of
 * them by id — quadratic over the batch; with the tie-breaker in the index, a claim reads its
 * `limit` rows and stops.
 */
export function journeyClaimIndexes(_engine: Engine) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.dropIndex('journey_enrollments_wake').execute();
    await db.schema.createIndex('journey_enrollments_due').on('journey_enrollments').columns(['wake_at', 'id']).execute();
    await db.schema.dropIndex('journey_effects_pending').execute();
    await db.schema.createIndex('journey_effects_claim').on('journey_effects').columns(['status', 'created_at', 'key']).execute();
  }
  return { up };
}
