/**
 * Webhook delivery: fans the outbox (`events`, engine/events.ts) out into one delivery per
 * matching subscription, then sends due deliveries — signed per Standard Webhooks, at least once,
 * in order per buying group, retried with backoff and dead-lettered after the configured tries.
 * All state is in the database (store/webhooks.ts), so a restart resumes where it stopped and
 * several `quorum serve`/`worker` processes on PostgreSQL share the work (SKIP LOCKED claims).
 * Clock, timer, random source and DNS resolver are injected: tests run the schedule in ms.
 */
import { hostname } from 'node:os';
import {
  claimDelivery,
  getWebhook,
  forEachFanOutTarget,
  queueDeliveries,
  readOutbox,
  recordAttempt,
  signingSecrets,
  type Database,
  type DeliveryNext,
  type NewDelivery,
  type OutboxEvent,
  type SecretBox,
  type WebhookDelivery,
} from '../../store/index.ts';
import type { Clock } from '../../domain/index.ts';
import {
  DEFAULT_RETRY_POLICY,
  PUBLIC_ONLY,
  outcomeOf,
  parseRetryAfter,
  postWebhook,
  signedHeaders,
  webhookBody,
  webhookTypeOf,
  type AddressPolicy,
  type Resolver,
  type RetryPolicy,
} from '../../integrations/webhooks/index.ts';

export interface DispatcherOptions {
  database: Database;
  clock: Clock;
  secrets: SecretBox;
  addressPolicy?: AddressPolicy;
  retry?: RetryPolicy;
  /** Deadline of one HTTP attempt (default 15 s: Standard Webhooks suggests 15–30 s). */
  timeoutMs?: number;
  /** Bytes of an answer read at most (default 64 KiB); the log keeps the first 1 KiB. */
  maxResponseBytes?: number;
  /** How long a claim holds a delivery before another worker may take it (default: timeout + 30 s). */
  leaseMs?: number;
  /**
   * How long a hole in the outbox's `seq` is waited for before it is passed (default 10 s). On
   * PostgreSQL a transaction can commit after one with a higher seq: the hole is an event still
   * being written, and passing it at once would skip that event. A rolled-back write leaves a
   * hole for good; after this wait it is treated as such.
   */
  gapWaitMs?: number;
  /** Deliveries sent at the same time by this process (default 4). */
  concurrency?: number;
  /** Poll interval of `start()` (default 1 s). */
  pollMs?: number;
  random?: () => number;
  resolver?: Resolver;
  log?: (line: string) => void;
}

export interface RoundCounts {
  queued: number;
  attempted: number;
  delivered: number;
  failed: number;
  dead: number;
}

const OUTBOX_PAGE = 500;
const SNIPPET_CHARS = 1024;

export class WebhookDispatcher {
  readonly workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  private readonly gaps = new Map<string, { seq: number; since: number }>();
  private loop: Promise<void> | null = null;
  private stopped = true;
  /** Set by stop(): send loops finish the attempt in flight and claim no more. */
  private halting = false;
  private wake: (() => void) | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: DispatcherOptions) {}

  private get db() {
    return this.opts.database.db;
  }
  private get now() {
    return this.opts.clock.now();
  }
  private get timeoutMs() {
    return this.opts.timeoutMs ?? 15_000;
  }

  /** One round: fan out new events, then send every due delivery. */
  async runOnce(): Promise<RoundCounts> {
    const { queued, subscriptions } = await this.fanOutRound();
    const counts: RoundCounts = { queued, attempted: 0, delivered: 0, failed: 0, dead: 0 };
    // Deliveries are claimed only for enabled subscriptions: with none, an idle server polls one query, not five.
    if (subscriptions > 0) await Promise.all(Array.from({ length: Math.max(1, this.opts.concurrency ?? 4) }, () => this.sendLoop(counts)));
    return counts;
  }

  /** Outbox → deliveries, per enabled subscription; returns how many were queued. */
  async fanOut(): Promise<number> {
    return (await this.fanOutRound()).queued;
  }

  private async fanOutRound(): Promise<{ queued: number; subscriptions: number }> {
    let queued = 0;
    const subscriptions = await forEachFanOutTarget(this.db, async (trx, target) => {
      let cursor = target.afterSeq;
      for (;;) {
        const events = await readOutbox(trx, cursor, OUTBOX_PAGE);
        const { accepted, next } = this.settledPrefix(target.id, cursor, events);
        const deliveries: NewDelivery[] = [];
        for (const e of accepted) {
          const type = webhookTypeOf(e.type);
          if (!type || !target.eventTypes.includes(type)) continue;
          if (target.solutionInterestId && e.solutionInterestId !== target.solutionInterestId) continue;
          deliveries.push({ eventSeq: e.seq, eventId: e.id, accountId: e.accountId, buyingGroupId: e.buyingGroupId, type, body: webhookBody({ type, eventId: e.id, seq: e.seq, accountId: e.accountId, buyingGroupId: e.buyingGroupId, createdAt: e.createdAt, payload: e.payload }) });
        }
        if (next !== cursor) await queueDeliveries(trx, target.id, deliveries, next, this.now);
        queued += deliveries.length;
        if (next === cursor || accepted.length < events.length || events.length < OUTBOX_PAGE) break;
        cursor = next;
      }
    });
    return { queued, subscriptions };
  }

  /** The events after `cursor` up to the first hole that is not yet old enough to pass. */
  private settledPrefix(subscriptionId: string, cursor: number, events: readonly OutboxEvent[]): { accepted: OutboxEvent[]; next: number } {
    const accepted: OutboxEvent[] = [];
    let expected = cursor + 1;
    for (const e of events) {
      if (e.seq !== expected) {
        const seen = this.gaps.get(subscriptionId);
        if (!seen || seen.seq !== expected) {
          this.gaps.set(subscriptionId, { seq: expected, since: this.now });
          break;
        }
        if (this.now - seen.since < (this.opts.gapWaitMs ?? 10_000)) break;
        this.gaps.delete(subscriptionId);
      }
      accepted.push(e);
      expected = e.seq + 1;
    }
    return { accepted, next: accepted.length ? (accepted[accepted.length - 1] as OutboxEvent).seq : cursor };
  }

  private async sendLoop(counts: RoundCounts): Promise<void> {
    for (;;) {
      if (this.halting) return;
      const lease = this.opts.leaseMs ?? this.timeoutMs + 30_000;
      const d = await claimDelivery(this.db, this.workerId, this.now, this.now + lease);
      if (!d) return;
      const next = await this.attempt(d);
      counts.attempted++;
      if (next.status === 'succeeded') counts.delivered++;
      else if (next.status === 'dead') counts.dead++;
      else counts.failed++;
    }
  }

  /** Sends one delivery and records the attempt with what follows it. */
  async attempt(d: WebhookDelivery): Promise<DeliveryNext> {
    const startedAt = this.now;
    const secrets = await signingSecrets(this.db, this.opts.secrets, d.subscriptionId, startedAt);
    const { url } = await getWebhook(this.db, d.subscriptionId);
    const headers = signedHeaders(secrets, d.id, Math.floor(startedAt / 1000), d.body);
    const res = await postWebhook(
      url,
      { ...headers },
      d.body,
      { policy: this.opts.addressPolicy ?? PUBLIC_ONLY, timeoutMs: this.timeoutMs, maxResponseBytes: this.opts.maxResponseBytes ?? 64 * 1024, resolver: this.opts.resolver },
      () => this.opts.clock.now(),
    );
    const now = this.now;
    const retryAfter = res.status === 429 || res.status === 503 ? parseRetryAfter(res.headers['retry-after'], now) : null;
    const outcome = outcomeOf(this.opts.retry ?? DEFAULT_RETRY_POLICY, d.tries + 1, res.status, retryAfter, now, this.opts.random ?? Math.random);
    let next: DeliveryNext;
    switch (outcome.kind) {
      case 'delivered':
        next = { status: 'succeeded' };
        break;
      case 'retry':
        next = { status: 'pending', nextAttemptAt: outcome.at };
        break;
      case 'dead':
        next = { status: 'dead', reason: outcome.reason };
        break;
      case 'gone':
        next = { status: 'dead', reason: 'the receiver answered 410 Gone', disableSubscription: `the receiver answered 410 Gone to delivery ${d.id}` };
        break;
    }
    const error = res.error ?? (outcome.kind === 'delivered' ? null : `HTTP ${res.status}`);
    await recordAttempt(this.db, d, this.workerId, { startedAt, durationMs: res.durationMs, statusCode: res.status, error, responseSnippet: res.body ? res.body.slice(0, SNIPPET_CHARS) : null, address: res.address }, next, now);
    if (outcome.kind !== 'delivered') this.opts.log?.(`webhook ${d.subscriptionId} delivery ${d.id}: ${error}${next.status === 'dead' ? ' (dead-lettered)' : ''}`);
    return next;
  }

  /** Rounds every `pollMs` until stopped; `notify()` starts one at once. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.halting = false;
    this.loop = (async () => {
      while (!this.stopped) {
        try {
          await this.runOnce();
        } catch (e) {
          this.opts.log?.(`webhooks: ${e instanceof Error ? e.message : String(e)}`);
        }
        if (this.stopped) break;
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          this.timer = setTimeout(resolve, this.opts.pollMs ?? 1000);
        });
        if (this.timer) clearTimeout(this.timer);
        this.wake = null;
      }
    })();
  }

  notify(): void {
    this.wake?.();
  }

  /** Stops polling and waits for the round in flight (its attempts are recorded). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.halting = true;
    this.notify();
    await this.loop;
    this.loop = null;
  }
}
