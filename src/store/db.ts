import path from 'node:path';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, sql, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';
import type { DB } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

/**
 * SQLite transactions start with BEGIN IMMEDIATE: they take the write lock up front. A deferred
 * BEGIN that reads and then writes fails at once with SQLITE_BUSY (no busy wait) when another
 * connection — the job runner's worker thread — committed in between; an immediate one waits
 * (busy_timeout) for the lock instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class QuorumSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export interface Database {
  db: Kysely<DB>;
  engine: Engine;
  url: string;
  close(): Promise<void>;
}

// int8 (BIGINT, also count(*)) as a JS number: our int8 values are epoch-ms times and counts,
// far below 2^53. Without this `pg` returns strings and the two engines would disagree.
pg.types.setTypeParser(20, (v) => Number(v));
// numeric as number (SUMs and AVGs of doubles come back as numeric).
pg.types.setTypeParser(1700, (v) => Number(v));

export const DEFAULT_DATABASE_URL = 'sqlite:data/quorum.db';

export function engineOf(url: string): Engine {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return 'postgres';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url}")`);
}

/** Opens (and for SQLite creates) the database named by a `sqlite:PATH` or `postgres://…` URL. */
export function openDatabase(url: string = DEFAULT_DATABASE_URL): Database {
  const engine = engineOf(url);
  if (engine === 'sqlite') {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const conn = new SQLite(file);
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = NORMAL');
    conn.pragma('foreign_keys = ON');
    conn.pragma('busy_timeout = 5000');
    conn.pragma('cache_size = -65536');
    // Scratch tables (creation jobs) and sorts stay in memory.
    conn.pragma('temp_store = MEMORY');
    const db = new Kysely<DB>({ dialect: new QuorumSqliteDialect({ database: cachedStatements(conn) }) });
    return {
      db,
      engine,
      url,
      close: async () => {
        await db.destroy();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server drops (restart, DROP DATABASE … FORCE) must not crash the
  // process: the pool replaces it on next use. Without a listener Node treats the event as fatal.
  pool.on('error', (err) => {
    process.stderr.write(`database: idle connection lost (${err.message}); it will be replaced\n`);
  });
  pool.on('connect', (client) => preparedStatements(client));
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) });
  return {
    db,
    engine,
    url,
    close: async () => {
      await db.destroy();
    },
  };
}

/**
 * A better-sqlite3 connection whose `prepare` reuses statements (least recently used, up to
 * `max`): Kysely prepares every query it runs, and parsing and planning cost more than running
 * the small statements of real-time maintenance. Safe because the connection runs one query at a
 * time (Kysely's SQLite driver holds a mutex, streams included).
 */
function cachedStatements(conn: SQLite.Database, max = 256): { prepare(sql: string): SQLite.Statement; close(): void } {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(text: string) {
      let stmt = cache.get(text);
      if (stmt) {
        cache.delete(text);
      } else {
        stmt = conn.prepare(text);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, stmt);
      return stmt;
    },
    close() {
      cache.clear();
      conn.close();
    },
  };
}

/**
 * PostgreSQL: a statement text run a second time on a connection becomes a named prepared
 * statement there, so PostgreSQL parses it once (and may keep a generic plan) instead of on every
 * run: real-time maintenance runs the same dozen statements on every change. Texts with `*` (other
 * than count(*)) are never prepared: a prepared `select *` breaks when a migration adds a column.
 * At most 500 statements per connection.
 */
function preparedStatements(client: pg.PoolClient): void {
  type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;
  const query = client.query.bind(client) as Query;
  const seen = new Map<string, number>();
  const names = new Map<string, string>();
  const preparable = (text: string) => text.length < 100_000 && /^\s*(select|insert|update|delete|with)\b/i.test(text) && !text.replace(/count\(\*\)/gi, '').includes('*');
  (client as unknown as { query: Query }).query = (config, values, callback) => {
    if (typeof config === 'string' && Array.isArray(values) && typeof callback !== 'function') {
      let name = names.get(config);
      if (!name && names.size < 500 && preparable(config)) {
        const n = (seen.get(config) ?? 0) + 1;
        if (seen.size > 5000) seen.clear();
        seen.set(config, n);
        if (n >= 2) names.set(config, (name = `q${createHash('sha1').update(config).digest('hex')}`));
      }
      if (name) return query({ name, text: config, values });
    }
    return query(config, values, callback);
  };
}

/** JSON columns come back as text on SQLite and parsed on PostgreSQL. */
export function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * JSON text with object keys sorted at every level, for comparing values: PostgreSQL's jsonb
 * hands keys back in its own order, so equal values can have different `toJson` texts.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

/** 0/1 integer columns to booleans and back. */
export const bool = (v: number | null | undefined): boolean => v === 1;
export const bit = (v: boolean | undefined | null): number => (v ? 1 : 0);

export async function ping(database: Database): Promise<void> {
  await sql`select 1`.execute(database.db);
}
