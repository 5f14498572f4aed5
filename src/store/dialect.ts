/**
 * The SQL dialect: every difference between SQLite and PostgreSQL that code outside the store
 * needs, one named member each, in the spirit of Kysely's DialectAdapter. Engine code asks the
 * dialect (`dialectOf(db)`), never the engine's name: a statement is written once, and the
 * pieces that differ come from here. Each member says why the engines differ.
 *
 * Startup and connection code (db.ts, migrations, test-db.ts) legitimately knows its engine and
 * keeps its own checks; so does the condition compiler (conditions-sql.ts), whose per-operator
 * differences are its whole job.
 */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from './schema.ts';
import type { Engine } from './db.ts';

/** Column types a scratch table may use, named for what they hold. */
export type ScratchColumnType = 'text' | 'integer' | 'double';

/** How strongly `lockRowsById` locks: `update` also blocks foreign-key checks of referencing rows; `no key update` does not. */
export type RowLockStrength = 'update' | 'no key update';

export interface Dialect {
  /** The engine's name, for what passes it on (the condition compiler's context, plan caches, logs); never to branch on. */
  readonly engine: Engine;

  /**
   * `<column> <this>`: membership in a list of text values. PostgreSQL gets the values as one
   * array parameter (`= any(cast($1 as text[]))`): a long IN list of parameters is searched
   * linearly and every length is another statement to plan. SQLite has no arrays: `in (?, ?, …)`.
   */
  inTextList(values: readonly string[]): RawBuilder<unknown>;

  /**
   * A number bound where its type cannot be inferred (a VALUES list). PostgreSQL types an untyped
   * parameter in VALUES as text or integer and then refuses to compare or assign it as a double,
   * so it is cast; SQLite binds JS numbers as REAL/INTEGER and compares them numerically (a CAST
   * per value there makes a statement ~10× slower).
   */
  double(value: number): RawBuilder<unknown>;

  /**
   * Creates a connection's scratch table if it does not exist. PostgreSQL's temporary tables can
   * empty themselves at commit (`on commit delete rows`), so a failed transaction leaves nothing;
   * SQLite has no ON COMMIT clause (callers empty the table themselves) and calls its 8-byte float
   * REAL where PostgreSQL says double precision.
   */
  createScratchTable(name: string, columns: readonly (readonly [name: string, type: ScratchColumnType])[]): RawBuilder<unknown>;

  /**
   * ` order by <column>` (or nothing) at the end of an INSERT … SELECT into a table with foreign
   * keys. PostgreSQL checks each inserted row's foreign keys with a row lock on the referenced
   * row: in the referenced key's order those locks touch each page once. SQLite checks foreign
   * keys without locks, so sorting would only cost.
   */
  foreignKeyOrder(column: RawBuilder<unknown>): RawBuilder<unknown>;

  /**
   * A query that joins a set of rows (`rows`, aliased `alias`) to a large table by key: `select`
   * is given the FROM clause. SQLite: the rows are first materialised sorted by the key
   * (`orderBy`, an expression over `rows`' own FROM) and joined with CROSS JOIN, which fixes the join order, so the table is probed
   * in key order (neighbouring rows share pages: several times faster once the rows no longer fit
   * in the page cache); SQLite's planner would otherwise probe at random. PostgreSQL plans the
   * plain join well (index probes for a few rows, hashing for many) and is left to it. `ctes`
   * (without WITH; e.g. `recursive scope(…) as (…)`) come first.
   */
  keyOrderedJoin<R>(q: {
    ctes: RawBuilder<unknown> | null;
    rows: RawBuilder<unknown>;
    alias: string;
    orderBy: RawBuilder<unknown>;
    join: RawBuilder<unknown>;
    select: (from: RawBuilder<unknown>) => RawBuilder<unknown>;
  }): RawBuilder<R>;

  /**
   * `lock(query)` where the engine has row locks, `query` unchanged otherwise. PostgreSQL (READ
   * COMMITTED) runs writers side by side: a read that a write depends on must lock its rows
   * (FOR UPDATE / FOR NO KEY UPDATE). SQLite runs one writer at a time (BEGIN IMMEDIATE) and has
   * no row locks, nor their syntax.
   */
  withRowLocks<Q>(query: Q, lock: (query: Q) => Q): Q;

  /**
   * Locks the rows of `table` with these ids for the rest of the transaction, in id order (so
   * concurrent lockers cannot deadlock), `chunk` ids per statement. PostgreSQL: `select id … order
   * by id for update`; SQLite: nothing (see `withRowLocks`).
   */
  lockRowsById(trx: Kysely<DB>, table: keyof DB & string, ids: readonly string[], opts?: { strength?: RowLockStrength; chunk?: number }): Promise<void>;

  /**
   * The end of a SELECT that claims one queued row among competing workers: PostgreSQL's
   * ` for update skip locked` gives each row to exactly one of several workers without waiting;
   * SQLite's single writer (BEGIN IMMEDIATE) already serialises the claim, and has no such syntax.
   */
  claimLock(): RawBuilder<unknown>;

  /**
   * Holds a transaction-scoped lock on `key` (exclusive or shared) until commit. PostgreSQL
   * serialises rules that span rows (check, then write) with an advisory lock
   * (`pg_advisory_xact_lock[_shared]`); SQLite's write transactions already run one at a time.
   */
  transactionLock(trx: Kysely<DB>, key: number, mode: 'exclusive' | 'shared'): Promise<void>;

  /**
   * Runs `fn` unless another process holds the lock on `key`, in which case it does not run and
   * the result is null. PostgreSQL: a session advisory lock (`pg_try_advisory_lock`) held by one
   * pooled connection for the duration, since several processes may share the database. SQLite:
   * a database file belongs to one server process, so `fn` simply runs.
   */
  withSessionLock<T>(db: Kysely<DB>, key: number, fn: () => Promise<T>): Promise<T | null>;

  /**
   * Re-samples a table's planner statistics after a bulk change. PostgreSQL plans joins from
   * statistics that lag until autovacuum runs (`analyze`); SQLite plans by its indexes and needs
   * nothing.
   */
  refreshStatistics(db: Kysely<DB>, table: keyof DB & string): Promise<void>;

  /**
   * Settings for a bulk write transaction (a creation job's batch), until its end. PostgreSQL
   * (SET LOCAL): `work_mem = 64MB`, so the batch's hashes and sorts stay in memory. Not
   * `synchronous_commit = off`: it saved 89 ms over a full job, and a batch visible before its WAL
   * is flushed could let an event name a group that a crash then loses. SQLite: nothing.
   */
  bulkWriteSettings(trx: Kysely<DB>): Promise<void>;

  /**
   * The driver runs queries on the calling thread (better-sqlite3 is synchronous): long work
   * belongs on a worker thread with its own connection, or the event loop stalls. PostgreSQL's
   * driver waits on the network without blocking.
   */
  readonly blocksEventLoop: boolean;

  /**
   * The database is served by one process at a time (a SQLite file, WAL, one server), so work
   * left "running" at start-up belongs to a process that died. Several processes may share a
   * PostgreSQL database: only work whose heartbeat went stale is orphaned.
   */
  readonly oneProcessPerDatabase: boolean;
}

/** Identifiers written into SQL text by the dialect (aliases, scratch tables, columns): plain lowercase names only. */
function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`dialect: invalid identifier ${name}`);
  return name;
}

function scratchColumns(columns: readonly (readonly [string, ScratchColumnType])[], double: string): string {
  return columns.map(([name, type]) => `${identifier(name)} ${type === 'double' ? double : type}`).join(', ');
}

async function lockChunks(trx: Kysely<DB>, table: string, ids: readonly string[], strength: RowLockStrength, chunk: number): Promise<void> {
  const sorted = [...ids].sort();
  for (let i = 0; i < sorted.length; i += chunk) {
    await sql`select id from ${sql.table(identifier(table))} where id in (${sql.join(sorted.slice(i, i + chunk))}) order by id for ${sql.raw(strength)}`.execute(trx);
  }
}

const postgres: Dialect = {
  engine: 'postgres',
  inTextList: (values) => sql`= any(cast(${[...values]} as text[]))`,
  double: (value) => sql`cast(${value} as double precision)`,
  createScratchTable: (name, columns) => sql.raw(`create temp table if not exists ${identifier(name)} (${scratchColumns(columns, 'double precision')}) on commit delete rows`),
  foreignKeyOrder: (column) => sql` order by ${column}`,
  keyOrderedJoin: <R>(q: Parameters<Dialect['keyOrderedJoin']>[0]) =>
    sql<R>`${q.ctes ? sql`with ${q.ctes} ` : sql``}${q.select(sql`(${q.rows}) as ${sql.raw(identifier(q.alias))}
      inner join ${q.join}`)}`,
  withRowLocks: (query, lock) => lock(query),
  lockRowsById: (trx, table, ids, opts = {}) => lockChunks(trx, table, ids, opts.strength ?? 'update', opts.chunk ?? 1000),
  claimLock: () => sql` for update skip locked`,
  transactionLock: async (trx, key, mode) => {
    if (mode === 'shared') await sql`select pg_advisory_xact_lock_shared(${key})`.execute(trx);
    else await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
  },
  withSessionLock: (db, key, fn) =>
    // One connection holds the session lock for the duration; `fn` itself uses the pool.
    db.connection().execute(async (conn) => {
      const got = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${key}) as ok`.execute(conn);
      if (!got.rows[0]?.ok) return null;
      try {
        return await fn();
      } finally {
        await sql`select pg_advisory_unlock(${key})`.execute(conn);
      }
    }),
  refreshStatistics: async (db, table) => {
    await sql`analyze ${sql.table(identifier(table))}`.execute(db);
  },
  bulkWriteSettings: async (trx) => {
    await sql`select set_config('work_mem', '64MB', true)`.execute(trx);
  },
  blocksEventLoop: false,
  oneProcessPerDatabase: false,
};

const sqlite: Dialect = {
  engine: 'sqlite',
  inTextList: (values) => sql`in (${sql.join(values.map((v) => sql`${v}`))})`,
  double: (value) => sql`${value}`,
  createScratchTable: (name, columns) => sql.raw(`create temp table if not exists ${identifier(name)} (${scratchColumns(columns, 'real')})`),
  foreignKeyOrder: () => sql``,
  keyOrderedJoin: <R>(q: Parameters<Dialect['keyOrderedJoin']>[0]) => {
    const alias = sql.raw(identifier(q.alias));
    return sql<R>`with ${q.ctes ? sql`${q.ctes}, ` : sql``}${alias} as materialized (
      ${q.rows}
      order by ${q.orderBy}
    )
    ${q.select(sql`${alias} cross join ${q.join}`)}`;
  },
  withRowLocks: (query) => query,
  lockRowsById: async () => undefined,
  claimLock: () => sql``,
  transactionLock: async () => undefined,
  withSessionLock: (_db, _key, fn) => fn(),
  refreshStatistics: async () => undefined,
  bulkWriteSettings: async () => undefined,
  blocksEventLoop: true,
  oneProcessPerDatabase: true,
};

/** The dialect of an engine. */
export function dialectFor(engine: Engine): Dialect {
  return engine === 'postgres' ? postgres : sqlite;
}

/** The engine behind a Kysely instance or transaction. */
export function dbEngine(db: Kysely<DB>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** The dialect of a Kysely instance or transaction. */
export function dialectOf(db: Kysely<DB>): Dialect {
  return dialectFor(dbEngine(db));
}
