/**
 * `npx tsx bench/profile.ts [--small] [--engine sqlite|postgres] [--runs N] [--batch N] [--prepare SQL] [--keep]`: where a
 * creation job's time goes, per statement. Needs the tenant cached by `npm run bench -- --cache`
 * at the same scale; copies it, then runs the job (warm, `--runs` times) with every statement timed at the
 * driver (better-sqlite3's statements, pg's client queries: the same code path as the bench, no
 * other instrumentation), and prints the statements by total time, grouped by their text with
 * the ids left out, plus the time outside the database (TypeScript, the driver's own work).
 */
import os from 'node:os';
import { sql } from 'kysely';
import { openDatabase, type Engine } from '../src/store/db.ts';
import { cachedTenant, copyOfCache } from './cache.ts';
import type { LoadResult } from './run.ts';
import { resetGeneration, runGeneration } from './generation.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../src/engine/jobs.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';
import { timeStatements } from './statement-timer.ts';

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
const { entry: cache, loaded } = cachedTenant<LoadResult>(engine, small);

const copy = await copyOfCache(engine, cache, 'quorum_bench_profile');
const url = copy.url;
const cleanup = () => (flag('--keep') && engine === 'postgres' ? Promise.resolve() : copy.drop());
const timer = timeStatements(engine);

const database = openDatabase(url);
const now = () => Date.now();
// `--prepare "<sql>; <sql>"`: schema experiments on the copy (e.g. dropping a foreign key).
for (const statement of option('--prepare', '').split(';').map((s) => s.trim()).filter(Boolean)) await sql.raw(statement).execute(database.db);
try {
  for (let run = 0; run < repeat; run++) {
    await resetGeneration(database, loaded.config.listId);
    timer.stats.clear();
    timer.recording = true;
    const t = performance.now();
    let r;
    if (batch) {
      const job = await enqueueCreationJob(database.db, SYSTEM_ACTOR, { solutionInterestId: loaded.config.solutionInterestId, audienceId: loaded.config.listId, options: { descendantDepth: 0 } }, now());
      await claimNextJob(database.db, database.engine, 'bench', now());
      const done = await runCreationJob(database, job.id, { now, batchSize: batch });
      r = { ms: performance.now() - t, groups: done.counts.groupsCreated, members: done.counts.membersAdded };
    } else r = await runGeneration(database, loaded.config.solutionInterestId, loaded.config.listId, now);
    timer.recording = false;
    const total = performance.now() - t;
    const inDb = timer.totalMs();
    process.stdout.write(`\n${engine} run ${run + 1}: ${Math.round(total)} ms (${r.groups} groups, ${r.members} members); in statements ${Math.round(inDb)} ms, outside ${Math.round(total - inDb)} ms; load ${os.loadavg()[0]?.toFixed(2)}\n`);
    for (const line of timer.lines(14)) process.stdout.write(`${line}\n`);
  }
} finally {
  await database.close();
  await cleanup();
}
