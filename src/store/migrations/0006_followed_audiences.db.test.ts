import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, type Migration } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../test-db.ts';
import { initial } from './0001_initial.ts';
import { buyingGroupNameNorm } from './0002_buying_group_name_norm.ts';
import { engine } from './0003_engine.ts';
import { buyingGroupStatusNorm } from './0004_buying_group_status_norm.ts';
import { generationScopeIndex } from './0005_generation_scope_index.ts';
import { followedAudiences } from './0006_followed_audiences.ts';

describe(`migration 0006 followed audiences (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE, { migrate: false });
  });
  afterAll(async () => t.drop());

  it('back-fills what maintenance followed (jobs that ran, configuration still there) at the deepest depth per solution interest, and drops stale pairs', async () => {
    const migrations: Record<string, Migration> = {
      '0001_initial': initial(t.engine),
      '0002_buying_group_name_norm': buyingGroupNameNorm(t.engine),
      '0003_engine': engine(t.engine),
      '0004_buying_group_status_norm': buyingGroupStatusNorm(t.engine),
      '0005_generation_scope_index': generationScopeIndex(t.engine),
      '0006_followed_audiences': followedAudiences(t.engine),
    };
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0005_generation_scope_index')).error).toBeUndefined();
    const now = 1_700_000_000_000;
    await t.db.insertInto('roles_templates').values({ id: 'tpl_1', name: 'T', name_norm: 't', description: null, status: 'live', duplicated_from: null, published_at: now, created_at: now, updated_at: now, version: 1 } as never).execute();
    for (const si of ['si_1', 'si_2']) {
      await t.db.insertInto('solution_interests').values({ id: si, name: si, name_norm: si, description: null, products: '[]', template_id: 'tpl_1', stage_model_id: null, follow_membership_changes: 1, created_at: now, updated_at: now, version: 1 }).execute();
    }
    for (const l of ['lst_1', 'lst_2']) {
      await t.db.insertInto('account_lists').values({ id: l, name: l, name_norm: l, description: null, kind: 'static', condition: null, created_at: now, updated_at: now, version: 1 }).execute();
    }
    let n = 0;
    const job = async (status: string, si: string, list: string, depth: number) => {
      const id = `job_${++n}`;
      await t.db
        .insertInto('jobs')
        .values({
          id,
          type: 'buying_group_creation',
          status: status as never,
          params: JSON.stringify({ solutionInterestId: si, audienceId: list, options: { descendantDepth: depth } }),
          progress_done: 0,
          progress_total: 0,
          counts: '{}',
          error: null,
          locked_by: null,
          heartbeat_at: null,
          created_at: now + n,
          started_at: status === 'queued' ? null : now + n,
          finished_at: null,
        })
        .execute();
      return id;
    };
    const first = await job('succeeded', 'si_1', 'lst_1', 0);
    await job('succeeded', 'si_1', 'lst_1', 0);
    const second = await job('running', 'si_1', 'lst_2', 1);
    await job('succeeded', 'si_2', 'lst_gone', 0); // the list was deleted: the stale subscription of issue 6
    await job('succeeded', 'si_gone', 'lst_1', 0); // the solution interest was deleted
    await job('failed', 'si_2', 'lst_1', 0);
    await job('queued', 'si_2', 'lst_2', 2);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await t.db.selectFrom('followed_audiences').selectAll().orderBy('solution_interest_id').orderBy('audience_id').execute();
    expect(rows.map((r) => ({ ...r, created_at: Number(r.created_at) }))).toEqual([
      { solution_interest_id: 'si_1', audience_id: 'lst_1', created_at: now + 1, created_by_job: first },
      { solution_interest_id: 'si_1', audience_id: 'lst_2', created_at: now + 3, created_by_job: second },
    ]);
    const scopes = await t.db.selectFrom('solution_interest_scopes').selectAll().execute();
    expect(scopes.map((r) => ({ ...r, updated_at: Number(r.updated_at) }))).toEqual([{ solution_interest_id: 'si_1', descendant_depth: 1, updated_at: now + 1, updated_by_job: first }]);
  });
});
