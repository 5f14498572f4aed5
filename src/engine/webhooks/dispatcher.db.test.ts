/**
 * Webhook delivery against a real local receiver that fails on purpose, on the engine in
 * QUORUM_TEST_ENGINE: signatures (verified independently), retries with backoff and Retry-After,
 * order per buying group, dead letters, replay, timeouts, redirects, the SSRF refusal, secret
 * rotation, a restart, and two dispatchers sharing the work.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { SecretBox } from '../../store/secrets.ts';
import { createWebhook, getDelivery, getWebhook, listDeliveries, replayDeliveries, rotateWebhookSecret, type Webhook } from '../../store/webhooks.ts';
import { createSolutionInterest } from '../../store/solution-interests.ts';
import { ManualClock } from '../../domain/clock.ts';
import { generateSecret, WEBHOOK_EVENT_TYPE_LIST, PUBLIC_ONLY } from '../../integrations/webhooks/index.ts';
import { writeEvents, type PendingEvent } from '../events.ts';
import { generateForAccounts, loadPlan } from '../generation/index.ts';
import { smallTenant, T0 } from '../test-fixtures.ts';
import { WebhookDispatcher, type DispatcherOptions } from './dispatcher.ts';
import { startReceiver, verifiedBy, type Receiver } from './test-receiver.ts';

const ALLOW_LOOPBACK = { allowPrivate: true, allowCidrs: [] };
const RETRY = { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };

describe('webhook delivery', () => {
  let t: TestDatabase;
  let box: SecretBox;
  let receiver: Receiver;
  let clock: ManualClock;

  beforeAll(async () => {
    t = await createTestDatabase();
    box = new SecretBox(randomBytes(32));
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.drop();
  });
  beforeEach(async () => {
    clock = new ManualClock(T0);
    receiver.received.length = 0;
    receiver.respond = () => ({ status: 204 });
  });
  afterEach(async () => {
    // Each test starts with no subscription: earlier ones would receive its events too.
    await t.db.deleteFrom('webhook_attempts').execute();
    await t.db.deleteFrom('webhook_deliveries').execute();
    await t.db.deleteFrom('webhook_subscriptions').execute();
  });

  const dispatcher = (o: Partial<DispatcherOptions> = {}) => new WebhookDispatcher({ database: t, clock, secrets: box, addressPolicy: ALLOW_LOOPBACK, retry: RETRY, random: () => 0.5, timeoutMs: 2000, ...o });
  const subscribe = async (o: Partial<{ url: string; eventTypes: string[]; solutionInterestId: string | null }> = {}): Promise<{ hook: Webhook; secret: string }> => {
    const secret = generateSecret();
    const hook = await createWebhook(t.db, box, SYSTEM_ACTOR, { url: o.url ?? receiver.url, description: null, eventTypes: o.eventTypes ?? [...WEBHOOK_EVENT_TYPE_LIST], solutionInterestId: o.solutionInterestId ?? null, enabled: true }, secret, clock.now());
    return { hook, secret };
  };
  let n = 0;
  const events = async (group: string, count: number): Promise<void> => {
    const list: PendingEvent[] = Array.from({ length: count }, () => ({ accountId: 'acc_x', buyingGroupId: group, event: { type: 'status_changed', from: null, to: `s${n++}` } }));
    await writeEvents(t.db, list, clock.now());
  };
  const seqsOf = (group: string) => receiver.received.filter((r) => r.json.data.buyingGroupId === group).map((r) => r.json.data.seq);

  it('signs every delivery verifiably, retries a 500 after the backoff and a 429 after its Retry-After, and keeps each group in order', async () => {
    const { hook, secret } = await subscribe();
    await events('bg_a', 3);
    await events('bg_b', 1);
    const firstOfA = new Set<string>();
    let bFailed = false;
    receiver.respond = (r) => {
      if (r.json.data.buyingGroupId === 'bg_a' && !firstOfA.has(r.json.data.eventId)) {
        firstOfA.add(r.json.data.eventId);
        return r.json.data.seq === Math.min(...seqsOf('bg_a')) ? { status: 500, body: 'boom' } : { status: 200 };
      }
      if (r.json.data.buyingGroupId === 'bg_b' && !bFailed) {
        bFailed = true;
        return { status: 429, headers: { 'retry-after': '30' } };
      }
      return { status: 200, body: 'ok' };
    };
    const d = dispatcher();
    const round1 = await d.runOnce();
    expect(round1).toMatchObject({ queued: 4, attempted: 2, failed: 2, delivered: 0 });
    // bg_a's later events wait behind its failed first one.
    expect(seqsOf('bg_a')).toHaveLength(1);
    for (const r of receiver.received) {
      expect(verifiedBy(secret, r)).toBe(true);
      expect(r.headers['webhook-timestamp']).toBe(String(Math.floor(T0 / 1000)));
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.json.type).toBe('buying_group.status_changed');
    }
    expect(verifiedBy(generateSecret(), receiver.received[0]!)).toBe(false);

    // Not due yet: the backoff (1000 ms, jitter 0.5 → 750 ms) has not passed.
    clock.advance(500);
    expect((await d.runOnce()).attempted).toBe(0);
    clock.advance(250);
    const round2 = await d.runOnce();
    expect(round2).toMatchObject({ attempted: 3, delivered: 3 });
    const a = seqsOf('bg_a');
    expect(a).toEqual([a[0], a[0], a[0]! + 1, a[0]! + 2]);
    // bg_b waits for its Retry-After (30 s), longer than the backoff.
    expect(seqsOf('bg_b')).toHaveLength(1);
    clock.advance(29_000);
    expect((await d.runOnce()).attempted).toBe(0);
    clock.advance(1000);
    expect((await d.runOnce()).delivered).toBe(1);

    // A retry keeps its webhook-id (the receiver's idempotency key) and is signed at its own time.
    const [first, retry] = receiver.received.filter((r) => r.json.data.seq === a[0]);
    expect(retry!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    const [bFirst, bRetry] = receiver.received.filter((r) => r.json.data.buyingGroupId === 'bg_b');
    expect(bRetry!.headers['webhook-id']).toBe(bFirst!.headers['webhook-id']);
    expect(Number(bRetry!.headers['webhook-timestamp']) - Number(bFirst!.headers['webhook-timestamp'])).toBe(30);
    expect(verifiedBy(secret, bRetry!)).toBe(true);
    // The delivery log.
    const all = await listDeliveries(t.db, hook.id, { limit: 10 });
    expect(all.map((x) => x.status)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    const log = await getDelivery(t.db, hook.id, String(first!.headers['webhook-id']));
    expect(log.attempts.map((x) => [x.attempt, x.statusCode, x.error, x.responseSnippet])).toEqual([
      [1, 500, 'HTTP 500', 'boom'],
      [2, 200, null, 'ok'],
    ]);
    expect(log.attempts[0]!.address).toBe('127.0.0.1');
  });

  it('dead-letters after the last try, then sends the group’s next event; replays one delivery and a range', async () => {
    const { hook } = await subscribe();
    await events('bg_dead', 2);
    let healthy = false;
    receiver.respond = (r) => (healthy || r.json.data.seq !== Math.min(...seqsOf('bg_dead')) ? { status: 200 } : { status: 503 });
    const d = dispatcher();
    await d.runOnce();
    clock.advance(1000);
    await d.runOnce();
    clock.advance(2000);
    const last = await d.runOnce();
    // Third failure: dead; the next event of the group goes out in the same round.
    expect(last).toMatchObject({ dead: 1, delivered: 1 });
    const seqs = seqsOf('bg_dead');
    expect(seqs).toEqual([seqs[0], seqs[0], seqs[0], seqs[0]! + 1]);
    const [dead] = await listDeliveries(t.db, hook.id, { status: 'dead', limit: 10 });
    expect(dead).toMatchObject({ tries: 3, attempts: 3, lastStatusCode: 503 });
    expect(dead!.lastError).toContain('failed 3 times');

    healthy = true;
    expect(await replayDeliveries(t.db, SYSTEM_ACTOR, hook.id, { statuses: [], ids: [dead!.id] }, clock.now())).toBe(1);
    expect(await d.runOnce()).toMatchObject({ attempted: 1, delivered: 1 });
    const replayed = (await getDelivery(t.db, hook.id, dead!.id)).delivery;
    expect(replayed).toMatchObject({ status: 'succeeded', tries: 1, attempts: 4 });
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(dead!.id);

    // A range: everything that succeeded, again.
    expect(await replayDeliveries(t.db, SYSTEM_ACTOR, hook.id, { statuses: ['succeeded'], from: T0, to: clock.now() }, clock.now())).toBe(2);
    expect((await d.runOnce()).delivered).toBe(2);
    await expect(replayDeliveries(t.db, SYSTEM_ACTOR, hook.id, { statuses: [], ids: ['msg_missing'] }, clock.now())).rejects.toThrow(/does not exist/);
  });

  it('fails an attempt that times out, follows no redirect, reads at most the size limit, and disables the subscription on 410', async () => {
    const { hook } = await subscribe();
    await events('bg_slow', 1);
    await events('bg_redirect', 1);
    await events('bg_big', 1);
    receiver.respond = (r) => {
      switch (r.json.data.buyingGroupId) {
        case 'bg_slow':
          return { status: 200, delayMs: 1500 };
        case 'bg_redirect':
          return { status: 302, headers: { location: `${receiver.url}/elsewhere` } };
        default:
          return { status: 200, body: 'x'.repeat(100_000) };
      }
    };
    await dispatcher({ timeoutMs: 300, maxResponseBytes: 2048 }).runOnce();
    const byGroup = new Map((await listDeliveries(t.db, hook.id, { limit: 10 })).map((x) => [x.buyingGroupId, x]));
    expect(byGroup.get('bg_slow')).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'no answer within 300 ms' });
    expect(byGroup.get('bg_redirect')).toMatchObject({ status: 'pending', lastStatusCode: 302, lastError: 'HTTP 302' });
    expect(receiver.received.filter((r) => r.json.data.buyingGroupId === 'bg_redirect')).toHaveLength(1);
    expect(byGroup.get('bg_big')).toMatchObject({ status: 'succeeded', lastError: 'answer larger than 2048 bytes; stopped reading' });
    const bigLog = await getDelivery(t.db, hook.id, byGroup.get('bg_big')!.id);
    expect(bigLog.attempts[0]!.responseSnippet).toHaveLength(1024);

    receiver.respond = () => ({ status: 410 });
    clock.advance(60_000);
    await dispatcher().runOnce();
    const after = await getWebhook(t.db, hook.id);
    expect(after.enabled).toBe(false);
    expect(after.disabledReason).toContain('410 Gone');
  });

  it('refuses a loopback receiver unless configuration allows it (the name is resolved and every address checked)', async () => {
    const { hook } = await subscribe({ url: `http://localhost:${receiver.port}/hooks` });
    await events('bg_ssrf', 1);
    await dispatcher({ addressPolicy: PUBLIC_ONLY }).runOnce();
    const [d] = await listDeliveries(t.db, hook.id, { limit: 1 });
    expect(d!.lastError).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1) is a loopback address/);
    expect(receiver.received).toHaveLength(0);
    // A resolver answering a public and a private address: refused as well (every address counts).
    await dispatcher({ addressPolicy: PUBLIC_ONLY, resolver: async () => [{ address: '93.184.215.14', family: 4 }, { address: '10.0.0.5', family: 4 }] }).attempt(d!);
    expect((await getDelivery(t.db, hook.id, d!.id)).attempts[1]!.error).toContain('10.0.0.5 is a private address');
    // Allowed by a CIDR: delivered.
    clock.advance(60_000);
    await dispatcher({ addressPolicy: { allowPrivate: false, allowCidrs: ['127.0.0.0/8', '::1/128'] } }).runOnce();
    expect(receiver.received).toHaveLength(1);
  });

  it('signs with both secrets during a rotation’s grace period, then with the new one only', async () => {
    const { hook, secret: old } = await subscribe();
    const fresh = generateSecret();
    await rotateWebhookSecret(t.db, box, SYSTEM_ACTOR, hook.id, fresh, 60 * 60_000, clock.now());
    await events('bg_rot', 1);
    await dispatcher().runOnce();
    const during = receiver.received[0]!;
    expect(String(during.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifiedBy(fresh, during) && verifiedBy(old, during)).toBe(true);
    clock.advance(60 * 60_000 + 1);
    await events('bg_rot', 1);
    await dispatcher().runOnce();
    const after = receiver.received[1]!;
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifiedBy(fresh, after)).toBe(true);
    expect(verifiedBy(old, after)).toBe(false);
  });

  it('resumes after a restart from the database alone: a new dispatcher sends what the old one left pending', async () => {
    await subscribe();
    await events('bg_restart', 2);
    receiver.respond = (_r, nth) => (nth === 1 ? { status: 500 } : { status: 200 });
    const before = dispatcher();
    await before.runOnce();
    clock.advance(5000);
    // A different process: a fresh dispatcher (no memory of the first) over the same database.
    expect(await dispatcher().runOnce()).toMatchObject({ queued: 0, delivered: 2 });
    const s = seqsOf('bg_restart');
    expect(s).toEqual([s[0], s[0], s[0]! + 1]);
  });

  it('shares the work between dispatchers running at once: each event delivered once, every group in order', async () => {
    await subscribe();
    const groups = Array.from({ length: 12 }, (_, i) => `bg_par_${i}`);
    for (let round = 0; round < 4; round++) for (const g of groups) await events(g, 1);
    receiver.respond = () => ({ status: 200, delayMs: 5 });
    const [a, b] = await Promise.all([dispatcher({ concurrency: 3 }).runOnce(), dispatcher({ concurrency: 3 }).runOnce()]);
    expect(a.delivered + b.delivered).toBe(48);
    expect(a.queued + b.queued).toBe(48);
    const ids = receiver.received.map((r) => r.headers['webhook-id']);
    expect(new Set(ids).size).toBe(48);
    for (const g of groups) {
      const s = seqsOf(g);
      expect(s).toEqual([...s].sort((x, y) => x - y));
      expect(s).toHaveLength(4);
    }
  });

  it('delivers only the subscribed event types and the chosen solution interest’s groups', async () => {
    const tenant = await smallTenant(t.db);
    const other = await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Other', description: null, products: [], templateId: tenant.templateId, stageModelId: null, followMembershipChanges: true }, T0);
    const mine = await subscribe({ eventTypes: ['buying_group.created'], solutionInterestId: tenant.solutionInterestId });
    const theirs = await subscribe({ solutionInterestId: other.id });
    const statusOnly = await subscribe({ eventTypes: ['buying_group.status_changed'] });
    const plan = await loadPlan(t.db, t.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    await t.db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), clock.now()));
    await events('bg_other', 1);
    await dispatcher().runOnce();
    const to = async (h: Webhook) => (await listDeliveries(t.db, h.id, { limit: 10 })).map((x) => x.type);
    expect(await to(mine.hook)).toEqual(['buying_group.created', 'buying_group.created']);
    expect(await to(theirs.hook)).toEqual([]);
    expect(await to(statusOnly.hook)).toEqual(['buying_group.status_changed']);
    const created = receiver.received.find((r) => r.json.type === 'buying_group.created')!;
    expect(created.json.data).toMatchObject({ solutionInterestId: tenant.solutionInterestId, source: 'rule' });
    expect(Array.isArray(created.json.data.members)).toBe(true);
  });
});
