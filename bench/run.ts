/**
 * `npm run bench [-- --small] [-- --engine sqlite|postgres|both]` — the buying group engine at a
 * million people (issue 3, "Benchmark"). Not a test: it builds a synthetic tenant per engine and
 * prints, then writes to docs/benchmarks.md:
 *
 * - bulk load (50,000 accounts in hierarchies, 1,000,000 people with realistic titles, their
 *   relations, the configuration);
 * - the floor: ONE hand-written INSERT … SELECT assigning the same roles into a scratch table
 *   (two ways of writing it, the faster counts);
 * - full generation: a creation job through runCreationJob (default batch size);
 * - a completeness (and engagement) recompute of all groups;
 * - the gap query "Decision Maker missing and completeness < 50" through the HTTP API (median);
 * - single-person changes → groups and scores updated (updatePerson with maintenance installed),
 *   p50/p95 over 1,000 job-title changes that flip role membership;
 * - peak RSS of the measuring process;
 * - the web app in Chromium over the generated groups: Browse's first page, filter changes and a
 *   50-member group's details (bench/browser.ts; `--no-browser` leaves it out).
 *
 * Then the export, import and learned-suggestion benchmarks (bench/exports.ts, bench/imports.ts,
 * bench/suggestions.ts), each with its own docs section; `--only exports|suggestions` runs one
 * alone (`--people N` sizes the suggestion tenant). `--only journeys` runs the journey runtime's
 * benchmark (bench/journeys.ts), which the default run leaves out.
 *
 * Every measured step runs at least 3 times (issue 8): the report gives medians and spreads
 * (min–max), and ratios of medians from the same run. Generation also runs over 1/20 and 1/4 of
 * the accounts (the growth measure), each run from a tenant without groups (bench/generation.ts).
 *
 * Each engine runs in two child processes (load, then measure) so that the peak RSS reported is
 * the engine's, not the data generator's. `--small` is 1/20 scale. Databases are created fresh
 * (SQLite in the OS temp dir, PostgreSQL `quorum_bench`) and dropped at the end (`--keep` keeps them);
 * `--cache` loads from (or into) the cache of loaded tenants (bench/cache.ts) instead.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase, type Database, type Engine } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { createToken } from '../src/store/tokens.ts';
import { recomputeGroupScores } from '../src/engine/generation/index.ts';
import { installMaintenance } from '../src/engine/maintenance.ts';
import { buildApp } from '../src/api/app.ts';
import { FULL_SCALE, generateAccounts, generatePeople, type Scale } from './data.ts';
import { postgresLoader, sqliteLoader, type Loader } from './load.ts';
import { createBenchConfig, FLOOR_TABLE, prepareFloor, runFloor, type BenchConfig, type FloorVariant } from './config.ts';
import { writeReport, type EngineResult, type Machine } from './report.ts';
import { measureBrowser, type BrowserResult } from './browser.ts';
import { runExportBench } from './exports.ts';
import { runSuggestionBench } from './suggestions.ts';
import { runJourneyBench } from './journeys.ts';
import { growthAudiences, resetGeneration, runGeneration } from './generation.ts';
import { median, quantile } from './stats.ts';
import { cacheEntry } from './cache.ts';
import { freshPgDatabase, pgAdmin } from './pg-admin.ts';
import { flipPerson, pickPeople } from './changes.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const PG_DB = process.env.QUORUM_BENCH_PG_DB ?? 'quorum_bench';
const SEED = 20260601;

interface Args {
  small: boolean;
  engines: Engine[];
  keep: boolean;
  docs: boolean;
  changes: number;
  browser: boolean;
  cache: boolean;
  phase: 'load' | 'measure' | null;
  url: string | null;
  out: string | null;
  /** `--only exports|suggestions`: that benchmark alone (bench/exports.ts, bench/suggestions.ts). */
  only: 'exports' | 'suggestions' | 'journeys' | null;
  /** `--people N`: the suggestion benchmark's tenant size (default 1,000,000; 1/20 with --small). */
  people: number | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { small: false, engines: ['sqlite', 'postgres'], keep: false, docs: true, changes: 1000, browser: true, cache: false, phase: null, url: null, out: null, only: null, people: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--small') args.small = true;
    else if (a === '--keep') args.keep = true;
    else if (a === '--no-docs') args.docs = false;
    else if (a === '--no-browser') args.browser = false;
    else if (a === '--cache') args.cache = true;
    else if (a === '--changes') args.changes = Number(value());
    else if (a === '--engine') {
      const e = value();
      if (e === 'both') args.engines = ['sqlite', 'postgres'];
      else if (e === 'sqlite' || e === 'postgres') args.engines = [e];
      else throw new Error(`--engine must be sqlite, postgres or both (got ${e})`);
    } else if (a === '--phase') {
      const p = value();
      if (p !== 'load' && p !== 'measure') throw new Error(`unknown phase ${p}`);
      args.phase = p;
    } else if (a === '--url') args.url = value();
    else if (a === '--out') args.out = value();
    else if (a === '--only') {
      const o = value();
      if (o !== 'exports' && o !== 'suggestions' && o !== 'journeys') throw new Error('--only takes exports, suggestions or journeys');
      args.only = o;
    } else if (a === '--people') args.people = Number(value());
    else throw new Error(`unknown argument ${a}; use --small, --engine sqlite|postgres|both, --keep, --no-docs, --no-browser, --cache, --changes N, --only exports|suggestions|journeys, --people N`);
  }
  return args;
}

function scaleOf(small: boolean): Scale {
  const f = small ? 20 : 1;
  return { accounts: FULL_SCALE.accounts / f, people: FULL_SCALE.people / f, seed: SEED, now: Date.UTC(2026, 5, 1, 12) };
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const ms = (t0: number) => Math.round(performance.now() - t0);
const load1 = () => Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

// ---- phase: load ---------------------------------------------------------------------------

export interface LoadResult {
  accounts: number;
  people: number;
  relations: number;
  schemaMs: number;
  accountsMs: number;
  peopleMs: number;
  configMs: number;
  analyzeMs: number;
  totalMs: number;
  config: BenchConfig;
  load1: number;
}

async function phaseLoad(engine: Engine, url: string, scale: Scale): Promise<LoadResult> {
  const started = performance.now();
  let t = performance.now();
  const database = openDatabase(url);
  await migrate(database);
  await database.close();
  const schemaMs = ms(t);

  const loader: Loader = engine === 'sqlite' ? sqliteLoader(url.slice('sqlite:'.length)) : await postgresLoader(url);
  t = performance.now();
  const tenant = generateAccounts(scale);
  await loader.insert('accounts', tenant.accounts);
  const accountsMs = ms(t);
  log(`  ${tenant.accounts.length} accounts (${accountsMs} ms)`);

  t = performance.now();
  const restoreIndexes = await loader.deferIndexes(['people', 'account_people']);
  let people = 0;
  let relations = 0;
  for (const chunk of generatePeople(scale, tenant, 20_000)) {
    await loader.insert('people', chunk.people);
    await loader.insert('account_people', chunk.relations);
    people += chunk.people.length;
    relations += chunk.relations.length;
    if (people % 200_000 === 0) log(`  ${people} people…`);
  }
  const t2 = performance.now();
  await restoreIndexes();
  log(`  indexes of people and relations built (${ms(t2)} ms)`);
  const peopleMs = ms(t);
  log(`  ${people} people, ${relations} relations, with their indexes (${peopleMs} ms)`);

  t = performance.now();
  const database2 = openDatabase(url);
  const config = await createBenchConfig(
    database2.db,
    tenant.info.map((a) => a.id),
    scale.now,
  );
  await database2.close();
  const configMs = ms(t);
  log(`  configuration: persona, 5-role Live template, solution interest, static list of all accounts (${configMs} ms)`);

  t = performance.now();
  await loader.analyze();
  await loader.close();
  const analyzeMs = ms(t);
  return { accounts: tenant.accounts.length, people, relations, schemaMs, accountsMs, peopleMs, configMs, analyzeMs, totalMs: ms(started), config, load1: load1() };
}

// ---- phase: measure ------------------------------------------------------------------------

/** Runs per measured step (floors, generation at each size, recompute, single-change rounds). */
const RUNS = 3;
/** Growth measure: generation over 1/20, 1/4 and all of the accounts. */
const GROWTH_FRACTIONS = [20, 4, 1] as const;

export interface GrowthPoint {
  /** 20 = 1/20 of the accounts. */
  fraction: number;
  accounts: number;
  groups: number;
  members: number;
  runsMs: number[];
}

export interface MeasureResult {
  /** Floor runs per way of writing the statement (see bench/config.ts). */
  floorMs: Record<FloorVariant, number[]>;
  floorRows: number;
  /** Full-scale generation runs (the last point of `growth`). */
  generationMs: number[];
  groups: number;
  membersAdded: number;
  growth: GrowthPoint[];
  /** Rule members the generation assigned that the floor did not, and the other way round. */
  floorDifferences: number;
  recomputeMs: number[];
  recomputeChanged: number;
  gapMs: number[];
  gapRows: number;
  gapQuery: string;
  /** Single-change latencies, one array per round. */
  changeMs: number[][];
  changesFlipped: number;
  peakRssBytes: number;
  /** Chromium driving the built web app over this tenant (null when skipped). */
  browser: BrowserResult | null;
  load1: Record<string, number>;
}

async function count(database: Database, query: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`${sql.raw(query)}`.execute(database.db);
  return Number(rows[0]?.n ?? 0);
}

async function phaseMeasure(url: string, config: BenchConfig, changes: number, browser: boolean): Promise<MeasureResult> {
  const database = openDatabase(url);
  const engine = database.engine;
  const now = () => Date.now();
  const loads: Record<string, number> = { start: load1() };

  // The floor, both ways of writing it, RUNS times each, interleaved (the last run's rows are
  // compared with the generated members below).
  const floorMs: Record<FloorVariant, number[]> = { join: [], ordered: [] };
  let floorRows = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const variant of ['join', 'ordered'] as const) {
      await prepareFloor(database.db);
      const t = performance.now();
      floorRows = await runFloor(database.db, engine, config.listId, now(), variant);
      floorMs[variant].push(ms(t));
      log(`  floor (${variant}): ${floorMs[variant].at(-1)} ms (${floorRows} rows)`);
    }
  }

  // Generation RUNS times at each size, the sizes interleaved so that load spikes spread over
  // all of them; every run starts from no groups. The last run is at full scale and stays.
  loads.generation = load1();
  const audiences = await growthAudiences(database, config.listId, GROWTH_FRACTIONS, now());
  const growth: GrowthPoint[] = [];
  for (const a of audiences) {
    const accounts = await count(database, `select count(*) as n from account_list_members where list_id = '${a.listId}'`);
    growth.push({ fraction: a.fraction, accounts, groups: 0, members: 0, runsMs: [] });
  }
  for (let run = 0; run < RUNS; run++) {
    for (const [i, a] of audiences.entries()) {
      await resetGeneration(database, config.listId);
      const r = await runGeneration(database, config.solutionInterestId, a.listId, now);
      const point = growth[i] as GrowthPoint;
      point.runsMs.push(Math.round(r.ms));
      point.groups = r.groups;
      point.members = r.members;
      log(`  generation 1/${a.fraction}: ${Math.round(r.ms)} ms (${r.groups} groups, ${r.members} members)`);
    }
  }
  const full = growth.at(-1) as GrowthPoint;

  const floorDifferences =
    (await count(database, `select count(*) as n from (select account_id, person_id, role_id from ${FLOOR_TABLE} except select account_id, person_id, role_id from buying_group_members where removed = 0) as d`)) +
    (await count(database, `select count(*) as n from (select account_id, person_id, role_id from buying_group_members where removed = 0 except select account_id, person_id, role_id from ${FLOOR_TABLE}) as d`));
  log(`  members that differ from the floor: ${floorDifferences}`);
  await sql.raw(`drop table ${FLOOR_TABLE}`).execute(database.db);

  loads.recompute = load1();
  const recomputeMs: number[] = [];
  let recomputeChanged = 0;
  for (let run = 0; run < RUNS; run++) {
    const t2 = performance.now();
    const recompute = await recomputeGroupScores(database.db, now());
    recomputeMs.push(ms(t2));
    recomputeChanged = Math.max(recomputeChanged, recompute.changed);
    log(`  recompute of ${recompute.groups} groups: ${recomputeMs.at(-1)} ms (${recompute.changed} changed)`);
  }

  // The gap query through the HTTP API.
  loads.gap = load1();
  const app = await buildApp({ database });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const { token } = await createToken(database.db, { role: 'viewer' });
  let gapQuery = '/api/v1/buying-groups?missingRoleId=rol_decision_maker&completenessBelow=50';
  const get = async (q: string) => fetch(`${base}${q}`, { headers: { authorization: `Bearer ${token}` } });
  if ((await get(gapQuery)).status === 400) gapQuery = '/api/v1/buying-groups?missingRoleId=rol_decision_maker&completenessMax=49.999999';
  const gapMs: number[] = [];
  let gapRows = 0;
  for (let i = 0; i < 16; i++) {
    const t3 = performance.now();
    const res = await get(gapQuery);
    const body = (await res.json()) as { data?: unknown[] };
    if (res.status !== 200) throw new Error(`gap query: HTTP ${res.status} ${JSON.stringify(body)}`);
    if (i > 0) gapMs.push(performance.now() - t3);
    gapRows = body.data?.length ?? 0;
  }
  await app.close();
  log(`  gap query: median ${median(gapMs).toFixed(1)} ms, ${Math.min(...gapMs).toFixed(1)}–${Math.max(...gapMs).toFixed(1)} (${gapRows} groups on the first page)`);

  // Single-person changes with maintenance installed, RUNS rounds (each round flips the people
  // picked back or forth).
  loads.changes = load1();
  const uninstall = installMaintenance();
  const changeMs: number[][] = [];
  let flipped = 0;
  for (let run = 0; run < RUNS; run++) {
    const picked = await pickPeople(database, changes);
    const round: number[] = [];
    for (const p of picked) {
      const change = await flipPerson(database, p, now());
      round.push(change.ms);
      if (change.flipped) flipped++;
    }
    changeMs.push(round);
    log(`  single changes: p50 ${quantile(round, 0.5).toFixed(2)} ms, p95 ${quantile(round, 0.95).toFixed(2)} ms (${flipped}/${picked.length * (run + 1)} flipped membership)`);
  }
  uninstall();
  // Peak RSS is read before the browser step: the server it starts is not what the target is about.
  const peakRssBytes = peakRss();
  loads.browser = load1();
  const browserResult = browser ? await measureBrowser(database, log, now) : null;
  await database.close();
  return {
    floorMs,
    floorRows,
    generationMs: full.runsMs,
    groups: full.groups,
    membersAdded: full.members,
    growth,
    floorDifferences,
    recomputeMs,
    recomputeChanged,
    gapMs,
    gapRows,
    gapQuery,
    changeMs,
    changesFlipped: flipped,
    peakRssBytes,
    browser: browserResult,
    load1: loads,
  };
}

// ---- orchestration -------------------------------------------------------------------------

function runChild(args: string[]): Promise<unknown> {
  const out = path.join(os.tmpdir(), `quorum-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--out', out], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench child ${args.join(' ')} exited with ${code}`));
      try {
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')));
        fs.rmSync(out, { force: true });
      } catch (e) {
        reject(e);
      }
    });
  });
}

async function createDatabase(engine: Engine, small: boolean): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-'));
    const file = path.join(dir, `bench${small ? '-small' : ''}.db`);
    return { url: `sqlite:${file}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  return freshPgDatabase(PG_DB);
}

/** Keeps the freshly loaded database (not in use by anyone) as the cache. */
async function saveToCache(engine: Engine, url: string, cached: string): Promise<void> {
  if (engine === 'sqlite') {
    fs.copyFileSync(url.slice('sqlite:'.length), cached);
    return;
  }
  await pgAdmin(`drop database if exists ${cached} with (force)`);
  await pgAdmin(`create database ${cached} template ${PG_DB}`);
}

/** Replaces the run's (empty) database with a copy of the cached one. */
async function restoreFromCache(engine: Engine, cached: string, url: string): Promise<void> {
  if (engine === 'sqlite') {
    fs.copyFileSync(cached, url.slice('sqlite:'.length));
    return;
  }
  await pgAdmin(`drop database if exists ${PG_DB} with (force)`);
  await pgAdmin(`create database ${PG_DB} template ${cached}`);
}

function machine(): Machine {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return { nproc: os.availableParallelism(), memoryBytes: os.totalmem(), cpuModel: model, node: process.version, date: new Date().toISOString() };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = scaleOf(args.small);
  if (args.phase) {
    if (!args.url || !args.out) throw new Error('--phase needs --url and --out');
    const engine: Engine = args.url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
    const result = args.phase === 'load' ? await phaseLoad(engine, args.url, scale) : await phaseMeasure(args.url, JSON.parse(process.env.QUORUM_BENCH_CONFIG ?? '{}') as BenchConfig, args.changes, args.browser);
    fs.writeFileSync(args.out, JSON.stringify({ ...result, peakRssBytes: (result as { peakRssBytes?: number }).peakRssBytes ?? peakRss() }));
    return;
  }

  if (args.only === 'journeys') {
    process.stdout.write(`${await runJourneyBench({ small: args.small, engines: args.engines, docs: args.docs })}\n`);
    return;
  }
  if (args.only === 'exports') {
    await runExportBench({ small: args.small, engines: args.engines, docs: args.docs });
    return;
  }
  const suggestionPeople = args.people ?? (args.small ? FULL_SCALE.people / 20 : FULL_SCALE.people);
  if (args.only === 'suggestions') {
    process.stdout.write(`${await runSuggestionBench({ engines: args.engines, people: suggestionPeople, docs: args.docs })}\n`);
    return;
  }
  const m = machine();
  log(`Quorum benchmark — ${args.small ? 'small (1/20)' : 'full'} scale: ${scale.accounts} accounts, ${scale.people} people; ${m.nproc} cores, ${(m.memoryBytes / 2 ** 30).toFixed(1)} GiB, ${m.cpuModel}; load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const results: EngineResult[] = [];
  for (const engine of args.engines) {
    log(`\n${engine}:`);
    const target = await createDatabase(engine, args.small);
    try {
      const cache = args.cache ? cacheEntry<LoadResult & { peakRssBytes: number; cachedAt: string }>(engine, scale) : null;
      let loaded = cache?.read() ?? null;
      const fromCache = loaded !== null;
      if (cache && loaded) {
        const t = performance.now();
        await restoreFromCache(engine, cache.target, target.url);
        log(` bulk load: the cached one of ${loaded.cachedAt} (${cache.key}), copied in ${ms(t)} ms`);
      } else {
        log(' bulk load');
        const fresh = (await runChild(['--phase', 'load', '--url', target.url, ...(args.small ? ['--small'] : [])])) as LoadResult & { peakRssBytes: number };
        log(` bulk load: ${fresh.totalMs} ms`);
        loaded = { ...fresh, cachedAt: new Date().toISOString().slice(0, 16).replace('T', ' ') };
        if (cache) {
          await saveToCache(engine, target.url, cache.target);
          cache.write(loaded);
          log(` kept for --cache as ${cache.target}`);
        }
      }
      log(' measure');
      process.env.QUORUM_BENCH_CONFIG = JSON.stringify(loaded.config);
      const measured = (await runChild(['--phase', 'measure', '--url', target.url, '--changes', String(args.changes), ...(args.small ? ['--small'] : []), ...(args.browser ? [] : ['--no-browser'])])) as MeasureResult;
      results.push({ engine, load: loaded, loadPeakRssBytes: loaded.peakRssBytes, measure: measured, cachedLoad: fromCache ? loaded.cachedAt : null });
    } finally {
      if (!args.keep) await target.drop();
      else log(` kept ${target.url}`);
    }
  }
  const report = writeReport({ machine: m, small: args.small, scale, results }, args.docs ? path.join(here, '..', 'docs', 'benchmarks.md') : null);
  process.stdout.write(`${report}\n`);
  await runExportBench({ small: args.small, engines: args.engines, docs: args.docs });
  // The import benchmark (issue 9): its own file and docs section.
  const { runImportBench } = await import('./imports.ts');
  process.stdout.write(`${await runImportBench({ engines: args.engines, rows: args.small ? 50_000 : 1_000_000, docs: args.docs && !args.small })}\n`);
  // The learned-suggestion benchmark (issue 10): its own tenant and docs section.
  process.stdout.write(`${await runSuggestionBench({ engines: args.engines, people: suggestionPeople, docs: args.docs && !args.small })}\n`);
}

await main();
