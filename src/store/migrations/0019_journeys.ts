import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * Account journeys (issue 12). `journeys`: the definitions — a versioned JSON graph
 * (domain/journeys/model.ts), a life-cycle status, start and end dates, a version sent as the
 * ETag — like the other configuration entities. `journey_enrollments`: one row per (journey,
 * account, entry number), holding where the account is (its tokens, domain/journeys/enrollment.ts);
 * `wake_at`: the next time the enrollment needs a look (a wait's end, a listen deadline), so the
 * runtime finds due ones by index. `journey_effects`: the effects outbox — one row per effect,
 * keyed by its idempotency key, so a step that runs again after a crash adds nothing twice.
 */
export function journeys(engine: Engine) {
  const pgsql = engine === 'postgres';
  const int8 = pgsql ? 'bigint' : 'integer';
  const json = pgsql ? 'jsonb' : 'text';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('journeys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_norm', 'text', (c) => c.notNull().unique())
      .addColumn('description', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('definition', json, (c) => c.notNull())
      .addColumn('start_at', int8)
      .addColumn('end_at', int8)
      .addColumn('published_at', int8)
      .addColumn('closed_at', int8)
      .addColumn('ended_at', int8)
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('journeys_status').on('journeys').columns(['status', 'id']).execute();

    await db.schema
      .createTable('journey_enrollments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('entry_number', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('state', json, (c) => c.notNull())
      .addColumn('entered_at', int8, (c) => c.notNull())
      .addColumn('ended_at', int8)
      .addColumn('wake_at', int8)
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addUniqueConstraint('journey_enrollments_entry', ['journey_id', 'account_id', 'entry_number'])
      .execute();
    await db.schema.createIndex('journey_enrollments_status').on('journey_enrollments').columns(['journey_id', 'status']).execute();
    await db.schema.createIndex('journey_enrollments_account').on('journey_enrollments').columns(['account_id']).execute();
    await db.schema.createIndex('journey_enrollments_wake').on('journey_enrollments').columns(['wake_at']).execute();

    await db.schema
      .createTable('journey_effects')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('enrollment_id', 'text', (c) => c.notNull().references('journey_enrollments.id'))
      .addColumn('journey_id', 'text', (c) => c.notNull().references('journeys.id'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('node_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('payload', json, (c) => c.notNull())
      .addColumn('at', int8, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('done_at', int8)
      .execute();
    await db.schema.createIndex('journey_effects_pending').on('journey_effects').columns(['status', 'created_at']).execute();
  }

  return { up };
}
