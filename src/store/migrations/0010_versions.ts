import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * Every mutable resource has a version (its ETag, checked against If-Match): relations, roles
 * and buying groups had none. Existing rows start at 1, as new rows do.
 */
export function versions(_engine: Engine) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    for (const table of ['account_people', 'roles', 'buying_groups']) {
      await db.schema.alterTable(table).addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
    }
  }

  return { up };
}
