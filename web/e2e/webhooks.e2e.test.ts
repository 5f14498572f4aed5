/**
 * The Webhooks settings page in a real browser: an admin creates a subscription (the secret is
 * shown once and verifies what the receiver gets), sees a dead delivery in the log, replays it,
 * disables the subscription and rotates its secret. Deliveries go to a real local receiver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';
import { SecretBox } from '../../src/store/secrets.ts';
import { WebhookDispatcher } from '../../src/engine/webhooks/dispatcher.ts';
import { writeEvents } from '../../src/engine/events.ts';
import { systemClock } from '../../src/domain/clock.ts';
import { startReceiver, verifiedBy, type Receiver } from '../../src/engine/webhooks/test-receiver.ts';

describe('web app: webhooks', () => {
  let server: WebServer;
  let b: BrowserSession;
  let receiver: Receiver;
  let dispatcher: WebhookDispatcher;
  const box = new SecretBox(randomBytes(32));
  const addressPolicy = { allowPrivate: false, allowCidrs: ['127.0.0.0/8'] };

  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startWebServer({ accounts: 5, people: 50, webhooks: { secrets: box, addressPolicy } });
    dispatcher = new WebhookDispatcher({ database: server.db, clock: systemClock, secrets: box, addressPolicy, retry: { maxAttempts: 1, baseDelayMs: 1000, maxDelayMs: 1000 } });
    await server.createUser('ada@example.com', 'admin');
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
    await receiver?.close();
  });

  it('creates a webhook showing its secret once, shows a dead delivery, replays it, disables and rotates', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/webhooks`);
    await page.getByText('No webhooks yet').waitFor();
    await page.getByRole('button', { name: 'New webhook' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('URL').fill('http://169.254.169.254/latest');
    await dialog.getByLabel('buying_group.status_changed').check();
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText(/link-local \(cloud metadata\)/).waitFor();
    await dialog.getByLabel('URL').fill(receiver.url);
    await dialog.getByRole('button', { name: 'Create' }).click();
    const secret = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByTestId('webhook-row').filter({ hasText: receiver.url }).waitFor();
    const hooks = (await server.api<{ data: { id: string; enabled: boolean }[] }>('GET', '/webhooks')).body.data;
    expect(hooks).toHaveLength(1);
    expect(JSON.stringify(hooks)).not.toContain(secret);

    // An event the receiver refuses: dead after the one try this server allows.
    receiver.respond = () => ({ status: 500, body: 'nope' });
    await writeEvents(server.db.db, [{ accountId: 'acc_1', buyingGroupId: 'bg_1', event: { type: 'status_changed', from: null, to: 'hot' } }], Date.now());
    expect(await dispatcher.runOnce()).toMatchObject({ dead: 1 });
    await page.getByRole('button', { name: `Deliveries of ${receiver.url}` }).click();
    const row = page.getByTestId('delivery-row');
    await row.filter({ hasText: 'dead' }).waitFor();
    await row.getByText('HTTP 500').waitFor();
    expect(await a11yViolations(page)).toEqual([]);

    receiver.respond = () => ({ status: 200 });
    await row.getByRole('button', { name: /^Replay msg_/ }).click();
    await page.getByText('1 delivery queued again').waitFor();
    expect(await dispatcher.runOnce()).toMatchObject({ delivered: 1 });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await row.filter({ hasText: 'succeeded' }).waitFor();
    expect(verifiedBy(secret, receiver.received.at(-1)!)).toBe(true);

    await page.getByRole('switch', { name: `Enabled: ${receiver.url}` }).click({ force: true });
    await expect.poll(async () => (await server.api<{ data: { enabled: boolean }[] }>('GET', '/webhooks')).body.data[0]?.enabled).toBe(false);

    await page.getByRole('button', { name: `Rotate secret of ${receiver.url}` }).click();
    const rotated = (await page.getByTestId('webhook-secret').innerText()).trim();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(b.problems.filter((p) => !/^400 POST .*\/webhooks$|status of 400/.test(p))).toEqual([]);
  });
});
