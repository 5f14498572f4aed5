/**
 * The SQL each dialect member compiles to, for both engines, without a connection (Kysely with
 * DummyDriver, as Kysely tests its own compilers): the text the engine receives and the bound
 * parameters. Members that run statements are checked through the query log. dialect.db.test.ts
 * runs the same members on a real database.
 */
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql, type RawBuilder } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from './schema.ts';
import type { Engine } from './db.ts';
import { dbEngine, dialectFor, dialectOf } from './dialect.ts';

/** A Kysely instance of `engine` that runs nothing and records the statements it was given. */
function dummy(engine: Engine): { db: Kysely<DB>; log: { sql: string; parameters: readonly unknown[] }[] } {
  const pg = engine === 'postgres';
  const log: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<DB>({
    dialect: {
      createAdapter: () => (pg ? new PostgresAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => (pg ? new PostgresIntrospector(k) : new SqliteIntrospector(k)),
      createQueryCompiler: () => (pg ? new PostgresQueryCompiler() : new SqliteQueryCompiler()),
    },
    log: (event) => {
      if (event.level === 'query') log.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  return { db, log };
}

const compile = (engine: Engine, fragment: RawBuilder<unknown>) => {
  const q = fragment.compile(dummy(engine).db);
  return { sql: q.sql.replace(/\s+/g, ' ').trim(), parameters: q.parameters };
};

const pg = dialectFor('postgres');
const lite = dialectFor('sqlite');

describe('dialect', () => {
  it('comes from the db handle (its adapter), and each engine has one', () => {
    expect(dialectOf(dummy('postgres').db)).toBe(pg);
    expect(dialectOf(dummy('sqlite').db)).toBe(lite);
    expect(dbEngine(dummy('postgres').db)).toBe('postgres');
    expect(dbEngine(dummy('sqlite').db)).toBe('sqlite');
    expect([pg.engine, lite.engine]).toEqual(['postgres', 'sqlite']);
  });

  it('inTextList: one array parameter on PostgreSQL, a list of parameters on SQLite', () => {
    const ids = ['acc_1', 'acc_2', 'acc_3'];
    expect(compile('postgres', sql`select id from accounts where id ${pg.inTextList(ids)}`)).toEqual({ sql: 'select id from accounts where id = any(cast($1 as text[]))', parameters: [ids] });
    expect(compile('sqlite', sql`select id from accounts where id ${lite.inTextList(ids)}`)).toEqual({ sql: 'select id from accounts where id in (?, ?, ?)', parameters: ids });
  });

  it('inTextList binds a copy (a compiled statement cached with its parameters cannot be changed through the caller\'s array)', () => {
    const ids = ['acc_1'];
    const { parameters } = compile('postgres', pg.inTextList(ids));
    expect(parameters[0]).toEqual(ids);
    expect(parameters[0]).not.toBe(ids);
  });

  it('double: a cast on PostgreSQL, the bare parameter on SQLite', () => {
    expect(compile('postgres', sql`values (${pg.double(0.5)})`)).toEqual({ sql: 'values (cast($1 as double precision))', parameters: [0.5] });
    expect(compile('sqlite', sql`values (${lite.double(0.5)})`)).toEqual({ sql: 'values (?)', parameters: [0.5] });
  });

  it('createScratchTable: double precision and ON COMMIT DELETE ROWS on PostgreSQL, REAL on SQLite', () => {
    const cols = [
      ['a', 'text'],
      ['n', 'integer'],
      ['x', 'double'],
    ] as const;
    expect(compile('postgres', pg.createScratchTable('scratch_t', cols))).toEqual({ sql: 'create temp table if not exists scratch_t (a text, n integer, x double precision) on commit delete rows', parameters: [] });
    expect(compile('sqlite', lite.createScratchTable('scratch_t', cols))).toEqual({ sql: 'create temp table if not exists scratch_t (a text, n integer, x real)', parameters: [] });
  });

  it('refuses identifiers it would have to quote (they go into the text)', () => {
    expect(() => pg.createScratchTable('scratch; drop table people', [['a', 'text']])).toThrow(/invalid identifier/);
    expect(() => lite.createScratchTable('s', [['A b', 'text']])).toThrow(/invalid identifier/);
    expect(() => lite.keyOrderedJoin({ ctes: null, rows: sql`select 1`, alias: 'r x', orderBy: sql`1`, join: sql`t`, select: (f) => f })).toThrow(/invalid identifier/);
  });

  it('foreignKeyOrder: an ORDER BY on PostgreSQL, nothing on SQLite', () => {
    const insert = (d: typeof pg) => sql`insert into t (a) select s.a from s${d.foreignKeyOrder(sql.ref('s.a'))}`;
    expect(compile('postgres', insert(pg)).sql).toBe('insert into t (a) select s.a from s order by "s"."a"');
    expect(compile('sqlite', insert(lite)).sql).toBe('insert into t (a) select s.a from s');
  });

  it('keyOrderedJoin: the plain join on PostgreSQL; on SQLite the rows materialised in key order first, then CROSS JOIN', () => {
    const q = (d: typeof pg, ctes: RawBuilder<unknown> | null) =>
      d.keyOrderedJoin({
        ctes,
        rows: sql`select r.person_id from rel_src as r where r.account_id = ${'acc_1'}`,
        alias: 'rel',
        orderBy: sql`r.person_id`,
        join: sql`people on people.id = rel.person_id`,
        select: (from) => sql`select people.id from ${from}`,
      });
    expect(compile('postgres', q(pg, null))).toEqual({
      sql: 'select people.id from (select r.person_id from rel_src as r where r.account_id = $1) as rel inner join people on people.id = rel.person_id',
      parameters: ['acc_1'],
    });
    expect(compile('sqlite', q(lite, null))).toEqual({
      sql: 'with rel as materialized ( select r.person_id from rel_src as r where r.account_id = ? order by r.person_id ) select people.id from rel cross join people on people.id = rel.person_id',
      parameters: ['acc_1'],
    });
    const cte = sql`recursive n(i) as (select ${1})`;
    expect(compile('postgres', q(pg, cte)).sql).toBe(
      'with recursive n(i) as (select $1) select people.id from (select r.person_id from rel_src as r where r.account_id = $2) as rel inner join people on people.id = rel.person_id',
    );
    expect(compile('sqlite', q(lite, cte)).sql).toBe(
      'with recursive n(i) as (select ?), rel as materialized ( select r.person_id from rel_src as r where r.account_id = ? order by r.person_id ) select people.id from rel cross join people on people.id = rel.person_id',
    );
  });

  it('withRowLocks: the locking clause on PostgreSQL, the query unchanged on SQLite', () => {
    for (const engine of ['postgres', 'sqlite'] as const) {
      const { db } = dummy(engine);
      const q = dialectFor(engine).withRowLocks(db.selectFrom('buying_groups').select('id').where('id', '=', 'bg_1'), (l) => l.orderBy('id').forNoKeyUpdate());
      expect(q.compile().sql).toBe(engine === 'postgres' ? 'select "id" from "buying_groups" where "id" = $1 order by "id" for no key update' : 'select "id" from "buying_groups" where "id" = ?');
    }
  });

  it('lockRowsById: sorted ids in chunks, FOR UPDATE or FOR NO KEY UPDATE, on PostgreSQL; no statement on SQLite', async () => {
    const p = dummy('postgres');
    await pg.lockRowsById(p.db, 'buying_groups', ['bg_c', 'bg_a', 'bg_b'], { chunk: 2 });
    await pg.lockRowsById(p.db, 'people', ['per_1'], { strength: 'no key update' });
    expect(p.log).toEqual([
      { sql: 'select id from "buying_groups" where id in ($1, $2) order by id for update', parameters: ['bg_a', 'bg_b'] },
      { sql: 'select id from "buying_groups" where id in ($1) order by id for update', parameters: ['bg_c'] },
      { sql: 'select id from "people" where id in ($1) order by id for no key update', parameters: ['per_1'] },
    ]);
    const s = dummy('sqlite');
    await lite.lockRowsById(s.db, 'buying_groups', ['bg_a'], { chunk: 2 });
    expect(s.log).toEqual([]);
  });

  it('lockRowsById sends nothing for no ids', async () => {
    const p = dummy('postgres');
    await pg.lockRowsById(p.db, 'buying_groups', []);
    expect(p.log).toEqual([]);
  });

  it('claimLock: FOR UPDATE SKIP LOCKED on PostgreSQL, nothing on SQLite', () => {
    expect(compile('postgres', sql`select id from jobs limit 1${pg.claimLock()}`).sql).toBe('select id from jobs limit 1 for update skip locked');
    expect(compile('sqlite', sql`select id from jobs limit 1${lite.claimLock()}`).sql).toBe('select id from jobs limit 1');
  });

  it('transactionLock: an advisory transaction lock (exclusive or shared) on PostgreSQL, nothing on SQLite', async () => {
    const p = dummy('postgres');
    await pg.transactionLock(p.db, 42, 'exclusive');
    await pg.transactionLock(p.db, 42, 'shared');
    expect(p.log).toEqual([
      { sql: 'select pg_advisory_xact_lock($1)', parameters: [42] },
      { sql: 'select pg_advisory_xact_lock_shared($1)', parameters: [42] },
    ]);
    const s = dummy('sqlite');
    await lite.transactionLock(s.db, 42, 'exclusive');
    expect(s.log).toEqual([]);
  });

  it('withSessionLock: tries a session advisory lock on PostgreSQL (not granted: fn not run, null); runs fn on SQLite', async () => {
    const p = dummy('postgres');
    let ran = 0;
    // DummyDriver answers no rows: the lock reads as not granted.
    expect(await pg.withSessionLock(p.db, 7, async () => ++ran)).toBeNull();
    expect(ran).toBe(0);
    expect(p.log).toEqual([{ sql: 'select pg_try_advisory_lock($1) as ok', parameters: [7] }]);
    const s = dummy('sqlite');
    expect(await lite.withSessionLock(s.db, 7, async () => ++ran)).toBe(1);
    expect(s.log).toEqual([]);
  });

  it('refreshStatistics: ANALYZE on PostgreSQL, nothing on SQLite', async () => {
    const p = dummy('postgres');
    await pg.refreshStatistics(p.db, 'account_list_members');
    expect(p.log).toEqual([{ sql: 'analyze "account_list_members"', parameters: [] }]);
    const s = dummy('sqlite');
    await lite.refreshStatistics(s.db, 'account_list_members');
    expect(s.log).toEqual([]);
  });

  it('says which driver blocks the event loop and which database one process owns', () => {
    expect({ blocks: pg.blocksEventLoop, one: pg.oneProcessPerDatabase }).toEqual({ blocks: false, one: false });
    expect({ blocks: lite.blocksEventLoop, one: lite.oneProcessPerDatabase }).toEqual({ blocks: true, one: true });
  });
});
