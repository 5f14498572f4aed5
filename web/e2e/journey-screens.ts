/**
 * The journey pages for `npm run screenshots`: the example journey (list → completeness
 * ≥ 70? sales alert : wait 5 days → listen for "member assigned" → update status) published, the
 * list's accounts moved through it by the real engine step (entered six days ago, so some waits
 * are over), then the list, the details with counters, a drill-down, an account's timeline, and a
 * Draft copy with a problem in the editor.
 */
import type { Page } from 'playwright-core';
import type { WebServer } from './harness.ts';
import { getJourney } from '../../src/store/journeys.ts';
import { enrollForTest, stepAllForTest } from '../../src/store/journey-run.testdata.ts';

const DAY = 86_400_000;

export async function journeyScreens(server: WebServer, page: Page, shot: (name: string) => Promise<void>): Promise<void> {
  const lists = await server.api<{ data: { id: string; name: string }[] }>('GET', '/account-lists?limit=500');
  const list = lists.body.data[0]!;
  const si = (await server.api<{ data: { id: string }[] }>('GET', '/solution-interests?limit=1')).body.data[0]!;
  const nodes = [
    { id: 'start', kind: 'entry', label: list.name, listId: list.id, next: 'ready' },
    { id: 'ready', kind: 'accountSplit', label: 'Complete enough?', paths: [{ label: 'Completeness ≥ 70', condition: { buyingGroup: { solutionInterestId: si.id, completeness: { op: 'gte', value: 70 } } }, next: 'alert' }], otherPath: { next: 'pause' } },
    { id: 'alert', kind: 'action', label: 'Alert sales', action: 'salesAlert', settings: { solutionInterestId: si.id, email: { to: ['sales@example.com'] } }, next: null },
    { id: 'pause', kind: 'wait', label: 'Give it 5 days', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'hear' },
    { id: 'hear', kind: 'listen', label: 'New member?', event: { type: 'memberAssigned', solutionInterestId: si.id }, timeout: { amount: 10, unit: 'days' }, next: 'status', timeoutNext: null },
    { id: 'status', kind: 'action', label: 'Mark as engaging', action: 'updateStatus', settings: { solutionInterestId: si.id, status: 'Engaging' }, next: null },
  ];
  const created = await server.api<{ id: string }>('POST', '/journeys', { name: 'Completeness nurture', description: 'Alert sales when a group is complete enough; nurture the others.', definition: { nodes }, endAt: new Date(Date.now() + 180 * DAY).toISOString() });
  const id = created.body.id;
  await fetch(`${server.baseUrl}/api/v1/journeys/${id}/publish`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'if-match': '"1"' } });
  const members = await server.api<{ data: { id: string }[] }>('GET', `/account-lists/${list.id}/members?limit=500`);
  const journey = await getJourney(server.db.db, id);
  const now = Date.now();
  await enrollForTest(server.db.db, journey, members.body.data.map((m) => m.id), now - 6 * DAY);
  await stepAllForTest(server.db.db, journey, now - 6 * DAY);
  await stepAllForTest(server.db.db, journey, now);
  const copy = await server.api<{ id: string; definition: { nodes: Record<string, unknown>[] } }>('POST', `/journeys/${id}/duplicate`);
  const broken = copy.body.definition.nodes.map((n) => (n['id'] === 'ready' ? { ...n, paths: [{ label: 'Completeness ≥ 70', next: 'alert' }] } : n));
  await fetch(`${server.baseUrl}/api/v1/journeys/${copy.body.id}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json', 'if-match': '"1"' },
    body: JSON.stringify({ name: 'Completeness nurture v2', definition: { nodes: broken } }),
  });

  await page.goto(`${server.baseUrl}/journeys`);
  await page.getByTestId('journey-row').first().waitFor();
  await shot('journeys');
  await page.goto(`${server.baseUrl}/journeys/${id}`);
  await page.locator('[data-testid="journey-node"][data-node-id="start"]').getByTestId('counter-entered').waitFor();
  await shot('journey-details');
  await page.locator('[data-testid="journey-node"][data-node-id="hear"]').getByTestId('counter-waitingHere').click();
  await page.getByTestId('node-account-row').first().waitFor();
  await shot('journey-drill-down');
  const first = page.getByTestId('node-accounts').getByRole('link').first();
  await first.click();
  await page.getByTestId('account-journey').first().waitFor();
  await shot('account-journeys');
  await page.goto(`${server.baseUrl}/journeys/${copy.body.id}`);
  await page.getByTestId('node-problem').first().waitFor();
  await page.locator('[data-testid="journey-node"][data-node-id="ready"]').click();
  await page.getByTestId('node-properties').waitFor();
  await shot('journey-editor');
}
