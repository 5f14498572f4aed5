import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.ts';

/**
 * Learned member suggestions (issue 10).
 *
 * `suggestion_models`: the model trained for a solution interest (one row each, replaced by the
 * next training), its training statistics and options.
 *
 * `member_suggestions`: what a model proposed for a buying group — (person, role, probability,
 * reasons) — and what became of it: `pending` until a user confirms it (the person becomes a
 * manual member; the row stays `confirmed` as the record) or dismisses it (`dismissed`: kept
 * forever, so the same role is never proposed again for that person in that group, and it is a
 * judged negative for the next training). Keyed by (account, group, person, role): a dismissal
 * is per role. Pending suggestions are not members: completeness, engagement, maintenance and
 * explain never see them.
 */
export function memberSuggestions(engine: Engine) {
  const pgsql = engine === 'postgres';
  const int8 = pgsql ? 'bigint' : 'integer';
  const json = pgsql ? 'jsonb' : 'text';
  const float = pgsql ? 'double precision' : 'real';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('suggestion_models')
      .addColumn('solution_interest_id', 'text', (c) => c.primaryKey().references('solution_interests.id'))
      .addColumn('model', json, (c) => c.notNull())
      .addColumn('stats', json, (c) => c.notNull())
      .addColumn('options', json, (c) => c.notNull())
      .addColumn('trained_at', int8, (c) => c.notNull())
      .addColumn('job_id', 'text')
      .execute();
    await db.schema
      .createTable('member_suggestions')
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('buying_group_id', 'text', (c) => c.notNull().references('buying_groups.id'))
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id'))
      .addColumn('solution_interest_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pending', 'confirmed', 'dismissed')`))
      .addColumn('probability', float, (c) => c.notNull())
      .addColumn('reasons', json, (c) => c.notNull())
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('decided_at', int8)
      .addColumn('decided_by', 'text')
      .addPrimaryKeyConstraint('member_suggestions_pk', ['account_id', 'buying_group_id', 'person_id', 'role_id'])
      .execute();
    await db.schema.createIndex('member_suggestions_group_state').on('member_suggestions').columns(['buying_group_id', 'state', 'probability']).execute();
    await db.schema.createIndex('member_suggestions_si_state').on('member_suggestions').columns(['solution_interest_id', 'state', 'probability']).execute();
    await db.schema.createIndex('member_suggestions_person').on('member_suggestions').columns(['person_id']).execute();
  }

  return { up };
}
