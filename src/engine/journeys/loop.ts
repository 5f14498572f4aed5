/**
 * Running the journey worker beside the API (`quorum serve` / `start`) or alone (`quorum journeys
 * worker`). On SQLite, where the driver is synchronous, the loop runs in a worker thread with its
 * own connection, so steps never stall the API's event loop; on PostgreSQL it runs in-process
 * (the work is in the database) and several processes may run it at once.
 */
import { Worker } from 'node:worker_threads';
import { dialectFor, type Database } from '../../store/index.ts';
import { systemClock, type Clock } from '../../domain/index.ts';
import type { AddressPolicy } from '../../integrations/webhooks/index.ts';
import { smtpConfig, smtpMailer, type Mailer } from './mailer.ts';
import { JourneyWorker } from './worker.ts';

/** What the loop needs, as plain data (it crosses into a worker thread). */
export interface JourneyLoopSettings {
  pollMs?: number;
  admitEveryMs?: number;
  leaseMs?: number;
  batchSize?: number;
  publicUrl: string | null;
  addressPolicy: AddressPolicy;
  webhookTimeoutMs?: number;
}

export interface JourneyLoop {
  stop(): Promise<void>;
}

/** Reads QUORUM_JOURNEYS (off: no loop) and the loop's numbers (QUORUM_JOURNEYS_POLL_MS, QUORUM_JOURNEYS_LEASE_MS). */
export function journeysEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.QUORUM_JOURNEYS !== 'off';
}

export function journeyLoopSettings(env: NodeJS.ProcessEnv, addressPolicy: AddressPolicy): JourneyLoopSettings {
  const ms = (v: string | undefined): number | undefined => {
    const n = Number(v);
    return v !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
  };
  const s: JourneyLoopSettings = { publicUrl: env.QUORUM_PUBLIC_URL?.trim() || null, addressPolicy };
  const poll = ms(env.QUORUM_JOURNEYS_POLL_MS);
  const lease = ms(env.QUORUM_JOURNEYS_LEASE_MS);
  if (poll) s.pollMs = poll;
  if (lease) s.leaseMs = lease;
  return s;
}

/** The worker with the mailer the environment configures (QUORUM_SMTP_URL, QUORUM_SMTP_FROM). */
export function journeyWorkerFor(database: Database, settings: JourneyLoopSettings, clock: Clock, log: (line: string) => void): { worker: JourneyWorker; mailer: Mailer | null } {
  const smtp = smtpConfig();
  const mailer = smtp ? smtpMailer(smtp) : null;
  return { worker: new JourneyWorker({ database, clock, mailer, log, ...settings }), mailer };
}

export async function startJourneyLoop(database: Database, settings: JourneyLoopSettings, log: (line: string) => void, mode?: 'thread' | 'inline'): Promise<JourneyLoop> {
  if ((mode ?? (dialectFor(database.engine).blocksEventLoop ? 'thread' : 'inline')) === 'inline') {
    const { worker, mailer } = journeyWorkerFor(database, settings, systemClock, log);
    await worker.start();
    return {
      stop: async () => {
        await worker.stop();
        mailer?.close();
      },
    };
  }
  const entry = new URL('./thread.ts', import.meta.url).href;
  const thread = new Worker(new URL('../thread-boot.mjs', import.meta.url), { workerData: { entry, databaseUrl: database.url, settings } });
  thread.on('message', (m: { kind: 'log'; line: string }) => {
    if (m.kind === 'log') log(m.line);
  });
  thread.on('error', (e) => log(`journeys thread: ${e.message}`));
  const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
  return {
    stop: async () => {
      thread.postMessage('stop');
      // The tick in flight commits or rolls back whole; a thread that does not stop in 10 s is ended.
      const timer = setTimeout(() => void thread.terminate(), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
