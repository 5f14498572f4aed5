/** `quorum generate` and `quorum worker`: creation jobs from the command line. */
import { SYSTEM_ACTOR, type Database } from '../store/index.ts';
import { systemClock } from '../domain/index.ts';
import { enqueueCreationJob, getJob, type CreationJobRequest, type Job, JobRunner, WebhookDispatcher, installMaintenance, journeysEnabled, startJourneyLoop } from '../engine/index.ts';
import { journeySettingsFromEnv } from './journeys.ts';
import { jobBatchSize } from './serve.ts';
import { checkWebhookKey, webhookConfig } from './webhooks-config.ts';
import { linkedinConfig } from './linkedin-config.ts';

function bar(done: number, total: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} accounts`;
}

/** Queues a creation job and runs it here (inline), drawing a progress bar on stderr. */
export async function generate(database: Database, params: CreationJobRequest, log: (line: string) => void): Promise<Job> {
  const job = await enqueueCreationJob(database.db, SYSTEM_ACTOR, params, systemClock.now());
  log(`Job ${job.id} queued.`);
  const tty = process.stderr.isTTY;
  const runner = new JobRunner({
    database,
    clock: systemClock,
    mode: 'inline',
    batchSize: jobBatchSize(),
    onProgress: (j) => {
      if (tty) process.stderr.write(`\r${bar(j.progress.done, j.progress.total)}`);
    },
  });
  // Other queued jobs may come first: run until ours has ended.
  for (;;) {
    await runner.drain();
    const current = await getJob(database.db, job.id);
    if (current.status !== 'queued' && current.status !== 'running') {
      if (tty) process.stderr.write('\n');
      log(`Job ${current.id} ${current.status}: ${current.counts.groupsCreated} groups created, ${current.counts.membersAdded} members added, ${current.counts.accountsSkipped} accounts skipped.`);
      const e = current.counts.emptyRoleSuggestions;
      if (e) log(e.warning ? `Warning: ${e.warning}.` : `Suggestions: ${e.proposed} pending for ${e.rolesWithoutMembers} roles without a member in ${e.groups} groups (quorum suggest list).`);
      const g = current.counts.suggestionGeneration;
      if (g)
        log(
          `From suggestions: ${g.proposed} pending suggestions in the groups of ${g.accountsWithSuggestions} accounts; ${g.accountsWithoutSuggestions} accounts had no one above the threshold (no group)${g.inactiveGroups ? `, ${g.inactiveGroups} inactive groups left alone` : ''} (quorum suggest list).`,
        );
      return current;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs queued jobs until SIGINT/SIGTERM. */
export async function runWorker(database: Database, log: (line: string) => void): Promise<void> {
  installMaintenance();
  // Webhook delivery too, when a secret key is configured (workers share it over SKIP LOCKED claims).
  const hooks = webhookConfig(process.env, { devDefault: false });
  await checkWebhookKey(database, hooks);
  // LinkedIn sync jobs need the same LinkedIn settings as the server that queued them.
  const runner = new JobRunner({ database, clock: systemClock, batchSize: jobBatchSize(), pollMs: 1000, linkedin: linkedinConfig(process.env, hooks.secrets).settings, log });
  await runner.start();
  const dispatcher = hooks.secrets
    ? new WebhookDispatcher({ database, clock: systemClock, secrets: hooks.secrets, addressPolicy: hooks.addressPolicy, retry: hooks.retry, timeoutMs: hooks.timeoutMs, maxResponseBytes: hooks.maxResponseBytes, log })
    : null;
  dispatcher?.start();
  // Journeys too (QUORUM_JOURNEYS=off leaves them to other processes); this process serves no API, so in-process.
  const journeys = journeysEnabled() ? await startJourneyLoop(database, journeySettingsFromEnv(), log, 'inline') : null;
  log(`Worker ${runner.workerId} is waiting for creation jobs${dispatcher ? ', delivering webhooks' : ''}${journeys ? ', running journeys' : ''} (Ctrl+C stops it).`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  log('Stopping: the current batch is abandoned and resumes on the next start.');
  await runner.stop();
  await dispatcher?.stop();
  await journeys?.stop();
  await database.close();
}
