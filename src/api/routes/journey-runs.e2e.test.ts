/**
 * Journey counters, node drill-down and account timelines over real HTTP: accounts enrolled and
 * moved by the real `advance` step (rows as the worker writes them), then read through the API;
 * cursor paging, 404s for unknown journeys, nodes and accounts, 400 for a forged cursor.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';
import { getJourney } from '../../store/journeys.ts';
import { enrollForTest, stepAllForTest } from '../../store/journey-run.testdata.ts';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

interface Counters {
  journeyId: string;
  entered: number;
  active: number;
  nodes: { nodeId: string; entered: number; waitingHere: number; passed: number }[];
}
interface NodeAccount {
  accountId: string;
  accountName: string;
  entryNumber: number;
  at: string;
}
interface Timeline {
  data: { journeyId: string; journeyName: string; journeyStatus: string; entryNumber: number; status: string; enteredAt: string; endedAt: string | null; moves: { from: string | null; to: string | null; via: string; at: string; detail: string | null }[] }[];
}

describe('journey counters and timelines API', () => {
  let t: TestApp;
  let tenant: Tenant;
  let journeyId = '';
  let draftId = '';
  let acme = '';
  let globex = '';
  const clock = new ManualClock(T0);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    tenant = await smallTenant(t.db.db);
    [acme, globex] = tenant.accounts as [string, string];
    const nodes = [
      { id: 'start', kind: 'entry', listId: tenant.listId, next: 'ready' },
      { id: 'ready', kind: 'accountSplit', paths: [{ label: 'Acme', condition: { field: 'name', op: 'is', value: 'Acme' }, next: 'alert' }], otherPath: { next: 'pause' } },
      { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: tenant.solutionInterestId, email: { to: ['sales@example.com'] } }, next: null },
      { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: null },
    ];
    const created = await t.call<{ id: string }>('POST', '/journeys', { name: 'Nurture', definition: { nodes, reentry: { enabled: true } }, endAt: iso(T0 + 90 * 24 * HOUR) });
    journeyId = created.body.id;
    expect((await t.call('POST', `/journeys/${journeyId}/publish`, undefined, { headers: { 'if-match': '"1"' } })).status).toBe(200);
    draftId = (await t.call<{ id: string }>('POST', '/journeys', { name: 'Draft', definition: { nodes } })).body.id;
    const journey = await getJourney(t.db.db, journeyId);
    await enrollForTest(t.db.db, journey, [acme, globex], T0);
    await stepAllForTest(t.db.db, journey, T0);
    await enrollForTest(t.db.db, journey, [acme], T0 + HOUR);
    await stepAllForTest(t.db.db, journey, T0 + HOUR);
  });
  afterAll(async () => t.close());

  it('gives per-node counters in definition order, and the list carries entry counts', async () => {
    const res = await t.call<Counters>('GET', `/journeys/${journeyId}/counters`, undefined, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      journeyId,
      entered: 3,
      active: 1,
      nodes: [
        { nodeId: 'start', entered: 3, waitingHere: 0, passed: 3 },
        { nodeId: 'ready', entered: 3, waitingHere: 0, passed: 3 },
        { nodeId: 'alert', entered: 2, waitingHere: 0, passed: 2 },
        { nodeId: 'pause', entered: 1, waitingHere: 1, passed: 0 },
      ],
    });
    const draft = await t.call<Counters>('GET', `/journeys/${draftId}/counters`);
    expect(draft.body.nodes.every((n) => n.entered === 0 && n.waitingHere === 0 && n.passed === 0)).toBe(true);
    const list = await t.call<{ data: { id: string; counts: { entered: number; active: number } }[] }>('GET', '/journeys');
    expect(Object.fromEntries(list.body.data.map((j) => [j.id, j.counts]))).toEqual({ [journeyId]: { entered: 3, active: 1 }, [draftId]: { entered: 0, active: 0 } });
    expectProblem(await t.call('GET', '/journeys/jny_nothing/counters'), 404, 'not_found');
  });

  it('drills down into a counter with cursor paging, one row per entry', async () => {
    const page1 = await t.call<{ data: NodeAccount[]; nextCursor: string | null }>('GET', `/journeys/${journeyId}/nodes/start/accounts?limit=2`, undefined, { as: 'viewer' });
    expect(page1.status).toBe(200);
    expect(page1.body.data.map((r) => [r.accountName, r.entryNumber, r.at])).toEqual([
      ['Acme', 1, iso(T0)],
      ['Acme', 2, iso(T0 + HOUR)],
    ]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await t.call<{ data: NodeAccount[]; nextCursor: string | null }>('GET', `/journeys/${journeyId}/nodes/start/accounts?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({ data: [expect.objectContaining({ accountId: globex, accountName: 'Globex', entryNumber: 1 })], nextCursor: null });

    const waiting = await t.call<{ data: NodeAccount[] }>('GET', `/journeys/${journeyId}/nodes/pause/accounts?filter=waitingHere`);
    expect(waiting.body.data.map((r) => r.accountId)).toEqual([globex]);
    const passed = await t.call<{ data: NodeAccount[] }>('GET', `/journeys/${journeyId}/nodes/alert/accounts?filter=passed`);
    expect(passed.body.data.map((r) => [r.accountId, r.entryNumber])).toEqual([
      [acme, 1],
      [acme, 2],
    ]);
    expect((await t.call<{ data: NodeAccount[] }>('GET', `/journeys/${journeyId}/nodes/pause/accounts?filter=passed`)).body.data).toEqual([]);

    const unknown = expectProblem(await t.call('GET', `/journeys/${journeyId}/nodes/nowhere/accounts`), 404, 'not_found');
    expect(unknown.detail).toBe('journey "Nurture" has no node nowhere');
    expectProblem(await t.call('GET', `/journeys/${journeyId}/nodes/start/accounts?filter=everyone`), 400, 'validation_failed');
    expectProblem(await t.call('GET', `/journeys/${journeyId}/nodes/start/accounts?cursor=bm9wZQ`), 400, 'invalid_cursor');
  });

  it("gives an account's journey timeline, newest entry first, with its moves", async () => {
    const res = await t.call<Timeline>('GET', `/accounts/${acme}/journeys`, undefined, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body.data.map((e) => [e.journeyName, e.journeyStatus, e.entryNumber, e.status, e.enteredAt, e.endedAt])).toEqual([
      ['Nurture', 'live', 2, 'completed', iso(T0 + HOUR), iso(T0 + HOUR)],
      ['Nurture', 'live', 1, 'completed', iso(T0), iso(T0)],
    ]);
    expect(res.body.data[1]!.moves.map((m) => [m.from, m.to, m.via, m.detail])).toEqual([
      [null, 'start', 'enter', '1'],
      ['start', 'ready', 'next', null],
      ['ready', 'alert', 'path', '0'],
      ['alert', null, 'ok', null],
    ]);
    const g = await t.call<Timeline>('GET', `/accounts/${globex}/journeys?limit=1`);
    expect(g.body.data.map((e) => [e.entryNumber, e.status, e.endedAt, e.moves.at(-1)?.to])).toEqual([[1, 'active', null, 'pause']]);
    expectProblem(await t.call('GET', '/accounts/acc_nothing/journeys'), 404, 'not_found');
    expectProblem(await t.call('GET', `/accounts/${acme}/journeys?limit=0`), 400, 'validation_failed');
  });
});
