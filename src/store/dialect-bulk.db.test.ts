import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { dialectOf } from './dialect.ts';

describe(`dialect: bulk write settings and statistics (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  it('sets work_mem for the transaction only and keeps synchronous commits (PostgreSQL)', async () => {
    if (t.engine !== 'postgres') return;
    const show = async () => (await sql<{ s: string; w: string }>`select current_setting('synchronous_commit') as s, current_setting('work_mem') as w`.execute(t.db)).rows[0];
    const inside = await t.db.transaction().execute(async (trx) => {
      await dialectOf(trx).bulkWriteSettings(trx);
      return (await sql<{ s: string; w: string }>`select current_setting('synchronous_commit') as s, current_setting('work_mem') as w`.execute(trx)).rows[0];
    });
    expect(inside).toEqual({ s: 'on', w: '64MB' });
    expect((await show())?.w).not.toBe('64MB');
  });

  it('refreshes the planner statistics of the tables named (PostgreSQL), and leaves SQLite alone', async () => {
    if (t.engine === 'postgres') {
      const reltuples = async () =>
        Number((await sql<{ n: number }>`select reltuples as n from pg_class where oid = to_regclass('buying_groups')`.execute(t.db)).rows[0]?.n);
      expect(await reltuples()).toBe(-1); // never analyzed
      await dialectOf(t.db).refreshStatistics(t.db, 'buying_groups');
      expect(await reltuples()).toBe(0);
    } else {
      await dialectOf(t.db).refreshStatistics(t.db, 'buying_groups');
      const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(t.db);
      expect(Number(rows[0]?.n)).toBe(0);
    }
  });
});
