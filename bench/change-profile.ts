/**
 * `npx tsx bench/change-profile.ts [--small] [--engine sqlite|postgres] [--changes N]`: where the time
 * of one single-person change goes (issue 8's single-change target). Needs the tenant cached by
 * `npm run bench -- --cache` at the same scale; copies it, runs a creation job (untimed), installs
 * maintenance, makes N warm-up changes and then N measured ones exactly as the benchmark does
 * (`bench/changes.ts`), with every statement timed at the driver. Prints the p50 of a change, the
 * statements a change makes on average (calls and time), the time outside the database, and a
 * floor: the same title UPDATE alone in a write transaction, with nothing listening.
 */
import os from 'node:os';
import { sql } from 'kysely';
import { openDatabase, type Engine } from '../src/store/db.ts';
import { installMaintenance } from '../src/engine/maintenance.ts';
import { cachedTenant, copyOfCache } from './cache.ts';
import type { LoadResult } from './run.ts';
import { runGeneration } from './generation.ts';
import { flipPerson, pickPeople } from './changes.ts';
import { quantile } from './stats.ts';
import { timeStatements } from './statement-timer.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const small = argv.includes('--small');
const engine = option('--engine', 'sqlite') as Engine;
const n = Number(option('--changes', '1000'));
const { entry: cache, loaded } = cachedTenant<LoadResult>(engine, small);

const copy = await copyOfCache(engine, cache, 'quorum_bench_change_profile');
const timer = timeStatements(engine);
const database = openDatabase(copy.url);
const out = (line: string) => process.stdout.write(`${line}\n`);
try {
  const generated = await runGeneration(database, loaded.config.solutionInterestId, loaded.config.listId, () => Date.now());
  out(`${engine}: ${generated.groups} groups, ${generated.members} members generated (untimed); load ${os.loadavg()[0]?.toFixed(2)}`);

  // Floor: the title UPDATE alone, in a write transaction, with no listener.
  const floorPeople = await pickPeople(database, n);
  const floorMs: number[] = [];
  for (const [i, p] of floorPeople.entries()) {
    const t = performance.now();
    await database.db.transaction().execute(async (trx) => {
      await sql`update people set job_title = ${i % 2 ? 'Paralegal' : 'Paralegal II'} where id = ${p.id}`.execute(trx);
    });
    floorMs.push(performance.now() - t);
  }

  const uninstall = installMaintenance();
  try {
    for (const p of await pickPeople(database, n)) await flipPerson(database, p, Date.now()); // warm-up
    const picked = await pickPeople(database, n);
    const ms: number[] = [];
    let flipped = 0;
    timer.recording = true;
    for (const p of picked) {
      const change = await flipPerson(database, p, Date.now());
      ms.push(change.ms);
      if (change.flipped) flipped++;
    }
    timer.recording = false;
    // flipPerson's untimed check (one select of the person's members) is recorded too: take it out.
    const check = [...timer.stats].find(([k]) => k.startsWith('select "role_id" from "buying_group_members"'));
    if (check) timer.stats.delete(check[0]);
    const total = ms.reduce((a, b) => a + b, 0);
    const inDb = timer.totalMs();
    out(`change p50 ${quantile(ms, 0.5).toFixed(3)} ms, p95 ${quantile(ms, 0.95).toFixed(3)} ms, mean ${(total / n).toFixed(3)} ms (${flipped}/${n} flipped); floor (the UPDATE alone, committed) p50 ${quantile(floorMs, 0.5).toFixed(3)} ms`);
    const calls = [...timer.stats.values()].reduce((a, s) => a + s.n, 0);
    out(`per change: ${(calls / n).toFixed(1)} statements, ${(inDb / n).toFixed(3)} ms in them, ${((total - inDb) / n).toFixed(3)} ms outside (TypeScript, the driver); load ${os.loadavg()[0]?.toFixed(2)}`);
    out('   ms/change  calls/change  rows  statement');
    for (const line of timer.lines(25, n)) out(line);
  } finally {
    uninstall();
  }
} finally {
  await database.close();
  await copy.drop();
}
