import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, type Migration } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../test-db.ts';
import { initial } from './0001_initial.ts';
import { buyingGroupNameNorm } from './0002_buying_group_name_norm.ts';

describe(`migration 0002 buying group name_norm (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE, { migrate: false });
  });
  afterAll(async () => t.drop());

  it('adds the column and back-fills existing groups with the normalised name', async () => {
    const migrations: Record<string, Migration> = { '0001_initial': initial(t.engine), '0002_buying_group_name_norm': buyingGroupNameNorm(t.engine) };
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0001_initial')).error).toBeUndefined();
    const now = Date.now();
    await t.db.insertInto('accounts').values({ id: 'acc_1', name: 'Ärzte AG', name_norm: 'ärzte ag', custom: '{}', custom_norm: '{}', created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.insertInto('roles_templates').values({ id: 'tpl_1', name: 'T', name_norm: 't', description: null, status: 'live', duplicated_from: null, published_at: now, created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.insertInto('solution_interests').values({ id: 'si_1', name: 'Data', name_norm: 'data', description: null, products: '[]', template_id: 'tpl_1', stage_model_id: null, follow_membership_changes: 1, created_at: now, updated_at: now, version: 1 }).execute();
    const legacy = { account_id: 'acc_1', id: 'bg_1', solution_interest_id: 'si_1', template_id: 'tpl_1', name: ' DATA for ÄRZTE AG', status_label: null, stage: null, completeness: 0, engagement: 0, active: 1, created_at: now, updated_at: now };
    await t.db.insertInto('buying_groups').values(legacy as never).execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const row = await t.db.selectFrom('buying_groups').select('name_norm').where('id', '=', 'bg_1').executeTakeFirstOrThrow();
    expect(row.name_norm).toBe('data for ärzte ag');
  });
});
