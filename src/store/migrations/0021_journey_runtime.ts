import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * The journey runtime (issue 12). `journey_effects` gains what performing an effect records:
 * `result` (the reason an effect was skipped or failed, or what it did), `tries` and
 * `locked_until` (the lease of an effect sent outside a transaction: email, HTTP).
 * `journey_moves`: every token move (`advance`'s moves) in the step's transaction, for the
 * per-node counters (entered, passed) and an account's timeline. `journey_positions`: where each
 * active token is now (waiting here), replaced by each step. `journey_cursors`: how far a
 * consumer has read the outbox (`events.seq`), so listen steps are woken in order after a restart.
 */
export function journeyRuntime(engine: Engine) {
  const pgsql = engine === 'postgres';
  const int8 = pgsql ? 'bigint' : 'integer';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('journey_effects').addColumn('result', 'text').execute();
    await db.schema.alterTable('journey_effects').addColumn('tries', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('journey_effects').addColumn('locked_until', int8).execute();

    await db.schema
      .createTable('journey_moves')
      .addColumn('seq', pgsql ? 'bigserial' : 'integer', (c) => (pgsql ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('journey_id', 'text', (c) => c.notNull())
      .addColumn('enrollment_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('token_id', 'text', (c) => c.notNull())
      .addColumn('from_node', 'text')
      .addColumn('to_node', 'text')
      .addColumn('via', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('at', int8, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('journey_moves_to').on('journey_moves').columns(['journey_id', 'to_node']).execute();
    await db.schema.createIndex('journey_moves_from').on('journey_moves').columns(['journey_id', 'from_node']).execute();
    await db.schema.createIndex('journey_moves_enrollment').on('journey_moves').columns(['enrollment_id', 'seq']).execute();

    await db.schema
      .createTable('journey_positions')
      .addColumn('enrollment_id', 'text', (c) => c.notNull())
      .addColumn('token_id', 'text', (c) => c.notNull())
      .addColumn('journey_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('node_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('since', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('journey_positions_pk', ['enrollment_id', 'token_id'])
      .execute();
    await db.schema.createIndex('journey_positions_node').on('journey_positions').columns(['journey_id', 'node_id']).execute();

    await db.schema
      .createTable('journey_cursors')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('after_seq', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .execute();
    // Listening enrollments of an account are found by account when its events arrive.
    await db.schema.createIndex('journey_enrollments_account_status').on('journey_enrollments').columns(['account_id', 'status']).execute();
  }

  return { up };
}
