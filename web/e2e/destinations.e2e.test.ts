/**
 * LinkedIn in a real browser against a real local LinkedIn (the mock server implementing the
 * documented contract): an admin connects an ad account (tokens never shown back), activates a
 * Browse filter, syncs now and watches the job's progress finish and the history row appear with
 * LinkedIn's counts; then LinkedIn refuses the tokens (401, refresh refused) and the page says
 * consent must be renewed.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';
import { SecretBox } from '../../src/store/secrets.ts';
import { MockLinkedIn, mockLinkedInConfig, noWaitRuntime } from '../../src/integrations/linkedin/mock-server.testdata.ts';
import type { LinkedInSettings } from '../../src/engine/linkedin/sync.ts';

interface Sync {
  id: string;
  status: string;
  companiesAdded: number;
  contactsAdded: number;
}

describe('web app: LinkedIn destinations and activations', () => {
  let server: WebServer;
  let b: BrowserSession;
  const li = new MockLinkedIn(() => Date.now());
  let tokens: { accessToken: string; refreshToken: string };

  beforeAll(async () => {
    const base = await li.start();
    // The destination's LinkedIn is the mock (as the API tests configure it); retries do not wait.
    const linkedin: LinkedInSettings = {
      config: mockLinkedInConfig(base, { batchSize: 10 }),
      secrets: new SecretBox(randomBytes(32)),
      runtime: noWaitRuntime(),
    };
    server = await startWebServer({ accounts: 20, people: 300, linkedin });
    await server.createUser('ada@example.com', 'admin');
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
    tokens = li.issueTokens();
  }, 120_000);
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await b.page.screenshot({ path: `/tmp/lw-fail-${ctx.task.name.slice(0, 12).replace(/\W/g, '_')}.png` });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    await li.stop();
  });

  it('connects a destination: validation shown by the field, tokens sealed and never shown back', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/destinations`);
    await page.getByText('No LinkedIn destinations yet').waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New destination' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme ads');
    await dialog.getByRole('textbox', { name: 'Ad account id' }).fill('urn:li:sponsoredAccount:1');
    await dialog.getByLabel('Access token', { exact: true }).fill(tokens.accessToken);
    await dialog.getByLabel('Refresh token', { exact: true }).fill(tokens.refreshToken);
    await dialog.getByRole('button', { name: 'Create and connect' }).click();
    await dialog.getByText('must be the numeric LinkedIn ad account id').waitFor();
    // The refused request is the only problem (the browser logs it too).
    expect(b.problems.splice(0)).toEqual([expect.stringMatching(/^400 POST .*\/api\/v1\/destinations$/), expect.stringContaining('status of 400')]);
    await dialog.getByRole('textbox', { name: 'Ad account id' }).fill('123456');
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create and connect' }).click();
    const row = page.getByTestId('destination-row').filter({ hasText: 'Acme ads' });
    await row.getByTestId('destination-status').filter({ hasText: 'Connected' }).waitFor();
    expect(await page.content()).not.toContain(tokens.accessToken);
    const listed = await server.api<{ data: { state: string }[] }>('GET', '/destinations');
    expect(listed.body.data.map((d) => d.state)).toEqual(['connected']);
    expect(JSON.stringify(listed.body)).not.toContain(tokens.refreshToken);
    expect(b.problems).toEqual([]);
  });

  it('activates a Browse filter, syncs now with live progress, and shows the history row with LinkedIn’s counts', async () => {
    const { page } = b;
    const si = (await server.api<{ data: { id: string; name: string }[] }>('GET', '/solution-interests?limit=5')).body.data[0]!;
    await page.goto(`${server.baseUrl}/buying-groups/browse?solutionInterestId=${si.id}&active=true`);
    await page.getByTestId('browse-range').waitFor();
    await page.getByRole('button', { name: 'Activate to LinkedIn' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('activation-filter-words').getByText(`Solution interest: ${si.name}`).waitFor();
    await dialog.getByText('Active groups only').waitFor();
    await dialog.getByRole('textbox', { name: 'Destination' }).click();
    await page.getByRole('option', { name: /Acme ads/ }).click();
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Security gaps');
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create activation' }).click();
    await page.waitForURL(/\/activations\/atv_/);
    const atv = page.url().split('/activations/')[1]!;
    // The activation stores exactly Browse's filter.
    const stored = await server.api<{ filter: Record<string, unknown> }>('GET', `/activations/${atv}`);
    expect(stored.body.filter).toEqual({ solutionInterestId: [si.id], active: true });
    await page.getByText('Not synced yet').waitFor();

    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.locator('[data-testid="sync-progress"][data-status="succeeded"]').waitFor();
    await page.getByText(/\d+ \/ \d+ batches/).waitFor();
    const history = (await server.api<{ data: Sync[] }>('GET', `/activations/${atv}/syncs`)).body.data;
    expect(history).toHaveLength(1);
    const run = history[0]!;
    expect(run.status).toBe('succeeded');
    expect(run.companiesAdded).toBeGreaterThan(0);
    // What the row says is what LinkedIn received.
    const a = await server.api<{ companies: { segmentId: string }; contacts: { segmentId: string } }>('GET', `/activations/${atv}`);
    expect(li.segments.get(a.body.companies.segmentId)!.members.size).toBe(run.companiesAdded);
    expect(li.segments.get(a.body.contacts.segmentId)!.members.size).toBe(run.contactsAdded);
    const row = page.getByTestId('sync-row').first();
    await row.getByTestId('sync-companies').filter({ hasText: `+${run.companiesAdded} −0` }).waitFor();
    await row.getByTestId('sync-contacts').filter({ hasText: `+${run.contactsAdded} −0` }).waitFor();
    // A demo's contact list is far below LinkedIn's 300 matched members: said clearly.
    await page.getByTestId('limit-warning').filter({ hasText: /LinkedIn serves a contact list from 300 matched members/ }).waitFor();
    expect(await a11yViolations(page)).toEqual([]);

    // The filter stays editable: the change is stored (and shown in words) for the next sync.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog');
    await edit.getByRole('textbox', { name: 'Completeness below' }).fill('80');
    expect(await a11yViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('activation-filter').getByText('Completeness < 80').waitFor();
    expect((await server.api<{ filter: Record<string, unknown> }>('GET', `/activations/${atv}`)).body.filter).toEqual({ solutionInterestId: [si.id], active: true, completenessBelow: 80 });
    expect(b.problems).toEqual([]);
  });

  it('LinkedIn keeps answering 429: retried, then the run fails with LinkedIn’s answer; the next sync recovers', async () => {
    const { page } = b;
    const limited = li.requests.length;
    // Three tries (the configured maximum) of reading a segment's status, all rate-limited.
    li.failNext(/^GET \/rest\/dmpSegments\/\d+$/, 429, { headers: { 'retry-after': '0' }, times: 3 });
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByTestId('sync-error').filter({ hasText: /LinkedIn answered 429/ }).waitFor();
    expect(li.requests.slice(limited).filter((r) => r.status === 429)).toHaveLength(3);
    await page.locator('[data-testid="sync-row"][data-status="failed"]').first().waitFor();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.locator('[data-testid="sync-progress"][data-status="succeeded"]').waitFor();
    await page.locator('[data-testid="sync-row"]').first().and(page.locator('[data-status="succeeded"]')).waitFor();
    expect(b.problems).toEqual([]);
  });

  it('LinkedIn refuses the tokens (401, then the refresh): the sync fails with a clear message and the destination asks for consent', async () => {
    const { page } = b;
    li.expireAccessToken(tokens.accessToken);
    li.revokeRefreshToken(tokens.refreshToken);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByTestId('sync-error').filter({ hasText: /consent/i }).waitFor();
    await page.locator('[data-testid="sync-row"][data-status="failed"]').first().waitFor();
    expect(li.requests.some((r) => r.status === 401)).toBe(true);
    await page.goto(`${server.baseUrl}/destinations`);
    await page.getByTestId('destination-status').filter({ hasText: 'Consent must be renewed' }).waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
