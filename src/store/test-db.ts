/**
 * Real databases for tests: a fresh SQLite file, or a fresh PostgreSQL database on
 * 127.0.0.1:5432 (trust auth), per call. The engine comes from QUORUM_TEST_ENGINE
 * (sqlite by default); CI runs the whole suite once per engine.
 *
 * A migrated database is made once per run (`createTemplate`, by src/test-global-setup.ts) and
 * copied for each test: a copy takes ~0.1 s on PostgreSQL where migrating takes ~1 s. Migrations
 * still run on the copy (a no-op when the template is current), so a stale template cannot
 * leave a test on an old schema. Without a template (a file run outside the suite's setup) each
 * database is migrated from scratch.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from './db.ts';
import { migrate } from './migrate.ts';

export const TEST_ENGINE: Engine = process.env.QUORUM_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
const PG_ADMIN_URL = process.env.QUORUM_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The run's template (set by the global setup before the test processes start): a SQLite file or a PostgreSQL database name. */
const TEMPLATE_ENV = 'QUORUM_TEST_TEMPLATE';

export interface TestDatabase extends Database {
  /** Closes and deletes the database. */
  drop(): Promise<void>;
}

let counter = 0;

/** Runs `run` on a client of the server's admin database (creating and dropping databases), always closing it. */
async function withAdmin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

const dropPg = (name: string) => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

export async function createTestDatabase(engine: Engine = TEST_ENGINE, opts: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const tag = `${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const template = opts.migrate !== false ? templateOf(engine) : null;
  let database: Database;
  let cleanup: () => Promise<unknown>;
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-test-'));
    if (template) fs.copyFileSync(template, path.join(dir, 'test.db'));
    database = openDatabase(`sqlite:${path.join(dir, 'test.db')}`);
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `quorum_t_${tag}`;
    // FILE_COPY: for a small database a checkpoint and a file copy beat WAL-logging every page.
    await withAdmin((c) => c.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template} STRATEGY FILE_COPY` : `CREATE DATABASE ${name}`));
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    database = openDatabase(url.toString());
    cleanup = () => dropPg(name);
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

/** The run's template for `engine` (`<engine>:<file or database>`), if the global setup made one. */
function templateOf(engine: Engine): string | null {
  const value = process.env[TEMPLATE_ENV];
  return value?.startsWith(`${engine}:`) ? value.slice(engine.length + 1) : null;
}

/**
 * Makes the run's migrated template for `engine` and publishes it to the test processes (an
 * environment variable they inherit); returns what removes it. PostgreSQL copies with FILE_COPY
 * (version 15 and later); on an older server there is no template and each database migrates.
 */
export async function createTemplate(engine: Engine = TEST_ENGINE): Promise<() => Promise<void>> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-template-'));
    const template = path.join(dir, 'template.db');
    const database = openDatabase(`sqlite:${template}`);
    await migrate(database);
    await database.close(); // checkpoints the write-ahead log: the one file is the whole database
    process.env[TEMPLATE_ENV] = `sqlite:${template}`;
    return async () => {
      delete process.env[TEMPLATE_ENV];
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const version = await withAdmin(async (c) => Number((await c.query<{ v: string }>("select current_setting('server_version_num') as v")).rows[0]?.v));
  if (!(version >= 150000)) return async () => {};
  const t = await createTestDatabase('postgres');
  const name = new URL(t.url).pathname.slice(1);
  await t.close();
  await new Promise((r) => setTimeout(r, 100)); // the pool's sockets close: a template must have no sessions
  process.env[TEMPLATE_ENV] = `postgres:${name}`;
  return async () => {
    delete process.env[TEMPLATE_ENV];
    await dropPg(name);
  };
}
