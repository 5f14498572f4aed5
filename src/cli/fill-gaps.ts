/**
 * `quorum fill-gaps` (issue 11): fill missing roles from a data provider — a dry run prints the
 * derived searches and the credit estimate; a real run queues the job, runs it here and prints
 * what happened to each contact. `quorum providers set zoominfo` stores the configuration
 * (the client secret comes from the environment, never the command line).
 */
import { Command, Option } from 'commander';
import { SYSTEM_ACTOR, getProviderConfig, getRun, listRunResults, monthUsage, saveProviderConfig, secretBoxFromEnv, type Database, type ProviderSettings } from '../store/index.ts';
import { systemClock } from '../domain/index.ts';
import { DEFAULT_CONSENT_POLICY, monthOf } from '../domain/enrichment/index.ts';
import { JobRunner, enqueueFillGaps, getJob, previewFillGaps, type FillGapsPreview, type FillGapsRequest } from '../engine/index.ts';

type WithDatabase = (cmd: Command, fn: (database: Database) => Promise<void>) => Promise<void>;
type Out = (line: string) => void;

const whole = (what: string) => (s: string) => {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${what} is a whole number, 0 or more (got ${s})`);
  return n;
};
const codes = (s: string) => s.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);

function parseFilter(text: string | undefined): FillGapsRequest['filter'] {
  if (!text) return {};
  let f: unknown;
  try {
    f = JSON.parse(text);
  } catch {
    throw new Error('--filter is the Browse filter as JSON, e.g. \'{"missingRole":["Decision Maker"],"accountCountry":["US"]}\'');
  }
  if (typeof f !== 'object' || f === null || Array.isArray(f)) throw new Error('--filter must be a JSON object');
  return f as FillGapsRequest['filter'];
}

function describeSearch(s: FillGapsPreview['searches'][number]): string {
  const q = s.query;
  const parts = [q.companyWebsite ? `website ${q.companyWebsite}` : `company "${q.companyName ?? ''}"`];
  if (q.jobTitles.length) parts.push(`title ${q.jobTitles.map((t) => `"${t}"`).join(' OR ')}`);
  if (q.managementLevels.length) parts.push(`management level ${q.managementLevels.join(' or ')}`);
  if (q.departments.length) parts.push(`department ${q.departments.join(' or ')}`);
  if (q.countries.length) parts.push(`country ${q.countries.join(' or ')}`);
  return `  ${s.accountName} — ${s.roleName}: ${parts.join('; ')}`;
}

const OUTCOME_WORDS: Record<string, string> = { added: 'added', no_role: 'matched no role (kept)', duplicate: 'duplicate', refused_consent: 'refused by consent', no_match: 'no match', no_email: 'no email', over_budget: 'over budget' };

export function fillGapsCommand(program: Command, withDatabase: WithDatabase, migrate: (d: Database) => Promise<unknown>, out: Out, info: Out): void {
  program
    .command('fill-gaps')
    .description('fill missing roles of buying groups from a data provider (ZoomInfo) within a credit budget and the consent policy')
    .addOption(new Option('--solution-interest <id>', 'solution interest id (si_…)').makeOptionMandatory())
    .option('--filter <json>', 'a Browse filter of buying groups as JSON (e.g. {"missingRole":["Decision Maker"]})')
    .addOption(new Option('--provider <name>', 'data provider').choices(['zoominfo']).default('zoominfo'))
    .addOption(new Option('--budget <credits>', "credits this run may spend (default: the provider's defaultRunBudget)").argParser(whole('--budget')))
    .option('--dry-run', 'print the derived searches and the credit estimate; call nobody, spend nothing')
    .option('--json', 'print JSON instead of the summary')
    .action(async (opts: { solutionInterest: string; filter?: string; provider: 'zoominfo'; budget?: number; dryRun?: boolean; json?: boolean }, cmd: Command) => {
      await withDatabase(cmd, async (database) => {
        await migrate(database);
        const req: FillGapsRequest = { solutionInterestId: opts.solutionInterest.trim(), filter: parseFilter(opts.filter), provider: opts.provider, budget: opts.budget };
        if (opts.dryRun) {
          const p = await previewFillGaps(database.db, req, systemClock.now());
          if (opts.json) return out(JSON.stringify(p, null, 2));
          out(`Dry run (${p.provider}): ${p.groups} buying group(s) with missing roles, ${p.searches.length} search(es); nothing is called or spent.`);
          for (const s of p.searches) out(describeSearch(s));
          if (p.searchesNotPlanned) out(`  … and ${p.searchesNotPlanned} more searches not planned (at most ${p.searches.length} per run)`);
          for (const r of p.roles) for (const u of r.untranslated) out(`  Not in the search (${r.roleName}): ${u}`);
          const e = p.estimate;
          out(`Credits: at most ${e.maxCredits} if every hit were enriched; this run may spend ${e.atMost} (budget ${e.budget}; this month ${e.monthSpent} of ${e.monthlyBudget} spent, ${e.monthReserved} reserved).`);
          return;
        }
        const { runId, job } = await enqueueFillGaps(database.db, SYSTEM_ACTOR, req, systemClock.now());
        info(`Run ${runId} queued (job ${job.id}).`);
        const runner = new JobRunner({ database, clock: systemClock, mode: 'inline', onProgress: (j) => info(`  ${j.progress.done}/${j.progress.total} searches`) });
        for (;;) {
          await runner.drain();
          const j = await getJob(database.db, job.id);
          if (j.status !== 'queued' && j.status !== 'running') break;
          await new Promise((r) => setTimeout(r, 200));
        }
        const run = await getRun(database.db, runId);
        const results = await listRunResults(database.db, runId);
        if (run.status !== 'succeeded') process.exitCode = 1;
        if (opts.json) return out(JSON.stringify({ ...run, results }, null, 2));
        const settings = (await getProviderConfig(database.db, opts.provider))!.settings;
        const usage = await monthUsage(database.db, opts.provider, monthOf(systemClock.now()));
        out(`Run ${run.id} ${run.status}: ${run.counts.searches} search(es), ${run.counts.candidates} candidate(s), ${run.creditsSpent} credit(s) spent (budget ${run.budget}; this month ${usage.spent} of ${settings.monthlyBudget}).`);
        if (run.error) out(`  Error: ${run.error}`);
        out(`  ${Object.entries(OUTCOME_WORDS).map(([k, w]) => `${w} ${run.counts[k as keyof typeof run.counts]}`).join(' · ')}`);
        for (const r of results) {
          const who = r.email ?? r.name ?? `contact ${r.providerId}`;
          out(`  ${r.outcome === 'added' ? '+' : r.outcome === 'no_role' ? '~' : '-'} ${who}${r.jobTitle ? ` (${r.jobTitle})` : ''}: ${OUTCOME_WORDS[r.outcome]}${r.assignedRoleIds.length ? ` as ${r.assignedRoleIds.join(', ')}` : ''}${r.reason && r.outcome !== 'added' ? ` — ${r.reason}` : ''}`);
        }
      });
    });

  const providers = program.command('providers').description('data providers for fill-gaps (credentials sealed with QUORUM_SECRET_KEY)');
  providers
    .command('set')
    .description('configure a provider: the client secret is read from QUORUM_ZOOMINFO_CLIENT_SECRET, never from the command line')
    .argument('<provider>', 'zoominfo')
    .option('--client-id <id>', 'ZoomInfo DevPortal app client id (client-credentials grant)')
    .addOption(new Option('--monthly-budget <credits>', 'credits all runs of a calendar month may spend').argParser(whole('--monthly-budget')).makeOptionMandatory())
    .addOption(new Option('--run-budget <credits>', 'default credits per run').argParser(whole('--run-budget')).default(100))
    .addOption(new Option('--contacts-per-role <n>', 'search hits considered per missing role and group').argParser(whole('--contacts-per-role')).default(5))
    .addOption(new Option('--requests-per-second <n>', 'client-side request rate (your ZoomInfo package: 5, 25 or 35)').argParser(Number).default(25))
    .option('--allow-eu-uk', 'acquire people located in the EU, EEA or UK (default: refused)')
    .addOption(new Option('--allow <codes>', 'only these countries (ISO alpha-2, comma-separated)').argParser(codes).default([]))
    .addOption(new Option('--deny <codes>', 'never these countries (ISO alpha-2, comma-separated)').argParser(codes).default([]))
    .option('--allow-unknown-country', 'acquire people whose country the provider does not give (default: refused)')
    .option('--api-base-url <url>', 'GTM Data API base', 'https://api.zoominfo.com/gtm')
    .option('--token-url <url>', 'OAuth token endpoint', 'https://api.zoominfo.com/gtm/oauth/v1/token')
    .action(async (provider: string, o: { clientId?: string; monthlyBudget: number; runBudget: number; contactsPerRole: number; requestsPerSecond: number; allowEuUk?: boolean; allow: string[]; deny: string[]; allowUnknownCountry?: boolean; apiBaseUrl: string; tokenUrl: string }, cmd: Command) => {
      if (provider !== 'zoominfo') throw new Error(`unknown provider ${provider} (known: zoominfo)`);
      const bad = [...o.allow, ...o.deny].find((c) => !/^[A-Z]{2}$/.test(c));
      if (bad) throw new Error(`--allow/--deny take ISO alpha-2 country codes (got ${bad})`);
      const secret = process.env.QUORUM_ZOOMINFO_CLIENT_SECRET;
      if (o.clientId && !secret) throw new Error('set QUORUM_ZOOMINFO_CLIENT_SECRET to the client secret (it is never taken from the command line)');
      await withDatabase(cmd, async (database) => {
        await migrate(database);
        const settings: ProviderSettings = {
          apiBaseUrl: o.apiBaseUrl,
          tokenUrl: o.tokenUrl,
          requestsPerSecond: o.requestsPerSecond,
          monthlyBudget: o.monthlyBudget,
          defaultRunBudget: o.runBudget,
          contactsPerRole: Math.max(1, Math.min(100, o.contactsPerRole)),
          consent: { ...DEFAULT_CONSENT_POLICY, allowEuUk: o.allowEuUk ?? false, allow: o.allow, deny: o.deny, unknownCountry: o.allowUnknownCountry ? 'allow' : 'refuse' },
        };
        const c = await saveProviderConfig(database.db, secretBoxFromEnv(), SYSTEM_ACTOR, 'zoominfo', settings, o.clientId ? { clientId: o.clientId, clientSecret: secret! } : undefined, systemClock.now());
        out(JSON.stringify({ provider: c.provider, hasCredentials: c.hasCredentials, settings: c.settings }, null, 2));
      });
    });
}
