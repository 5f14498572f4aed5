/**
 * The benchmark's report: a table per engine (target, measured, pass/miss), printed and written
 * to docs/benchmarks.md. The file keeps one generated section per scale (full, small) between
 * markers; everything outside the markers (notes written by hand) is kept as is.
 */
import fs from 'node:fs';
import type { Engine } from '../src/store/db.ts';
import type { Scale } from './data.ts';
import type { LoadResult, MeasureResult } from './run.ts';
import type { BrowserResult } from './browser.ts';

export interface Machine {
  nproc: number;
  memoryBytes: number;
  cpuModel: string;
  node: string;
  date: string;
}

export interface EngineResult {
  engine: Engine;
  load: LoadResult;
  loadPeakRssBytes: number;
  measure: MeasureResult;
}

export interface Report {
  machine: Machine;
  small: boolean;
  scale: Scale;
  results: EngineResult[];
}

const GIB = 2 ** 30;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

const n = (v: number) => v.toLocaleString('en-US');
const sec = (msv: number) => `${(msv / 1000).toFixed(2)} s`;
const msf = (v: number, digits = 1) => `${v.toFixed(digits)} ms`;
const verdict = (ok: boolean, by: string) => (ok ? '**pass**' : `**miss** (${by})`);

function rows(r: EngineResult, small: boolean): string[][] {
  const m = r.measure;
  const sqlite = r.engine === 'sqlite';
  const joinFloor = Math.min(...m.floorMs.join);
  const orderedFloor = Math.min(...m.floorMs.ordered);
  const floor = Math.min(joinFloor, orderedFloor);
  const ratio = m.generationMs / floor;
  const gap = quantile(m.gapMs, 0.5);
  const p50 = quantile(m.changeMs, 0.5);
  const p95 = quantile(m.changeMs, 0.95);
  const scaleNote = small ? ' (targets are for full scale)' : '';
  const out: string[][] = [];
  out.push([
    'Bulk load',
    '—',
    `${sec(r.load.totalMs)} (accounts ${sec(r.load.accountsMs)}, people + relations ${sec(r.load.peopleMs)}, configuration ${sec(r.load.configMs)}, analyze ${sec(r.load.analyzeMs)})`,
    '',
  ]);
  out.push(['Floor, straightforward: one INSERT … SELECT, audience → relations → people, role CASE', '—', `${sec(joinFloor)} (runs: ${m.floorMs.join.map(sec).join(', ')}; ${n(m.floorRows)} rows)`, '']);
  out.push(['Floor, people in key order: the same with the relations sorted by person first', '—', `${sec(orderedFloor)} (runs: ${m.floorMs.ordered.map(sec).join(', ')})`, '']);
  const genTarget = sqlite ? '≤ 3 s and ≤ 1.5× floor' : '≤ 6 s';
  const genLimit = sqlite ? Math.min(3000, 1.5 * floor) : 6000;
  const genOk = m.generationMs <= genLimit;
  const genMiss = sqlite
    ? [m.generationMs > 3000 ? `${sec(m.generationMs - 3000)} over 3 s` : '', ratio > 1.5 ? `${ratio.toFixed(2)}× floor` : ''].filter(Boolean).join(', ')
    : `${sec(m.generationMs - 6000)} over`;
  out.push([
    'Full generation (creation job, default batch size)',
    genTarget + scaleNote,
    `${sec(m.generationMs)} = ${ratio.toFixed(2)}× the faster floor, ${(m.generationMs / joinFloor).toFixed(2)}× the straightforward one (${n(m.groups)} groups, ${n(m.membersAdded)} members)`,
    verdict(genOk, genMiss),
  ]);
  out.push(['Members equal the floor’s assignment', 'identical', `${n(m.floorDifferences)} differences`, verdict(m.floorDifferences === 0, 'different')]);
  out.push(['Completeness + engagement recompute of all groups', '—', `${sec(m.recomputeMs)} (${n(m.recomputeChanged)} groups changed)`, '']);
  out.push([
    'Gap query via the API (median of 10)',
    sqlite ? '≤ 50 ms' : '—',
    `${msf(gap)} (${m.gapRows} groups on the first page)`,
    sqlite ? verdict(gap <= 50, `${msf(gap - 50)} over`) : '',
  ]);
  const changeTarget = sqlite ? 1 : 5;
  out.push([
    `Single-person change → groups and scores, p50 (${n(m.changeMs.length)} title changes, ${n(m.changesFlipped)} flipped membership)`,
    `≤ ${changeTarget} ms`,
    msf(p50, 2),
    verdict(p50 <= changeTarget, `${msf(p50 - changeTarget, 2)} over`),
  ]);
  out.push(['Single-person change, p95', '—', msf(p95, 2), '']);
  const rss = m.peakRssBytes;
  out.push([
    'Peak RSS of the measuring process',
    sqlite ? '≤ 1 GiB' : '—',
    `${(rss / GIB).toFixed(2)} GiB (loader process: ${(r.loadPeakRssBytes / GIB).toFixed(2)} GiB)`,
    sqlite ? verdict(rss <= GIB, `${((rss - GIB) / 2 ** 20).toFixed(0)} MiB over`) : '',
  ]);
  if (m.browser) out.push(...browserRows(m.browser, scaleNote));
  return out;
}

/** Median and slowest of the runs; the target (≤ 1 s) is judged on the median, as the machine is shared. */
function browserRow(label: string, runs: readonly number[], note: string, target = true): string[] {
  const median = quantile(runs, 0.5);
  const slowest = Math.max(...runs);
  return [label, target ? `≤ 1 s${note}` : '—', `${msf(median, 0)} median, ${msf(slowest, 0)} slowest of ${runs.length}`, target ? verdict(median <= 1000, `${msf(median - 1000, 0)} over`) : ''];
}

function browserRows(b: BrowserResult, note: string): string[][] {
  const out: string[][] = [];
  out.push(['Web app, Browse first page, first visit (bundle fetched and parsed)', '—', msf(b.firstPageColdMs, 0), '']);
  out.push(browserRow('Web app, Browse first page (navigation → rows on screen)', b.firstPageMs, note));
  out.push(browserRow('Web app, Browse first page with its total count', b.firstTotalMs, note, false));
  for (const f of b.filters) {
    const answered = quantile(f.answeredMs, 0.5);
    const issued = quantile(f.issuedMs, 0.5);
    out.push(
      browserRow(`Web app, filter change: ${f.label} → rows (${f.rows} rows, ${f.total.replace(/\|/g, '/')}; median: request sent at ${msf(issued, 0)}, answer in at ${msf(answered, 0)})`, f.rowsMs, note),
    );
    out.push(browserRow(`… and its total count`, f.totalMs, note, false));
  }
  out.push(browserRow(`Web app, details of a ${b.detailsMembers}-member group (navigation → ${b.detailsMembers} member rows)`, b.detailsMs, note));
  return out;
}

function table(r: EngineResult, small: boolean): string {
  const lines = ['| Measure | Target | Measured | Result |', '|---|---|---|---|'];
  for (const row of rows(r, small)) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function engineBlock(report: Report, r: EngineResult): string {
  const { machine: m } = report;
  return [
    `#### ${r.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`,
    '',
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.nproc} cores (${m.cpuModel}), ${(m.memoryBytes / GIB).toFixed(1)} GiB, Node ${m.node}. ` +
      `The machine is shared with other engineers' test runs: 1-minute load average at each step: ${Object.entries(r.measure.load1)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}.`,
    '',
    table(r, report.small),
    '',
    `Gap query: \`GET ${r.measure.gapQuery}\`.`,
    ...(r.measure.browser
      ? ['', `Web app: Chromium ${r.measure.browser.chromium} (headless, 1440×900) on the built app, signed in as an editor; a filter change is the page's URL changing (what every filter control does), timed to the new rows with the table no longer busy, and to the new total; each run starts from the unfiltered view.`]
      : []),
  ].join('\n');
}

/** The printed report: every engine's block under the scale's heading. */
export function renderSection(report: Report): string {
  const { scale, small } = report;
  return [scaleHeading(small, scale), ...report.results.map((r) => `\n${engineBlock(report, r)}`)].join('\n');
}

const scaleHeading = (small: boolean, scale: Scale) => `### ${small ? 'Small scale (1/20)' : 'Full scale'}: ${n(scale.accounts)} accounts, ${n(scale.people)} people`;

const HEADER = `# Benchmarks

\`npm run bench\` (full scale, both engines; \`-- --small\` for 1/20 scale, \`-- --engine sqlite|postgres\`)
builds a synthetic tenant per engine — 50,000 accounts in corporation → division → department
trees, 1,000,000 people with the messy titles of the demo data set (~20 per account; 6 % have left
their account, some work at two), a roles template of 5 roles with 2–4 conditions each (derived
seniority and function, job title starts with / contains, a persona, custom attributes), a
solution interest and a static audience of all accounts — and measures the buying group engine
(issue 3). The sections between the markers are rewritten by the script; notes outside them are
kept.
`;

/** Prints the report and, with `file`, rewrites the blocks of the engines that ran (other blocks are kept). */
export function writeReport(report: Report, file: string | null): string {
  const printed = renderSection(report);
  if (!file) return printed;
  const key = report.small ? 'small' : 'full';
  let doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : HEADER;
  for (const r of report.results) {
    const start = `<!-- bench:${key}:${r.engine}:start -->`;
    const end = `<!-- bench:${key}:${r.engine}:end -->`;
    const block = `${start}\n${engineBlock(report, r)}\n${end}`;
    const i = doc.indexOf(start);
    const j = doc.indexOf(end);
    if (i >= 0 && j > i) {
      doc = doc.slice(0, i) + block + doc.slice(j + end.length);
      continue;
    }
    const heading = scaleHeading(report.small, report.scale).split(':')[0] as string;
    const h = doc.indexOf(heading);
    if (h < 0) {
      doc = `${doc.trimEnd()}\n\n${scaleHeading(report.small, report.scale)}\n\n${block}\n`;
    } else {
      // After the last block of this scale (or right after its heading).
      const lastEnd = Math.max(doc.lastIndexOf(`<!-- bench:${key}:sqlite:end -->`), doc.lastIndexOf(`<!-- bench:${key}:postgres:end -->`));
      const at = lastEnd > h ? doc.indexOf('-->', lastEnd) + 3 : doc.indexOf('\n', h) + 1;
      doc = `${doc.slice(0, at)}\n\n${block}\n${doc.slice(at)}`;
    }
  }
  fs.writeFileSync(file, doc.replace(/\n{3,}/g, '\n\n'));
  return printed;
}
