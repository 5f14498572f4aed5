/** `quorum webhooks list|create|replay`: the /webhooks API's main calls, on the database directly. */
import { SYSTEM_ACTOR, createWebhook, listWebhooks, replayDeliveries, type Database } from '../store/index.ts';
import { QuorumError } from '../domain/index.ts';
import { WEBHOOK_EVENT_TYPE_LIST, generateSecret, type WebhookEventType } from '../integrations/webhooks/index.ts';
import { webhookConfig } from './webhooks-config.ts';

export async function listWebhooksCommand(database: Database, json: boolean, out: (line: string) => void): Promise<void> {
  const hooks = await listWebhooks(database.db);
  if (json) return out(JSON.stringify(hooks, null, 2));
  for (const h of hooks) out(`${h.id}  ${h.enabled ? 'enabled ' : 'disabled'}  ${h.url}  ${h.eventTypes.join(',')}${h.solutionInterestId ? `  (solution interest ${h.solutionInterestId})` : ''}`);
}

/** Creates a subscription; the secret alone goes to stdout (`SECRET=$(quorum webhooks create …)`). */
export async function createWebhookCommand(database: Database, opts: { url: string; events: string; solutionInterest?: string; description?: string }, out: (line: string) => void, info: (line: string) => void): Promise<void> {
  const config = webhookConfig(process.env, { devDefault: false });
  if (!config.secrets) throw new QuorumError('invalid_state', 'QUORUM_SECRET_KEY is not set: webhook secrets are stored sealed with it (32 bytes, base64 or hex, e.g. `openssl rand -base64 32`)');
  const types = opts.events === 'all' ? [...WEBHOOK_EVENT_TYPE_LIST] : opts.events.split(',').map((s) => s.trim());
  const unknown = types.filter((t) => !WEBHOOK_EVENT_TYPE_LIST.includes(t as WebhookEventType));
  if (unknown.length) throw QuorumError.field('validation_failed', '/events', `unknown event type ${unknown.join(', ')}; known: ${WEBHOOK_EVENT_TYPE_LIST.join(', ')} (or all)`);
  let url: URL;
  try {
    url = new URL(opts.url);
  } catch {
    throw QuorumError.field('validation_failed', '/url', `${opts.url} is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw QuorumError.field('validation_failed', '/url', 'must be an http:// or https:// URL');
  const secret = generateSecret();
  const hook = await createWebhook(database.db, config.secrets, SYSTEM_ACTOR, { url: url.toString(), description: opts.description ?? null, eventTypes: types, solutionInterestId: opts.solutionInterest ?? null, enabled: true }, secret, Date.now());
  out(secret);
  info(`Created webhook ${hook.id} → ${hook.url} (${types.length} event types). The secret above is shown only now: store it.`);
}

export async function replayCommand(database: Database, id: string, opts: { delivery?: string; status?: string; from?: string; to?: string }, out: (line: string) => void): Promise<void> {
  const statuses = (opts.status ?? 'dead').split(',').map((s) => s.trim());
  if (statuses.some((s) => s !== 'dead' && s !== 'succeeded')) throw QuorumError.field('validation_failed', '/status', 'must be dead, succeeded or dead,succeeded');
  const time = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const t = Date.parse(v);
    if (Number.isNaN(t)) throw QuorumError.field('validation_failed', `/${name}`, `${v} is not a date-time (e.g. 2026-06-01T00:00:00Z)`);
    return t;
  };
  const from = time(opts.from, 'from');
  const to = time(opts.to, 'to');
  const n = await replayDeliveries(
    database.db,
    SYSTEM_ACTOR,
    id,
    { statuses: statuses as ('dead' | 'succeeded')[], ...(opts.delivery ? { ids: [opts.delivery] } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) },
    Date.now(),
  );
  out(`Queued ${n} ${n === 1 ? 'delivery' : 'deliveries'} again; a running server sends them.`);
}
