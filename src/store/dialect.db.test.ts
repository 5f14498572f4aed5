/**
 * Every dialect member run on the test engine (QUORUM_TEST_ENGINE; CI runs both): the statements
 * dialect.test.ts compiles do what their doc comments say — results, and on PostgreSQL the locks
 * (seen from a second connection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { dialectOf, type Dialect } from './dialect.ts';
import type { DB } from './schema.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createAccount } from './accounts.ts';
import { accountFields, T0 } from '../engine/test-fixtures.ts';

const postgres = TEST_ENGINE === 'postgres';

describe(`dialect on ${TEST_ENGINE}`, () => {
  let t: TestDatabase;
  let d: Dialect;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestDatabase();
    d = dialectOf(t.db);
    ids = [];
    for (const name of ['Acme', 'Globex', 'Initech']) ids.push((await createAccount(t.db, SYSTEM_ACTOR, accountFields(name), T0)).id);
    ids.sort();
  });
  afterAll(async () => t.drop());

  /** Runs `fn` in a transaction on one connection (temporary tables are per connection). */
  const inTransaction = <T>(fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> => t.db.transaction().execute(fn);

  it('is the dialect of the engine under test', () => {
    expect(d.engine).toBe(TEST_ENGINE);
  });

  it('inTextList matches exactly the listed values', async () => {
    const { rows } = await sql<{ id: string }>`select id from accounts where id ${d.inTextList([ids[0]!, ids[2]!, 'acc_missing'])} order by id`.execute(t.db);
    expect(rows.map((r) => r.id)).toEqual([ids[0], ids[2]]);
  });

  it('scratch table, double in a VALUES list, foreign-key order: a double goes in and comes back exactly', async () => {
    const x = 0.1 + 0.2;
    const stored = await inTransaction(async (trx) => {
      await d.createScratchTable('quorum_dialect_t', [['a', 'text'], ['n', 'integer'], ['x', 'double']]).execute(trx);
      await sql`delete from quorum_dialect_t`.execute(trx);
      await sql`insert into quorum_dialect_t (a, n, x) select s.a, 1, 0 from (select id as a from accounts) as s${d.foreignKeyOrder(sql.ref('s.a'))}`.execute(trx);
      // Without the dialect's typing PostgreSQL would refuse to assign a text-typed VALUES column to x.
      await sql`update quorum_dialect_t set x = v.column2 from (values (${ids[1]!}, ${d.double(x)})) as v where quorum_dialect_t.a = v.column1`.execute(trx);
      return (await sql<{ a: string; x: number }>`select a, x from quorum_dialect_t order by a`.execute(trx)).rows;
    });
    expect(stored.map((r) => [r.a, Number(r.x)])).toEqual([
      [ids[0], 0],
      [ids[1], x],
      [ids[2], 0],
    ]);
  });

  it('the scratch table empties itself at commit on PostgreSQL; on SQLite its rows stay until deleted', async () => {
    const left = await t.db.connection().execute(async (conn) => {
      await conn.transaction().execute(async (trx) => {
        await d.createScratchTable('quorum_dialect_c', [['a', 'text']]).execute(trx);
        await sql`delete from quorum_dialect_c`.execute(trx);
        await sql`insert into quorum_dialect_c (a) values (${'x'})`.execute(trx);
      });
      return Number((await sql<{ n: number }>`select count(*) as n from quorum_dialect_c`.execute(conn)).rows[0]?.n);
    });
    expect(left).toBe(postgres ? 0 : 1);
  });

  it('keyOrderedJoin returns the join of the rows and the table, after the given CTEs', async () => {
    const q = d.keyOrderedJoin<{ id: string; name: string }>({
      ctes: sql`recursive n(i) as (select 1 union all select i + 1 from n where i < 2)`,
      rows: sql`select accounts.id as account_id from n inner join accounts on accounts.id = case n.i when 1 then ${ids[2]!} else ${ids[0]!} end`,
      alias: 'r',
      orderBy: sql`accounts.id`,
      join: sql`accounts as a on a.id = r.account_id`,
      select: (from) => sql`select a.id, a.name from ${from} order by a.id`,
    });
    const { rows } = await q.execute(t.db);
    expect(rows.map((r) => r.id)).toEqual([ids[0], ids[2]]);
  });

  it('claimLock: a second claimer skips the row the first one holds (PostgreSQL); claims the first row (SQLite)', async () => {
    const claim = (trx: Kysely<DB>) => sql<{ id: string }>`select id from accounts order by id limit 1${d.claimLock()}`.execute(trx);
    const { first, second } = await inTransaction(async (trx) => {
      const first = (await claim(trx)).rows[0]?.id;
      // SQLite's single writer: the second claim waits for the first transaction, so it runs after it.
      const second = postgres ? (await t.db.transaction().execute(claim)).rows[0]?.id : undefined;
      return { first, second };
    });
    expect(first).toBe(ids[0]);
    if (postgres) expect(second).toBe(ids[1]);
  });

  it('lockRowsById and withRowLocks lock the rows for the transaction (PostgreSQL: another connection cannot take them)', async () => {
    // PostgreSQL: one statement of its own (another pooled connection) that refuses to wait.
    const tryLock = async (id: string) => {
      if (!postgres) return 'no row locks';
      try {
        await sql`select id from accounts where id = ${id} for update nowait`.execute(t.db);
        return 'free';
      } catch (e) {
        return (e as { code?: string }).code === '55P03' ? 'locked' : String(e);
      }
    };
    const seen = await inTransaction(async (trx) => {
      await d.lockRowsById(trx, 'accounts', [ids[1]!, ids[0]!], { chunk: 1 });
      await d.withRowLocks(trx.selectFrom('accounts').select('id').where('id', '=', ids[2]!), (q) => q.forUpdate()).execute();
      if (!postgres) return [];
      return Promise.all(ids.map(tryLock));
    });
    if (postgres) expect(seen).toEqual(['locked', 'locked', 'locked']);
    else expect(seen).toEqual([]);
    // Released at commit.
    expect(await tryLock(ids[0]!)).toBe(postgres ? 'free' : 'no row locks');
  });

  it('transactionLock: held until commit; shared holders coexist, an exclusive one waits (PostgreSQL)', async () => {
    const key = 0x51524d545354;
    const tryExclusive = () => sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${key}) as ok`;
    const trySharedOther = () => sql<{ ok: boolean }>`select pg_try_advisory_xact_lock_shared(${key}) as ok`;
    const observed = await inTransaction(async (trx) => {
      await d.transactionLock(trx, key, 'shared');
      if (!postgres) return null;
      return t.db.transaction().execute(async (other) => ({
        shared: (await trySharedOther().execute(other)).rows[0]?.ok,
        exclusive: (await tryExclusive().execute(other)).rows[0]?.ok,
      }));
    });
    if (postgres) expect(observed).toEqual({ shared: true, exclusive: false });
    const exclusive = await inTransaction(async (trx) => {
      await d.transactionLock(trx, key, 'exclusive');
      if (!postgres) return null;
      return t.db.transaction().execute(async (other) => (await trySharedOther().execute(other)).rows[0]?.ok);
    });
    if (postgres) expect(exclusive).toBe(false);
    else expect(exclusive).toBeNull();
  });

  it('refreshStatistics runs on the engine (PostgreSQL: the table then has statistics)', async () => {
    await d.refreshStatistics(t.db, 'accounts');
    if (!postgres) return;
    const { rows } = await sql<{ n: number }>`select count(*) as n from pg_stats where schemaname = current_schema() and tablename = 'accounts'`.execute(t.db);
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  it('withSessionLock runs fn when the lock is free, and (PostgreSQL) not while another connection holds it', async () => {
    const key = 0x51524d53544b;
    expect(await d.withSessionLock(t.db, key, async () => 'ran')).toBe('ran');
    if (!postgres) return;
    const skipped = await t.db.connection().execute(async (holder) => {
      await sql`select pg_advisory_lock(${key})`.execute(holder);
      try {
        return await d.withSessionLock(t.db, key, async () => 'ran');
      } finally {
        await sql`select pg_advisory_unlock(${key})`.execute(holder);
      }
    });
    expect(skipped).toBeNull();
    // Released after the run: free again.
    expect(await d.withSessionLock(t.db, key, async () => 'again')).toBe('again');
  });
});
