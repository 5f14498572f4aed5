/**
 * The learned-suggestion benchmark (issue 10), through the real engine path on a database:
 *
 * - a synthetic tenant (domain/suggestions/synthetic.testdata.ts: true roles from a hidden
 *   process that is not any template's rules — function, seniority, department, a title word, an
 *   unrecorded account fact, events, research and recency, plus label noise), bulk loaded:
 *   accounts of 20 people, their relations and their activities of the last 60 days;
 * - a Live template of the four roles whose only rule finds almost nobody (Decision Maker:
 *   title contains "CISO"), groups by a creation job, and on 70% of the accounts (by account) the
 *   true members confirmed by hand (source manual); the other 30% are held out, unlabelled;
 * - the floor: reading every page of groups and people as the job does (groupPeoplePage), no
 *   training;
 * - training through the job (enqueueSuggestionsJob + JobRunner: a worker thread on SQLite),
 *   timed from enqueue to its end, RUNS times;
 * - proposing on the held-out groups (proposeSuggestions), precision and recall at
 *   DEFAULT_THRESHOLD against the hidden roles (recall over the held-out people with a true role
 *   who are not already members, the only ones a suggestion can reach);
 * - template induction (induceTemplateFor) and its conditions evaluated on held-out people.
 *
 *   npm run bench -- --only suggestions [--engine sqlite|postgres|both] [--people N] [--no-docs]
 *   tsx bench/suggestions.ts [same flags]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, parseJson, type Engine } from '../src/store/db.ts';
import { migrate } from '../src/store/migrate.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';
import { accountColumns } from '../src/store/accounts.ts';
import { personColumns } from '../src/store/people.ts';
import { groupPeoplePage } from '../src/store/suggestions.ts';
import { createRolesTemplate, publishRolesTemplate } from '../src/store/roles-templates.ts';
import { createSolutionInterest } from '../src/store/solution-interests.ts';
import { addAccountListMembers, createAccountList, MAX_MEMBERS_PER_CALL } from '../src/store/account-lists.ts';
import { classifyPerson } from '../src/domain/people/derive.ts';
import { DEFAULT_THRESHOLD } from '../src/domain/suggestions/index.ts';
import { syntheticTenant, type HiddenRole } from '../src/domain/suggestions/synthetic.testdata.ts';
import { matchesCondition, PERSON_FIELDS } from '../src/domain/conditions/index.ts';
import { enqueueSuggestionsJob, getSuggestionsJob, induceTemplateFor, proposeSuggestions, GROUPS_PER_PAGE } from '../src/engine/suggestions.ts';
import { JobRunner } from '../src/engine/runner.ts';
import { accountFields, personFields } from '../src/engine/test-fixtures.ts';
import { postgresLoader, sqliteLoader, type Loader } from './load.ts';
import type { Row } from './data.ts';
import { runGeneration } from './generation.ts';
import { freshPgDatabase } from './pg-admin.ts';
import { median } from './stats.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
const PER_ACCOUNT = 20;
const ACCOUNTS_PER_CHUNK = 2500;
const RUNS = 2;
const TARGET_MS = 60_000;
const TARGET_PRECISION = 0.8;
const INDUCTION_SAMPLE = 50_000;
const ROLE_OF: Record<HiddenRole, string> = { decision_maker: 'rol_decision_maker', influencer: 'rol_influencer', practitioner: 'rol_practitioner', champion: 'rol_champion' };

const log = (line: string) => process.stderr.write(`${line}\n`);
const ms = (t0: number) => Math.round(performance.now() - t0);
const pad = (i: number) => String(i).padStart(9, '0');
const isHeldOut = (accountIndex: number) => accountIndex % 10 >= 7;

interface HeldOutPerson {
  id: string;
  roleId: string | null;
  jobTitle: string | null;
  department: string | null;
}

interface Loaded {
  accounts: number;
  people: number;
  activities: number;
  confirmed: number;
  /** Person id → true role id, for the held-out accounts only. */
  truth: Map<string, string | null>;
  heldOutGroups: string[];
  sample: HeldOutPerson[];
  solutionInterestId: string;
  loadMs: number;
  generationMs: number;
}

/** Loads the tenant in chunks of accounts (a million people never sit in memory at once). */
async function load(engine: Engine, url: string, people: number): Promise<Loaded> {
  const t0 = performance.now();
  const database = openDatabase(url);
  await migrate(database);
  const loader: Loader = engine === 'sqlite' ? sqliteLoader(url.slice('sqlite:'.length)) : await postgresLoader(url);
  const restore = await loader.deferIndexes(['people', 'account_people', 'activities']);
  const accounts = Math.ceil(people / PER_ACCOUNT);
  const accountIds: string[] = [];
  const truthAll = new Map<string, { accountIndex: number; roleId: string | null }>();
  const truth = new Map<string, string | null>();
  const sample: HeldOutPerson[] = [];
  let activities = 0;
  let n = 0;
  for (let first = 0; first < accounts; first += ACCOUNTS_PER_CHUNK) {
    const count = Math.min(ACCOUNTS_PER_CHUNK, accounts - first);
    const synthetic = syntheticTenant({ accounts: count, peoplePerAccount: PER_ACCOUNT, seed: 7 + first, labelNoise: 0.03, now: NOW });
    const accountRows: Row[] = [];
    for (let a = 0; a < count; a++) {
      const id = `acc_S${pad(first + a)}`;
      accountIds.push(id);
      accountRows.push({ id, ...(accountColumns(accountFields(`Account ${first + a}`)) as unknown as Row), created_at: NOW, updated_at: NOW, version: 1 });
    }
    await loader.insert('accounts', accountRows);
    const personRows: Row[] = [];
    const relationRows: Row[] = [];
    const activityRows: Row[] = [];
    for (const s of synthetic) {
      const id = `per_S${pad(n)}`;
      const accountIndex = first + s.accountIndex;
      const cols = personColumns(personFields(`s${n}@bench.example`, s.jobTitle, { department: s.department }), classifyPerson(s.jobTitle, s.department));
      personRows.push({ id, ...(cols as unknown as Row), engagement_raw: s.engagementScore, engagement_score: s.engagementScore, created_at: NOW, updated_at: NOW, version: 1 });
      relationRows.push({ account_id: accountIds[accountIndex]!, person_id: id, id: `rel_S${pad(n)}`, relation_type: s.relationType, roles: '[]', roles_norm: '[]', started_on: null, ended_on: null, created_at: NOW, updated_at: NOW });
      // The latest activity at lastActivityAt, the others earlier, all within the model's window.
      let k = 0;
      for (const [type, c] of Object.entries(s.activityCounts)) {
        for (let i = 0; i < c; i++) {
          const at = k === 0 ? s.lastActivityAt! : s.lastActivityAt! - (1 + ((n + k * 7) % 25)) * DAY;
          activityRows.push({ id: `act_S${pad(n)}_${k}`, person_id: id, account_id: accountIds[accountIndex]!, type, occurred_at: at, metadata: '{}', created_at: NOW });
          k++;
        }
      }
      const roleId = s.trueRole ? ROLE_OF[s.trueRole] : null;
      truthAll.set(id, { accountIndex, roleId });
      if (isHeldOut(accountIndex)) {
        truth.set(id, roleId);
        if (sample.length < INDUCTION_SAMPLE) sample.push({ id, roleId, jobTitle: s.jobTitle, department: s.department });
      }
      n++;
    }
    await loader.insert('people', personRows);
    await loader.insert('account_people', relationRows);
    await loader.insert('activities', activityRows);
    activities += activityRows.length;
    if ((first / ACCOUNTS_PER_CHUNK) % 4 === 3) log(`  ${n} people…`);
  }
  await restore();
  await loader.analyze();
  await loader.close();
  const loadMs = ms(t0);
  log(`  ${accounts} accounts, ${n} people, ${activities} activities (${loadMs} ms)`);

  const tpl = await createRolesTemplate(
    database.db,
    SYSTEM_ACTOR,
    {
      name: 'Learned (benchmark)',
      description: 'One rule that finds almost nobody; the rest is learned',
      roles: [
        { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { field: 'jobTitle', op: 'contains', value: 'ciso' }, required: true, membersRequired: 1 },
        { roleId: 'rol_influencer', weightingBand: 'important', autoAssign: false, condition: null, required: true, membersRequired: 1 },
        { roleId: 'rol_practitioner', weightingBand: 'normal', autoAssign: false, condition: null, required: false, membersRequired: 1 },
        { roleId: 'rol_champion', weightingBand: 'normal', autoAssign: false, condition: null, required: false, membersRequired: 1 },
      ],
    },
    NOW,
  );
  await publishRolesTemplate(database.db, SYSTEM_ACTOR, tpl.id, NOW, undefined);
  const si = await createSolutionInterest(database.db, SYSTEM_ACTOR, { name: 'Learned Suite', description: null, products: [], templateId: tpl.id, stageModelId: null, followMembershipChanges: false }, NOW);
  const list = await createAccountList(database.db, SYSTEM_ACTOR, { name: 'All accounts', description: null, kind: 'static' }, NOW);
  for (let i = 0; i < accountIds.length; i += MAX_MEMBERS_PER_CALL) await addAccountListMembers(database.db, SYSTEM_ACTOR, list.id, accountIds.slice(i, i + MAX_MEMBERS_PER_CALL), NOW);
  const gen = await runGeneration(database, si.id, list.id, () => NOW);
  log(`  creation job: ${gen.groups} groups, ${gen.members} rule members (${Math.round(gen.ms)} ms)`);

  // The training accounts' true members, confirmed by hand: manual replaces what rules assigned.
  const groupOf = new Map((await database.db.selectFrom('buying_groups').select(['id', 'account_id']).where('solution_interest_id', '=', si.id).execute()).map((g) => [g.account_id, g.id]));
  const trainAccounts = accountIds.filter((_, i) => !isHeldOut(i));
  for (let i = 0; i < trainAccounts.length; i += 5000) {
    await database.db.deleteFrom('buying_group_members').where('account_id', 'in', trainAccounts.slice(i, i + 5000)).execute();
  }
  await database.close();
  const members: Row[] = [];
  for (const [personId, t] of truthAll) {
    if (isHeldOut(t.accountIndex) || !t.roleId) continue;
    const accountId = accountIds[t.accountIndex]!;
    members.push({ account_id: accountId, buying_group_id: groupOf.get(accountId)!, person_id: personId, role_id: t.roleId, source: 'manual', removed: 0, added_at: NOW, removed_at: null, updated_at: NOW });
  }
  const loader2: Loader = engine === 'sqlite' ? sqliteLoader(url.slice('sqlite:'.length)) : await postgresLoader(url);
  for (let i = 0; i < members.length; i += 20_000) await loader2.insert('buying_group_members', members.slice(i, i + 20_000));
  await loader2.analyze();
  await loader2.close();
  log(`  ${members.length} members confirmed on ${trainAccounts.length} training accounts`);
  const heldOutGroups = accountIds.filter((_, i) => isHeldOut(i)).map((a) => groupOf.get(a)!);
  return { accounts, people: n, activities, confirmed: members.length, truth, heldOutGroups, sample, solutionInterestId: si.id, loadMs, generationMs: Math.round(gen.ms) };
}

export interface SuggestionBenchResult {
  engine: Engine;
  people: number;
  accounts: number;
  activities: number;
  confirmed: number;
  floorMs: number[];
  trainMs: number[];
  /** The job's own count of the fit (features collected, then the model trained), per run. */
  fitMs: number[];
  examples: number;
  features: number;
  heldOutPeople: number;
  proposed: number;
  correct: number;
  reachable: number;
  precision: number;
  recall: number;
  proposeMs: number;
  induced: { roles: { roleId: string; precision: number; recall: number }[]; agreement: number; precision: number; recall: number; sample: number; noneShare: number };
  load1: number[];
  /** When the run ended (UTC, minutes). */
  measuredAt: string;
}

async function measure(engine: Engine, url: string, loaded: Loaded): Promise<SuggestionBenchResult> {
  const database = openDatabase(url);
  const load1: number[] = [];
  const floorMs: number[] = [];
  const trainMs: number[] = [];
  const fitMs: number[] = [];
  let examples = 0;
  let features = 0;
  const runner = new JobRunner({ database, clock: { now: () => NOW } });
  for (let run = 0; run < RUNS; run++) {
    load1.push(Math.round(os.loadavg()[0]! * 100) / 100);
    // The floor: every page the job reads, nothing done with it.
    let t = performance.now();
    let after: string | null = null;
    let read = 0;
    for (;;) {
      const page = await groupPeoplePage(database.db, { solutionInterestId: loaded.solutionInterestId, afterGroupId: after, limit: GROUPS_PER_PAGE, now: NOW });
      for (const g of page) read += g.people.length;
      if (page.length < GROUPS_PER_PAGE) break;
      after = page[page.length - 1]!.groupId;
    }
    floorMs.push(ms(t));
    log(`  floor (read the pages): ${floorMs.at(-1)} ms (${read} people)`);
    t = performance.now();
    const job = await enqueueSuggestionsJob(database.db, SYSTEM_ACTOR, loaded.solutionInterestId, { train: true, run: false }, NOW);
    const [done] = await runner.drain();
    trainMs.push(ms(t));
    if (done?.status !== 'succeeded') throw new Error(`the training job ended ${done?.status}: ${done?.error}`);
    const counts = (await getSuggestionsJob(database.db, job.id)).counts.suggestions!;
    fitMs.push(counts.trainMs ?? 0);
    examples = counts.examples;
    const stored = await database.db.selectFrom('suggestion_models').select('model').where('solution_interest_id', '=', loaded.solutionInterestId).executeTakeFirstOrThrow();
    // A JSON column: text on SQLite, already parsed (jsonb) on PostgreSQL.
    features = Object.keys(parseJson<{ weights: object }>(stored.model).weights).length;
    log(`  training job: ${trainMs.at(-1)} ms (fit ${fitMs.at(-1)} ms; ${examples} examples, ${features} features)`);
  }

  let t = performance.now();
  await proposeSuggestions(database.db, loaded.solutionInterestId, NOW, { groupIds: loaded.heldOutGroups });
  const proposeMs = ms(t);
  const members = new Set<string>();
  const suggestions: { person_id: string; role_id: string }[] = [];
  for (let i = 0; i < loaded.heldOutGroups.length; i += 5000) {
    const ids = loaded.heldOutGroups.slice(i, i + 5000);
    for (const m of await database.db.selectFrom('buying_group_members').select('person_id').where('buying_group_id', 'in', ids).where('removed', '=', 0).execute()) members.add(m.person_id);
    suggestions.push(...(await database.db.selectFrom('member_suggestions').select(['person_id', 'role_id']).where('buying_group_id', 'in', ids).where('state', '=', 'pending').execute()));
  }
  let correct = 0;
  for (const s of suggestions) if (loaded.truth.get(s.person_id) === s.role_id) correct++;
  let reachable = 0;
  for (const [id, role] of loaded.truth) if (role && !members.has(id)) reachable++;
  log(`  proposed ${suggestions.length} on ${loaded.heldOutGroups.length} held-out groups (${proposeMs} ms): precision ${(correct / suggestions.length).toFixed(3)}, recall ${(correct / reachable).toFixed(3)}`);

  t = performance.now();
  const induced = await induceTemplateFor(database.db, SYSTEM_ACTOR, loaded.solutionInterestId, NOW);
  log(`  induction: ${induced.roles.length} roles (${ms(t)} ms)`);
  const BLANK = Object.fromEntries(Object.keys(PERSON_FIELDS).map((k) => [k, null]));
  let agree = 0;
  let itp = 0;
  let ipred = 0;
  let iact = 0;
  for (const p of loaded.sample) {
    const c = classifyPerson(p.jobTitle, p.department);
    const facts = { ...BLANK, id: p.id, jobTitle: p.jobTitle, department: p.department, derivedSeniority: c.seniority, derivedFunction: c.functions[0] ?? null, custom: {}, relations: [], activities: [] } as never;
    const role = induced.roles.find((r) => matchesCondition(r.condition, 'person', facts, { now: NOW }))?.roleId ?? null;
    if (role === p.roleId) agree++;
    if (p.roleId) iact++;
    if (role) {
      ipred++;
      if (role === p.roleId) itp++;
    }
  }
  await database.close();
  return {
    engine,
    people: loaded.people,
    accounts: loaded.accounts,
    activities: loaded.activities,
    confirmed: loaded.confirmed,
    floorMs,
    trainMs,
    fitMs,
    examples,
    features,
    heldOutPeople: loaded.truth.size,
    proposed: suggestions.length,
    correct,
    reachable,
    precision: correct / suggestions.length,
    recall: correct / reachable,
    proposeMs,
    induced: {
      roles: induced.roles.map((r) => ({ roleId: r.roleId, precision: r.precision, recall: r.recall })),
      agreement: agree / loaded.sample.length,
      precision: ipred ? itp / ipred : 0,
      recall: iact ? itp / iact : 0,
      sample: loaded.sample.length,
      noneShare: loaded.sample.filter((p) => p.roleId === null).length / loaded.sample.length,
    },
    load1,
    measuredAt: `${new Date().toISOString().slice(0, 16)}Z`,
  };
}

const sec = (v: number) => `${(v / 1000).toFixed(1)} s`;
const f3 = (v: number) => v.toFixed(3);

export function renderSuggestionBench(results: readonly SuggestionBenchResult[]): string {
  const cpu = /model name\s*:\s*(.+)/.exec(fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  const lines = [
    '## Suggestions (learned members, issue 10)',
    '',
    `Measured on ${os.availableParallelism()} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, each engine at the time its row gives; the machine is shared: the load average (1 min) at the start of each training run is given (\`npm run bench -- --only suggestions [--engine …]\`, bench/suggestions.ts; a run of one engine keeps the other's last row, from docs/bench-data/suggestions.json).`,
    '',
    `A synthetic tenant (${PER_ACCOUNT} people per account) whose true roles come from a hidden process that is not the template's rules (domain/suggestions/synthetic.testdata.ts \`hiddenRole\`: function, seniority, department, a title word, an unrecorded account fact, events, research and recency, 3% label noise); the true members confirmed by hand on 70% of the accounts, the other 30% held out. Training is the suggestions job (store pages → domain trainer; on SQLite in the runner's worker thread), timed from enqueue to its end; the floor is reading the same pages and doing nothing with them. Recall counts the held-out people with a true role who are not already members (the only ones a suggestion can reach).`,
    '',
    '| engine | measured | people | floor: read the pages | training job (≤ 60 s) | of it, the fit | load (1 min) | examples / features | precision @ ' + DEFAULT_THRESHOLD + ' (≥ 0.8) | recall | proposed on held-out |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const t = median(r.trainMs);
    lines.push(
      `| ${r.engine} | ${r.measuredAt} | ${r.people.toLocaleString('en-US')} | ${r.floorMs.map(sec).join(', ')} | ${r.trainMs.map(sec).join(', ')} (${t <= TARGET_MS ? 'pass' : 'MISS'}) | ${r.fitMs.map(sec).join(', ')} | ${r.load1.join(', ')} | ${r.examples.toLocaleString('en-US')} / ${r.features.toLocaleString('en-US')} | ${f3(r.precision)} (${r.precision >= TARGET_PRECISION ? 'pass' : 'MISS'}) | ${f3(r.recall)} | ${r.proposed.toLocaleString('en-US')} in ${sec(r.proposeMs)} |`,
    );
  }
  lines.push('', 'The induced template (induceTemplateFor on the training accounts; its conditions evaluated on a sample of held-out people, first matching role wins):', '', '| engine | held-out sample | agreement with the hidden roles | (a template giving nobody a role) | precision | recall | roles (precision / recall on the training data) |', '|---|---|---|---|---|---|---|');
  for (const r of results) {
    lines.push(`| ${r.engine} | ${r.induced.sample.toLocaleString('en-US')} | ${f3(r.induced.agreement)} | ${f3(r.induced.noneShare)} | ${f3(r.induced.precision)} | ${f3(r.induced.recall)} | ${r.induced.roles.map((x) => `${x.roleId.replace('rol_', '')} ${f3(x.precision)} / ${f3(x.recall)}`).join('; ')} |`);
  }
  return lines.join('\n');
}

const BEGIN = '<!-- suggestions:begin -->';
const END = '<!-- suggestions:end -->';

function writeDocs(section: string): void {
  const file = path.join(here, '..', 'docs', 'benchmarks.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${BEGIN}\n${section}\n${END}`;
  const i = text.indexOf(BEGIN);
  const j = text.indexOf(END);
  fs.writeFileSync(file, i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + END.length) : `${text.trimEnd()}\n\n${block}\n`);
}

async function freshDatabase(engine: Engine): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-suggestions-'));
    return { url: `sqlite:${path.join(dir, 'bench.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  return freshPgDatabase('quorum_bench_suggestions');
}

/** The whole suggestion benchmark for the given engines; returns the rendered section. */
export async function runSuggestionBench(opts: { engines: readonly Engine[]; people: number; docs: boolean }): Promise<string> {
  const results: SuggestionBenchResult[] = [];
  for (const engine of opts.engines) {
    log(`suggestions bench, ${engine}: ${opts.people.toLocaleString('en-US')} people`);
    const db = await freshDatabase(engine);
    try {
      const loaded = await load(engine, db.url, opts.people);
      results.push(await measure(engine, db.url, loaded));
    } finally {
      await db.drop();
    }
  }
  if (!opts.docs) return renderSuggestionBench(results);
  // Each engine's last full result is kept beside the docs, so that a run of one engine keeps the other's row.
  const store = path.join(here, '..', 'docs', 'bench-data', 'suggestions.json');
  const kept = fs.existsSync(store) ? (JSON.parse(fs.readFileSync(store, 'utf8')) as SuggestionBenchResult[]) : [];
  const merged = [...kept.filter((k) => !results.some((r) => r.engine === k.engine)), ...results].sort((a, b) => (a.engine < b.engine ? 1 : -1));
  fs.mkdirSync(path.dirname(store), { recursive: true });
  fs.writeFileSync(store, `${JSON.stringify(merged, null, 2)}\n`);
  const section = renderSuggestionBench(merged);
  writeDocs(section);
  return section;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const e = arg('--engine') ?? 'sqlite';
  const engines: Engine[] = e === 'both' ? ['sqlite', 'postgres'] : [e as Engine];
  process.stdout.write(`${await runSuggestionBench({ engines, people: Number(arg('--people') ?? 1_000_000), docs: !argv.includes('--no-docs') })}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));

