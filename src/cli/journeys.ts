/** `quorum journeys worker`: the journey runtime alone (several may share a PostgreSQL database). */
import type { Database } from '../store/index.ts';
import { systemClock } from '../domain/index.ts';
import { journeyLoopSettings, startJourneyLoop, JourneyWorker, smtpConfig, smtpMailer } from '../engine/index.ts';
import { webhookConfig } from './webhooks-config.ts';

/** The loop's settings from the environment (QUORUM_PUBLIC_URL, the webhook address policy, QUORUM_JOURNEYS_*); a bad QUORUM_SMTP_URL stops the start. */
export function journeySettingsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  smtpConfig(env);
  return journeyLoopSettings(env, webhookConfig(env, { devDefault: false }).addressPolicy);
}

export async function runJourneysWorker(database: Database, opts: { once?: boolean }, out: (line: string) => void, log: (line: string) => void): Promise<void> {
  const settings = journeySettingsFromEnv();
  if (opts.once) {
    const smtp = smtpConfig();
    const mailer = smtp ? smtpMailer(smtp) : null;
    try {
      const c = await new JourneyWorker({ database, clock: systemClock, mailer, log, ...settings }).tick();
      out(`admitted ${c.admitted}, woken ${c.woken}, stepped ${c.stepped}; effects: ${c.effects.done} done, ${c.effects.skipped} skipped, ${c.effects.failed} failed, ${c.effects.retried} to retry`);
    } finally {
      mailer?.close();
      await database.close();
    }
    return;
  }
  const loop = await startJourneyLoop(database, settings, log, 'inline');
  log(`Journey worker running (${smtpConfig() ? 'email alerts on' : 'no QUORUM_SMTP_URL: email alerts fail'}); Ctrl+C stops it.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  log('Stopping after the tick in flight.');
  await loop.stop();
  await database.close();
}
