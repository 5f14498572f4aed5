/**
 * The Solution interests tab in a real browser: the list is the API's, create and edit through the
 * modal (API errors next to their field), a concurrent change is a clear conflict with a reload,
 * the follow switch saves, and a viewer sees no controls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface SolutionInterest {
  id: string;
  name: string;
  version: number;
  followMembershipChanges: boolean;
  description: string | null;
}

describe('web app: solution interests', () => {
  let server: WebServer;
  let b: BrowserSession;

  beforeAll(async () => {
    server = await startWebServer({ accounts: 30, people: 600 });
    await server.createUser('ada@example.com', 'admin');
    await server.createUser('vic@example.com', 'viewer');
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const list = async () => (await server.api<{ data: SolutionInterest[] }>('GET', '/solution-interests?limit=500')).body.data;

  it('lists the solution interests the API has, accessibly', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/solution-interests`);
    await page.getByTestId('si-row').first().waitFor();
    const names = await page.getByTestId('si-row').locator('td:first-child a').allInnerTexts();
    expect(names.sort()).toEqual((await list()).map((s) => s.name).sort());
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('creates one, shows an API error next to its field, and edits it', async () => {
    const { page } = b;
    const existing = (await list())[0];
    if (!existing) throw new Error('no solution interest');
    await page.getByRole('button', { name: 'New solution interest' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(existing.name.toUpperCase());
    await dialog.getByRole('textbox', { name: 'Roles template' }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Create' }).click();
    // Names are unique regardless of case: the API's message sits under the Name field.
    await dialog.getByText(/already exists|is taken|already/i).first().waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByLabel('Name').fill('Data Platform');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: 'Data Platform' }).waitFor();
    const created = (await list()).find((s) => s.name === 'Data Platform');
    expect(created).toBeTruthy();

    await page.getByRole('button', { name: 'Edit Data Platform' }).click();
    await page.getByRole('dialog').getByLabel('Description').fill('Lakehouse and pipelines');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect((await list()).find((s) => s.name === 'Data Platform')?.description).toBe('Lakehouse and pipelines');
    // The 409 of the duplicate name is the only failed request of this test (and the browser logs it).
    expect(b.problems.filter((p) => !/^409 POST .*\/solution-interests$|status of 409/.test(p))).toEqual([]);
    b.problems.length = 0;
  });

  it('says clearly when someone else saved first, and reloads', async () => {
    const { page } = b;
    await page.getByRole('button', { name: 'Edit Data Platform' }).click();
    const si = (await list()).find((s) => s.name === 'Data Platform');
    if (!si) throw new Error('missing');
    // Someone else changes it meanwhile.
    const other = await fetch(`${server.baseUrl}/api/v1/solution-interests/${si.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': `"${si.version}"` },
      body: JSON.stringify({ description: 'Changed elsewhere' }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('dialog').getByLabel('Description').fill('Mine');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByText('Someone else changed this since you opened it').waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    expect((await list()).find((s) => s.id === si.id)?.description).toBe('Changed elsewhere');
    expect(b.problems.filter((p) => !/^412 PATCH |status of 412/.test(p))).toEqual([]);
    b.problems.length = 0;
  });

  it('switches following membership changes', async () => {
    const { page } = b;
    const si = (await list()).find((s) => s.name === 'Data Platform');
    if (!si) throw new Error('missing');
    await page.getByRole('switch', { name: 'Data Platform follows membership changes' }).click({ force: true });
    await expect.poll(async () => (await list()).find((s) => s.id === si.id)?.followMembershipChanges).toBe(!si.followMembershipChanges);
    expect(b.problems).toEqual([]);
  });

  it('shows a viewer no create, edit or delete controls', async () => {
    const viewer = await openBrowser();
    try {
      await signIn(viewer.page, server.baseUrl, 'vic@example.com');
      await viewer.page.goto(`${server.baseUrl}/buying-groups/solution-interests`);
      await viewer.page.getByTestId('si-row').first().waitFor();
      expect(await viewer.page.getByRole('button', { name: 'New solution interest' }).count()).toBe(0);
      expect(await viewer.page.getByRole('button', { name: /^(Edit|Delete) / }).count()).toBe(0);
      expect(await viewer.page.getByRole('switch').first().isDisabled()).toBe(true);
      expect(viewer.problems).toEqual([]);
    } finally {
      await viewer.close();
    }
  });
});
