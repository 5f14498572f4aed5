import type { Kysely } from 'kysely';
import type { Engine } from '../db.ts';
import { parseJson } from '../db.ts';

/**
 * The scope of a solution interest's buying groups as stored facts (issue 6): how deep below each
 * account rules look (`solution_interest_scopes`, one row per solution interest, kept when its
 * followings end: its groups keep that depth) and which audiences it follows (`followed_audiences`). Until now both were derived from the
 * creation jobs table, so a deleted list or solution interest left a "subscription" behind that
 * made every later data write fail, and jobs of different depths disagreed with explain and
 * preview. The rows have real foreign keys: a followed list or solution interest cannot vanish
 * without the following being ended first (store/followed-audiences.ts).
 *
 * Backfill: every (solution interest, audience) pair of a creation job that ran (running or
 * succeeded) — what maintenance followed — whose solution interest and list still exist, at the
 * depth maintenance used (the deepest job of the solution interest). Pairs whose configuration is
 * gone are dropped: they were exactly the stale subscriptions that broke writes.
 */
export function followedAudiences(engine: Engine) {
  const int8 = engine === 'postgres' ? 'bigint' : 'integer';

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped db
  async function up(db: Kysely<any>): Promise<void> {
    await db.schema
      .createTable('solution_interest_scopes')
      .addColumn('solution_interest_id', 'text', (c) => c.primaryKey().references('solution_interests.id'))
      .addColumn('descendant_depth', 'integer', (c) => c.notNull())
      .addColumn('updated_at', int8, (c) => c.notNull())
      .addColumn('updated_by_job', 'text', (c) => c.references('jobs.id'))
      .execute();
    await db.schema
      .createTable('followed_audiences')
      .addColumn('solution_interest_id', 'text', (c) => c.notNull().references('solution_interest_scopes.solution_interest_id'))
      .addColumn('audience_id', 'text', (c) => c.notNull().references('account_lists.id'))
      .addColumn('created_at', int8, (c) => c.notNull())
      .addColumn('created_by_job', 'text', (c) => c.references('jobs.id'))
      .addPrimaryKeyConstraint('followed_audiences_pk', ['solution_interest_id', 'audience_id'])
      .execute();
    await db.schema.createIndex('followed_audiences_audience').on('followed_audiences').columns(['audience_id']).execute();

    const jobs: { id: string; params: unknown; created_at: number | string; started_at: number | string | null }[] = await db
      .selectFrom('jobs')
      .select(['id', 'params', 'created_at', 'started_at'])
      .where('type', '=', 'buying_group_creation')
      .where('status', 'in', ['running', 'succeeded'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const sis = new Set((await db.selectFrom('solution_interests').select('id').execute()).map((r: { id: string }) => r.id));
    const lists = new Set((await db.selectFrom('account_lists').select('id').execute()).map((r: { id: string }) => r.id));
    const depthOf = new Map<string, number>();
    const pairs = new Map<string, { si: string; list: string; job: string; at: number }>();
    for (const j of jobs) {
      const p = parseJson<{ solutionInterestId?: string; audienceId?: string; options?: { descendantDepth?: number } }>(j.params);
      if (!p.solutionInterestId || !p.audienceId || !sis.has(p.solutionInterestId) || !lists.has(p.audienceId)) continue;
      depthOf.set(p.solutionInterestId, Math.max(depthOf.get(p.solutionInterestId) ?? 0, p.options?.descendantDepth ?? 0));
      const key = `${p.solutionInterestId}|${p.audienceId}`;
      if (!pairs.has(key)) pairs.set(key, { si: p.solutionInterestId, list: p.audienceId, job: j.id, at: Number(j.started_at ?? j.created_at) });
    }
    const scoped = new Set<string>();
    for (const p of pairs.values()) {
      if (!scoped.has(p.si)) {
        scoped.add(p.si);
        await db.insertInto('solution_interest_scopes').values({ solution_interest_id: p.si, descendant_depth: depthOf.get(p.si) ?? 0, updated_at: p.at, updated_by_job: p.job }).execute();
      }
      await db.insertInto('followed_audiences').values({ solution_interest_id: p.si, audience_id: p.list, created_at: p.at, created_by_job: p.job }).execute();
    }
  }

  return { up };
}
