/** Runs the API server for `quorum serve` and `quorum start`, with a graceful shutdown on signals. */
import { buildApp, API_PREFIX, type App, logLevelFrom } from '../api/index.ts';
import type { Database } from '../store/index.ts';
import {
  JobRunner,
  DEFAULT_BATCH_SIZE,
  DEFAULT_RECOMPUTE_INTERVAL_MS,
  MAX_RECOMPUTE_INTERVAL_MS,
  startScoreScheduler,
  WebhookDispatcher,
  ActivationScheduler,
  journeysEnabled,
  startJourneyLoop,
} from '../engine/index.ts';
import { journeySettingsFromEnv } from './journeys.ts';
import { systemClock, DEFAULT_SESSION_POLICY, type SessionPolicy } from '../domain/index.ts';
import { ensureWebBuild } from './web-build.ts';
import { checkWebhookKey, webhookConfig } from './webhooks-config.ts';
import { linkedinConfig } from './linkedin-config.ts';

/** After how long without a heartbeat a running job is taken back (QUORUM_JOB_STALE_MS, default 60 s). */
export function jobStaleMs(): number {
  const n = Number(process.env.QUORUM_JOB_STALE_MS ?? 60_000);
  return Number.isFinite(n) && n >= 0 ? n : 60_000;
}

/** Accounts per committed batch of a creation job (QUORUM_JOB_BATCH_SIZE, default DEFAULT_BATCH_SIZE). */
export function jobBatchSize(): number {
  const n = Number(process.env.QUORUM_JOB_BATCH_SIZE ?? DEFAULT_BATCH_SIZE);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : DEFAULT_BATCH_SIZE;
}

/** How often engagement is recomputed for window decay (QUORUM_SCORES_RECOMPUTE_MS, default 1 h; 0 turns it off). */
export function scoresRecomputeMs(): number {
  const n = Number(process.env.QUORUM_SCORES_RECOMPUTE_MS ?? DEFAULT_RECOMPUTE_INTERVAL_MS);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, MAX_RECOMPUTE_INTERVAL_MS) : DEFAULT_RECOMPUTE_INTERVAL_MS;
}

/**
 * Session lifetimes: QUORUM_SESSION_IDLE_MS (default 12 h without a request) and
 * QUORUM_SESSION_MAX_AGE_MS (default 7 days after sign-in). A value that is not a positive
 * number falls back to the default.
 */
export function sessionPolicy(env: NodeJS.ProcessEnv = process.env): SessionPolicy {
  const ms = (v: string | undefined, fallback: number) => {
    const n = Number(v ?? fallback);
    return Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    idleMs: ms(env.QUORUM_SESSION_IDLE_MS, DEFAULT_SESSION_POLICY.idleMs),
    maxAgeMs: ms(env.QUORUM_SESSION_MAX_AGE_MS, DEFAULT_SESSION_POLICY.maxAgeMs),
  };
}

export interface ServeOptions {
  port: number;
  host: string;
  /** Serve the web app at `/`, building it first when missing or stale (default true). */
  web?: boolean;
  /** `quorum start`'s demo: without QUORUM_SECRET_KEY, webhooks use the built-in (not secret) demo key. */
  devSecretKey?: boolean;
}

export interface RunningServer {
  app: App;
  /** Base URL clients use, e.g. http://127.0.0.1:3000 (the real port when 0 was asked for). */
  url: string;
  docsUrl: string;
  openApiUrl: string;
}

function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export async function startServer(database: Database, opts: ServeOptions): Promise<RunningServer> {
  // Structured logs (pino, one JSON object a line) on stderr, beside the CLI's other messages:
  // stdout stays for results (URLs, the admin token of `quorum start`). Checked first: a bad
  // LOG_LEVEL stops the start before anything runs.
  const level = logLevelFrom(process.env.LOG_LEVEL);
  const hooks = webhookConfig(process.env, { devDefault: opts.devSecretKey ?? false });
  const linkedin = linkedinConfig(process.env, hooks.secrets);
  await checkWebhookKey(database, hooks);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (hooks.devKey) {
    log('WARNING: QUORUM_SECRET_KEY is not set; webhook secrets are sealed with the BUILT-IN DEMO KEY, which is public.');
    log('WARNING: fine for this demo only. For real data set QUORUM_SECRET_KEY (e.g. `openssl rand -base64 32`) before creating webhooks.');
  }
  // Webhook delivery from the outbox, beside the API (several processes may share a PostgreSQL database).
  const dispatcher = hooks.secrets
    ? new WebhookDispatcher({ database, clock: systemClock, secrets: hooks.secrets, addressPolicy: hooks.addressPolicy, retry: hooks.retry, timeoutMs: hooks.timeoutMs, maxResponseBytes: hooks.maxResponseBytes, log })
    : undefined;
  // Jobs (creation, imports, suggestions, LinkedIn syncs) run beside the API: in a worker thread on SQLite, in-process on PostgreSQL.
  const runner = new JobRunner({ database, clock: systemClock, batchSize: jobBatchSize(), staleMs: jobStaleMs(), linkedin: linkedin.settings, log: (line) => process.stderr.write(`${line}\n`) });
  const web = opts.web === false || process.env.QUORUM_WEB === 'off' ? undefined : await ensureWebBuild((line) => process.stderr.write(`${line}\n`));
  const app = await buildApp({
    database,
    runner,
    logger: { level, stream: process.stderr },
    sessions: sessionPolicy(),
    ...(process.env.QUORUM_PUBLIC_URL ? { publicUrl: process.env.QUORUM_PUBLIC_URL } : {}),
    webDir: web?.dir,
    webhooks: { secrets: hooks.secrets, addressPolicy: hooks.addressPolicy, dispatcher },
    linkedin: linkedin.settings,
  });
  // Scheduled LinkedIn syncs (activations with a sync interval): jobs for the runner.
  if (linkedin.settings.config && linkedin.tickMs > 0) {
    const activationScheduler = new ActivationScheduler(database, { clock: systemClock, intervalMs: linkedin.tickMs, onQueued: () => runner.notify(), onError: (err) => log(`LinkedIn sync: ${err instanceof Error ? err.message : String(err)}`) });
    activationScheduler.start();
    app.addHook('onClose', async () => activationScheduler.stop());
  }
  app.addHook('onClose', async () => runner.stop());
  if (dispatcher) {
    dispatcher.start();
    app.addHook('onClose', async () => dispatcher.stop());
  }
  await runner.start();
  // The journey runtime (QUORUM_JOURNEYS=off turns it off here, e.g. when `quorum journeys worker` processes run it).
  if (journeysEnabled()) {
    const journeys = await startJourneyLoop(database, journeySettingsFromEnv(), log);
    app.addHook('onClose', async () => journeys.stop());
  }
  // Engagement decay: a recompute at start (catching up on downtime), then every interval.
  const every = scoresRecomputeMs();
  if (every > 0) {
    const scores = startScoreScheduler(database, {
      clock: systemClock,
      intervalMs: every,
      runAtStart: true,
      onRun: (c) => {
        if (c.peopleChanged || c.groupsChanged) log(`Engagement recomputed in ${c.ms} ms: ${c.peopleChanged} people, ${c.groupsChanged} buying groups changed`);
      },
      onError: (err) => log(`engagement recompute failed: ${err instanceof Error ? err.message : String(err)}`),
    });
    app.addHook('onClose', async () => scores.stop());
  }
  try {
    await app.listen({ port: opts.port, host: opts.host });
  } catch (err) {
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${opts.port} on ${opts.host} is already in use; choose another with --port or PORT`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new Error(`cannot listen on host "${opts.host}" (${code}); check --host or HOST`);
    if (code === 'EACCES') throw new Error(`not allowed to listen on port ${opts.port}; ports below 1024 need privileges`);
    throw err;
  }
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : opts.port;
  const url = `http://${displayHost(opts.host)}:${port}`;
  return { app, url, docsUrl: `${url}/docs`, openApiUrl: `${url}${API_PREFIX}/openapi.json` };
}

/**
 * Closes the server (finishing in-flight requests) and the database on SIGINT/SIGTERM, then
 * exits. A second signal exits at once.
 */
export function closeOnSignals(server: RunningServer, database: Database, log: (line: string) => void): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`Received ${signal} again; exiting now.`);
      process.exit(1);
    }
    stopping = true;
    log(`Received ${signal}; shutting down…`);
    const force = setTimeout(() => {
      log('Shutdown took longer than 10 s; exiting.');
      process.exit(1);
    }, 10_000);
    force.unref();
    void (async () => {
      try {
        await server.app.close();
        await database.close();
        log('Stopped.');
        process.exit(0);
      } catch (err) {
        log(`Error while shutting down: ${(err as Error).message}`);
        process.exit(1);
      }
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
