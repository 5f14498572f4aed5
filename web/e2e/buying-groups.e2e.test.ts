/**
 * The Buying groups area in a real browser: sign in, find the gaps in Browse (the same groups the
 * API returns for the same filter, a URL that reloads to the same view), open a group and read why
 * a member holds their role, run the creation wizard to 100%, and a viewer who sees no edit
 * controls and whose write is refused anyway.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface Page<T> {
  data: T[];
}
interface Group {
  id: string;
  name: string;
}

describe('web app: buying groups', () => {
  let server: WebServer;
  let b: BrowserSession;

  beforeAll(async () => {
    server = await startWebServer();
    await server.createUser('ada@example.com', 'admin');
    await server.createUser('vic@example.com', 'viewer');
    b = await openBrowser();
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('has an accessible sign-in page', async () => {
    await b.page.goto(`${server.baseUrl}/sign-in`);
    await b.page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await a11yViolations(b.page)).toEqual([]);
  });

  it('signs in and opens Browse with the groups', async () => {
    await signIn(b.page, server.baseUrl, 'ada@example.com');
    await b.page.getByTestId('browse-row').first().waitFor();
    expect(await b.page.getByTestId('browse-row').count()).toBeGreaterThan(0);
    expect(b.problems).toEqual([]);
    expect(await a11yViolations(b.page)).toEqual([]);
  });

  it('shows exactly the groups the API returns for "Decision Maker missing and completeness < 50", and again after a reload', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/browse?completenessBelow=50`);
    // Pick the role in the filter as a person would; the URL follows.
    await page.getByRole('textbox', { name: 'Missing roles (all of)' }).click();
    await page.getByRole('option', { name: 'Decision Maker' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/missingRoleId=rol_decision_maker/);
    const expected = await server.api<Page<Group>>('GET', '/buying-groups?missingRoleId=rol_decision_maker&completenessBelow=50&sort=-updatedAt&limit=50');
    expect(expected.status).toBe(200);
    expect(expected.body.data.length).toBeGreaterThan(0);
    const names = async () => {
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="browse-row"]').length === n, expected.body.data.length);
      return page.getByTestId('browse-row').locator('td:nth-child(2)').allInnerTexts();
    };
    expect(await names()).toEqual(expected.body.data.map((g) => g.name));
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    expect(await names()).toEqual(expected.body.data.map((g) => g.name));
    expect(b.problems).toEqual([]);
    expect(await a11yViolations(b.page)).toEqual([]);
  });

  it('exports the filtered view from Browse: the downloaded rows are the API list’s groups, in its order', async () => {
    const { page } = b;
    const filter = 'missingRoleId=rol_decision_maker&completenessBelow=50';
    await page.goto(`${server.baseUrl}/buying-groups/browse?${filter}`);
    await page.getByTestId('browse-row').first().waitFor();
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: Page<Group> & { nextCursor: string | null } } = await server.api('GET', `/buying-groups?${filter}&sort=-updatedAt&limit=500${cursor ? `&cursor=${cursor}` : ''}`);
      ids.push(...res.body.data.map((g) => g.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(ids.length).toBeGreaterThan(0);
    const download = async (name: string) => {
      await page.getByRole('button', { name: 'Export' }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name }).click()]);
      return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, 'utf8') };
    };
    const groups = await download('Export buying groups as CSV');
    expect(groups.name).toMatch(/^buying-groups-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parse(groups.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.every((r) => r.missing_role_ids.includes('rol_decision_maker'))).toBe(true);
    const gaps = await download('Export gap list as JSON Lines');
    const lines = gaps.text.trim().split('\n').map((l) => JSON.parse(l) as { group_id: string; role_id: string; conditions_in_words: string });
    expect(lines.map((l) => l.group_id)).toEqual(ids);
    expect(new Set(lines.map((l) => l.role_id))).toEqual(new Set(['rol_decision_maker']));
    expect(b.problems).toEqual([]);
  });

  it('shows the Overview with the API’s numbers, each bar a way into Browse with the matching groups', async () => {
    const { page } = b;
    const stats = await server.api<{ total: number; completeness: { label: string; count: number }[] }>('GET', '/buying-groups/stats');
    await page.goto(`${server.baseUrl}/buying-groups/overview`);
    await page.getByTestId('overview-total').waitFor();
    expect((await page.getByTestId('overview-total').innerText()).replace(/\D/g, '')).toBe(String(stats.body.total));
    const band = stats.body.completeness.find((x) => x.count > 0);
    if (!band) throw new Error('no band with groups');
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: `${band.label}: ${band.count}` }).first().click();
    await page.waitForURL(/\/buying-groups\/browse\?completeness/);
    await page.getByTestId('browse-range').getByText(new RegExp(`of ${band.count.toLocaleString('en-US')}$`)).waitFor();
    expect(b.problems).toEqual([]);
  });

  it('opens a group and explains why a member holds their role', async () => {
    const { page } = b;
    const groups = await server.api<Page<Group>>('GET', '/buying-groups?sort=-completeness&limit=1');
    const group = groups.body.data[0];
    if (!group) throw new Error('no group');
    const members = await server.api<Page<{ personId: string; removed: boolean }>>('GET', `/buying-groups/${group.id}/members`);
    const first = members.body.data.find((m) => !m.removed);
    if (!first) throw new Error('no member');
    const explain = await server.api<{ summary: string }>('GET', `/buying-groups/${group.id}/members/${first.personId}/explain`);
    await page.goto(`${server.baseUrl}/buying-groups/${group.id}`);
    await page.getByRole('heading', { name: group.name }).waitFor();
    const rows = page.getByTestId('member-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(members.body.data.filter((m) => !m.removed).length);
    await rows.first().getByRole('button', { name: /^Why is/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(explain.body.summary).waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(b.problems).toEqual([]);
    expect(await a11yViolations(b.page)).toEqual([]);
  });

  it('runs the creation wizard and follows the job to 100%', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/create`);
    await page.getByRole('textbox', { name: 'Solution interest' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: 'Audience' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Estimate', exact: true }).click();
    await page.getByTestId('estimate-role').first().waitFor();
    await page.getByRole('button', { name: 'Create buying groups', exact: true }).click();
    await page.getByTestId('job-status').getByText('succeeded').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('job-progress').innerText()).toMatch(/\(100%\)/);
    await page.getByRole('link', { name: /See the buying groups in Browse/ }).click();
    await page.getByTestId('browse-row').first().waitFor();
    expect(b.problems).toEqual([]);
    expect(await a11yViolations(b.page)).toEqual([]);
  });

  it('sets the status of every group matching the filters, beyond the page, in one bulk change', async () => {
    const { page } = b;
    // More groups than a page holds: every solution interest over every account.
    const accounts = await server.api<Page<{ id: string }>>('GET', '/accounts?limit=500');
    const list = await server.api<{ id: string }>('POST', '/account-lists', { name: 'Every demo account', kind: 'static' });
    expect((await server.api('POST', `/account-lists/${list.body.id}/members`, { accountIds: accounts.body.data.map((a) => a.id) })).status).toBe(200);
    for (const si of (await server.api<Page<{ id: string }>>('GET', '/solution-interests')).body.data) {
      const job = await server.api<{ id: string }>('POST', '/buying-group-jobs', { solutionInterestId: si.id, audienceId: list.body.id });
      expect(job.status).toBe(202);
      for (let i = 0; i < 200 && (await server.api<{ status: string }>('GET', `/buying-group-jobs/${job.body.id}`)).body.status !== 'succeeded'; i++) await new Promise((r) => setTimeout(r, 100));
    }
    // A filter matching more groups than a page holds, and not all of them.
    const count = async (q: string) => (await server.api<{ total: number }>('GET', `/buying-groups/count?${q}`)).body.total;
    const all = await count('');
    let filter = '';
    let total = 0;
    for (const candidate of ['completenessMin=50', 'completenessMin=25', 'engagementBelow=50', 'engagementBelow=80', 'completenessBelow=100']) {
      total = await count(candidate);
      filter = candidate;
      if (total > 25 && total < all) break;
    }
    expect(total).toBeGreaterThan(25);
    expect(total).toBeLessThan(all);
    await page.goto(`${server.baseUrl}/buying-groups/browse?${filter}&limit=25`);
    await page.getByTestId('browse-row').first().waitFor();
    await page.getByRole('checkbox', { name: 'Select all groups on this page' }).check();
    await page.getByRole('button', { name: `Select all ${total.toLocaleString('en-US')} matching` }).click();
    await page.getByText(`All ${total.toLocaleString('en-US')} matching groups selected`).waitFor();
    await page.getByRole('button', { name: 'Change status' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Status label' }).fill('Needs a champion');
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Set status' }).click();
    await page.getByText(`${total.toLocaleString('en-US')} changed`).waitFor();
    const labelled = await server.api<{ total: number }>('GET', `/buying-groups/count?statusLabel=${encodeURIComponent('needs a champion')}`);
    expect(labelled.body.total).toBe(total);
    // Groups outside the filter kept their label.
    expect(await count(`${filter}&statusLabel=${encodeURIComponent('needs a champion')}`)).toBe(total);
    expect(b.problems).toEqual([]);
  });

  it('shows a viewer no edit controls, and refuses their write anyway', async () => {
    const viewer = await openBrowser();
    try {
      await signIn(viewer.page, server.baseUrl, 'vic@example.com');
      const groups = await server.api<Page<Group>>('GET', '/buying-groups?limit=1');
      const group = groups.body.data[0];
      if (!group) throw new Error('no group');
      await viewer.page.goto(`${server.baseUrl}/buying-groups/${group.id}`);
      await viewer.page.getByTestId('member-row').first().waitFor();
      expect(await viewer.page.getByRole('button', { name: 'Add people' }).count()).toBe(0);
      expect(await viewer.page.getByRole('button', { name: 'Move stage' }).count()).toBe(0);
      expect(await a11yViolations(viewer.page)).toEqual([]);
      // A write sent anyway, with the session cookie and the right CSRF token: the API refuses it.
      const status = await viewer.page.evaluate(async (id) => {
        const csrf = /(?:^|;\s*)quorum_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        const res = await fetch(`/api/v1/buying-groups/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/json', 'x-csrf-token': decodeURIComponent(csrf) }, body: JSON.stringify({ statusLabel: 'hacked' }) });
        return res.status;
      }, group.id);
      expect(status).toBe(403);
      const after = await server.api<{ statusLabel: string | null }>('GET', `/buying-groups/${group.id}`);
      expect(after.body.statusLabel).not.toBe('hacked');
    } finally {
      await viewer.close();
    }
  });
});
