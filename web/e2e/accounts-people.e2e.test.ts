/**
 * Accounts and People in a real browser: the hierarchy tree (top-level accounts, a parent
 * expanded to its child), search, an account's people and its contact-coverage matrix (the same
 * numbers as the members the API lists, after a creation job run through the API), a person's
 * activities and groups, and a group's Not members tab (why not, then added by hand).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
interface Account {
  id: string;
  name: string;
}
interface Group {
  id: string;
  name: string;
  accountId: string;
  solutionInterestId: string;
}
interface Member {
  personId: string;
  roleId: string;
  removed: boolean;
}

describe('web app: accounts and people', () => {
  let server: WebServer;
  let b: BrowserSession;
  let parent: Account;
  let child: Account;
  /** An account with two buying groups (one per solution interest) after the job. */
  let accountId: string;
  let groups: Group[];

  beforeAll(async () => {
    server = await startWebServer({ accounts: 30, people: 600 });
    await server.createUser('ada@example.com', 'admin');
    await server.createUser('vic@example.com', 'viewer');
    // A creation job through the API: Zero Trust Security over the strategic targets too.
    const sis = await server.api<Page<{ id: string; name: string }>>('GET', '/solution-interests?limit=500');
    const lists = await server.api<Page<{ id: string; name: string }>>('GET', '/account-lists?limit=500');
    const si = sis.body.data.find((s) => s.name === 'Zero Trust Security');
    const list = lists.body.data.find((l) => l.name === 'Strategic targets FY26');
    if (!si || !list) throw new Error('demo data changed');
    const job = await server.api<{ id: string; status: string }>('POST', '/buying-group-jobs', { solutionInterestId: si.id, audienceId: list.id });
    expect(job.status).toBe(202);
    for (let i = 0; ; i++) {
      const status = (await server.api<{ status: string }>('GET', `/buying-group-jobs/${job.body.id}`)).body.status;
      if (status === 'succeeded') break;
      if (status === 'failed' || status === 'cancelled' || i > 300) throw new Error(`creation job ${status}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const zt = await server.api<Page<Group>>('GET', `/buying-groups?solutionInterestId=${si.id}&limit=500`);
    for (const g of zt.body.data) {
      const of = await server.api<Page<Group>>('GET', `/buying-groups?accountId=${g.accountId}`);
      if (of.body.data.length >= 2) {
        accountId = g.accountId;
        groups = of.body.data;
        break;
      }
    }
    if (!accountId) throw new Error('no account with two groups');
    // A child account below the first top-level account.
    const top = await server.api<Page<{ account: Account; childCount: number }>>('GET', '/accounts/hierarchy?limit=1');
    parent = top.body.data[0]?.account as Account;
    child = (await server.api<Account>('POST', '/accounts', { name: 'Zeta Child Labs', parentId: parent.id })).body;
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('shows the top-level accounts as a tree and expands a parent to its child', async () => {
    const { page } = b;
    const top = await server.api<Page<{ account: Account }>>('GET', '/accounts/hierarchy?limit=50');
    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.waitForURL(/\/accounts$/);
    const level1 = page.locator('[data-testid="tree-account"][data-level="1"]');
    await level1.first().waitFor();
    expect(await level1.locator('a').allInnerTexts()).toEqual(top.body.data.map((n) => n.account.name));
    expect(await page.getByRole('link', { name: 'Zeta Child Labs' }).count()).toBe(0);
    await level1.filter({ hasText: parent.name }).first().click({ position: { x: 6, y: 10 } });
    const childNode = page.locator('[data-testid="tree-account"][data-level="2"]').filter({ hasText: 'Zeta Child Labs' });
    await childNode.waitFor();
    const item = page.locator(`[role="treeitem"][data-value="${parent.id}"]`);
    expect(await item.getAttribute('aria-expanded')).toBe('true');
    // Keyboard: ArrowLeft collapses, ArrowRight expands again.
    await item.focus();
    await page.keyboard.press('ArrowLeft');
    await childNode.waitFor({ state: 'detached' });
    expect(await item.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowRight');
    await childNode.waitFor();
    expect(await item.getAttribute('aria-expanded')).toBe('true');
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('searches accounts by name and shows the API’s matches as a flat list', async () => {
    const { page } = b;
    const term = child.name.slice(0, 9);
    const expected = await server.api<Page<Account>>('GET', `/accounts?q=${encodeURIComponent(term)}`);
    expect(expected.body.data.length).toBeGreaterThan(0);
    await page.getByLabel('Search accounts').fill(term);
    await page.waitForURL(/q=Zeta/);
    await page.getByTestId('account-row').first().waitFor();
    expect(await page.getByTestId('account-row').locator('td:first-child').allInnerTexts()).toEqual(expected.body.data.map((a) => a.name));
    await page.getByRole('link', { name: 'Zeta Child Labs' }).click();
    await page.getByRole('heading', { name: 'Zeta Child Labs' }).waitFor();
    // The breadcrumb leads up to the parent.
    await page.getByRole('navigation').or(page.locator('.mantine-Breadcrumbs-root')).getByRole('link', { name: parent.name }).first().waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('filters accounts by an industry offered from the facets', async () => {
    const { page } = b;
    const facets = await server.api<{ industries: { value: string; count: number }[] }>('GET', '/accounts/facets');
    const industry = facets.body.industries[0];
    if (!industry) throw new Error('no industries');
    const expected = await server.api<Page<Account>>('GET', `/accounts?industry=${encodeURIComponent(industry.value)}&limit=50`);
    expect(expected.body.data.length).toBe(Math.min(industry.count, 50));
    await page.goto(`${server.baseUrl}/accounts`);
    await page.getByTestId('tree-account').first().waitFor();
    await page.getByRole('textbox', { name: 'Industry' }).click();
    await page.getByRole('option', { name: `${industry.value} (${industry.count})` }).click();
    await page.waitForURL(/industry=/);
    await expect.poll(() => page.getByTestId('account-row').locator('td:first-child').allInnerTexts()).toEqual(expected.body.data.map((a) => a.name));
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('shows an account’s people and a coverage matrix with the members per role per solution interest', async () => {
    const { page } = b;
    const people = await server.api<Page<unknown>>('GET', `/accounts/${accountId}/people?active=true&limit=50`);
    await page.goto(`${server.baseUrl}/accounts/${accountId}`);
    await page.getByTestId('account-person-row').first().waitFor();
    expect(await page.getByTestId('account-person-row').count()).toBe(people.body.data.length);
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Contact coverage' }).click();
    await page.getByTestId('coverage-matrix').waitFor();
    // The numbers the members list gives, independently of the coverage endpoint.
    const expected = new Map<string, number>();
    for (const g of groups) {
      const members = await server.api<Page<Member>>('GET', `/buying-groups/${g.id}/members?removed=false&limit=500`);
      for (const m of members.body.data) expected.set(`${g.solutionInterestId}|${m.roleId}`, (expected.get(`${g.solutionInterestId}|${m.roleId}`) ?? 0) + 1);
    }
    const cells = await page.$$eval('[data-testid="coverage-row"] td[data-si]', (tds) =>
      tds.map((td) => ({ key: `${td.getAttribute('data-si')}|${td.closest('tr')?.getAttribute('data-role')}`, members: td.querySelector('[data-testid="coverage-cell"]')?.getAttribute('data-members') ?? null })),
    );
    expect(new Set(cells.map((c) => c.key.split('|')[0])).size).toBe(groups.length);
    let total = 0;
    for (const c of cells) {
      if (c.members == null) continue;
      expect({ cell: c.key, members: Number(c.members) }).toEqual({ cell: c.key, members: expected.get(c.key) ?? 0 });
      total += Number(c.members);
    }
    expect(total).toBe([...expected.values()].reduce((a, n) => a + n, 0));
    expect(total).toBeGreaterThan(0);
    expect(await a11yViolations(page)).toEqual([]);

    // A cell drills down to the members holding that role.
    const cell = page.locator('[data-testid="coverage-cell"]:not([data-members="0"])').first();
    const n = Number(await cell.getAttribute('data-members'));
    await cell.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('drill-member').first().waitFor();
    expect(await dialog.getByTestId('drill-member').count()).toBe(n);
    // Let the modal's fade-in finish: axe measures contrast on what is painted.
    await page.waitForTimeout(400);
    expect(await a11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(b.problems).toEqual([]);
  });

  it('shows a person’s activities and buying groups', async () => {
    const { page } = b;
    const group = groups[0] as Group;
    const members = await server.api<Page<Member>>('GET', `/buying-groups/${group.id}/members?removed=false`);
    const personId = members.body.data[0]?.personId as string;
    const rec = await server.api('POST', '/activities', { personId, type: 'event_attended', occurredAt: new Date().toISOString(), metadata: { title: 'Zero Trust in practice' } });
    expect(rec.status).toBe(201);
    const activities = await server.api<Page<{ type: string }>>('GET', `/activities?personId=${personId}&limit=25`);
    const memberships = await server.api<Page<{ buyingGroupName: string }>>('GET', `/people/${personId}/buying-groups`);

    await page.goto(`${server.baseUrl}/people/${personId}`);
    await page.getByTestId('person-group-row').first().waitFor();
    expect((await page.getByTestId('person-group-row').locator('td:first-child a').allInnerTexts()).sort()).toEqual(memberships.body.data.map((m) => m.buyingGroupName).sort());
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Activities' }).click();
    await page.getByTestId('activity-row').first().waitFor();
    expect(await page.getByTestId('activity-row').count()).toBe(activities.body.data.length);
    expect(await page.getByTestId('activity-row').first().locator('td:nth-child(2)').innerText()).toBe('event attended');
    await page.getByRole('tab', { name: 'Accounts' }).click();
    await page.getByTestId('person-account-row').first().waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('shows a person’s derived values marked derived or set by user, with the classifier’s confidence and evidence', async () => {
    const { page } = b;
    const created = await server.api<{ id: string }>('POST', '/people', { email: 'marks@example.com', jobTitle: 'Head of IT Security', explicitFunction: 'legal' });
    expect(created.status).toBe(201);
    await page.goto(`${server.baseUrl}/people/${created.body.id}`);
    await page.getByTestId('derived-seniority').waitFor();
    expect(await page.getByTestId('derived-seniority').innerText()).toBe('Director');
    expect(await page.getByTestId('derived-seniority-source').innerText()).toMatch(/^derived$/i);
    expect(await page.getByTestId('derived-function').innerText()).toBe('Legal');
    expect(await page.getByTestId('derived-function-source').innerText()).toMatch(/^set by user$/i);
    expect(await page.getByTestId('derived-specialties').innerText()).toBe('Security');
    expect(await page.getByTestId('title-evidence').innerText()).toMatch(/Read from the title with \d+% confidence/);
    expect(await page.getByTestId('title-evidence').innerText()).toContain('director');
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('lists people who are not members, explains why not, and adds one', async () => {
    const { page } = b;
    const group = groups[0] as Group;
    const person = await server.api<{ id: string }>('POST', '/people', { email: 'otto.clerk@example.com', firstName: 'Otto', lastName: 'Clerk', jobTitle: 'Office clerk' });
    expect((await server.api('POST', '/relations', { accountId: group.accountId, personId: person.body.id })).status).toBe(201);
    const non = await server.api<Page<{ person: { id: string } }>>('GET', `/buying-groups/${group.id}/non-members?q=otto`);
    expect(non.body.data.map((r) => r.person.id)).toEqual([person.body.id]);
    const explain = await server.api<{ summary: string }>('GET', `/buying-groups/${group.id}/members/${person.body.id}/explain`);

    await page.goto(`${server.baseUrl}/buying-groups/${group.id}`);
    await page.getByRole('tab', { name: 'Not members' }).click();
    await page.getByTestId('non-member-row').first().waitFor();
    await page.getByLabel('Search people').fill('otto');
    const row = page.getByTestId('non-member-row').filter({ hasText: 'Otto Clerk' });
    await row.waitFor();
    await expect.poll(() => page.getByTestId('non-member-row').count()).toBe(1);
    await row.getByRole('button', { name: 'Why not a member: Otto Clerk' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(explain.body.summary).waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await row.getByRole('button', { name: 'Add Otto Clerk' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Role' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add as member' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.getByText('Everyone is a member').or(page.getByText('Nobody matches')).first().waitFor();
    const members = await server.api<Page<Member & { source: string }>>('GET', `/buying-groups/${group.id}/members?removed=false&limit=500`);
    expect(members.body.data.find((m) => m.personId === person.body.id)?.source).toBe('manual');
    await page.getByRole('tab', { name: /^Members/ }).click();
    await page.getByTestId('member-row').filter({ hasText: 'Otto Clerk' }).waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('lists people with a derived-seniority filter and pages like the API', async () => {
    const { page } = b;
    const first = await server.api<Page<{ email: string }>>('GET', '/people?derivedSeniority=director&sort=email&limit=50');
    expect(first.body.data.length).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByTestId('person-row').first().waitFor();
    await page.getByRole('textbox', { name: 'Seniority' }).click();
    await page.getByRole('option', { name: 'Director' }).click();
    await page.waitForURL(/derivedSeniority=director/);
    const emails = () => page.getByTestId('person-row').locator('td:nth-child(2)').allInnerTexts();
    await expect.poll(emails).toEqual(first.body.data.map((p) => p.email));
    if (first.body.nextCursor) {
      const second = await server.api<Page<{ email: string }>>('GET', `/people?derivedSeniority=director&sort=email&limit=50&cursor=${first.body.nextCursor}`);
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText('Page 2').waitFor();
      await expect.poll(emails).toEqual(second.body.data.map((p) => p.email));
    }
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('shows a viewer the Not members tab with Why not? but no Add', async () => {
    const viewer = await openBrowser();
    try {
      await signIn(viewer.page, server.baseUrl, 'vic@example.com');
      await viewer.page.goto(`${server.baseUrl}/buying-groups/${(groups[0] as Group).id}`);
      await viewer.page.getByRole('tab', { name: 'Not members' }).click();
      await viewer.page.getByTestId('non-member-row').first().waitFor();
      expect(await viewer.page.getByRole('button', { name: /^Why not a member/ }).count()).toBeGreaterThan(0);
      expect(await viewer.page.getByRole('button', { name: /^Add / }).count()).toBe(0);
      expect(viewer.problems).toEqual([]);
    } finally {
      await viewer.close();
    }
  });
});
