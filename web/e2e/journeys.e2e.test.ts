/**
 * Journeys in a real browser: the empty list, a Draft built on the canvas (nodes from the palette,
 * an edge drawn from a handle to a node, others chosen in the properties panel, a wait of 5 days,
 * a sales alert), a path without a condition shown as a problem on its node, fixed with a
 * condition, saved and published with an end date; then, with accounts enrolled and moved by the
 * real engine step through the store, the details page draws the counters on the nodes, the
 * drill-down lists the accounts behind a counter, the list shows the counts and the account page
 * the timeline. axe on every page, no console errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a11yViolations, openBrowser, signIn, startWebServer, type BrowserSession, type WebServer } from './harness.ts';
import { getJourney } from '../../src/store/journeys.ts';
import { enrollForTest, stepAllForTest } from '../../src/store/journey-run.testdata.ts';

interface JourneyBody {
  id: string;
  status: string;
  version: number;
  endAt: string | null;
  definition: { nodes: { id: string; kind: string; next?: string | null; paths?: { condition?: unknown; next: string | null }[]; otherPath?: { next: string | null } | null; wait?: unknown; settings?: unknown }[] };
}

describe('web app: journeys', () => {
  let server: WebServer;
  let b: BrowserSession;
  let journeyId = '';
  let siId = '';
  let listName = '';
  const high: { accountId: string; name: string }[] = [];
  const low: { accountId: string; name: string }[] = [];

  beforeAll(async () => {
    server = await startWebServer({ accounts: 40, people: 800 });
    await server.createUser('ada@example.com', 'admin');
    const lists = await server.api<{ data: { id: string; name: string }[] }>('GET', '/account-lists?limit=500');
    listName = lists.body.data[0]!.name;
    const sis = await server.api<{ data: { id: string; name: string }[] }>('GET', '/solution-interests?limit=500');
    // A solution interest with groups on both sides of 70 % completeness.
    for (const si of sis.body.data) {
      const groups = (q: string) => server.api<{ data: { accountId: string; accountName?: string; account?: { name: string } }[] }>('GET', `/buying-groups?solutionInterestId=${si.id}&${q}&limit=2`);
      const [h, l] = await Promise.all([groups('completenessMin=70'), groups('completenessBelow=70')]);
      if (h.body.data.length && l.body.data.length) {
        siId = si.id;
        const named = async (g: { accountId: string }) => ({ accountId: g.accountId, name: (await server.api<{ name: string }>('GET', `/accounts/${g.accountId}`)).body.name });
        high.push(...(await Promise.all(h.body.data.map(named))));
        low.push(...(await Promise.all(l.body.data.map(named))));
        break;
      }
    }
    if (!siId) throw new Error('the demo data has no solution interest with groups above and below 70 % completeness');
    b = await openBrowser();
    await signIn(b.page, server.baseUrl, 'ada@example.com');
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  const journey = async () => (await server.api<JourneyBody>('GET', `/journeys/${journeyId}`)).body;
  const node = (id: string) => b.page.locator(`[data-testid="journey-node"][data-node-id="${id}"]`);
  const props = () => b.page.getByTestId('node-properties');
  const pick = async (label: string, option: string | RegExp) => {
    await props().getByRole('textbox', { name: label, exact: true }).click();
    await b.page.getByRole('option', { name: option }).first().click();
  };
  const allowOnly = (re: RegExp) => {
    expect(b.problems.filter((p) => !re.test(p))).toEqual([]);
    b.problems.length = 0;
  };

  it('shows the empty list and creates a Draft', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/journeys`);
    await page.getByText('No journeys yet').waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Journeys' }).getAttribute('data-active')).toBe('true');
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'New journey' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Completeness nurture');
    await page.getByRole('dialog').getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(/\/journeys\/jny_/);
    journeyId = /jny_\w+/.exec(page.url())![0];
    await page.getByTestId('journey-status').getByText('Draft').waitFor();
    expect(b.problems).toEqual([]);
  });

  it('builds the graph on the canvas and shows a path without a condition on its node', async () => {
    const { page } = b;
    const palette = page.getByRole('toolbar', { name: 'Add a node' });
    await palette.getByRole('button', { name: 'Entry' }).click();
    await pick('Account list', new RegExp(`^${listName}`));
    await palette.getByRole('button', { name: 'Split by accounts' }).click();
    await palette.getByRole('button', { name: 'Action' }).click();
    await pick('Solution interest', /.+/);
    await props().getByRole('textbox', { name: 'E-mail recipients' }).fill('sales@example.com');
    await props().getByRole('textbox', { name: 'E-mail recipients' }).press('Enter');
    await palette.getByRole('button', { name: 'Wait' }).click();
    await props().getByRole('textbox', { name: 'Wait', exact: true }).fill('5');
    await pick('Wait unit', 'days');
    await page.getByTestId('dirty').waitFor();

    // Edges: entry → split drawn on the canvas; the split's paths chosen in its panel.
    await page.getByTestId('handle-entry_1-next').dragTo(node('split_1').locator('.react-flow__handle.target'));
    await expect.poll(async () => page.locator('.react-flow__edge').count()).toBe(1);
    await node('split_1').click();
    await pick('Path 1 leads to', /action_1/);
    await pick('Other accounts leads to', /wait_1/);
    await expect.poll(async () => page.locator('.react-flow__edge').count()).toBe(3);

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    // The check after saving: the path without a condition, on its node; the end date, on the journey.
    await node('split_1').getByTestId('node-problem').getByText('path 1 of "split_1" has no condition').waitFor();
    await expect.poll(async () => page.getByTestId('problem').count()).toBe(2);
    expect(await node('split_1').getAttribute('data-invalid')).toBe('true');
    expect(await node('wait_1').getAttribute('data-invalid')).toBe('false');
    expect(await page.getByTestId('problem').allInnerTexts()).toEqual([expect.stringContaining('path 1 of "split_1" has no condition'), expect.stringContaining('a Live journey needs an end date')]);
    expect(await a11yViolations(page)).toEqual([]);

    const saved = await journey();
    expect(saved.definition.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['entry_1', 'entry'],
      ['split_1', 'accountSplit'],
      ['action_1', 'action'],
      ['wait_1', 'wait'],
    ]);
    const [entry, split, action, wait] = saved.definition.nodes;
    expect(entry!.next).toBe('split_1');
    expect(split!.paths).toEqual([{ next: 'action_1' }]);
    expect(split!.otherPath).toEqual({ next: 'wait_1' });
    expect(action!.settings).toEqual({ solutionInterestId: siId, email: { to: ['sales@example.com'] } });
    expect(wait!.wait).toEqual({ type: 'duration', duration: { amount: 5, unit: 'days' } });
    expect(b.problems).toEqual([]);
  });

  it('fixes the problem with a condition, saves and publishes with an end date', async () => {
    const { page } = b;
    await node('split_1').click();
    await props().getByText('JSON', { exact: true }).click();
    const condition = { buyingGroup: { solutionInterestId: siId, completeness: { op: 'gte', value: 70 } } };
    await props().getByRole('textbox', { name: 'Condition of path 1 (JSON)' }).fill(JSON.stringify(condition));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    await expect.poll(async () => node('split_1').getAttribute('data-invalid')).toBe('false');
    await expect.poll(async () => page.getByTestId('problem').allInnerTexts()).toEqual([expect.stringContaining('a Live journey needs an end date')]);
    expect((await journey()).definition.nodes[1]!.paths![0]!.condition).toEqual(condition);

    await page.getByRole('button', { name: 'Publish…' }).click();
    const end = new Date(Date.now() + 60 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await page.getByRole('dialog').getByLabel('End').fill(`${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}T09:00`);
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByTestId('journey-status').getByText('Live').waitFor();
    const live = await journey();
    expect(live.status).toBe('live');
    expect(new Date(live.endAt!).getDate()).toBe(end.getDate());
    // Read-only now: no palette, no save; the end date can change.
    expect(await page.getByRole('toolbar', { name: 'Add a node' }).count()).toBe(0);
    await page.getByLabel('End date').waitFor();
    expect(b.problems).toEqual([]);
  });

  it('draws the counters on the nodes and drills down into the accounts behind one', async () => {
    const { page } = b;
    const db = server.db.db;
    const stored = await getJourney(db, journeyId);
    const now = Date.now();
    await enrollForTest(db, stored, [...high, ...low].map((a) => a.accountId), now);
    await stepAllForTest(db, stored, now);
    const n = high.length + low.length;

    await page.reload();
    const count = async (nodeId: string, f: string) => Number(await node(nodeId).getByTestId(`counter-${f}`).getAttribute('data-count'));
    await node('entry_1').getByTestId('counter-entered').waitFor();
    expect([await count('entry_1', 'entered'), await count('entry_1', 'passed'), await count('entry_1', 'waitingHere')]).toEqual([n, n, 0]);
    expect([await count('split_1', 'entered'), await count('split_1', 'passed')]).toEqual([n, n]);
    expect([await count('action_1', 'entered'), await count('action_1', 'passed'), await count('action_1', 'waitingHere')]).toEqual([high.length, high.length, 0]);
    expect([await count('wait_1', 'entered'), await count('wait_1', 'waitingHere'), await count('wait_1', 'passed')]).toEqual([low.length, low.length, 0]);
    expect(await a11yViolations(page)).toEqual([]);

    await node('wait_1').getByTestId('counter-waitingHere').click();
    const drawer = page.getByTestId('node-accounts');
    await drawer.getByTestId('node-account-row').first().waitFor();
    const names = await drawer.getByTestId('node-account-row').locator('td:first-child').allInnerTexts();
    expect(names.sort()).toEqual(low.map((a) => a.name).sort());
    expect(await a11yViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await node('action_1').getByTestId('counter-passed').click();
    await expect.poll(async () => (await page.getByTestId('node-accounts').getByTestId('node-account-row').locator('td:first-child').allInnerTexts()).sort()).toEqual(high.map((a) => a.name).sort());

    // The account's timeline, from the drill-down's link.
    await page.getByTestId('node-accounts').getByRole('link').first().click();
    await page.waitForURL(/\/accounts\/acc_.*tab=journeys/);
    const entry = page.getByTestId('account-journey').first();
    await entry.getByText('Completeness nurture').waitFor();
    const moves = await entry.getByTestId('account-journey-move').allInnerTexts();
    expect(moves.map((m) => m.split('\n')[0])).toEqual(['Entered at entry_1', 'entry_1 → split_1', 'split_1 → action_1', 'action_1 → the end']);
    expect(await a11yViolations(page)).toEqual([]);

    await page.goto(`${server.baseUrl}/journeys`);
    const row = page.getByTestId('journey-row').first();
    await row.getByTestId('journey-status').getByText('Live').waitFor();
    expect([await row.getByTestId('journey-entered').innerText(), await row.getByTestId('journey-active').innerText()]).toEqual([String(n), String(low.length)]);
    expect(await a11yViolations(page)).toEqual([]);
    allowOnly(/^$/);
  });

  it('changes only the end date once Live, closes, duplicates; a concurrent save is a conflict with Reload; aborts the copy', async () => {
    const { page } = b;
    await page.goto(`${server.baseUrl}/journeys/${journeyId}`);
    const endInput = page.getByLabel('End date');
    await endInput.waitFor();
    const later = new Date(Date.now() + 90 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await endInput.fill(`${later.getFullYear()}-${pad(later.getMonth() + 1)}-${pad(later.getDate())}T10:30`);
    await page.getByRole('button', { name: 'Change end date' }).click();
    await expect.poll(async () => new Date((await journey()).endAt!).getDate()).toBe(later.getDate());
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByTestId('journey-status').getByText('Closed').waitFor();
    expect((await journey()).status).toBe('closed');

    await page.getByRole('button', { name: 'Duplicate' }).click();
    await page.waitForURL((u) => /\/journeys\/jny_/.test(u.pathname) && !u.pathname.endsWith(journeyId));
    const copyId = /jny_\w+/.exec(page.url())![0];
    await page.getByTestId('journey-status').getByText('Draft').waitFor();
    await page.getByLabel('Description').fill('Mine');
    await page.getByTestId('dirty').waitFor();
    const other = await fetch(`${server.baseUrl}/api/v1/journeys/${copyId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': '"1"' },
      body: JSON.stringify({ description: 'Changed elsewhere' }),
    });
    expect(other.status).toBe(200);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('conflict').waitFor();
    expect(await a11yViolations(page)).toEqual([]);
    await page.getByTestId('conflict').getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard and reload' }).click();
    await page.getByTestId('saved').waitFor();
    expect(await page.getByTestId('conflict').count()).toBe(0);
    expect(await page.getByLabel('Description').inputValue()).toBe('Changed elsewhere');
    allowOnly(/^412 PATCH |status of 412/);

    await page.getByRole('button', { name: 'Abort' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Abort the journey' }).click();
    await page.getByTestId('journey-status').getByText('Aborted').waitFor();
    expect((await server.api<JourneyBody>('GET', `/journeys/${copyId}`)).body.status).toBe('aborted');
    expect(b.problems).toEqual([]);
  });

  it('an activate action picks a destination, then one of its activations; changing the destination clears it', async () => {
    const { page } = b;
    const dst = async (name: string, adAccountId: string) => (await server.api<{ id: string }>('POST', '/destinations', { name, adAccountId })).body.id;
    const [emea, us] = [await dst('LinkedIn EMEA', '101'), await dst('LinkedIn US', '102')];
    const atv = async (destinationId: string, name: string) => (await server.api<{ id: string }>('POST', '/activations', { destinationId, name, filter: { solutionInterestId: [siId] } })).body.id;
    const [emeaBuyers, usBuyers] = [await atv(emea, 'EMEA buyers'), await atv(us, 'US buyers')];
    const lists = await server.api<{ data: { id: string }[] }>('GET', '/account-lists?limit=500');
    const created = await server.api<{ id: string }>('POST', '/journeys', {
      name: 'To LinkedIn',
      definition: { nodes: [{ id: 'entry_1', kind: 'entry', listId: lists.body.data[0]!.id, next: 'action_1' }, { id: 'action_1', kind: 'action', action: 'activate', settings: null, next: null }] },
    });
    expect(created.status).toBe(201);
    journeyId = created.body.id;
    await page.goto(`${server.baseUrl}/journeys/${journeyId}`);
    await node('action_1').click();
    await pick('Destination', 'LinkedIn EMEA');
    await props().getByRole('textbox', { name: 'Activation', exact: true }).click();
    await page.getByRole('option', { name: 'EMEA buyers' }).waitFor();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['EMEA buyers']); // the destination's only
    await page.getByRole('option', { name: 'EMEA buyers' }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    expect((await journey()).definition.nodes[1]!.settings).toEqual({ destinationId: emea, activationId: emeaBuyers });
    await expect.poll(async () => node('action_1').getAttribute('data-invalid')).toBe('false');
    expect(await a11yViolations(page)).toEqual([]);

    // Another destination: the activation of the first is dropped, and the node has a problem until one is chosen.
    await pick('Destination', 'LinkedIn US');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    expect((await journey()).definition.nodes[1]!.settings).toEqual({ destinationId: us });
    await expect.poll(async () => node('action_1').getAttribute('data-invalid')).toBe('true');
    await pick('Activation', 'US buyers');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    expect((await journey()).definition.nodes[1]!.settings).toEqual({ destinationId: us, activationId: usBuyers });
    await expect.poll(async () => node('action_1').getAttribute('data-invalid')).toBe('false');
    expect(b.problems).toEqual([]);
  });
});
