import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';
import { normText } from '../../domain/index.ts';

/**
 * Buying groups get the normalised twin of their status label (`status_label_norm`, see
 * domain/text.ts): filtering by status matches case-insensitively and ignoring surrounding
 * spaces, identically on SQLite and PostgreSQL. Whoever writes `status_label` sets
 * `status_label_norm = normNullable(status_label)`.
 *
 * And indexes for sorting and filtering all groups by completeness and engagement (the gap query
 * "Decision Maker missing and completeness < 50" across solution interests walks the completeness
 * index and probes the members' (buying_group_id, role_id) index per group).
 */
export function buyingGroupStatusNorm(_engine: Engine) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('buying_groups').addColumn('status_label_norm', 'text').execute();
    let after = '';
    for (;;) {
      const rows: { id: string; status_label: string }[] = await db
        .selectFrom('buying_groups')
        .select(['id', 'status_label'])
        .where('id', '>', after)
        .where('status_label', 'is not', null)
        .orderBy('id')
        .limit(1000)
        .execute();
      if (rows.length === 0) break;
      for (const r of rows) await db.updateTable('buying_groups').set({ status_label_norm: normText(r.status_label) }).where('id', '=', r.id).execute();
      after = (rows[rows.length - 1] as { id: string }).id;
    }
    await db.schema.createIndex('buying_groups_completeness').on('buying_groups').columns(['completeness', 'id']).execute();
    await db.schema.createIndex('buying_groups_engagement').on('buying_groups').columns(['engagement', 'id']).execute();
  }

  return { up };
}
