/**
 * Webhook subscriptions, their deliveries and the delivery log. Secrets are sealed with the
 * caller's SecretBox (store/secrets.ts) and never read back except to sign. The delivery state
 * machine (pending → succeeded | dead; replay → pending) is decided by the engine
 * (engine/webhooks/); this file holds its SQL: fan-out from the outbox, the claim (one delivery
 * per buying group in flight, earliest first), and the attempt records.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, WebhookAttemptsTable, WebhookDeliveriesTable, WebhookSubscriptionsTable } from './schema.ts';
import { QuorumError, newId, notFound } from '../domain/index.ts';
import { audit, type Actor } from './audit.ts';
import { checkVersion, type ExpectedVersion } from './concurrency.ts';
import { parseJson, toJson } from './db.ts';
import { dialectOf } from './dialect.ts';
import type { SecretBox } from './secrets.ts';

export type DeliveryStatus = 'pending' | 'succeeded' | 'dead';

export interface WebhookFields {
  url: string;
  description: string | null;
  eventTypes: string[];
  solutionInterestId: string | null;
  enabled: boolean;
}

export interface Webhook extends WebhookFields {
  id: string;
  disabledReason: string | null;
  /** Until when the previous secret still signs (a rotation's grace period), or null. */
  previousSecretExpiresAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventSeq: number;
  eventId: string;
  accountId: string;
  buyingGroupId: string;
  type: string;
  body: string;
  status: DeliveryStatus;
  /** Tries since the delivery was queued or last replayed (the dead-letter count). */
  tries: number;
  /** Every try ever made (replays included). */
  attempts: number;
  nextAttemptAt: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

export interface WebhookAttempt {
  id: string;
  deliveryId: string;
  attempt: number;
  startedAt: number;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseSnippet: string | null;
  address: string | null;
}

const sealContext = (id: string) => `webhook:${id}`;

function webhookOf(r: Selectable<WebhookSubscriptionsTable>): Webhook {
  return {
    id: r.id,
    url: r.url,
    description: r.description,
    eventTypes: parseJson<string[]>(r.event_types),
    solutionInterestId: r.solution_interest_id,
    enabled: r.enabled === 1,
    disabledReason: r.disabled_reason,
    previousSecretExpiresAt: r.previous_secret_expires_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function deliveryOf(r: Selectable<WebhookDeliveriesTable>): WebhookDelivery {
  return {
    id: r.id,
    subscriptionId: r.subscription_id,
    eventSeq: r.event_seq,
    eventId: r.event_id,
    accountId: r.account_id,
    buyingGroupId: r.buying_group_id,
    type: r.type,
    body: r.body,
    status: r.status as DeliveryStatus,
    tries: r.tries,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    lastStatusCode: r.last_status_code,
    lastError: r.last_error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    finishedAt: r.finished_at,
  };
}

function attemptOf(r: Selectable<WebhookAttemptsTable>): WebhookAttempt {
  return { id: r.id, deliveryId: r.delivery_id, attempt: r.attempt, startedAt: r.started_at, durationMs: r.duration_ms, statusCode: r.status_code, error: r.error, responseSnippet: r.response_snippet, address: r.address };
}

const KIND = 'webhook';

export async function countWebhooks(db: Kysely<DB>): Promise<number> {
  const { n } = await db.selectFrom('webhook_subscriptions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

export async function listWebhooks(db: Kysely<DB>): Promise<Webhook[]> {
  return (await db.selectFrom('webhook_subscriptions').selectAll().orderBy('created_at').orderBy('id').execute()).map(webhookOf);
}

export async function getWebhook(db: Kysely<DB>, id: string): Promise<Webhook> {
  const r = await db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('webhook', id);
  return webhookOf(r);
}

async function checkSolutionInterest(db: Kysely<DB>, id: string | null): Promise<void> {
  if (id === null) return;
  if (!(await db.selectFrom('solution_interests').select('id').where('id', '=', id).executeTakeFirst())) {
    throw QuorumError.field('validation_failed', '/solutionInterestId', `solution interest ${id} does not exist`);
  }
}

/**
 * Creates a subscription with its (caller-generated) secret sealed. It receives the events
 * written after this moment: its cursor starts at the outbox's current end.
 */
export async function createWebhook(db: Kysely<DB>, box: SecretBox, actor: Actor, fields: WebhookFields, secret: string, now: number): Promise<Webhook> {
  return db.transaction().execute(async (trx) => {
    await checkSolutionInterest(trx, fields.solutionInterestId);
    const id = newId('webhook', now);
    const { last } = await trx.selectFrom('events').select((eb) => eb.fn.max('seq').as('last')).executeTakeFirstOrThrow();
    await trx
      .insertInto('webhook_subscriptions')
      .values({
        id,
        url: fields.url,
        description: fields.description,
        event_types: toJson(fields.eventTypes),
        solution_interest_id: fields.solutionInterestId,
        enabled: fields.enabled ? 1 : 0,
        disabled_reason: null,
        secret_sealed: box.seal(secret, sealContext(id)),
        previous_secret_sealed: null,
        previous_secret_expires_at: null,
        after_seq: Number(last ?? 0),
        created_at: now,
        updated_at: now,
      })
      .execute();
    const created = await getWebhook(trx, id);
    await audit(trx, actor, { action: 'create', entityType: KIND, entityId: id, after: created, at: now });
    return created;
  });
}

export async function updateWebhook(db: Kysely<DB>, actor: Actor, id: string, patch: Partial<WebhookFields>, now: number, expected?: ExpectedVersion): Promise<Webhook> {
  return db.transaction().execute(async (trx) => {
    const before = await getWebhook(trx, id);
    checkVersion('webhook', id, before.version, expected);
    if (patch.solutionInterestId !== undefined) await checkSolutionInterest(trx, patch.solutionInterestId);
    const res = await trx
      .updateTable('webhook_subscriptions')
      .set({
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.eventTypes !== undefined ? { event_types: toJson(patch.eventTypes) } : {}),
        ...(patch.solutionInterestId !== undefined ? { solution_interest_id: patch.solutionInterestId } : {}),
        // Enabling again clears why it was disabled (e.g. a 410 from the receiver).
        ...(patch.enabled !== undefined ? { enabled: patch.enabled ? 1 : 0, disabled_reason: patch.enabled ? null : before.disabledReason } : {}),
        updated_at: now,
        version: before.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw QuorumError.field('precondition_failed', '/id', `webhook ${id} changed meanwhile; read it again`);
    const after = await getWebhook(trx, id);
    await audit(trx, actor, { action: 'update', entityType: KIND, entityId: id, before, after, at: now });
    return after;
  });
}

export async function deleteWebhook(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getWebhook(trx, id);
    checkVersion('webhook', id, before.version, expected);
    // Attempts and deliveries go with it (ON DELETE CASCADE, spelled out for SQLite connections without foreign keys on).
    const deliveries = trx.selectFrom('webhook_deliveries').select('id').where('subscription_id', '=', id);
    await trx.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
    await trx.deleteFrom('webhook_deliveries').where('subscription_id', '=', id).execute();
    await trx.deleteFrom('webhook_subscriptions').where('id', '=', id).execute();
    await audit(trx, actor, { action: 'delete', entityType: KIND, entityId: id, before, at: now });
  });
}

/**
 * A new signing secret; the current one keeps signing (second `v1` entry) until `now + graceMs`,
 * so receivers can switch without losing a message.
 */
export async function rotateWebhookSecret(db: Kysely<DB>, box: SecretBox, actor: Actor, id: string, secret: string, graceMs: number, now: number): Promise<Webhook> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('webhook', id);
    await trx
      .updateTable('webhook_subscriptions')
      .set({
        secret_sealed: box.seal(secret, sealContext(id)),
        previous_secret_sealed: graceMs > 0 ? row.secret_sealed : null,
        previous_secret_expires_at: graceMs > 0 ? now + graceMs : null,
        updated_at: now,
        version: row.version + 1,
      })
      .where('id', '=', id)
      .execute();
    const after = await getWebhook(trx, id);
    await audit(trx, actor, { action: 'rotate_secret', entityType: KIND, entityId: id, after: { previousSecretExpiresAt: after.previousSecretExpiresAt }, at: now });
    return after;
  });
}

/** The secrets that sign a message now: the current one, then the previous one during its grace period. */
export async function signingSecrets(db: Kysely<DB>, box: SecretBox, id: string, now: number): Promise<string[]> {
  const r = await db.selectFrom('webhook_subscriptions').select(['secret_sealed', 'previous_secret_sealed', 'previous_secret_expires_at']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('webhook', id);
  const out = [box.open(r.secret_sealed, sealContext(id))];
  if (r.previous_secret_sealed && (r.previous_secret_expires_at ?? 0) > now) out.push(box.open(r.previous_secret_sealed, sealContext(id)));
  return out;
}

// ---- fan-out: outbox → deliveries ----------------------------------------------------------------

export interface OutboxEvent {
  seq: number;
  id: string;
  accountId: string;
  buyingGroupId: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: number;
  /** The group's solution interest (null when the group is gone). */
  solutionInterestId: string | null;
}

export interface FanOutTarget {
  id: string;
  afterSeq: number;
  eventTypes: string[];
  solutionInterestId: string | null;
}

/**
 * Runs `fn` with one enabled subscription's cursor locked (PostgreSQL: FOR UPDATE SKIP LOCKED, so
 * concurrent workers fan out different subscriptions and never the same one twice), for each
 * enabled subscription in turn; each in its own transaction with the deliveries it writes.
 */
/** Returns how many subscriptions are enabled (none: there is nothing to deliver either). */
export async function forEachFanOutTarget(db: Kysely<DB>, fn: (trx: Kysely<DB>, target: FanOutTarget) => Promise<void>): Promise<number> {
  const ids = (await db.selectFrom('webhook_subscriptions').select('id').where('enabled', '=', 1).orderBy('id').execute()).map((r) => r.id);
  for (const id of ids) {
    await db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ id: string; after_seq: number; event_types: string; solution_interest_id: string | null }>`
        select id, after_seq, event_types, solution_interest_id from webhook_subscriptions where id = ${id} and enabled = 1${dialectOf(trx).claimLock()}`.execute(trx);
      const r = rows[0];
      if (!r) return;
      await fn(trx, { id: r.id, afterSeq: Number(r.after_seq), eventTypes: parseJson<string[]>(r.event_types), solutionInterestId: r.solution_interest_id });
    });
  }
  return ids.length;
}

/** Outbox events after `afterSeq`, in `seq` order, with their group's solution interest. */
export async function readOutbox(db: Kysely<DB>, afterSeq: number, limit: number): Promise<OutboxEvent[]> {
  const rows = await db
    .selectFrom('events')
    .leftJoin('buying_groups', 'buying_groups.id', 'events.buying_group_id')
    .select(['events.seq', 'events.id', 'events.account_id', 'events.buying_group_id', 'events.type', 'events.payload', 'events.created_at', 'buying_groups.solution_interest_id'])
    .where('events.seq', '>', afterSeq)
    .orderBy('events.seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    id: r.id,
    accountId: r.account_id,
    buyingGroupId: r.buying_group_id,
    type: r.type,
    payload: parseJson<Record<string, unknown>>(r.payload),
    createdAt: r.created_at,
    solutionInterestId: r.solution_interest_id,
  }));
}

export interface NewDelivery {
  eventSeq: number;
  eventId: string;
  accountId: string;
  buyingGroupId: string;
  type: string;
  body: string;
}

/** Queues deliveries and moves the subscription's cursor, in the caller's transaction (a delivery already queued for an event is kept). */
export async function queueDeliveries(trx: Kysely<DB>, subscriptionId: string, deliveries: readonly NewDelivery[], cursor: number, now: number): Promise<void> {
  for (let i = 0; i < deliveries.length; i += 200) {
    const values = deliveries.slice(i, i + 200).map((d) => ({
      id: newId('webhookMessage', now),
      subscription_id: subscriptionId,
      event_seq: d.eventSeq,
      event_id: d.eventId,
      account_id: d.accountId,
      buying_group_id: d.buyingGroupId,
      type: d.type,
      body: d.body,
      status: 'pending',
      next_attempt_at: now,
      created_at: now,
      updated_at: now,
    }));
    await trx.insertInto('webhook_deliveries').values(values).onConflict((oc) => oc.columns(['subscription_id', 'event_seq']).doNothing()).execute();
  }
  await trx.updateTable('webhook_subscriptions').set({ after_seq: cursor }).where('id', '=', subscriptionId).execute();
}

// ---- the claim and the attempts -----------------------------------------------------------------

/**
 * Claims the next due delivery for `workerId` until `leaseUntil`: pending, due, its subscription
 * enabled, not leased by a live worker, and no earlier delivery of the same subscription and
 * buying group still pending — so a group's events go out one at a time, in order (an earlier one
 * must succeed or be dead-lettered first). PostgreSQL workers skip rows another is claiming.
 */
export async function claimDelivery(db: Kysely<DB>, workerId: string, now: number, leaseUntil: number): Promise<WebhookDelivery | null> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: string }>`
      select d.id from webhook_deliveries d
      where d.status = 'pending' and d.next_attempt_at <= ${now}
        and (d.locked_until is null or d.locked_until <= ${now})
        and exists (select 1 from webhook_subscriptions s where s.id = d.subscription_id and s.enabled = 1)
        and not exists (
          select 1 from webhook_deliveries p
          where p.subscription_id = d.subscription_id and p.buying_group_id = d.buying_group_id
            and p.status = 'pending' and p.event_seq < d.event_seq)
      order by d.next_attempt_at, d.event_seq
      limit 1${dialectOf(trx).claimLock()}`.execute(trx);
    const id = rows[0]?.id;
    if (!id) return null;
    await trx.updateTable('webhook_deliveries').set({ locked_by: workerId, locked_until: leaseUntil }).where('id', '=', id).execute();
    return deliveryOf(await trx.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  });
}

export interface AttemptRecord {
  startedAt: number;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseSnippet: string | null;
  address: string | null;
}

/** What follows the attempt, as the engine decided it. */
export type DeliveryNext = { status: 'succeeded' } | { status: 'pending'; nextAttemptAt: number } | { status: 'dead'; reason: string; disableSubscription?: string };

/**
 * Records one attempt and the delivery's next state in one transaction. The attempt is always
 * logged; the state moves only while `workerId` still holds the lease (a worker whose lease ran
 * out and was taken over must not overwrite the newer state).
 */
export async function recordAttempt(db: Kysely<DB>, delivery: WebhookDelivery, workerId: string, attempt: AttemptRecord, next: DeliveryNext, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('webhook_deliveries').select(['attempts', 'tries', 'locked_by']).where('id', '=', delivery.id).executeTakeFirst();
    if (!current) return;
    await trx
      .insertInto('webhook_attempts')
      .values({ id: newId('webhookAttempt', now), delivery_id: delivery.id, attempt: current.attempts + 1, started_at: attempt.startedAt, duration_ms: Math.round(attempt.durationMs), status_code: attempt.statusCode, error: attempt.error, response_snippet: attempt.responseSnippet, address: attempt.address })
      .execute();
    const owned = current.locked_by === workerId;
    await trx
      .updateTable('webhook_deliveries')
      .set({
        attempts: current.attempts + 1,
        ...(owned
          ? {
              tries: current.tries + 1,
              status: next.status,
              next_attempt_at: next.status === 'pending' ? next.nextAttemptAt : now,
              finished_at: next.status === 'pending' ? null : now,
              locked_by: null,
              locked_until: null,
              last_status_code: attempt.statusCode,
              last_error: next.status === 'dead' ? `${next.reason}${attempt.error ? `: ${attempt.error}` : ''}` : attempt.error,
            }
          : {}),
        updated_at: now,
      })
      .where('id', '=', delivery.id)
      .execute();
    if (owned && next.status === 'dead' && next.disableSubscription) {
      await trx.updateTable('webhook_subscriptions').set({ enabled: 0, disabled_reason: next.disableSubscription, updated_at: now }).where('id', '=', delivery.subscriptionId).execute();
    }
  });
}

// ---- the delivery log and replay ----------------------------------------------------------------

export interface DeliveryQuery {
  status?: DeliveryStatus;
  /** Deliveries of events before this outbox seq (paging, newest first). */
  beforeSeq?: number;
  limit: number;
}

export async function listDeliveries(db: Kysely<DB>, subscriptionId: string, q: DeliveryQuery): Promise<WebhookDelivery[]> {
  await getWebhook(db, subscriptionId);
  let query = db.selectFrom('webhook_deliveries').selectAll().where('subscription_id', '=', subscriptionId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.beforeSeq !== undefined) query = query.where('event_seq', '<', q.beforeSeq);
  return (await query.orderBy('event_seq', 'desc').limit(q.limit).execute()).map(deliveryOf);
}

export async function getDelivery(db: Kysely<DB>, subscriptionId: string, id: string): Promise<{ delivery: WebhookDelivery; attempts: WebhookAttempt[] }> {
  const r = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).where('subscription_id', '=', subscriptionId).executeTakeFirst();
  if (!r) throw notFound('webhook delivery', id);
  const attempts = await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', '=', id).orderBy('attempt').execute();
  return { delivery: deliveryOf(r), attempts: attempts.map(attemptOf) };
}

export interface ReplayRange {
  /** Only deliveries in these states (default: dead). */
  statuses: readonly Exclude<DeliveryStatus, 'pending'>[];
  /** Events written from/until these instants (inclusive), if given. */
  from?: number;
  to?: number;
  /** Or: these deliveries only. */
  ids?: readonly string[];
}

/**
 * Queues finished deliveries again (same webhook-id, so receivers can tell a replay from a new
 * event; tries start over). Pending ones are left alone. Returns how many were queued.
 */
export async function replayDeliveries(db: Kysely<DB>, actor: Actor, subscriptionId: string, range: ReplayRange, now: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await getWebhook(trx, subscriptionId);
    if (range.ids) {
      for (const id of range.ids) {
        const d = await trx.selectFrom('webhook_deliveries').select(['status']).where('id', '=', id).where('subscription_id', '=', subscriptionId).executeTakeFirst();
        if (!d) throw notFound('webhook delivery', id);
        if (d.status === 'pending') throw QuorumError.field('invalid_state', '/id', `delivery ${id} is still pending; it is tried again on its own`);
      }
    }
    let q = trx
      .updateTable('webhook_deliveries')
      .set({ status: 'pending', tries: 0, next_attempt_at: now, finished_at: null, locked_by: null, locked_until: null, updated_at: now })
      .where('subscription_id', '=', subscriptionId)
      .where('status', 'in', range.ids ? ['succeeded', 'dead'] : [...range.statuses]);
    if (range.ids) q = q.where('id', 'in', [...range.ids]);
    if (range.from !== undefined) q = q.where('created_at', '>=', range.from);
    if (range.to !== undefined) q = q.where('created_at', '<=', range.to);
    const res = await q.executeTakeFirst();
    const n = Number(res.numUpdatedRows);
    await audit(trx, actor, { action: 'replay', entityType: KIND, entityId: subscriptionId, after: { queued: n, ...range }, at: now });
    return n;
  });
}
