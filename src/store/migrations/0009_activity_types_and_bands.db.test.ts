import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, type Migration } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../test-db.ts';
import { initial } from './0001_initial.ts';
import { buyingGroupNameNorm } from './0002_buying_group_name_norm.ts';
import { engine } from './0003_engine.ts';
import { buyingGroupStatusNorm } from './0004_buying_group_status_norm.ts';
import { generationScopeIndex } from './0005_generation_scope_index.ts';
import { activityTypesAndBands } from './0009_activity_types_and_bands.ts';
import { knownActivityTypes } from '../activity-types.ts';
import { getWeightingModel } from '../weighting-models.ts';

describe(`migration 0009 activity types and bands (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE, { migrate: false });
  });
  afterAll(async () => t.drop());

  it('registers the custom types already in use (activities, weights, conditions), so nothing stored becomes invalid', async () => {
    const migrations: Record<string, Migration> = {
      '0001_initial': initial(t.engine),
      '0002_buying_group_name_norm': buyingGroupNameNorm(t.engine),
      '0003_engine': engine(t.engine),
      '0004_buying_group_status_norm': buyingGroupStatusNorm(t.engine),
      '0005_generation_scope_index': generationScopeIndex(t.engine),
      '0009_activity_types_and_bands': activityTypesAndBands(t.engine),
    };
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0005_generation_scope_index')).error).toBeUndefined();
    const now = Date.now();
    await t.db.insertInto('people').values({ id: 'per_1', email: 'a@example.com', email_norm: 'a@example.com', email_invalid: 0, email_suspended: 0, unsubscribed: 0, custom: '{}', custom_norm: '{}', created_at: now, updated_at: now, version: 1 } as never).execute();
    const activity = (id: string, type: string) => ({ id, person_id: 'per_1', account_id: null, type, occurred_at: now, metadata: '{}', created_at: now });
    await t.db.insertInto('activities').values([activity('act_1', 'webinar_watched'), activity('act_2', 'email_opened'), activity('act_3', 'webinar_watched')]).execute();
    await t.db
      .insertInto('weighting_models')
      .values({ id: 'wm_1', name: 'Old', name_norm: 'old', active: 0, weights: JSON.stringify({ podcast_listened: 40, form_filled: 60 }), window_days: 30, daily_cap: 20, k: 20, created_at: now, updated_at: now, version: 1 } as never)
      .execute();
    const condition = { all: [{ field: 'jobTitle', op: 'contains', value: 'cto' }, { not: { activity: { type: ['demo_requested', 'page_viewed'], atLeast: 1, inLastDays: 7 } } }] };
    await t.db.insertInto('personas').values({ id: 'psn_1', name: 'P', name_norm: 'p', description: null, condition: JSON.stringify(condition), created_at: now, updated_at: now, version: 1 } as never).execute();

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const custom = (await t.db.selectFrom('activity_types').select('key').orderBy('key').execute()).map((r) => r.key);
    expect(custom).toEqual(['demo_requested', 'podcast_listened', 'webinar_watched']);
    expect((await knownActivityTypes(t.db)).has('webinar_watched')).toBe(true);
    // An existing model keeps its weights and gets the SPEC §5 bands.
    const model = await getWeightingModel(t.db, 'wm_1');
    expect(model.resolvedWeights).toEqual({ podcast_listened: 40, form_filled: 60 });
    expect(model.bands).toEqual({ no_weight: 0, trivial: 20, minor: 40, normal: 60, important: 80, vital: 100 });
  });
});
