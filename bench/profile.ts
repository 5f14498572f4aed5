/**
 * `npx tsx bench/profile.ts [--small] [--engine sqlite|postgres] [--runs N] [--batch N] [--prepare SQL] [--keep]`: where a
 * creation job's time goes, per statement. Needs the tenant cached by `npm run bench -- --cache`
 * at the same scale; copies it, then runs the job (warm, `--runs` times) with every statement timed at the
 * driver (better-sqlite3's statements, pg's client queries: the same code path as the bench, no
 * other instrumentation), and prints the statements by total time, grouped by their text with
 * the ids left out, plus the time outside the database (TypeScript, the driver's own work).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { openDatabase, type Engine } from '../src/store/db.ts';
import { FULL_SCALE } from './data.ts';
import { cacheEntry } from './cache.ts';
import type { LoadResult } from './run.ts';
import { resetGeneration, runGeneration } from './generation.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../src/engine/jobs.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const small = flag('--small');
const engine = option('--engine', 'postgres') as Engine;
const repeat = Number(option('--runs', '2'));
const batch = Number(option('--batch', '0')) || undefined;
const f = small ? 20 : 1;
const scale = { accounts: FULL_SCALE.accounts / f, people: FULL_SCALE.people / f, seed: 20260601, now: Date.UTC(2026, 5, 1, 12) };
const cache = cacheEntry<LoadResult>(engine, scale);
const loaded = cache.read();
if (!loaded) throw new Error(`no cached tenant for ${engine} at this scale: run npm run bench -- --cache --engine ${engine}${small ? ' --small' : ''} first`);

const PG_ADMIN = 'postgres://postgres@127.0.0.1:5432/postgres';
const PROFILE_DB = 'quorum_bench_profile';
async function admin(q: string) {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  await c.query(q);
  await c.end();
}
let url: string;
let cleanup: () => Promise<void>;
if (engine === 'sqlite') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-profile-'));
  fs.copyFileSync(cache.target, path.join(dir, 'p.db'));
  url = `sqlite:${path.join(dir, 'p.db')}`;
  cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
} else {
  await admin(`drop database if exists ${PROFILE_DB} with (force)`);
  await admin(`create database ${PROFILE_DB} template ${cache.target}`);
  url = `postgres://postgres@127.0.0.1:5432/${PROFILE_DB}`;
  cleanup = () => (flag('--keep') ? Promise.resolve() : admin(`drop database if exists ${PROFILE_DB} with (force)`));
}

// ---- statement timing at the driver ----
const stats = new Map<string, { n: number; ms: number; rows: number }>();
let recording = false;
const shape = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/'[^']*'/g, "'…'")
    .replace(/(\$\d+|\?)(\s*,\s*(\$\d+|\?))+/g, '?…')
    .replace(/\(\?…\)(, \(\?…\))+/g, '(?…)…')
    .slice(0, 160);
const note = (text: string, ms: number, rows: number) => {
  if (!recording) return;
  const k = shape(text);
  const s = stats.get(k) ?? { n: 0, ms: 0, rows: 0 };
  s.n++;
  s.ms += ms;
  s.rows += rows;
  stats.set(k, s);
};
if (engine === 'sqlite') {
  const probe = new SQLite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'all', 'get'] as const) {
    const original = proto[method] as (...a: unknown[]) => unknown;
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      const t = performance.now();
      const out = original.apply(this, args);
      note(this.source, performance.now() - t, Array.isArray(out) ? out.length : ((out as { changes?: number })?.changes ?? 0));
      return out;
    };
  }
} else {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0];
    const text = typeof config === 'string' ? config : ((config as { text?: string })?.text ?? '');
    const t = performance.now();
    const out = original.apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === 'function' && typeof args.at(-1) !== 'function') {
      (out as Promise<{ rowCount?: number }>).then(
        (r) => note(text, performance.now() - t, r?.rowCount ?? 0),
        () => undefined,
      );
    }
    return out;
  };
}

const database = openDatabase(url);
const now = () => Date.now();
// `--prepare "<sql>; <sql>"`: schema experiments on the copy (e.g. dropping a foreign key).
for (const statement of option('--prepare', '').split(';').map((s) => s.trim()).filter(Boolean)) await sql.raw(statement).execute(database.db);
try {
  for (let run = 0; run < repeat; run++) {
    await resetGeneration(database, loaded.config.listId);
    stats.clear();
    recording = true;
    const t = performance.now();
    let r;
    if (batch) {
      const job = await enqueueCreationJob(database.db, SYSTEM_ACTOR, { solutionInterestId: loaded.config.solutionInterestId, audienceId: loaded.config.listId, options: { descendantDepth: 0 } }, now());
      await claimNextJob(database.db, database.engine, 'bench', now());
      const done = await runCreationJob(database, job.id, { now, batchSize: batch });
      r = { ms: performance.now() - t, groups: done.counts.groupsCreated, members: done.counts.membersAdded };
    } else r = await runGeneration(database, loaded.config.solutionInterestId, loaded.config.listId, now);
    recording = false;
    const total = performance.now() - t;
    const inDb = [...stats.values()].reduce((a, s) => a + s.ms, 0);
    process.stdout.write(`\n${engine} run ${run + 1}: ${Math.round(total)} ms (${r.groups} groups, ${r.members} members); in statements ${Math.round(inDb)} ms, outside ${Math.round(total - inDb)} ms; load ${os.loadavg()[0]?.toFixed(2)}\n`);
    for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14)) {
      process.stdout.write(`${String(Math.round(s.ms)).padStart(7)} ms ${String(s.n).padStart(5)}× ${String(s.rows).padStart(8)} rows  ${k}\n`);
    }
  }
} finally {
  await database.close();
  await cleanup();
}
