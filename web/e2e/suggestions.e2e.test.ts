/**
 * Learned member suggestions in a real browser (issue 10), on the demo data with engineers
 * confirmed by hand as Practitioners in half of a solution interest's groups: a group without a
 * model says how to get one and trains + proposes from its page (the job followed to the end);
 * the other groups show suggestions with reasons in words; confirming one makes a manual member,
 * a dismissed one is gone and not proposed again after another run; the Suggestions page filters,
 * pages and decides a selection in bulk; the solution interest page shows the model and induces a
 * Draft template that opens in the template editor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';
import { LEARNED_ROLE, seedConfirmedMembers, type SeededInterest } from './suggestion-data.ts';

interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
interface Suggestion {
  buyingGroupId: string;
  personId: string;
  roleId: string;
  probability: number;
  reasonsText: string;
  person: { firstName: string | null; lastName: string | null; email: string };
}
interface Member {
  personId: string;
  roleId: string;
  source: string;
  removed: boolean;
}

const nameOf = (p: Suggestion['person']) => [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email;

/** "No model yet" is the API's 404 of the model, a state the pages show; any other failure counts. */
const unexpected = (problems: string[]) => problems.filter((p) => !/^404 GET .*\/suggestion-model$|status of 404/.test(p));

describe('web app: learned member suggestions', () => {
  let server: WebServer;
  let b: BrowserSession;
  let seeded: SeededInterest;
  const pending = async (query: string) => (await server.api<Page<Suggestion>>('GET', `/suggestions?limit=500&${query}`)).body.data;

  beforeAll(async () => {
    server = await startWebServer();
    await server.createUser('ada@example.com', 'admin');
    await server.createUser('vic@example.com', 'viewer');
    seeded = await seedConfirmedMembers(server);
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('explains an untrained model on a group page, then trains and proposes from there, following the job', async () => {
    const { page } = b;
    const groupId = seeded.otherGroups[0];
    await page.goto(`${server.baseUrl}/buying-groups/${groupId}`);
    await page.getByRole('tab', { name: /^Suggestions/ }).click();
    await page.getByText('No suggestions yet').waitFor();
    await page.getByText(/Suggestions are learned from confirmed members/).waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    expect(await pending(`solutionInterestId=${seeded.solutionInterestId}`)).toEqual([]);

    await page.getByRole('button', { name: 'Train and propose' }).click();
    const job = page.getByRole('region', { name: 'Suggestions job' });
    await job.getByTestId('suggestion-job-status').filter({ hasText: 'succeeded' }).waitFor({ timeout: 60_000 });
    await expect.poll(async () => job.getByTestId('suggestion-job-counts').innerText()).toMatch(/examples from \d+ groups with confirmed members · trained in [\d.]+ s · [1-9]\d* suggestions proposed/);

    // The list follows the job: this group's suggestions appear, each with its reasons in words.
    const expected = await pending(`solutionInterestId=${seeded.solutionInterestId}`);
    expect(expected.length).toBeGreaterThan(0);
    const here = expected.filter((s) => s.buyingGroupId === groupId);
    expect(here.length).toBeGreaterThan(0);
    await page.getByTestId('suggestion-row').first().waitFor();
    expect(await page.getByTestId('suggestion-row').count()).toBe(here.length);
    await page.getByRole('tab', { name: `Suggestions (${here.length})` }).waitFor();
    const first = page.getByTestId('suggestion-row').first();
    expect(await first.getByRole('link').first().innerText()).toBe(nameOf(here[0]!.person));
    expect(await first.innerText()).toContain(`${Math.round(here[0]!.probability * 100)}%`);
    expect(await first.getByTestId('suggestion-reasons').innerText()).toMatch(/title contains 'engineer' \(\+\d\.\d\)/);
    expect(here.every((s) => s.roleId === LEARNED_ROLE)).toBe(true);
    expect(await a11yViolations(page)).toEqual([]);
    expect(unexpected(b.problems)).toEqual([]);
    b.problems.length = 0;
  });

  it('confirms one suggestion (a manual member) and dismisses another (not proposed again after a run)', async () => {
    const { page } = b;
    const groupId = seeded.otherGroups[0];
    const before = (await pending(`solutionInterestId=${seeded.solutionInterestId}`)).filter((s) => s.buyingGroupId === groupId);
    expect(before.length).toBeGreaterThanOrEqual(2);
    const [toConfirm, toDismiss] = before as [Suggestion, Suggestion];

    await page.getByRole('button', { name: `Confirm ${nameOf(toConfirm.person)} as Practitioner` }).click();
    await page.getByText('1 suggestion confirmed: now a manual member').waitFor();
    await expect.poll(async () => page.getByTestId('suggestion-row').count()).toBe(before.length - 1);
    const members = (await server.api<Page<Member>>('GET', `/buying-groups/${groupId}/members?limit=500`)).body.data;
    expect(members.find((m) => m.personId === toConfirm.personId)).toMatchObject({ roleId: LEARNED_ROLE, source: 'manual', removed: false });
    // The Members tab shows the new member with its source.
    await page.getByRole('tab', { name: /^Members/ }).click();
    await page.getByTestId('member-row').filter({ hasText: nameOf(toConfirm.person) }).filter({ hasText: 'manual' }).waitFor();

    await page.getByRole('tab', { name: /^Suggestions/ }).click();
    await page.getByRole('button', { name: `Dismiss ${nameOf(toDismiss.person)} as Practitioner` }).click();
    await page.getByText('1 suggestion dismissed: not proposed again for that role').waitFor();
    await expect.poll(async () => page.getByTestId('suggestion-row').count()).toBe(before.length - 2);
    expect(await page.getByRole('button', { name: `Dismiss ${nameOf(toDismiss.person)} as Practitioner` }).count()).toBe(0);

    // Another run replaces the pending suggestions; the dismissed one does not come back.
    await page.getByRole('button', { name: 'Propose again' }).click();
    await page.getByRole('region', { name: 'Suggestions job' }).getByTestId('suggestion-job-status').filter({ hasText: 'succeeded' }).waitFor({ timeout: 60_000 });
    const after = (await pending(`solutionInterestId=${seeded.solutionInterestId}`)).filter((s) => s.buyingGroupId === groupId);
    expect(after.map((s) => s.personId)).not.toContain(toDismiss.personId);
    expect(after.map((s) => s.personId)).not.toContain(toConfirm.personId);
    expect(after.length).toBe(before.length - 2);
    await expect.poll(async () => page.getByTestId('suggestion-row').count()).toBe(after.length);
    expect(await page.getByText(nameOf(toDismiss.person), { exact: true }).count()).toBe(0);
    const dismissed = await pending(`solutionInterestId=${seeded.solutionInterestId}&state=dismissed`);
    expect(dismissed.map((s) => s.personId)).toEqual([toDismiss.personId]);
    expect(unexpected(b.problems)).toEqual([]);
    b.problems.length = 0;
  });

  it('lists suggestions across groups with filters and paging, and confirms and dismisses a selection in bulk', async () => {
    const { page } = b;
    // Reached from Browse.
    await page.goto(`${server.baseUrl}/buying-groups/browse`);
    await page.getByRole('link', { name: 'Suggestions', exact: true }).click();
    await page.waitForURL(/\/buying-groups\/suggestions$/);
    await page.getByRole('tab', { name: 'Suggestions', selected: true }).waitFor();
    const all = await pending('');
    await page.getByTestId('suggestion-row').first().waitFor();
    expect(await page.getByTestId('suggestion-row').count()).toBe(Math.min(all.length, 50));
    // Every row names its group.
    expect(await page.getByTestId('suggestion-row').first().getByRole('link').nth(1).innerText()).not.toBe('');
    expect(await a11yViolations(page)).toEqual([]);

    // Filters: solution interest and minimum probability, as URL parameters with the API's names.
    await page.getByRole('textbox', { name: 'Solution interest' }).click();
    await page.getByRole('option', { name: seeded.name }).click();
    await page.waitForURL(new RegExp(`solutionInterestId=${seeded.solutionInterestId}`));
    await page.getByRole('textbox', { name: 'Minimum probability' }).click();
    await page.getByRole('option', { name: '90% or more' }).click();
    await page.waitForURL(/minProbability=0\.9/);
    const high = await pending(`solutionInterestId=${seeded.solutionInterestId}&minProbability=0.9`);
    expect(high.length).toBeGreaterThan(0);
    await expect.poll(async () => page.getByTestId('suggestion-row').count()).toBe(Math.min(high.length, 50));
    for (const text of await page.getByTestId('suggestion-row').allInnerTexts()) expect(Number(/(\d+)%/.exec(text)?.[1])).toBeGreaterThanOrEqual(90);

    // Paging: 25 a page (the demo data gives some 60 suggestions).
    const filtered = await pending(`solutionInterestId=${seeded.solutionInterestId}`);
    await page.goto(`${server.baseUrl}/buying-groups/suggestions?solutionInterestId=${seeded.solutionInterestId}&limit=25`);
    await page.getByTestId('suggestion-row').first().waitFor();
    expect(await page.getByTestId('suggestion-row').count()).toBe(Math.min(filtered.length, 25));
    expect(filtered.length).toBeGreaterThan(25);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByTestId('suggestions-range').filter({ hasText: /^26–/ }).waitFor();
    expect(await page.getByTestId('suggestion-row').first().getByRole('link').first().innerText()).toBe(nameOf(filtered[25]!.person));
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByTestId('suggestions-range').filter({ hasText: /^1–/ }).waitFor();

    // Select all on the page, then leave two out: confirm the rest in bulk.
    const rows = filtered.slice(0, 25);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    await page.getByRole('checkbox', { name: 'Select all suggestions' }).check();
    await page.getByText(`${rows.length} selected`).waitFor();
    const keep = rows.slice(-2);
    for (const s of keep) await page.getByTestId('suggestion-row').filter({ hasText: s.person.email }).getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: 'Confirm selected' }).click();
    await page.getByText(`${rows.length - 2} suggestions confirmed: now manual members`).waitFor();
    const left = await pending(`solutionInterestId=${seeded.solutionInterestId}`);
    expect(left.length).toBe(filtered.length - (rows.length - 2));
    for (const s of rows.slice(0, -2)) {
      const m = (await server.api<Page<Member>>('GET', `/buying-groups/${s.buyingGroupId}/members?limit=500`)).body.data.find((x) => x.personId === s.personId);
      expect(m).toMatchObject({ source: 'manual', roleId: s.roleId });
    }

    // Dismiss the two left out, in bulk, after saying what a dismissal means.
    for (const s of keep) await page.getByTestId('suggestion-row').filter({ hasText: s.person.email }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Dismiss selected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss 2 suggestions?' });
    await dialog.getByText(/A dismissal is remembered/).waitFor();
    await dialog.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByText('2 suggestions dismissed: not proposed again for that role').waitFor();
    const dismissed = await pending(`solutionInterestId=${seeded.solutionInterestId}&state=dismissed`);
    for (const s of keep) expect(dismissed.map((d) => d.personId)).toContain(s.personId);
    await expect.poll(async () => page.getByTestId('suggestion-row').count()).toBe(Math.min(left.length - 2, 25));
    expect(unexpected(b.problems)).toEqual([]);
    b.problems.length = 0;
  });

  it('shows an API refusal next to the action: confirming a suggestion decided meanwhile', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/suggestions?solutionInterestId=${seeded.solutionInterestId}`);
    await page.getByTestId('suggestion-row').first().waitFor();
    const top = (await pending(`solutionInterestId=${seeded.solutionInterestId}`))[0]!;
    // Someone else dismisses it first.
    expect((await server.api('POST', '/suggestions/dismiss', { items: [{ buyingGroupId: top.buyingGroupId, personId: top.personId }] })).status).toBe(200);
    await page.getByRole('button', { name: `Confirm ${nameOf(top.person)} as Practitioner` }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was changed' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/has no pending suggestion for person/);
    expect(await alert.innerText()).toMatch(/\/items\/0/);
    expect(unexpected(b.problems).filter((p) => !/^404 POST .*\/suggestions\/confirm$/.test(p))).toEqual([]);
    b.problems.length = 0;
  });

  it('shows the model on the solution interest page and induces a Draft template that opens in the editor', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/buying-groups/solution-interests`);
    await page.getByRole('link', { name: seeded.name, exact: true }).click();
    await page.waitForURL(new RegExp(`/buying-groups/solution-interests/${seeded.solutionInterestId}$`));
    const status = page.getByTestId('model-status');
    await status.getByText('Groups learned from').waitFor();
    const model = (await server.api<{ stats: { groups: number; examples: number; positives: Record<string, number> } }>('GET', `/solution-interests/${seeded.solutionInterestId}/suggestion-model`)).body;
    expect(await status.innerText()).toContain(model.stats.examples.toLocaleString('en-US'));
    const row = page.getByRole('table', { name: 'What the model learned per role' }).getByRole('row').filter({ hasText: 'Practitioner' });
    expect(await row.innerText()).toContain(String(model.stats.positives[LEARNED_ROLE]));
    expect(await row.innerText()).toMatch(/title contains 'engineer/);
    expect(await a11yViolations(page)).toEqual([]);

    // Run again from here: the job is followed to its end.
    await page.getByRole('button', { name: 'Propose members' }).click();
    await page.getByRole('region', { name: 'Suggestions job' }).getByTestId('suggestion-job-status').filter({ hasText: 'succeeded' }).waitFor({ timeout: 60_000 });

    const templatesBefore = (await server.api<Page<{ id: string }>>('GET', '/roles-templates?limit=500')).body.data.length;
    await page.getByRole('button', { name: 'Induce template' }).click();
    await page.waitForURL(/\/buying-groups\/roles-templates\/tpl_\w+$/);
    const templateId = /roles-templates\/(tpl_\w+)$/.exec(page.url())?.[1];
    const tpl = (await server.api<{ status: string; name: string; roles: { roleId: string; condition: unknown }[] }>('GET', `/roles-templates/${templateId}`)).body;
    expect(tpl.status).toBe('draft');
    expect((await server.api<Page<{ id: string }>>('GET', '/roles-templates?limit=500')).body.data.length).toBe(templatesBefore + 1);
    await page.getByRole('heading', { name: tpl.name }).waitFor();
    const card = page.locator(`[data-testid="role-card"][data-role-id="${LEARNED_ROLE}"]`);
    await card.waitFor();
    expect(JSON.stringify(tpl.roles.find((r) => r.roleId === LEARNED_ROLE)?.condition)).toMatch(/engineer/i);
    await page.getByText(/Practitioner: precision \d+%, recall \d+%/).waitFor();
    expect(unexpected(b.problems)).toEqual([]);
  });

  it('creates buying groups from suggestions alone in the creation wizard (the model decides which accounts get one)', async () => {
    const { page } = b;
    const accounts = (await server.api<Page<{ id: string }>>('GET', '/accounts?limit=500')).body.data;
    const list = await server.api<{ id: string }>('POST', '/account-lists', { name: 'Suggestion audience', kind: 'static' });
    expect((await server.api('POST', `/account-lists/${list.body.id}/members`, { accountIds: accounts.map((a) => a.id) })).status).toBe(200);
    const groupCount = async () => (await server.api<{ total: number }>('GET', `/buying-groups/count?solutionInterestId=${seeded.solutionInterestId}`)).body.total;
    const before = await groupCount();

    await page.goto(`${server.baseUrl}/buying-groups/create`);
    await page.getByRole('textbox', { name: 'Solution interest' }).click();
    await page.getByRole('option', { name: seeded.name, exact: true }).click();
    await page.getByRole('textbox', { name: 'Audience' }).click();
    await page.getByRole('option', { name: /^Suggestion audience/ }).click();
    const alone = page.getByRole('radio', { name: 'Suggestions alone (AI/ML)' });
    await expect.poll(async () => alone.isEnabled()).toBe(true);
    await alone.check();
    // The model reads each account's own people: no depth to choose; a threshold instead.
    expect(await page.getByRole('textbox', { name: 'Descendant depth' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Suggestion threshold' }).fill('0.5');
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Estimate', exact: true }).click();
    await page.getByText('The trained model decides').waitFor();
    await page.getByText(/with a probability of at least 0\.50/).waitFor();
    await page.getByRole('button', { name: 'Create buying groups', exact: true }).click();
    await page.getByTestId('job-status').getByText('succeeded').waitFor({ timeout: 60_000 });

    type Job = { options: { method: string; suggestionThreshold: number | null }; counts: { groupsCreated: number; membersAdded: number; suggestionGeneration: { accountsWithSuggestions: number; accountsWithoutSuggestions: number; proposed: number } | null } };
    const job = (await server.api<Page<Job>>('GET', '/buying-group-jobs?limit=1')).body.data[0]!;
    expect(job.options).toMatchObject({ method: 'suggestions', suggestionThreshold: 0.5 });
    const g = job.counts.suggestionGeneration!;
    expect(g.accountsWithSuggestions + g.accountsWithoutSuggestions).toBe(accounts.length);
    expect(g.proposed).toBeGreaterThan(0);
    expect(job.counts.membersAdded).toBe(0);
    expect((await groupCount()) - before).toBe(job.counts.groupsCreated);
    await page.getByText('Suggestions proposed').waitFor();
    expect(await page.getByText(g.proposed.toLocaleString('en-US'), { exact: true }).count()).toBeGreaterThan(0);
    expect(unexpected(b.problems)).toEqual([]);
  });

  it('shows a viewer the suggestions and the model, without decision or training controls', async () => {
    const viewer = await openBrowser();
    try {
      await signIn(viewer.page, server.baseUrl, 'vic@example.com');
      await viewer.page.goto(`${server.baseUrl}/buying-groups/suggestions`);
      await viewer.page.getByTestId('suggestion-row').first().waitFor();
      expect(await viewer.page.getByRole('button', { name: /^(Confirm|Dismiss) / }).count()).toBe(0);
      expect(await viewer.page.getByRole('checkbox').count()).toBe(0);
      await viewer.page.goto(`${server.baseUrl}/buying-groups/solution-interests/${seeded.solutionInterestId}`);
      await viewer.page.getByTestId('model-status').getByText('Groups learned from').waitFor();
      expect(await viewer.page.getByRole('button', { name: /Train model|Propose members|Induce template/ }).count()).toBe(0);
      expect(viewer.problems).toEqual([]);
    } finally {
      await viewer.close();
    }
  });
});
