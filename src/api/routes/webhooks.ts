/**
 * Webhook subscriptions (admins only: a subscription sends buying group data to another system):
 * CRUD, secret rotation, the delivery log and replay. The signing secret is generated here and
 * answered once, by the create and rotate calls; it is stored sealed and never returned again.
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, isoTime, optText, toIso, toIsoOrNull } from '../schemas.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { QuorumError } from '../../domain/index.ts';
import {
  createWebhook,
  deleteWebhook,
  getDelivery,
  getWebhook,
  listDeliveries,
  listWebhooks,
  replayDeliveries,
  rotateWebhookSecret,
  updateWebhook,
  type SecretBox,
  type Webhook,
  type WebhookAttempt,
  type WebhookDelivery,
} from '../../store/index.ts';
import { WEBHOOK_EVENT_TYPE_LIST, generateSecret, refusal, type WebhookEventType } from '../../integrations/webhooks/index.ts';

const tags = ['webhooks'];
const admin = { access: 'admin' as const };
const eventType = z.enum(WEBHOOK_EVENT_TYPE_LIST as [WebhookEventType, ...WebhookEventType[]]);
const MAX_URL = 2000;

const urlText = z
  .string()
  .trim()
  .max(MAX_URL, `must be at most ${MAX_URL} characters`)
  .refine((s) => URL.canParse(s) && ['http:', 'https:'].includes(new URL(s).protocol), 'must be an http:// or https:// URL')
  .refine((s) => !URL.canParse(s) || (new URL(s).username === '' && new URL(s).password === ''), 'must not carry a user name or password (the signature authenticates Quorum)')
  .describe('Where events are POSTed; https:// recommended. Private, loopback and metadata addresses are refused unless the server allows them (QUORUM_WEBHOOKS_ALLOW_PRIVATE, QUORUM_WEBHOOKS_ALLOW_CIDRS).');

const webhookOut = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    eventTypes: z.array(eventType),
    solutionInterestId: z.string().nullable().describe('Only events of this solution interest’s buying groups (null: all)'),
    enabled: z.boolean(),
    disabledReason: z.string().nullable().describe('Why delivery stopped by itself (e.g. the receiver answered 410 Gone); cleared when enabled again'),
    previousSecretExpiresAt: isoTime.nullable().describe('Until when the secret before the last rotation still signs (a second v1 entry), or null'),
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z.number().int(),
  })
  .meta({ id: 'Webhook' });

const withSecret = webhookOut
  .extend({ secret: z.string().describe('The signing secret (whsec_…). Shown only in this answer: store it now.') })
  .meta({ id: 'WebhookWithSecret' });

const deliveryStatus = z.enum(['pending', 'succeeded', 'dead']);
const deliveryOut = z
  .object({
    id: z.string().describe('The webhook-id header: the same for every attempt and replay'),
    eventId: z.string(),
    eventSeq: z.number().int(),
    type: z.string(),
    buyingGroupId: z.string(),
    accountId: z.string(),
    status: deliveryStatus.describe('pending (waiting for its turn or a retry), succeeded, or dead (tries spent; replay to send again)'),
    tries: z.number().int().describe('Tries since queued or last replayed'),
    attempts: z.number().int().describe('Every try ever made'),
    nextAttemptAt: isoTime.nullable().describe('When a pending delivery is tried next'),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: isoTime,
    finishedAt: isoTime.nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

const attemptOut = z
  .object({
    attempt: z.number().int(),
    startedAt: isoTime,
    durationMs: z.number().int(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    responseSnippet: z.string().nullable().describe('The first 1 KiB of the answer'),
    address: z.string().nullable().describe('The IP address connected to'),
  })
  .meta({ id: 'WebhookAttempt' });

const createBody = z
  .strictObject({
    url: urlText,
    description: optText(500),
    eventTypes: z.array(eventType).min(1, 'must name at least one event type').max(WEBHOOK_EVENT_TYPE_LIST.length).refine((a) => new Set(a).size === a.length, 'must not repeat an event type'),
    solutionInterestId: z.string().regex(/^si_/, 'must be a solution interest id (si_…)').nullable().optional(),
    enabled: z.boolean().optional().describe('Default true'),
  })
  .meta({ id: 'WebhookCreate' });
const patchBody = createBody.partial().meta({ id: 'WebhookUpdate' });

const out = (w: Webhook): z.infer<typeof webhookOut> => ({
  ...w,
  eventTypes: w.eventTypes as WebhookEventType[],
  previousSecretExpiresAt: toIsoOrNull(w.previousSecretExpiresAt),
  createdAt: toIso(w.createdAt),
  updatedAt: toIso(w.updatedAt),
});
const deliveryOf = (d: WebhookDelivery): z.infer<typeof deliveryOut> => ({
  id: d.id,
  eventId: d.eventId,
  eventSeq: d.eventSeq,
  type: d.type,
  buyingGroupId: d.buyingGroupId,
  accountId: d.accountId,
  status: d.status,
  tries: d.tries,
  attempts: d.attempts,
  nextAttemptAt: d.status === 'pending' ? toIso(d.nextAttemptAt) : null,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  createdAt: toIso(d.createdAt),
  finishedAt: toIsoOrNull(d.finishedAt),
});
const attemptOf = (a: WebhookAttempt): z.infer<typeof attemptOut> => ({ attempt: a.attempt, startedAt: toIso(a.startedAt), durationMs: a.durationMs, statusCode: a.statusCode, error: a.error, responseSnippet: a.responseSnippet, address: a.address });

const hookParam = idParam('wh', 'webhook');
const deliveryParam = z.strictObject({ id: hookParam.shape.id, deliveryId: z.string().regex(/^msg_/, 'must be a webhook delivery id (msg_…)') });
const ifMatch = ifMatchHeader('data');

export function webhookRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;
  /** The key that seals secrets; without it subscriptions cannot be created or rotated. */
  const box = (): SecretBox => {
    if (!ctx.webhooks?.secrets) {
      throw QuorumError.field('invalid_state', '/secret', 'webhooks need QUORUM_SECRET_KEY (32 bytes, base64 or hex) on the server to store signing secrets; set it and restart');
    }
    return ctx.webhooks.secrets;
  };
  /** A URL naming a blocked IP address directly is refused now; host names are checked at every delivery (DNS can change). */
  const checkUrl = (url: string) => {
    const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
    const why = /^[\d.]+$|:/.test(host) && ctx.webhooks ? refusal(host, ctx.webhooks.addressPolicy) : null;
    if (why && why !== 'not an IP address') throw QuorumError.field('validation_failed', '/url', `refused: ${why} (the server allows such addresses only with QUORUM_WEBHOOKS_ALLOW_PRIVATE=1 or QUORUM_WEBHOOKS_ALLOW_CIDRS)`);
  };

  api.get(
    '/webhooks',
    { config: admin, schema: { tags, summary: 'List webhook subscriptions', description: 'Admins only. Every subscription, oldest first; never their secrets.', response: { 200: z.object({ data: z.array(webhookOut), eventTypes: z.array(eventType).describe('Every event type a subscription can name') }) } } },
    async () => ({ data: (await listWebhooks(db)).map(out), eventTypes: [...WEBHOOK_EVENT_TYPE_LIST] }),
  );

  api.post(
    '/webhooks',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Subscribe a URL to buying group events (answers the signing secret once)',
        description:
          'Admins only. Events written from now on are POSTed to the URL, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature = v1,<base64 HMAC-SHA256 of id.timestamp.body>), at least once and in order per buying group. The answer carries the secret (whsec_…) — the only time it is shown. Needs QUORUM_SECRET_KEY on the server (409 invalid_state without).',
        body: createBody,
        response: { 201: withSecret },
      },
    },
    async (req, reply) => {
      const b = req.body;
      checkUrl(b.url);
      const secret = generateSecret();
      const hook = await createWebhook(db, box(), actorOf(req), { url: b.url, description: b.description ?? null, eventTypes: b.eventTypes, solutionInterestId: b.solutionInterestId ?? null, enabled: b.enabled ?? true }, secret, ctx.clock.now());
      ctx.webhooks?.dispatcher?.notify();
      setEtag(reply, hook.version);
      return reply.status(201).send({ ...out(hook), secret });
    },
  );

  api.get(
    '/webhooks/:id',
    { config: admin, schema: { tags, summary: 'Get a webhook subscription', description: 'Admins only. The subscription without its secret; the ETag header carries its version.', params: hookParam, response: { 200: webhookOut } } },
    async (req, reply) => {
      const hook = await getWebhook(db, req.params.id);
      setEtag(reply, hook.version);
      return out(hook);
    },
  );

  api.patch(
    '/webhooks/:id',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Change a subscription: URL, event types, solution interest filter, enabled',
        description: 'Admins only. Disabling stops delivery (pending deliveries wait); enabling again resumes it in order and clears the disabled reason. If-Match optional.',
        params: hookParam,
        headers: ifMatch,
        body: patchBody,
        response: { 200: webhookOut },
      },
    },
    async (req, reply) => {
      if (req.body.url !== undefined) checkUrl(req.body.url);
      const { url, description, eventTypes, solutionInterestId, enabled } = req.body;
      const patch = { ...(url !== undefined ? { url } : {}), ...(description !== undefined ? { description } : {}), ...(eventTypes !== undefined ? { eventTypes } : {}), ...(solutionInterestId !== undefined ? { solutionInterestId } : {}), ...(enabled !== undefined ? { enabled } : {}) };
      const hook = await updateWebhook(db, actorOf(req), req.params.id, patch, ctx.clock.now(), expectedVersion(req, 'data'));
      ctx.webhooks?.dispatcher?.notify();
      setEtag(reply, hook.version);
      return out(hook);
    },
  );

  api.delete(
    '/webhooks/:id',
    { config: admin, schema: { tags, summary: 'Delete a subscription and its delivery log', description: 'Admins only. Pending deliveries are dropped. If-Match optional.', params: hookParam, headers: ifMatch } },
    async (req, reply) => {
      await deleteWebhook(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'data'));
      return reply.status(204).send();
    },
  );

  api.post(
    '/webhooks/:id/rotate-secret',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Rotate the signing secret (answers the new secret once)',
        description:
          'Admins only. A new secret signs from now on; the previous one keeps signing as a second v1 entry of webhook-signature for `graceHours` (default 24, 0 = stop at once), so receivers can switch without losing a message.',
        params: hookParam,
        body: z.strictObject({ graceHours: z.number().min(0).max(24 * 30).optional() }).meta({ id: 'WebhookRotate' }),
        response: { 200: withSecret },
      },
    },
    async (req) => {
      const secret = generateSecret();
      const hook = await rotateWebhookSecret(db, box(), actorOf(req), req.params.id, secret, (req.body.graceHours ?? 24) * 3_600_000, ctx.clock.now());
      return { ...out(hook), secret };
    },
  );

  api.get(
    '/webhooks/:id/deliveries',
    {
      config: admin,
      schema: {
        tags,
        summary: 'The delivery log of a subscription, newest event first',
        description: 'Admins only. One row per event delivered (or to be): its state, tries, last status code and error. Page with `beforeSeq` = the last row’s eventSeq.',
        params: hookParam,
        querystring: z.strictObject({
          status: deliveryStatus.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50).describe('Page size (1–500, default 50)'),
          beforeSeq: z.coerce.number().int().min(0).optional(),
        }),
        response: { 200: z.object({ data: z.array(deliveryOut) }) },
      },
    },
    async (req) => ({ data: (await listDeliveries(db, req.params.id, { status: req.query.status, limit: req.query.limit, beforeSeq: req.query.beforeSeq })).map(deliveryOf) }),
  );

  api.get(
    '/webhooks/:id/deliveries/:deliveryId',
    {
      config: admin,
      schema: {
        tags,
        summary: 'One delivery with every attempt (status code, duration, error, answer snippet) and its body',
        description: 'Admins only. The body is the exact JSON that was signed and sent.',
        params: deliveryParam,
        response: { 200: deliveryOut.extend({ body: z.string(), attemptLog: z.array(attemptOut) }) },
      },
    },
    async (req) => {
      const { delivery, attempts } = await getDelivery(db, req.params.id, req.params.deliveryId);
      return { ...deliveryOf(delivery), body: delivery.body, attemptLog: attempts.map(attemptOf) };
    },
  );

  api.post(
    '/webhooks/:id/deliveries/:deliveryId/replay',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Send one finished delivery again (same webhook-id)',
        description: 'Admins only. A succeeded or dead delivery is queued again with fresh tries; a pending one is refused (409 invalid_state): it is retried on its own.',
        params: deliveryParam,
        response: { 202: z.object({ queued: z.number().int() }) },
      },
    },
    async (req, reply) => {
      const queued = await replayDeliveries(db, actorOf(req), req.params.id, { statuses: [], ids: [req.params.deliveryId] }, ctx.clock.now());
      ctx.webhooks?.dispatcher?.notify();
      return reply.status(202).send({ queued });
    },
  );

  api.post(
    '/webhooks/:id/replay',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Send a range of finished deliveries again',
        description: 'Admins only. Queues again the deliveries in `statuses` (default: dead) created between `from` and `to` (inclusive, optional). Answers how many were queued.',
        params: hookParam,
        body: z
          .strictObject({
            statuses: z.array(z.enum(['succeeded', 'dead'])).min(1).optional(),
            from: z.iso.datetime({ offset: true }).optional(),
            to: z.iso.datetime({ offset: true }).optional(),
          })
          .refine((b) => !b.from || !b.to || Date.parse(b.from) <= Date.parse(b.to), { message: 'must not be before from', path: ['to'] })
          .meta({ id: 'WebhookReplay' }),
        response: { 202: z.object({ queued: z.number().int() }) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const queued = await replayDeliveries(
        db,
        actorOf(req),
        req.params.id,
        { statuses: b.statuses ?? ['dead'], ...(b.from ? { from: Date.parse(b.from) } : {}), ...(b.to ? { to: Date.parse(b.to) } : {}) },
        ctx.clock.now(),
      );
      ctx.webhooks?.dispatcher?.notify();
      return reply.status(202).send({ queued });
    },
  );
}
