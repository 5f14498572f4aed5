import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * Issue 12 leftovers.
 * - `activities_created` (created_at, id): the journey worker reads new activities in that order
 *   after its `journeys:activities` cursor, to wake `personActivity` listen steps at once (the
 *   index on occurred_at does not serve it: an activity may be ingested long after it occurred).
 * - `activities_account_time` (account_id, occurred_at): a listen step hears the activities
 *   recorded on its account too, not only those of the account's people.
 * - `journey_enrollments_account` (account_id) goes: `journey_enrollments_account_status`
 *   (account_id, status) serves every lookup by account, and each index is another write per
 *   step of every enrollment (the journey benchmark writes 200,000 of them).
 * - `activation_accounts`: accounts a journey's `activate` action added to an activation; its sync
 *   sends them (and their buying group members) besides what the activation's filter selects.
 *   They go with the activation or the account (cascade).
 */
export function journeyListenActivate(engine: Engine) {
  const int8 = engine === 'postgres' ? 'bigint' : 'integer';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('activities_created').on('activities').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('activities_account_time').on('activities').columns(['account_id', 'occurred_at']).execute();
    await db.schema.dropIndex('journey_enrollments_account').execute();
    await db.schema
      .createTable('activation_accounts')
      .addColumn('activation_id', 'text', (c) => c.notNull().references('activations.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('journey_id', 'text', (c) => c.notNull())
      .addColumn('added_at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('activation_accounts_pk', ['activation_id', 'account_id'])
      .execute();
    await db.schema.createIndex('activation_accounts_account').on('activation_accounts').columns(['account_id']).execute();
  }
  return { up };
}
