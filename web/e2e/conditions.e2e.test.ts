/**
 * The condition builder in a real browser: a nested persona condition built by hand is stored as
 * exactly that JSON and shown intact after a reload; a dynamic list's live count follows the
 * condition and equals the API's; Browse's account condition gives exactly the API's groups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';

interface Persona {
  id: string;
  name: string;
  condition: unknown;
}

/** Picks an option of a Mantine Select/MultiSelect (searchable ones are typed into first). */
async function choose(page: Page, input: Locator, option: string, type?: string): Promise<void> {
  await input.click();
  if (type) await input.fill(type);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addToGroup(page: Page, group: Locator, item: string): Promise<void> {
  await group.getByRole('button', { name: 'Add condition' }).first().click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

describe('web app: conditions', () => {
  let server: WebServer;
  let b: BrowserSession;

  beforeAll(async () => {
    server = await startWebServer({ accounts: 40, people: 800 });
    await server.createUser('ada@example.com', 'admin');
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('builds a nested persona condition, saves it as that JSON, and shows it intact after a reload', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/personas`);
    await page.getByTestId('persona-row').first().waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New persona' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Senior and engaged, not interns');
    const root = dialog.locator('[data-path=""]');
    // all → any → (derived seniority is one of vp, director; engagement ≥ 40)
    await addToGroup(page, root, 'Group: any of…');
    const any = dialog.locator('[data-path="/all/0"]');
    await addToGroup(page, any, 'Attribute');
    const seniority = dialog.locator('[data-path="/all/0/any/0"]');
    await choose(page, seniority.getByRole('textbox', { name: 'Attribute' }), 'Derived seniority', 'derived sen');
    await choose(page, seniority.getByRole('textbox', { name: 'Operator for derived seniority' }), 'is one of');
    await choose(page, seniority.getByRole('textbox', { name: 'Values of derived seniority' }), 'vp');
    await choose(page, seniority.getByRole('textbox', { name: 'Values of derived seniority' }), 'director');
    await page.keyboard.press('Escape');
    await addToGroup(page, any, 'Attribute');
    const engagement = dialog.locator('[data-path="/all/0/any/1"]');
    await choose(page, engagement.getByRole('textbox', { name: 'Attribute' }), 'Engagement score', 'engagement');
    await engagement.getByRole('textbox', { name: 'Value of engagement score' }).fill('40');
    // … and not (job title contains "intern")
    await addToGroup(page, root, 'Attribute');
    const title = dialog.locator('[data-path="/all/1"]');
    await title.getByRole('button', { name: /^Actions for/ }).click();
    await page.getByRole('menuitem', { name: 'Negate (wrap in not)' }).click();
    const negated = dialog.locator('[data-path="/all/1/not"]');
    await choose(page, negated.getByRole('textbox', { name: 'Operator for job title' }), 'contains');
    await negated.getByRole('textbox', { name: 'Value of job title' }).fill('intern');
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const expected = {
      all: [
        { any: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'director'] }, { field: 'engagementScore', op: 'gte', value: 40 }] },
        { not: { field: 'jobTitle', op: 'contains', value: 'intern' } },
      ],
    };
    const stored = (await server.api<{ data: Persona[] }>('GET', '/personas?limit=500')).body.data.find((p) => p.name === 'Senior and engaged, not interns');
    expect(stored?.condition).toEqual(expected);

    await page.reload();
    await page.getByRole('button', { name: 'Edit Senior and engaged, not interns' }).click();
    const again = page.getByRole('dialog');
    const s2 = again.locator('[data-path="/all/0/any/0"]');
    await s2.getByRole('textbox', { name: 'Attribute' }).waitFor();
    // Until the field catalogue (GET /condition-fields) has loaded, the builder shows the field's key.
    await expect.poll(() => s2.getByRole('textbox', { name: 'Attribute' }).inputValue()).toBe('Derived seniority');
    expect(await s2.getByRole('textbox', { name: 'Operator for derived seniority' }).inputValue()).toBe('is one of');
    expect(await s2.locator('.mantine-Pill-label').allInnerTexts()).toEqual(['vp', 'director']);
    expect(await again.locator('[data-path="/all/0/any/1"]').getByRole('textbox', { name: 'Value of engagement score' }).inputValue()).toBe('40');
    expect(await again.locator('[data-path="/all/1"]').getAttribute('data-kind')).toBe('not');
    expect(await again.locator('[data-path="/all/1/not"]').getByRole('textbox', { name: 'Value of job title' }).inputValue()).toBe('intern');
    // Opening and saving unchanged keeps the JSON exactly.
    await again.getByRole('button', { name: 'Save' }).click();
    await again.waitFor({ state: 'hidden' });
    expect((await server.api<Persona>('GET', `/personas/${stored?.id}`)).body.condition).toEqual(expected);
    expect(b.problems).toEqual([]);
  });

  const previewCount = async (condition: unknown) => (await server.api<{ count: number }>('POST', '/account-lists/preview', { condition })).body.count;

  it('a dynamic list shows a live member count that follows the condition and equals the API', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/account-lists`);
    await page.getByTestId('list-row').first().waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New list' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Large accounts');
    const count = dialog.getByTestId('live-count');
    const shows = async (n: number) => {
      await page.waitForFunction(
        (text) => {
          const el = document.querySelector('[data-testid="live-count"]');
          return el?.getAttribute('data-busy') === 'false' && el.textContent?.startsWith(text);
        },
        `${n.toLocaleString('en-US')} `,
      );
    };
    const all = await previewCount({ all: [] });
    await shows(all);
    await addToGroup(page, dialog.locator('[data-path=""]'), 'Attribute');
    const leaf = dialog.locator('[data-path="/all/0"]');
    await choose(page, leaf.getByRole('textbox', { name: 'Attribute' }), 'Employees', 'employ');
    await leaf.getByRole('textbox', { name: 'Value of employees' }).fill('5000');
    const large = await previewCount({ all: [{ field: 'employees', op: 'gte', value: 5000 }] });
    expect(large).toBeLessThan(all);
    await shows(large);
    expect(await count.innerText()).toMatch(new RegExp(`^${large} account`));
    await leaf.getByRole('textbox', { name: 'Value of employees' }).fill('500');
    const medium = await previewCount({ all: [{ field: 'employees', op: 'gte', value: 500 }] });
    expect(medium).not.toBe(large);
    await shows(medium);
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(/\/account-lists\/lst_/);
    await page.getByTestId('member-row').first().waitFor();
    const id = page.url().split('/').pop() as string;
    const saved = await server.api<{ memberCount: number; condition: unknown }>('GET', `/account-lists/${id}`);
    expect(saved.body).toMatchObject({ memberCount: medium, condition: { all: [{ field: 'employees', op: 'gte', value: 500 }] } });
    expect(await page.getByTestId('member-row').count()).toBe(Math.min(medium, 100));
    expect(await a11yViolations(page)).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('a static list takes accounts found by name and lets them go again', async () => {
    const { page } = b;
    const created = await server.api<{ id: string }>('POST', '/account-lists', { name: 'Hand picked', kind: 'static' });
    const target = (await server.api<{ data: { id: string; name: string }[] }>('GET', '/accounts?limit=5&sort=name')).body.data[2];
    if (!target) throw new Error('no account');
    await page.goto(`${server.baseUrl}/account-lists/${created.body.id}`);
    await page.getByText('No accounts in this list yet').waitFor();
    expect(await page.getByTestId('used-by').innerText()).toBe('No condition refers to it.');
    const picker = page.getByRole('textbox', { name: 'Add an account' });
    await picker.click();
    await picker.fill(target.name.slice(0, 6));
    await page.getByRole('option', { name: new RegExp(`^${target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByTestId('member-row').first().waitFor();
    expect(await page.getByTestId('member-row').locator('td:first-child').allInnerTexts()).toEqual([target.name]);
    const members = async () => (await server.api<{ data: { id: string }[] }>('GET', `/account-lists/${created.body.id}/members`)).body.data.map((m) => m.id);
    expect(await members()).toEqual([target.id]);
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Remove ${target.name} from the list` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('No accounts in this list yet').waitFor();
    expect(await members()).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('Browse: the account condition filter gives exactly the groups the API returns for it, and is in the URL', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/browse`);
    await page.getByTestId('browse-row').first().waitFor();
    await page.getByRole('button', { name: 'Account condition…' }).click();
    const dialog = page.getByRole('dialog');
    await addToGroup(page, dialog.locator('[data-path=""]'), 'Attribute');
    const leaf = dialog.locator('[data-path="/all/0"]');
    await choose(page, leaf.getByRole('textbox', { name: 'Attribute' }), 'Employees', 'employ');
    await leaf.getByRole('textbox', { name: 'Value of employees' }).fill('5000');
    const condition = { all: [{ field: 'employees', op: 'gte', value: 5000 }] };
    await page.waitForFunction((text) => document.querySelector('[data-testid="condition-account-count"]')?.textContent?.startsWith(text), `${await previewCount(condition)} `);
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForURL(/accountCondition=/);
    expect(JSON.parse(new URL(page.url()).searchParams.get('accountCondition') ?? 'null')).toEqual(condition);

    const everything = await server.api<{ data: { name: string }[] }>('GET', '/buying-groups?limit=500&sort=-updatedAt');
    const expected = await server.api<{ data: { name: string }[] }>('GET', `/buying-groups?limit=50&sort=-updatedAt&accountCondition=${encodeURIComponent(JSON.stringify(condition))}`);
    expect(expected.body.data.length).toBeGreaterThan(0);
    expect(expected.body.data.length).toBeLessThan(everything.body.data.length);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="browse-row"]').length === n, expected.body.data.length);
    expect(await page.getByTestId('browse-row').locator('td:nth-child(2)').allInnerTexts()).toEqual(expected.body.data.map((g) => g.name));
    await page.getByTestId('account-condition-badge').waitFor();
    expect(await a11yViolations(page)).toEqual([]);

    // The URL is the view: opened afresh it gives the same groups; the badge removes the filter.
    await page.goto(page.url());
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="browse-row"]').length === n, expected.body.data.length);
    await page.getByRole('button', { name: 'Remove the account condition' }).click();
    await page.waitForFunction(() => !location.search.includes('accountCondition'));
    expect(b.problems).toEqual([]);
  });

  it('a stale edit is a clear conflict with a reload; a persona in use is not deleted, and says why', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/personas`);
    await page.getByRole('button', { name: 'Edit Senior and engaged, not interns' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Description').fill('mine');
    const p = (await server.api<{ data: Persona[] }>('GET', '/personas?limit=500')).body.data.find((x) => x.name === 'Senior and engaged, not interns') as Persona & { version: number };
    // Someone else saves first.
    expect((await fetch(`${server.baseUrl}/api/v1/personas/${p.id}`, { method: 'PATCH', headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': `"${p.version}"` }, body: JSON.stringify({ description: 'theirs' }) })).status).toBe(200);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('Someone else changed this since you opened it').waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Reload' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('theirs').waitFor();

    // A persona that template roles use: the API refuses (409 in_use) and names the users.
    const used = (await server.api<{ data: Persona[] }>('GET', '/personas?limit=500')).body.data.find((x) => x.name !== 'Senior and engaged, not interns') as Persona;
    await page.getByRole('button', { name: `Delete ${used.name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Still in use — not deleted').waitFor();
    expect((await server.api('GET', `/personas/${used.id}`)).status).toBe(200);
    // Its editor says who uses it (the API's references).
    const refs = (await server.api<{ data: { name: string }[] }>('GET', `/personas/${used.id}/references`)).body.data;
    expect(refs.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Edit ${used.name}` }).click();
    const usedBy = page.getByRole('dialog').getByTestId('used-by');
    await usedBy.waitFor();
    for (const r of refs) expect(await usedBy.innerText()).toContain(`“${r.name}”`);
    await page.keyboard.press('Escape');
    expect(b.problems.filter((x) => !/^(412 PATCH|409 DELETE) .*\/personas\/|status of (412|409)/.test(x))).toEqual([]);
    b.problems.length = 0;
  });

  it('a viewer reads personas and lists but gets no edit controls', async () => {
    await server.createUser('vic@example.com', 'viewer');
    const v = await openBrowser();
    try {
      await signIn(v.page, server.baseUrl, 'vic@example.com');
      await v.page.goto(`${server.baseUrl}/personas`);
      await v.page.getByTestId('persona-row').first().waitFor();
      expect(await v.page.getByRole('button', { name: 'New persona' }).count()).toBe(0);
      expect(await v.page.getByRole('button', { name: /^Delete / }).count()).toBe(0);
      await v.page.getByRole('button', { name: /^View / }).first().click();
      const dialog = v.page.getByRole('dialog');
      await dialog.locator('[data-path=""]').waitFor();
      expect(await dialog.getByRole('button', { name: /^Actions for|Add condition/ }).count()).toBe(0);
      expect(await a11yViolations(v.page)).toEqual([]);
      await v.page.goto(`${server.baseUrl}/account-lists`);
      await v.page.getByTestId('list-row').first().waitFor();
      expect(await v.page.getByRole('button', { name: 'New list' }).count()).toBe(0);
      expect(await v.page.getByRole('button', { name: /^Edit / }).count()).toBe(0);
      expect(v.problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
