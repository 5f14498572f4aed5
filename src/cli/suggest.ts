/** `quorum suggest train|run|list|induce`: learned member suggestions from the command line (issue 10). */
import { Command, Option } from 'commander';
import { SYSTEM_ACTOR, listSuggestions, type Database } from '../store/index.ts';
import { systemClock } from '../domain/index.ts';
import { enqueueSuggestionsJob, getSuggestionsJob, induceTemplateFor, JobRunner, type Job, type SuggestionsJobRequest } from '../engine/index.ts';

type WithDatabase = (cmd: Command, fn: (database: Database) => Promise<void>) => Promise<void>;
type Out = (line: string) => void;

/** Queues a suggestions job and runs it here (inline), until it ends. */
async function runHere(database: Database, request: SuggestionsJobRequest, solutionInterestId: string, info: Out): Promise<Job> {
  const job = await enqueueSuggestionsJob(database.db, SYSTEM_ACTOR, solutionInterestId, request, systemClock.now());
  info(`Job ${job.id} queued.`);
  const runner = new JobRunner({ database, clock: systemClock, mode: 'inline', onProgress: (j) => info(`  ${j.progress.done}/${j.progress.total} groups`) });
  for (;;) {
    await runner.drain();
    const current = await getSuggestionsJob(database.db, job.id);
    if (current.status !== 'queued' && current.status !== 'running') return current;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function probability(s: string): number {
  const n = Number(s);
  if (!(n >= 0 && n <= 1)) throw new Error(`a probability is between 0 and 1 (got ${s})`);
  return n;
}

export function suggestCommand(program: Command, withDatabase: WithDatabase, migrate: (d: Database) => Promise<unknown>, out: Out, info: Out): void {
  const suggest = program.command('suggest').description('learned member suggestions: train a model per solution interest, propose members, list them, induce a template');
  const si = () => new Option('--solution-interest <id>', 'solution interest id (si_…)').makeOptionMandatory();
  const report = (job: Job) => {
    out(JSON.stringify({ id: job.id, status: job.status, progress: job.progress, counts: job.counts.suggestions, error: job.error }, null, 2));
    if (job.status !== 'succeeded') process.exitCode = 1;
  };

  suggest
    .command('train')
    .description('train the suggestion model on confirmed members (a job, run here); --run proposes members afterwards')
    .addOption(si())
    .option('--run', 'propose members with the new model')
    .option('--include-rule-members', 'learn from rule members too (weighted lower)')
    .addOption(new Option('--threshold <p>', 'minimum probability of a suggestion (default 0.6)').argParser(probability))
    .action(async (opts: { solutionInterest: string; run?: boolean; includeRuleMembers?: boolean; threshold?: number }, cmd: Command) => {
      await withDatabase(cmd, async (database) => {
        await migrate(database);
        report(await runHere(database, { train: true, run: opts.run ?? false, training: { includeRuleMembers: opts.includeRuleMembers ?? false }, threshold: opts.threshold }, opts.solutionInterest.trim(), info));
      });
    });

  suggest
    .command('run')
    .description("propose members for every group with the solution interest's model (a job, run here)")
    .addOption(si())
    .addOption(new Option('--threshold <p>', 'minimum probability of a suggestion (default 0.6)').argParser(probability))
    .action(async (opts: { solutionInterest: string; threshold?: number }, cmd: Command) => {
      await withDatabase(cmd, async (database) => {
        await migrate(database);
        report(await runHere(database, { train: false, run: true, threshold: opts.threshold }, opts.solutionInterest.trim(), info));
      });
    });

  suggest
    .command('list')
    .description('list suggestions, most probable first (one JSON object a line)')
    .option('--solution-interest <id>', 'solution interest id (si_…)')
    .option('--group <id>', 'buying group id (bg_…)')
    .addOption(new Option('--state <state>', 'pending, confirmed or dismissed').choices(['pending', 'confirmed', 'dismissed']).default('pending'))
    .addOption(new Option('--limit <n>', 'at most this many').default(50).argParser((s) => Math.max(1, Math.min(500, Number.parseInt(s, 10) || 50))))
    .action(async (opts: { solutionInterest?: string; group?: string; state: 'pending' | 'confirmed' | 'dismissed'; limit: number }, cmd: Command) => {
      await withDatabase(cmd, async (database) => {
        await migrate(database);
        const page = await listSuggestions(database.db, { solutionInterestId: opts.solutionInterest?.trim(), buyingGroupId: opts.group?.trim(), state: opts.state, limit: opts.limit });
        // On stderr, so that stdout stays one JSON object a line for scripts.
        if (page.data.length === 0) info(`No ${opts.state} suggestions${opts.state === 'pending' ? ' (train a model and propose: quorum suggest train --solution-interest <id> --run)' : ''}.`);
        else if (page.nextCursor) info(`Showing the ${page.data.length} most probable; there are more (raise --limit, up to 500).`);
        for (const s of page.data) {
          out(JSON.stringify({ buyingGroupId: s.buyingGroupId, personId: s.personId, email: s.person.email, jobTitle: s.person.jobTitle, roleId: s.roleId, probability: Math.round(s.probability * 1000) / 1000, reasons: s.reasons.map((r) => `${r.text} (${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(1)})`).join(', ') }));
        }
      });
    });

  suggest
    .command('induce')
    .description('induce role conditions from confirmed members and save them as a Draft roles template')
    .addOption(si())
    .option('--name <name>', 'name of the Draft template')
    .action(async (opts: { solutionInterest: string; name?: string }, cmd: Command) => {
      await withDatabase(cmd, async (database) => {
        await migrate(database);
        const r = await induceTemplateFor(database.db, SYSTEM_ACTOR, opts.solutionInterest.trim(), systemClock.now(), {}, opts.name);
        out(JSON.stringify({ templateId: r.template.id, templateName: r.template.name, people: r.people, roles: r.roles }, null, 2));
      });
    });
}
