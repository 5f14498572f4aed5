import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * Custom activity types are mutable configuration (label, description): like every mutable
 * resource they carry a version, sent as their ETag and checked against If-Match.
 */
export function activityTypeVersions(_engine: Engine) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('activity_types').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  }

  return { up };
}
