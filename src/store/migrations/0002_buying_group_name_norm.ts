import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';
import { normText } from '../../domain/index.ts';

/**
 * Buying groups get the normalised twin of their name (`name_norm`, see domain/text.ts), like
 * every other matchable text column: listing by name must sort and filter the same way on SQLite
 * and PostgreSQL (their collations disagree), and case-insensitively. Whoever writes a buying
 * group sets `name_norm = normText(name)`.
 */
export function buyingGroupNameNorm(engine: Engine) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    // SQLite adds a NOT NULL column only with a default; existing rows are back-filled below.
    await db.schema
      .alterTable('buying_groups')
      .addColumn('name_norm', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    let after = '';
    for (;;) {
      const rows: { id: string; name: string }[] = await db.selectFrom('buying_groups').select(['id', 'name']).where('id', '>', after).orderBy('id').limit(1000).execute();
      if (rows.length === 0) break;
      for (const r of rows) await db.updateTable('buying_groups').set({ name_norm: normText(r.name) }).where('id', '=', r.id).execute();
      after = (rows[rows.length - 1] as { id: string }).id;
    }
    if (engine === 'postgres') await db.schema.alterTable('buying_groups').alterColumn('name_norm', (c) => c.dropDefault()).execute();
    await db.schema.createIndex('buying_groups_si_name').on('buying_groups').columns(['solution_interest_id', 'name_norm', 'id']).execute();
    await db.schema.createIndex('buying_groups_name').on('buying_groups').columns(['name_norm', 'id']).execute();
    await db.schema.createIndex('buying_groups_si_engagement').on('buying_groups').columns(['solution_interest_id', 'engagement']).execute();
  }

  return { up };
}
