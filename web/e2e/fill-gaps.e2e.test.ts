/**
 * Fill gaps from Browse in a real browser (issue 11), on the demo data with a local ZoomInfo
 * (the mock server of the documented contract): the modal previews the derived search and the
 * credit cost, runs on confirmation, follows the job to the end and lists what happened to each
 * contact; the new person's page shows their provenance.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';
import { MockZoomInfo, mockContact } from '../../src/integrations/zoominfo/mock-server.testdata.ts';

interface Group {
  id: string;
  accountId: string;
  accountName: string;
  solutionInterestId: string;
  name: string;
}
interface Preview {
  searches: { accountName: string; roleName: string; query: { companyWebsite: string | null; companyName: string | null; jobTitles: string[]; managementLevels: string[]; departments: string[] } }[];
  estimate: { atMost: number };
}

describe('web app: fill gaps from Browse', () => {
  let server: WebServer;
  let b: BrowserSession;
  const zi = new MockZoomInfo();
  const previousKey = process.env.QUORUM_SECRET_KEY;
  let group: Group;
  let preview: Preview;

  beforeAll(async () => {
    process.env.QUORUM_SECRET_KEY = randomBytes(32).toString('base64');
    const base = await zi.start();
    zi.addClient('web-id', 'web-secret');
    server = await startWebServer();
    await server.createUser('ada@example.com', 'admin');
    const put = await server.api('PUT', '/enrichment-providers/zoominfo', { credentials: { clientId: 'web-id', clientSecret: 'web-secret' }, settings: { apiBaseUrl: base, tokenUrl: `${base}/oauth/v1/token`, monthlyBudget: 100, defaultRunBudget: 10, contactsPerRole: 3, consent: { unknownCountry: 'refuse' } } });
    expect(put.status).toBe(200);
    group = (await server.api<{ data: Group[] }>('GET', '/buying-groups?hasMissingRoles=true&limit=1')).body.data[0]!;
    // A contact at that account fitting the derived search of its first missing role.
    const dry = await server.api<Preview>('POST', '/fill-gaps', { solutionInterestId: group.solutionInterestId, filter: { q: group.accountName }, dryRun: true });
    preview = dry.body;
    const q = preview.searches[0]!.query;
    zi.contacts.push(
      mockContact(31, q.jobTitles[0] ? `Head of ${q.jobTitles[0]}` : 'Chief Executive Officer', q.managementLevels[0] ?? 'C Level Exec', 'United States', { companyName: q.companyName ?? group.accountName, companyWebsite: q.companyWebsite ?? '', department: q.departments[0] ?? 'C-Suite', email: 'new.contact@zoominfo-mock.example' }),
    );
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 180_000);
  afterAll(async () => {
    process.env.QUORUM_SECRET_KEY = previousKey;
    await b?.close();
    await server?.close();
    await zi.stop();
  });

  it('previews the searches and the cost, runs on confirmation, shows the results and the provenance', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/browse?solutionInterestId=${group.solutionInterestId}&q=${encodeURIComponent(group.accountName)}`);
    await page.getByRole('button', { name: 'Fill gaps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fill gaps from ZoomInfo' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Preview searches and cost' }).click();
    const searches = dialog.getByTestId('fill-gaps-searches');
    await searches.waitFor();
    expect(await searches.locator('tbody tr').count()).toBe(preview.searches.length);
    expect(await searches.locator('tbody tr').first().innerText()).toContain(preview.searches[0]!.roleName);
    expect(await dialog.getByTestId('fill-gaps-estimate').innerText()).toMatch(new RegExp(`At most ${preview.estimate.atMost} credit`));
    expect(zi.count(/enrich$/)).toBe(0);
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/fill-gaps-preview.png' });

    await dialog.getByRole('button', { name: /^Run: spend at most \d+ credit/ }).click();
    await dialog.getByTestId('fill-gaps-status').filter({ hasText: /^Done/ }).waitFor({ timeout: 30_000 });
    const results = dialog.getByTestId('fill-gaps-results');
    await results.waitFor();
    expect(await results.innerText()).toContain('new.contact@zoominfo-mock.example');
    await page.screenshot({ path: '/tmp/fill-gaps-results.png' });
    expect(zi.creditsCharged).toBe(1);

    await results.getByRole('link', { name: 'new.contact@zoominfo-mock.example' }).click();
    await expect.poll(async () => page.getByTestId('provenance').innerText()).toMatch(/^ZoomInfo\s*31\s*fetched/);
    await page.screenshot({ path: '/tmp/fill-gaps-person.png' });
    expect(b.problems).toEqual([]);
  }, 120_000);
});
