import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * ZoomInfo enrichment and acquisition (issue 11): provenance on people (where a person came
 * from: source, provider, the provider's id, when it was fetched), the provider configuration
 * (sealed credentials, budgets, consent policy), the credit ledger (spent and reserved per
 * provider and calendar month: runs reserve in a transaction so concurrent runs cannot overspend)
 * and the fill-gaps runs with one result row per contact considered.
 */
export function enrichment(engine: Engine) {
  const int8 = engine === 'postgres' ? 'bigint' : 'integer';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('people').addColumn('source', 'text').execute();
    await db.schema.alterTable('people').addColumn('provider', 'text').execute();
    await db.schema.alterTable('people').addColumn('provider_id', 'text').execute();
    await db.schema.alterTable('people').addColumn('fetched_at', int8).execute();
    await db.schema.createIndex('people_provider_id').on('people').columns(['provider', 'provider_id']).execute();

    await db.schema
      .createTable('enrichment_providers')
      .addColumn('provider', 'text', (c) => c.primaryKey())
      .addColumn('credentials_sealed', 'text')
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();

    await db.schema
      .createTable('credit_ledger')
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('spent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('reserved', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addPrimaryKeyConstraint('credit_ledger_pk', ['provider', 'month'])
      .execute();

    await db.schema
      .createTable('enrichment_runs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('provider', 'text', (c) => c.notNull())
      .addColumn('solution_interest_id', 'text', (c) => c.notNull())
      .addColumn('filter', 'text', (c) => c.notNull())
      .addColumn('budget', 'integer', (c) => c.notNull())
      .addColumn('job_id', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('month', 'text', (c) => c.notNull())
      .addColumn('credits_reserved', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('credits_spent', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('counts', 'text', (c) => c.notNull())
      .addColumn('searches', 'text', (c) => c.notNull())
      .addColumn('error', 'text')
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('finished_at', int8)
      .execute();
    await db.schema.createIndex('enrichment_runs_created').on('enrichment_runs').columns(['created_at']).execute();

    await db.schema
      .createTable('enrichment_results')
      .addColumn('run_id', 'text', (c) => c.notNull().references('enrichment_runs.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('role_id', 'text', (c) => c.notNull())
      .addColumn('provider_id', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text')
      .addColumn('email', 'text')
      .addColumn('name', 'text')
      .addColumn('job_title', 'text')
      .addColumn('country', 'text')
      .addColumn('reason', 'text')
      .addColumn('assigned_role_ids', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('enrichment_results_pk', ['run_id', 'seq'])
      .execute();
  }

  return { up };
}
