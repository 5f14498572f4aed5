/**
 * Real databases for tests: a fresh SQLite file, or a fresh PostgreSQL database on
 * 127.0.0.1:5432 (trust auth), per call. The engine comes from QUORUM_TEST_ENGINE
 * (sqlite by default); CI runs the whole suite once per engine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from './db.ts';
import { migrate } from './migrate.ts';

export const TEST_ENGINE: Engine = process.env.QUORUM_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
const PG_ADMIN_URL = process.env.QUORUM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase extends Database {
  /** Closes and deletes the database. */
  drop(): Promise<void>;
}

let counter = 0;

export async function createTestDatabase(engine: Engine = TEST_ENGINE, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const tag = `${process.pid}_${Date.now().toString(36)}_${counter++}`;
  let database: Database;
  let cleanup: () => Promise<void>;
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-test-'));
    database = openDatabase(`sqlite:${path.join(dir, 'test.db')}`);
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `quorum_t_${tag}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    database = openDatabase(url.toString());
    cleanup = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  if (opts.migrate !== false) await migrate(database);
  return {
    ...database,
    drop: async () => {
      await database.close();
      // pg's Pool.end() resolves before its sockets have closed; let them go before DROP … FORCE.
      if (engine === 'postgres') await new Promise((r) => setTimeout(r, 100));
      await cleanup();
    },
  };
}
