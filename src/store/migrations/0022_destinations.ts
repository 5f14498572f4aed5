import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * LinkedIn Matched Audiences (issue 11): destinations (an ad account and its sealed OAuth
 * credentials), activations (a saved buying-group filter → a company and/or contact list, with
 * the DMP segment ids), the sync history and the synced membership that makes re-syncs
 * incremental and idempotent (what LinkedIn holds, per list and key, with the identifier it was
 * sent with, so a removal names what was added).
 */
export function destinations(engine: Engine) {
  const int8 = engine === 'postgres' ? 'bigint' : 'integer';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('destinations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ad_account_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('state_message', 'text')
      .addColumn('credentials_sealed', 'text')
      .addColumn('access_expires_at', int8)
      .addColumn('refresh_expires_at', int8)
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('activations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('destination_id', 'text', (c) => c.notNull().references('destinations.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('filter', 'text', (c) => c.notNull())
      .addColumn('company_list', 'integer', (c) => c.notNull())
      .addColumn('contact_list', 'integer', (c) => c.notNull())
      .addColumn('role_ids', 'text', (c) => c.notNull())
      .addColumn('company_segment_id', 'text')
      .addColumn('contact_segment_id', 'text')
      .addColumn('company_status', 'text')
      .addColumn('contact_status', 'text')
      .addColumn('company_audience_size', int8)
      .addColumn('contact_audience_size', int8)
      .addColumn('sync_interval_ms', int8)
      .addColumn('next_sync_at', int8)
      .addColumn('last_sync_at', int8)
      .addColumn('sync_lease_until', int8)
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex('activations_due').on('activations').columns(['next_sync_at']).execute();
    await db.schema.createIndex('activations_destination').on('activations').columns(['destination_id']).execute();

    await db.schema
      .createTable('activation_syncs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('activation_id', 'text', (c) => c.notNull().references('activations.id').onDelete('cascade'))
      .addColumn('trigger', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('started_at', int8, (c) => c.notNull())
      .addColumn('finished_at', int8)
      .addColumn('companies_added', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('companies_removed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('contacts_added', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('contacts_removed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('skipped', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('retries', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('message', 'text')
      .addColumn('warnings', 'text', (c) => c.notNull())
      .addColumn('error_samples', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('activation_syncs_activation').on('activation_syncs').columns(['activation_id', 'started_at']).execute();

    await db.schema
      .createTable('activation_members')
      .addColumn('activation_id', 'text', (c) => c.notNull().references('activations.id').onDelete('cascade'))
      .addColumn('list', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('ident', 'text', (c) => c.notNull())
      .addColumn('synced_at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('activation_members_pk', ['activation_id', 'list', 'key'])
      .execute();
  }

  return { up };
}
