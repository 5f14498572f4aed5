import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * The buying group engine (issue: creation jobs, maintenance, scores, stages):
 * - jobs can be cancelled and count their attempts (crash recovery);
 * - people and buying groups keep their raw engagement next to the 0–100 score, so updates can
 *   be incremental and a recompute can be compared with them exactly;
 * - weighting models (one active);
 * - the outbox of typed buying-group events, ordered by `seq`;
 * - stage history.
 */
export function engine(engine: Engine) {
  const pgsql = engine === 'postgres';
  const int8 = pgsql ? 'bigint' : 'integer';
  const json = pgsql ? 'jsonb' : 'text';
  const float = pgsql ? 'double precision' : 'real';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('jobs').addColumn('cancel_requested', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('jobs').addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.createIndex('jobs_type_status').on('jobs').columns(['type', 'status']).execute();

    await db.schema.alterTable('people').addColumn('engagement_raw', float, (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('buying_groups').addColumn('engagement_raw', float, (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('buying_groups').addColumn('job_id', 'text').execute();

    await db.schema
      .createTable('weighting_models')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('weights', json, (c) => c.notNull())
      .addColumn('window_days', 'integer', (c) => c.notNull())
      .addColumn('daily_cap', 'integer', (c) => c.notNull())
      .addColumn('k', float, (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('events')
      .addColumn('seq', pgsql ? 'bigserial' : 'integer', (c) => (pgsql ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('buying_group_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('payload', json, (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_group').on('events').columns(['buying_group_id', 'seq']).execute();

    await db.schema
      .createTable('stage_history')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull().unique())
      .addColumn('buying_group_id', 'text', (c) => c.notNull())
      .addColumn('from_stage', 'text')
      .addColumn('to_stage', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('stage_history_pk', ['account_id', 'id'])
      .execute();
    await db.schema.createIndex('stage_history_group').on('stage_history').columns(['buying_group_id', 'at']).execute();
  }

  return { up };
}
