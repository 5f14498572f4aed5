/**
 * The /webhooks API over a real server: the secret is answered once, bad input is a 400 naming
 * the field, admins only, the delivery log and both replays, rotation, and the 409 when the
 * server has no QUORUM_SECRET_KEY. Deliveries go to a real local receiver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { SecretBox } from '../../store/secrets.ts';
import { WebhookDispatcher } from '../../engine/webhooks/dispatcher.ts';
import { writeEvents } from '../../engine/events.ts';
import { startReceiver, verifiedBy, type Receiver } from '../../engine/webhooks/test-receiver.ts';

interface Hook {
  id: string;
  url: string;
  eventTypes: string[];
  enabled: boolean;
  version: number;
  secret?: string;
  previousSecretExpiresAt: string | null;
}
interface Delivery {
  id: string;
  status: string;
  tries: number;
  attempts: number;
  lastStatusCode: number | null;
}

describe('webhooks API', () => {
  let app: TestApp;
  let receiver: Receiver;
  let dispatcher: WebhookDispatcher;
  const box = new SecretBox(randomBytes(32));
  const policy = { allowPrivate: false, allowCidrs: ['127.0.0.0/8'] };

  beforeAll(async () => {
    receiver = await startReceiver();
    app = await createTestApp({ webhooks: { secrets: box, addressPolicy: policy } });
    dispatcher = new WebhookDispatcher({ database: app.db, clock: app.clock, secrets: box, addressPolicy: policy, retry: { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 10_000 }, random: () => 0 });
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });

  it('creates a subscription answering its secret once, never again', async () => {
    const res = await app.call<Hook>('POST', '/webhooks', { url: receiver.url, eventTypes: ['buying_group.status_changed'], description: 'CRM sync' });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^whsec_/);
    const got = await app.call<Hook>('GET', `/webhooks/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty('secret');
    const list = await app.call<{ data: Hook[]; eventTypes: string[] }>('GET', '/webhooks');
    expect(list.body.data.map((h) => h.id)).toEqual([res.body.id]);
    expect(JSON.stringify(list.body)).not.toContain(res.body.secret);
    expect(list.body.eventTypes).toContain('buying_group.member_added');
    // The database holds it sealed only.
    const row = await app.db.db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(res.body.secret!.slice(6));
    await app.call('DELETE', `/webhooks/${res.body.id}`);
  });

  it('answers bad input with a 400 naming the field, and refuses non-admins', async () => {
    expectProblem(await app.call('POST', '/webhooks', { url: 'ftp://example.com/x', eventTypes: ['buying_group.created'] }), 400, 'validation_failed');
    const unknown = expectProblem(await app.call('POST', '/webhooks', { url: 'https://example.com/x', eventTypes: ['group.exploded'] }), 400, 'validation_failed');
    expect(unknown.errors?.[0]?.field).toBe('/eventTypes/0');
    const empty = expectProblem(await app.call('POST', '/webhooks', { url: 'https://example.com/x', eventTypes: [] }), 400, 'validation_failed');
    expect(empty.errors?.[0]?.field).toBe('/eventTypes');
    const meta = expectProblem(await app.call('POST', '/webhooks', { url: 'http://169.254.169.254/latest', eventTypes: ['buying_group.created'] }), 400, 'validation_failed');
    expect(meta.errors?.[0]).toMatchObject({ field: '/url' });
    expect(meta.detail).toContain('link-local (cloud metadata)');
    const si = expectProblem(await app.call('POST', '/webhooks', { url: 'https://example.com/x', eventTypes: ['buying_group.created'], solutionInterestId: 'si_nope' }), 400, 'validation_failed');
    expect(si.errors?.[0]?.field).toBe('/solutionInterestId');
    expectProblem(await app.call('POST', '/webhooks', { url: 'https://example.com/x', eventTypes: ['buying_group.created'] }, { as: 'editor' }), 403, 'forbidden');
    expectProblem(await app.call('GET', '/webhooks', undefined, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await app.call('GET', '/webhooks/wh_missing'), 404, 'not_found');
  });

  it('shows the delivery log, replays one delivery and a range, rotates the secret, disables and enables', async () => {
    const created = (await app.call<Hook>('POST', '/webhooks', { url: receiver.url, eventTypes: ['buying_group.status_changed'] })).body;
    await writeEvents(app.db.db, [{ accountId: 'acc_1', buyingGroupId: 'bg_1', event: { type: 'status_changed', from: null, to: 'hot' } }, { accountId: 'acc_1', buyingGroupId: 'bg_1', event: { type: 'stage_changed', from: null, to: 'x' } }], app.clock.now());
    receiver.respond = () => ({ status: 500, body: 'down' });
    await dispatcher.runOnce();
    app.clock.advance(1000);
    await dispatcher.runOnce();
    const dead = (await app.call<{ data: Delivery[] }>('GET', `/webhooks/${created.id}/deliveries?status=dead`)).body.data;
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ status: 'dead', tries: 2, lastStatusCode: 500 });
    const detail = await app.call<{ attemptLog: { statusCode: number; responseSnippet: string }[]; body: string }>('GET', `/webhooks/${created.id}/deliveries/${dead[0]!.id}`);
    expect(detail.body.attemptLog.map((a) => [a.statusCode, a.responseSnippet])).toEqual([
      [500, 'down'],
      [500, 'down'],
    ]);
    expect(JSON.parse(detail.body.body)).toMatchObject({ type: 'buying_group.status_changed', data: { to: 'hot', buyingGroupId: 'bg_1' } });

    receiver.respond = () => ({ status: 200 });
    const one = await app.call<{ queued: number }>('POST', `/webhooks/${created.id}/deliveries/${dead[0]!.id}/replay`);
    expect(one).toMatchObject({ status: 202, body: { queued: 1 } });
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    expect(verifiedBy(created.secret!, receiver.received.at(-1)!)).toBe(true);
    const range = await app.call<{ queued: number }>('POST', `/webhooks/${created.id}/replay`, { statuses: ['succeeded'], from: new Date(app.clock.now() - 60_000).toISOString() });
    expect(range.body.queued).toBe(1);
    expectProblem(await app.call('POST', `/webhooks/${created.id}/replay`, { from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' }), 400, 'validation_failed');

    const rotated = await app.call<Hook>('POST', `/webhooks/${created.id}/rotate-secret`, { graceHours: 1 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(created.secret);
    expect(rotated.body.previousSecretExpiresAt).toBe(new Date(app.clock.now() + 3_600_000).toISOString());
    await dispatcher.runOnce();
    const last = receiver.received.at(-1)!;
    expect(verifiedBy(rotated.body.secret!, last) && verifiedBy(created.secret!, last)).toBe(true);

    const off = await app.call<Hook>('PATCH', `/webhooks/${created.id}`, { enabled: false }, { headers: { 'if-match': `"${rotated.body.version}"` } });
    expect(off.body.enabled).toBe(false);
    expectProblem(await app.call('PATCH', `/webhooks/${created.id}`, { enabled: true }, { headers: { 'if-match': `"${rotated.body.version}"` } }), 412, 'precondition_failed');
    expect((await app.call('DELETE', `/webhooks/${created.id}`)).status).toBe(204);
    expectProblem(await app.call('GET', `/webhooks/${created.id}/deliveries`), 404, 'not_found');
  });

  it('says that QUORUM_SECRET_KEY is needed when the server has none', async () => {
    const bare = await createTestApp({ webhooks: { secrets: null, addressPolicy: policy } });
    try {
      const res = expectProblem(await bare.call('POST', '/webhooks', { url: 'https://example.com/x', eventTypes: ['buying_group.created'] }), 409, 'invalid_state');
      expect(res.detail).toContain('QUORUM_SECRET_KEY');
    } finally {
      await bare.close();
    }
  });
});
