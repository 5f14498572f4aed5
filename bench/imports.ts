/**
 * The import benchmark (issue 9): a Salesforce-style contacts export of 1,000,000 people (API
 * names, each contact related to one of 10,000 accounts through `AccountId`) generated in a temp
 * dir, imported by `runImport` in a child process — the time and the child's peak RSS measured
 * (`process.resourceUsage().maxRSS`) — then imported again (every row unchanged). Targets: ≤ 30 s
 * on SQLite, ≤ 60 s on PostgreSQL, peak RSS ≤ 400 MiB.
 *
 *   tsx bench/imports.ts [--rows 1000000] [--engine sqlite|postgres|both] [--no-docs]
 *
 * `npm run bench` runs it after the engine benchmark (bench/run.ts); the results go to
 * docs/benchmarks.md between the `imports` markers.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshPgDatabase } from './pg-admin.ts';
import { openDatabase, type Engine } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { installMaintenance } from '../src/engine/maintenance.ts';
import { runImport } from '../src/engine/imports/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const PG_DB = 'quorum_bench_imports';
const ACCOUNTS = 10_000;
const TARGET_MS: Record<Engine, number> = { sqlite: 30_000, postgres: 60_000 };
const TARGET_RSS = 400 * 2 ** 20;

const TITLES = ['Chief Information Officer', 'VP Engineering', 'Director of IT', 'Security Engineer', 'Software Engineer', 'Marketing Manager', 'CFO', 'Procurement Manager', 'Office Manager', 'Data Analyst'];
const FIRST = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'John', 'José', 'Zoë'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Backus', 'Muñoz', 'Brontë'];
const COUNTRIES = ['France', 'Germany', 'USA', 'United Kingdom', 'Spain', 'Japan'];

/** Writes the accounts and the people files (streamed: the generator holds no rows either). */
async function generate(dir: string, rows: number): Promise<{ accounts: string; people: string }> {
  const accounts = path.join(dir, 'accounts.csv');
  fs.writeFileSync(accounts, 'Id,Name,Website,Industry,NumberOfEmployees,BillingCountry\r\n' + Array.from({ length: ACCOUNTS }, (_, i) => `001A${String(i).padStart(14, '0')},"Company ${i}, Inc.",company${i}.example,Software,${(i % 500) * 10},${COUNTRIES[i % COUNTRIES.length]}`).join('\r\n') + '\r\n');
  const people = path.join(dir, 'people.csv');
  const out = fs.createWriteStream(people);
  out.write('\ufeffId,FirstName,LastName,Title,Email,AccountId,MailingCountry,Department\r\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const title = TITLES[(i * 7) % TITLES.length] as string;
    chunk += `003C${String(i).padStart(14, '0')},${FIRST[i % FIRST.length]},${LAST[(i * 3) % LAST.length]},"${title}",Person.${i}@Company${i % ACCOUNTS}.example,001A${String(i % ACCOUNTS).padStart(14, '0')},${COUNTRIES[i % COUNTRIES.length]},IT\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return { accounts, people };
}

interface ChildResult {
  ms: number;
  maxRssBytes: number;
  counts: { inserted: number; updated: number; unchanged: number; rejected: number };
}

/** In the child: one import, timed, with maintenance installed as the CLI does. */
async function child(url: string, file: string, type: 'accounts' | 'people'): Promise<void> {
  const database = openDatabase(url);
  await migrate(database);
  installMaintenance();
  const t0 = performance.now();
  const r = await runImport(database.db, { path: file }, { type });
  const ms = Math.round(performance.now() - t0);
  await database.close();
  const result: ChildResult = { ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, counts: r.counts };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'imports.ts'), '--child', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult) : reject(new Error(`import child exited with ${code}`))));
  });
}

async function freshDatabase(engine: Engine, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') return { url: `sqlite:${path.join(dir, 'bench.db')}`, drop: async () => {} };
  return freshPgDatabase(PG_DB);
}

export interface ImportBenchResult {
  engine: Engine;
  rows: number;
  first: ChildResult;
  second: ChildResult;
}

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function renderImportBench(results: readonly ImportBenchResult[]): string {
  const lines = [
    '## Import (`quorum import`, issue 9)',
    '',
    `A Salesforce-style contacts export (API-name headers, BOM, CRLF; each contact related to one of ${ACCOUNTS.toLocaleString('en-US')} accounts by \`AccountId\`), imported by \`runImport\` in a child process with maintenance installed; peak RSS is the child's \`maxRSS\`. Measured on ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} when it ended (${new Date().toISOString().slice(0, 16)}Z; \`npm run bench\` or \`tsx bench/imports.ts\`).`,
    '',
    '| engine | rows | first import | target | peak RSS (≤ 400 MiB) | counts | second import (all unchanged) | its peak RSS |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const ok = r.first.ms <= TARGET_MS[r.engine] ? 'pass' : 'MISS';
    const rss = r.first.maxRssBytes <= TARGET_RSS ? 'pass' : 'MISS';
    const c = r.first.counts;
    lines.push(`| ${r.engine} | ${r.rows.toLocaleString('en-US')} | ${sec(r.first.ms)} (${ok}) | ≤ ${sec(TARGET_MS[r.engine])} | ${mib(r.first.maxRssBytes)} (${rss}) | ${c.inserted} inserted, ${c.updated} updated, ${c.rejected} rejected | ${sec(r.second.ms)} (${r.second.counts.unchanged} unchanged) | ${mib(r.second.maxRssBytes)} |`);
  }
  return lines.join('\n');
}

const BEGIN = '<!-- imports:begin -->';
const END = '<!-- imports:end -->';

function writeDocs(section: string): void {
  const file = path.join(here, '..', 'docs', 'benchmarks.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${BEGIN}\n${section}\n${END}`;
  const i = text.indexOf(BEGIN);
  const j = text.indexOf(END);
  fs.writeFileSync(file, i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + END.length) : `${text.trimEnd()}\n\n${block}\n`);
}

/** The whole import benchmark for the given engines; returns the rendered section. */
export async function runImportBench(opts: { engines: readonly Engine[]; rows: number; docs: boolean; log?: (line: string) => void }): Promise<string> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-imports-'));
  const results: ImportBenchResult[] = [];
  try {
    log(`import bench: generating ${opts.rows.toLocaleString('en-US')} people…`);
    const files = await generate(dir, opts.rows);
    for (const engine of opts.engines) {
      const db = await freshDatabase(engine, dir);
      try {
        await runChild(['--url', db.url, '--file', files.accounts, '--type', 'accounts']);
        log(` ${engine}: importing…`);
        const first = await runChild(['--url', db.url, '--file', files.people, '--type', 'people']);
        log(` ${engine}: ${sec(first.ms)}, peak RSS ${mib(first.maxRssBytes)}; again…`);
        const second = await runChild(['--url', db.url, '--file', files.people, '--type', 'people']);
        log(` ${engine}: again ${sec(second.ms)}, ${second.counts.unchanged} unchanged`);
        results.push({ engine, rows: opts.rows, first, second });
      } finally {
        await db.drop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const section = renderImportBench(results);
  if (opts.docs) writeDocs(section);
  return section;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--child')) return child(arg('--url') ?? '', arg('--file') ?? '', (arg('--type') ?? 'people') as 'people');
  const e = arg('--engine') ?? 'both';
  const engines: Engine[] = e === 'both' ? ['sqlite', 'postgres'] : [e as Engine];
  const section = await runImportBench({ engines, rows: Number(arg('--rows') ?? 1_000_000), docs: !argv.includes('--no-docs') });
  process.stdout.write(`${section}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
