import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * `quorum import` matches people and accounts by external (CRM) id, a batch of thousands at a
 * time (store/imports.ts): without these indexes every batch would scan the table. Not unique:
 * data entered before may repeat an external id, and the import reports such ambiguity per row.
 */
export function importKeys(_engine: Engine) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.createIndex('people_external_id_norm').on('people').column('external_id_norm').execute();
    await db.schema.createIndex('accounts_external_id_norm').on('accounts').column('external_id_norm').execute();
  }

  return { up };
}
