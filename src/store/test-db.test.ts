/**
 * The suite's test databases: copies of the run's migrated template (made by the global setup),
 * on the current schema, each its own.
 */
import { describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE } from './test-db.ts';
import { migrate } from './migrate.ts';

describe(`test databases (${TEST_ENGINE})`, () => {
  it('are copies of the run’s template, already migrated, and independent of each other', async () => {
    expect(process.env.QUORUM_TEST_TEMPLATE?.startsWith(`${TEST_ENGINE}:`)).toBe(true);
    const [a, b] = [await createTestDatabase(), await createTestDatabase()];
    try {
      expect((await migrate(a)).applied).toEqual([]); // nothing left to apply on the copy
      await a.db.insertInto('journey_cursors').values({ name: 'only-in-a', after_seq: 1, updated_at: 1 }).execute();
      const count = async (t: typeof a) => Number((await t.db.selectFrom('journey_cursors').select((eb) => eb.fn.countAll<number>().as('n')).where('name', '=', 'only-in-a').executeTakeFirstOrThrow()).n);
      expect([await count(a), await count(b)]).toEqual([1, 0]);
    } finally {
      await a.drop();
      await b.drop();
    }
  });
});
