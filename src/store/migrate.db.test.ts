import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { migrate } from './migrate.ts';

describe(`migrations (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE, { migrate: false });
  });
  afterAll(async () => t.drop());

  it('applies every migration once, seeds the six default roles, and is idempotent', async () => {
    const first = await migrate(t);
    expect(first.applied).toEqual(['0001_initial', '0002_buying_group_name_norm', '0003_engine', '0004_buying_group_status_norm', '0005_generation_scope_index', '0006_followed_audiences', '0009_activity_types_and_bands', '0010_versions', '0012_users_sign_in', '0014_activity_type_versions', '0015_import_keys', '0016_title_intelligence', '0017_member_suggestions', '0018_webhooks', '0019_journeys', '0021_journey_runtime', '0022_destinations', '0023_enrichment', '0024_journey_claim_indexes', '0025_journey_listen_activate']);
    const again = await migrate(t);
    expect(again.applied).toEqual([]);
    const roles = await t.db.selectFrom('roles').select(['id', 'name', 'is_default']).orderBy('id').execute();
    expect(roles).toHaveLength(6);
    expect(roles.every((r) => r.is_default === 1)).toBe(true);
    const count = await t.db.selectFrom('roles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(6); // a number on both engines, not pg's string
  });
});
