/**
 * Export benchmark (issue 9): 50,000 buying groups (`--small`: 2,500) exported through the HTTP
 * API as CSV and JSON Lines — groups, members and the gap list — measuring time to first byte,
 * total time, bytes, rows and the server's resident memory. Run by `npm run bench` (after the
 * engine benchmark) or alone: `npm run bench -- --only exports [--small] [--engine …]`.
 *
 * The tenant is written straight into the tables (src/engine/exports.testdata.ts: no generation,
 * the exports read what is stored). The server runs in a child process (`--serve <url>`) that
 * samples its RSS every 10 ms, so the memory reported is the exporting server's, not the
 * loader's: its RSS before the first export, and the peak during each. Constant memory shows as
 * peaks that do not grow with the number of rows (a 1/10 export is measured first, then the full one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPgDatabase } from './pg-admin.ts';
import { openDatabase, type Engine } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { createToken } from '../src/store/tokens.ts';
import { dialectOf } from '../src/store/dialect.ts';
import { seedExportData } from '../src/engine/exports.testdata.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const PG_DB = 'quorum_bench_exports';
export const EXPORT_GROUPS = 50_000;

export interface ExportMeasure {
  what: string;
  rows: number;
  bytes: number;
  ttfbMs: number;
  totalMs: number;
  peakRssBytes: number;
}

export interface ExportBenchResult {
  engine: Engine;
  groups: number;
  seedMs: number;
  idleRssBytes: number;
  measures: ExportMeasure[];
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function createDatabase(engine: Engine): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-exports-'));
    return { url: `sqlite:${path.join(dir, 'exports.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  return freshPgDatabase(PG_DB);
}

interface ServerChild {
  child: ChildProcess;
  baseUrl: string;
  token: string;
  /** The child's peak RSS since the last call (and its current RSS). */
  peak(): Promise<{ peak: number; now: number }>;
  stop(): Promise<void>;
}

function startServerChild(url: string): Promise<ServerChild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--serve', url], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const waiting = new Map<string, (m: { peak: number; now: number }) => void>();
    child.on('error', reject);
    child.on('message', (m: { type: string; baseUrl?: string; token?: string; peak?: number; now?: number }) => {
      if (m.type === 'ready') {
        resolve({
          child,
          baseUrl: m.baseUrl!,
          token: m.token!,
          peak: () =>
            new Promise((res) => {
              waiting.set('peak', res);
              child.send({ type: 'peak' });
            }),
          stop: () =>
            new Promise((res) => {
              child.once('exit', () => res());
              child.kill('SIGTERM');
            }),
        });
      } else if (m.type === 'peak') {
        waiting.get('peak')?.({ peak: m.peak!, now: m.now! });
        waiting.delete('peak');
      }
    });
  });
}

/** One export: time to the first body byte, to the last, bytes and rows (lines minus the CSV header). */
async function timedExport(s: ServerChild, what: string, pathAndQuery: string): Promise<ExportMeasure> {
  await s.peak(); // resets the child's peak to now
  const t0 = performance.now();
  const res = await fetch(`${s.baseUrl}/api/v1${pathAndQuery}`, { headers: { authorization: `Bearer ${s.token}` } });
  if (res.status !== 200 || !res.body) throw new Error(`${pathAndQuery}: ${res.status} ${await res.text()}`);
  let ttfbMs = -1;
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    if (ttfbMs < 0) ttfbMs = performance.now() - t0;
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  const totalMs = performance.now() - t0;
  const { peak } = await s.peak();
  // CSV rows may hold line breaks inside quotes; the tenant's rows say how many that adds (1 in 7 account names).
  const rows = pathAndQuery.includes('format=jsonl') ? lines : lines - 1;
  return { what, rows, bytes, ttfbMs: Math.round(ttfbMs), totalMs: Math.round(totalMs), peakRssBytes: peak };
}

export async function runExportBench(opts: { small: boolean; engines: Engine[]; docs: boolean }): Promise<ExportBenchResult[]> {
  const groups = opts.small ? EXPORT_GROUPS / 20 : EXPORT_GROUPS;
  const results: ExportBenchResult[] = [];
  for (const engine of opts.engines) {
    log(`\nexports, ${engine}: ${groups} buying groups`);
    const target = await createDatabase(engine);
    try {
      const t0 = performance.now();
      const database = openDatabase(target.url);
      await migrate(database);
      await seedExportData(database.db, { groups });
      // The seed is a bulk load straight into the tables: sample them as the engine's own bulk
      // writers do (imports, creation jobs), else the first PostgreSQL queries plan without statistics.
      for (const table of ['accounts', 'people', 'account_people', 'buying_groups', 'buying_group_members'] as const) await dialectOf(database.db).refreshStatistics(database.db, table);
      await database.close();
      const seedMs = Math.round(performance.now() - t0);
      log(`  seeded in ${seedMs} ms`);
      const s = await startServerChild(target.url);
      try {
        const idle = (await s.peak()).now;
        // Accounts whose name ends in 0: about 1 in 10.
        const tenth = `accountCondition=${encodeURIComponent(JSON.stringify({ field: 'name', op: 'ends_with', value: '0' }))}`;
        const runs: [string, string][] = [
          ['groups CSV, ~1/10 (account name ends with 0)', `/buying-groups/export?${tenth}`],
          ['groups CSV', '/buying-groups/export'],
          ['groups JSON Lines', '/buying-groups/export?format=jsonl'],
          ['groups CSV, sort=-engagement', '/buying-groups/export?sort=-engagement'],
          ['members CSV', '/buying-groups/members/export'],
          ['gap list CSV', '/buying-groups/gaps/export'],
          ['gap list JSON Lines, Decision Maker missing', '/buying-groups/gaps/export?format=jsonl&missingRole=Decision%20Maker'],
        ];
        const measures: ExportMeasure[] = [];
        for (const [what, q] of runs) {
          const m = await timedExport(s, what, q);
          measures.push(m);
          log(`  ${what}: first byte ${m.ttfbMs} ms, total ${m.totalMs} ms, ${(m.bytes / 2 ** 20).toFixed(1)} MiB, ~${m.rows} lines, peak RSS ${(m.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
        }
        results.push({ engine, groups, seedMs, idleRssBytes: idle, measures });
      } finally {
        await s.stop();
      }
    } finally {
      await target.drop();
    }
  }
  const report = exportReport(results, opts.small);
  process.stdout.write(`${report}\n`);
  if (opts.docs) fs.writeFileSync(path.join(here, '..', 'docs', opts.small ? 'benchmarks-exports-small.md' : 'benchmarks-exports.md'), `${report}\n`);
  return results;
}

export function exportReport(results: ExportBenchResult[], small: boolean): string {
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  const out = [
    `# Export benchmark${small ? ' (small: 1/20 scale)' : ''}`,
    '',
    `Written by \`npm run bench${small ? ' -- --small' : ''}\` (bench/exports.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.availableParallelism()} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end (a shared machine makes single figures noisy). The server runs in its own process; RSS is its resident memory, sampled every 10 ms.`,
    '',
  ];
  for (const r of results) {
    out.push(`## ${r.engine}: ${r.groups.toLocaleString('en-US')} buying groups (seeded in ${(r.seedMs / 1000).toFixed(1)} s); server RSS before the first export ${mib(r.idleRssBytes)}`, '');
    out.push('| export | first byte | total | size | lines | peak RSS |', '|---|---|---|---|---|---|');
    for (const m of r.measures) out.push(`| ${m.what} | ${m.ttfbMs} ms | ${(m.totalMs / 1000).toFixed(2)} s | ${(m.bytes / 2 ** 20).toFixed(1)} MiB | ${m.rows.toLocaleString('en-US')} | ${mib(m.peakRssBytes)} |`);
    out.push('');
  }
  return out.join('\n');
}

/** Child: the API server over the database, reporting its RSS peak over IPC. */
async function serve(url: string): Promise<void> {
  const { buildApp } = await import('../src/api/app.ts');
  const database = openDatabase(url);
  const app = await buildApp({ database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const token = (await createToken(database.db, { role: 'viewer', name: 'export bench' })).token;
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  process.on('message', (m: { type: string }) => {
    if (m.type !== 'peak') return;
    const now = process.memoryUsage.rss();
    process.send?.({ type: 'peak', peak: Math.max(peak, now), now });
    peak = now;
  });
  process.on('SIGTERM', () => {
    clearInterval(timer);
    void app.close().then(() => database.close()).then(() => process.exit(0));
  });
  process.send?.({ type: 'ready', baseUrl: `http://127.0.0.1:${address.port}`, token });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--serve');
  if (i > 0 && process.argv[i + 1]) await serve(process.argv[i + 1]!);
  else {
    const engine = process.argv.includes('--engine') ? (process.argv[process.argv.indexOf('--engine') + 1] as Engine | 'both') : 'both';
    await runExportBench({ small: process.argv.includes('--small'), engines: engine === 'both' ? ['sqlite', 'postgres'] : [engine], docs: !process.argv.includes('--no-docs') });
  }
}
