/**
 * `npm run bench -- --only journeys [--small] [--engine sqlite|postgres|both]` — the journey
 * runtime (issue 12), not part of the default run:
 *
 * - throughput: 100,000 accounts (5,000 with --small) through a 6-node journey with one wait —
 *   entry → split by employees → wait 1 day → split by employees → update status (the accounts
 *   have no buying group: the effect is claimed, performed and recorded as skipped) or add to a
 *   static list — with the clock advanced past the wait: the first tick (admission, entry, split,
 *   into the wait) and the second (out of the wait, the second split, the actions) are timed,
 *   three times on fresh databases (QUORUM_BENCH_REPEAT), the median reported with every run and
 *   the time the same run took to seed the accounts (the machine's speed at that moment);
 * - event-to-reaction latency of a listen step: the worker loop runs (poll 50 ms); a status change
 *   is written and the time until the listen step's move is recorded is measured, 20 times.
 *
 * Writes its section of docs/benchmarks.md between the `bench:journeys` markers. With
 * QUORUM_BENCH_STATEMENTS=1 it also prints, after each throughput tick, the statements that took
 * the most time (bench/statement-timer.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database, type Engine } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';
import { accountColumns } from '../src/store/accounts.ts';
import { createAccountList } from '../src/store/account-lists.ts';
import { createJourney, publishJourney } from '../src/store/journeys.ts';
import { newId } from '../src/domain/ids.ts';
import { DAY_MS } from '../src/domain/clock.ts';
import { definitionSchema } from '../src/domain/journeys/index.ts';
import { JourneyWorker } from '../src/engine/journeys/index.ts';
import { setStatusLabel } from '../src/engine/stages.ts';
import { accountFields, securityTemplate, T0 } from '../src/engine/test-fixtures.ts';
import { setupScenario } from '../src/engine/journeys/scenario.testdata.ts';
import { freshPgDatabase } from './pg-admin.ts';
import { median, quantile } from './stats.ts';
import { timeStatements, type StatementTimer } from './statement-timer.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const PG_DB = 'quorum_bench_journeys';
export const JOURNEY_ACCOUNTS = 100_000;
const LATENCY_ROUNDS = 20;
const POLL_MS = 50;

/** One throughput run on a fresh database. */
export interface JourneyRun {
  /** Writing the accounts and their list memberships (the same machine's speed at that moment, for reference). */
  seedMs: number;
  firstTickMs: number;
  secondTickMs: number;
  stepped: number;
  effects: { done: number; skipped: number };
  load1: number;
}

export interface JourneyBenchResult {
  engine: Engine;
  accounts: number;
  runs: JourneyRun[];
  latencyMs: number[];
}

/** Throughput runs per engine at full scale (the machine is shared: the median of three is reported). */
const REPEATS = Number(process.env.QUORUM_BENCH_REPEAT ?? 3);

async function createDatabase(engine: Engine, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `quorum-bench-${name}-`));
    return { url: `sqlite:${path.join(dir, `${name}.db`)}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  return freshPgDatabase(`${PG_DB}_${name}`);
}

async function throughput(database: Database, accounts: number, timer: StatementTimer | null): Promise<JourneyRun> {
  const load1 = os.loadavg()[0] ?? 0;
  const seedStart = performance.now();
  const db = database.db;
  const statements = (label: string) => {
    if (!timer) return;
    log(`  ${label}: ${timer.totalMs().toFixed(0)} ms in statements\n${timer.lines(12).map((l) => `    ${l}`).join('\n')}`);
    timer.stats.clear();
  };
  const { solutionInterestId } = await securityTemplate(db);
  const list = await createAccountList(db, SYSTEM_ACTOR, { name: 'All', description: null, kind: 'static' }, T0);
  const big = await createAccountList(db, SYSTEM_ACTOR, { name: 'Big', description: null, kind: 'static' }, T0);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < accounts; i += 1000) {
    const rows = Array.from({ length: Math.min(1000, accounts - i) }, (_, k) => ({
      id: newId('account', T0),
      ...accountColumns({ ...accountFields(`Company ${i + k}`), employees: Math.floor(10 ** (rand() * 4.5)) }),
      created_at: T0,
      updated_at: T0,
      version: 1,
    }));
    // In slices: SQLite takes at most 32,766 bound values per statement.
    for (let r = 0; r < rows.length; r += 500) await db.insertInto('accounts').values(rows.slice(r, r + 500)).execute();
    await db.insertInto('account_list_members').values(rows.map((a) => ({ account_id: a.id, list_id: list.id, added_at: T0 }))).execute();
  }
  const seedMs = Math.round(performance.now() - seedStart);
  const definition = definitionSchema.parse({
    nodes: [
      { id: 'in', kind: 'entry', listId: list.id, next: 'size' },
      { id: 'size', kind: 'accountSplit', paths: [{ condition: { field: 'employees', op: 'gte', value: 500 }, next: 'hold' }], otherPath: { next: 'hold' } },
      { id: 'hold', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, next: 'route' },
      {
        id: 'route',
        kind: 'accountSplit',
        paths: [
          { condition: { field: 'employees', op: 'gte', value: 20_000 }, next: 'list' },
          { condition: { field: 'employees', op: 'gte', value: 1000 }, next: 'tag' },
        ],
        otherPath: null,
      },
      { id: 'tag', kind: 'action', action: 'updateStatus', settings: { solutionInterestId, status: 'Large account' }, next: null },
      { id: 'list', kind: 'action', action: 'addToList', settings: { listId: big.id }, next: null },
    ],
  });
  const j = await createJourney(db, SYSTEM_ACTOR, { name: 'Bench', description: null, definition, startAt: null, endAt: T0 + 300 * DAY_MS }, T0);
  await publishJourney(db, SYSTEM_ACTOR, j.id, T0, 1);
  const worker = new JourneyWorker({ database, clock: { now: () => T0 }, mailer: null, publicUrl: null });
  if (timer) timer.recording = true;
  let t = performance.now();
  const first = await worker.tick(T0 + 1000);
  const firstTickMs = Math.round(performance.now() - t);
  log(`  first tick: ${firstTickMs} ms (${first.admitted} admitted, ${first.stepped} stepped)`);
  statements('first tick');
  t = performance.now();
  const second = await worker.tick(T0 + DAY_MS + 2000);
  const secondTickMs = Math.round(performance.now() - t);
  log(`  second tick: ${secondTickMs} ms (${second.stepped} stepped, effects ${JSON.stringify(second.effects)})`);
  statements('second tick');
  if (timer) timer.recording = false;
  return { seedMs, firstTickMs, secondTickMs, stepped: first.stepped + second.stepped, effects: { done: second.effects.done, skipped: second.effects.skipped }, load1 };
}

async function latency(database: Database): Promise<number[]> {
  const s = await setupScenario(database.db, database.engine);
  await database.db.deleteFrom('journeys').where('id', '=', s.journeyId).execute().catch(() => undefined);
  const acme = s.tenant.accounts[0]!;
  const only = await createAccountList(database.db, SYSTEM_ACTOR, { name: 'Acme only', description: null, kind: 'static' }, T0);
  await database.db.insertInto('account_list_members').values({ account_id: acme, list_id: only.id, added_at: T0 }).execute();
  const worker = new JourneyWorker({ database, clock: { now: () => Date.now() }, mailer: null, publicUrl: null, pollMs: POLL_MS, admitEveryMs: POLL_MS });
  await worker.start();
  const out: number[] = [];
  try {
    for (let i = 0; i < LATENCY_ROUNDS; i++) {
      const now = Date.now();
      const definition = definitionSchema.parse({
        nodes: [
          { id: 'in', kind: 'entry', listId: only.id, next: 'hear' },
          { id: 'hear', kind: 'listen', event: { type: 'statusChanged', solutionInterestId: s.tenant.solutionInterestId }, timeout: { amount: 1, unit: 'days' }, next: null },
        ],
      });
      const j = await createJourney(database.db, SYSTEM_ACTOR, { name: `Latency ${i}`, description: null, definition, startAt: null, endAt: now + DAY_MS }, now);
      await publishJourney(database.db, SYSTEM_ACTOR, j.id, now, 1);
      const moved = async (via: string) => (await database.db.selectFrom('journey_moves').select('seq').where('journey_id', '=', j.id).where('via', '=', via).executeTakeFirst()) !== undefined;
      while (!(await database.db.selectFrom('journey_positions').select('state').where('journey_id', '=', j.id).where('state', '=', 'listening').executeTakeFirst())) await new Promise((r) => setTimeout(r, 5));
      const t0 = performance.now();
      await setStatusLabel(database.db, SYSTEM_ACTOR, s.groups.get(acme)!, `Round ${i}`, Date.now());
      while (!(await moved('event'))) await new Promise((r) => setTimeout(r, 1));
      out.push(performance.now() - t0);
    }
  } finally {
    await worker.stop();
  }
  log(`  event → reaction: p50 ${median(out).toFixed(1)} ms, p95 ${quantile(out, 0.95).toFixed(1)} ms (poll ${POLL_MS} ms)`);
  return out;
}

const total = (r: JourneyRun) => r.firstTickMs + r.secondTickMs;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function journeyReport(results: readonly JourneyBenchResult[], small: boolean): string {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench -- --only journeys${small ? ' --small' : ''}\` (bench/journeys.ts) on ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}; the machine is shared with other engineers' test runs. Each throughput run starts from a fresh database; the row shows the run with the median total, and every run's total.`,
    '',
    '| Engine | Accounts | First tick (admit → wait) | Second tick (wait → actions) | Total (median) | Target | Every run: total (seeding the accounts; load) | Effects | Listen step: event → reaction, p50 (p95) |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const sorted = [...r.runs].sort((a, b) => total(a) - total(b));
    const m = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const verdict = r.accounts === JOURNEY_ACCOUNTS ? (total(m) <= 60_000 ? '**pass**' : '**miss**') : 'n/a (small scale)';
    const every = r.runs.map((x) => `${secs(total(x))} (${secs(x.seedMs)}; ${x.load1.toFixed(1)})`).join(', ');
    lines.push(
      `| ${r.engine} | ${r.accounts.toLocaleString('en-US')} | ${secs(m.firstTickMs)} | ${secs(m.secondTickMs)} | ${secs(total(m))} | ≤ 60 s ${verdict} | ${every} | ${m.effects.done} done, ${m.effects.skipped} skipped | ${median(r.latencyMs).toFixed(1)} ms (${quantile(r.latencyMs, 0.95).toFixed(1)} ms), poll ${POLL_MS} ms |`,
    );
  }
  return lines.join('\n');
}

function writeSection(report: string, small: boolean): void {
  const file = path.join(here, '..', 'docs', 'benchmarks.md');
  const key = small ? 'journeys-small' : 'journeys';
  const start = `<!-- bench:${key}:start -->`;
  const end = `<!-- bench:${key}:end -->`;
  let doc = fs.readFileSync(file, 'utf8');
  const block = `${start}\n${report}\n${end}`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n## Account journeys (issue 12)${small ? ', small scale' : ''}\n\n${block}\n`;
  fs.writeFileSync(file, doc);
}

export async function runJourneyBench(opts: { small: boolean; engines: readonly Engine[]; docs: boolean }): Promise<string> {
  const accounts = opts.small ? JOURNEY_ACCOUNTS / 20 : JOURNEY_ACCOUNTS;
  const results: JourneyBenchResult[] = [];
  for (const engine of opts.engines) {
    const runs: JourneyRun[] = [];
    for (let i = 0; i < (opts.small ? 1 : REPEATS); i++) {
      log(`\njourneys, ${engine}: ${accounts} accounts, run ${i + 1}`);
      const a = await createDatabase(engine, 'throughput');
      try {
        // Before the connections open: on PostgreSQL each connection binds its query method when it connects.
        const timer = process.env.QUORUM_BENCH_STATEMENTS === '1' ? timeStatements(engine) : null;
        const d1 = openDatabase(a.url);
        await migrate(d1);
        runs.push(await throughput(d1, accounts, timer));
        await d1.close();
      } finally {
        await a.drop();
      }
    }
    const b = await createDatabase(engine, 'latency');
    try {
      const d2 = openDatabase(b.url);
      await migrate(d2);
      const latencyMs = await latency(d2);
      await d2.close();
      results.push({ engine, accounts, runs, latencyMs });
    } finally {
      await b.drop();
    }
  }
  const report = journeyReport(results, opts.small);
  if (opts.docs) writeSection(report, opts.small);
  return report;
}
