/**
 * Bulk loaders for the benchmark tenant, straight through the drivers (the store's column values,
 * none of Kysely's per-row work): SQLite through prepared multi-row INSERTs in one transaction,
 * PostgreSQL through INSERT … SELECT FROM unnest(<one array per column>) in chunks.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import type { Row, Value } from './data.ts';

export interface Loader {
  insert(table: string, rows: readonly Row[]): Promise<void>;
  /**
   * Drops the secondary indexes of `tables` (not those behind primary keys or unique
   * constraints) and returns a function that creates them again: a bulk load then builds each
   * index once, sorted, instead of inserting a million random keys into it.
   */
  deferIndexes(tables: readonly string[]): Promise<() => Promise<void>>;
  close(): Promise<void>;
  analyze(): Promise<void>;
}

export function sqliteLoader(file: string): Loader {
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  // Bulk load only: the benchmark rebuilds the file if the load fails.
  conn.pragma('synchronous = OFF');
  conn.pragma('cache_size = -262144');
  conn.pragma('foreign_keys = ON');
  const statements = new Map<string, SQLite.Statement>();
  const PER_STATEMENT = 100;
  const statement = (table: string, columns: readonly string[], rows: number) => {
    const key = `${table}:${rows}`;
    let s = statements.get(key);
    if (!s) {
      const one = `(${columns.map(() => '?').join(', ')})`;
      s = conn.prepare(`insert into ${table} (${columns.join(', ')}) values ${Array.from({ length: rows }, () => one).join(', ')}`);
      statements.set(key, s);
    }
    return s;
  };
  const insertMany = conn.transaction((table: string, rows: readonly Row[]) => {
    const columns = Object.keys(rows[0] as Row);
    for (let i = 0; i < rows.length; i += PER_STATEMENT) {
      const part = rows.slice(i, i + PER_STATEMENT);
      const values: Value[] = [];
      for (const r of part) for (const c of columns) values.push(r[c] as Value);
      statement(table, columns, part.length).run(values);
    }
  });
  return {
    async insert(table, rows) {
      if (rows.length) insertMany(table, rows);
    },
    async deferIndexes(tables) {
      const indexes = conn
        .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables.map(() => '?').join(', ')})`)
        .all(...tables) as { name: string; sql: string }[];
      for (const ix of indexes) conn.exec(`drop index "${ix.name}"`);
      return async () => {
        for (const ix of indexes) conn.exec(ix.sql);
      };
    },
    async analyze() {
      conn.exec('analyze');
      conn.pragma('wal_checkpoint(TRUNCATE)');
    },
    async close() {
      conn.close();
    },
  };
}

export async function postgresLoader(url: string): Promise<Loader> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set synchronous_commit = off');
  const types = new Map<string, Map<string, string>>();
  const typesOf = async (table: string) => {
    let t = types.get(table);
    if (!t) {
      const { rows } = await client.query<{ column_name: string; data_type: string }>(
        `select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = $1`,
        [table],
      );
      t = new Map(rows.map((r) => [r.column_name, r.data_type]));
      types.set(table, t);
    }
    return t;
  };
  const arrayType = (dataType: string) =>
    dataType === 'bigint' ? 'int8[]' : dataType === 'integer' ? 'int4[]' : dataType === 'double precision' ? 'float8[]' : 'text[]';
  const CHUNK = 10_000;
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const t = await typesOf(table);
      const columns = Object.keys(rows[0] as Row);
      const selects = columns.map((c, i) => (t.get(c) === 'jsonb' ? `c${i}::jsonb` : `c${i}`));
      const text = `insert into ${table} (${columns.join(', ')}) select ${selects.join(', ')} from unnest(${columns
        .map((c, i) => `$${i + 1}::${arrayType(t.get(c) ?? 'text')}`)
        .join(', ')}) as u(${columns.map((_, i) => `c${i}`).join(', ')})`;
      for (let i = 0; i < rows.length; i += CHUNK) {
        const part = rows.slice(i, i + CHUNK);
        await client.query(text, columns.map((c) => part.map((r) => r[c] ?? null)));
      }
    },
    async deferIndexes(tables) {
      const { rows } = await client.query<{ name: string; def: string }>(
        `select i.indexname as name, i.indexdef as def from pg_indexes as i
         where i.schemaname = current_schema() and i.tablename = any($1)
           and not exists (select 1 from pg_constraint as c where c.conname = i.indexname)`,
        [tables],
      );
      for (const ix of rows) await client.query(`drop index "${ix.name}"`);
      return async () => {
        for (const ix of rows) await client.query(ix.def);
      };
    },
    async analyze() {
      await client.query('vacuum analyze');
    },
    async close() {
      await client.end();
    },
  };
}
