/**
 * What the web app reads of running journeys, on the test engine: per-node counters (entered,
 * waiting here, passed), the accounts behind a counter with keyset paging that does not lose an
 * account entering twice across a page boundary, an account's moves and its journey timeline,
 * and the entry counts of the Journeys list. The rows are written by the real `advance` step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { DAY_MS } from '../domain/clock.ts';
import { definitionSchema } from '../domain/journeys/index.ts';
import { createJourney, publishJourney, type Journey } from './journeys.ts';
import { accountMoves, journeyCounters, nodeAccounts } from './journey-runtime.ts';
import { accountJourneys, journeyEntryCounts } from './journey-views.ts';
import { enrollForTest, stepAllForTest } from './journey-run.testdata.ts';
import { QuorumError } from '../domain/errors.ts';
import { smallTenant, T0, type Tenant } from '../engine/test-fixtures.ts';

describe(`journey read models (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let journey: Journey;
  let acme: string;
  let globex: string;
  const HOUR = 3_600_000;

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    [acme, globex] = tenant.accounts as [string, string];
    const definition = definitionSchema.parse({
      nodes: [
        { id: 'start', kind: 'entry', listId: tenant.listId, next: 'ready' },
        { id: 'ready', kind: 'accountSplit', paths: [{ label: 'Acme', condition: { field: 'name', op: 'is', value: 'Acme' }, next: 'alert' }], otherPath: { next: 'pause' } },
        { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: tenant.solutionInterestId, email: { to: ['sales@example.com'] } }, next: null },
        { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'hear' },
        { id: 'hear', kind: 'listen', event: { type: 'memberAssigned', solutionInterestId: tenant.solutionInterestId }, timeout: { amount: 10, unit: 'days' }, next: null, timeoutNext: null },
      ],
      reentry: { enabled: true, from: 'end' },
    });
    const draft = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Nurture', description: null, definition, startAt: null, endAt: T0 + 100 * DAY_MS }, T0);
    journey = await publishJourney(t.db, SYSTEM_ACTOR, draft.id, T0, 1);
    await enrollForTest(t.db, journey, [acme, globex], T0);
    await stepAllForTest(t.db, journey, T0);
    // Acme has left (its alert ended the path) and enters again an hour later.
    await enrollForTest(t.db, journey, [acme], T0 + HOUR);
    await stepAllForTest(t.db, journey, T0 + HOUR);
  });
  afterAll(async () => t.drop());

  const ids = ['start', 'ready', 'alert', 'pause', 'hear', 'nowhere'];

  it('counts per node what entered, waits there now and passed', async () => {
    expect(await journeyCounters(t.db, journey.id, ids)).toEqual([
      { nodeId: 'start', entered: 3, waitingHere: 0, passed: 3 },
      { nodeId: 'ready', entered: 3, waitingHere: 0, passed: 3 },
      { nodeId: 'alert', entered: 2, waitingHere: 0, passed: 2 },
      { nodeId: 'pause', entered: 1, waitingHere: 1, passed: 0 },
      { nodeId: 'hear', entered: 0, waitingHere: 0, passed: 0 },
      { nodeId: 'nowhere', entered: 0, waitingHere: 0, passed: 0 },
    ]);
    expect(await journeyEntryCounts(t.db, [journey.id, 'jny_other'])).toEqual(
      new Map([
        [journey.id, { entered: 3, active: 1 }],
        ['jny_other', { entered: 0, active: 0 }],
      ]),
    );

    // Five days later Globex's wait ends: it listens now.
    await stepAllForTest(t.db, journey, T0 + 5 * DAY_MS + HOUR);
    const after = await journeyCounters(t.db, journey.id, ['pause', 'hear']);
    expect(after).toEqual([
      { nodeId: 'pause', entered: 1, waitingHere: 0, passed: 1 },
      { nodeId: 'hear', entered: 1, waitingHere: 1, passed: 0 },
    ]);
  });

  it('lists the accounts behind a counter, one row per entry, paged without losing an account that straddles two pages', async () => {
    const row = (accountId: string, entryNumber: number, at: number) => expect.objectContaining({ accountId, entryNumber, at, accountName: accountId === acme ? 'Acme' : 'Globex' });
    expect(await nodeAccounts(t.db, journey.id, 'start', 'entered', 10, null)).toEqual([row(acme, 1, T0), row(acme, 2, T0 + HOUR), row(globex, 1, T0)]);
    const first = await nodeAccounts(t.db, journey.id, 'start', 'entered', 1, null);
    expect(first).toEqual([row(acme, 1, T0)]);
    const second = await nodeAccounts(t.db, journey.id, 'start', 'entered', 1, { accountId: acme, entryNumber: 1 });
    expect(second).toEqual([row(acme, 2, T0 + HOUR)]);
    expect(await nodeAccounts(t.db, journey.id, 'start', 'entered', 5, { accountId: acme, entryNumber: 2 })).toEqual([row(globex, 1, T0)]);
    expect(await nodeAccounts(t.db, journey.id, 'start', 'entered', 5, { accountId: globex, entryNumber: 1 })).toEqual([]);

    expect(await nodeAccounts(t.db, journey.id, 'alert', 'passed', 10, null)).toEqual([row(acme, 1, T0), row(acme, 2, T0 + HOUR)]);
    // Globex waited from T0 and left the wait at its logical end, T0 + 5 days.
    expect(await nodeAccounts(t.db, journey.id, 'pause', 'passed', 10, null)).toEqual([row(globex, 1, T0 + 5 * DAY_MS)]);
    expect(await nodeAccounts(t.db, journey.id, 'hear', 'waitingHere', 10, null)).toEqual([row(globex, 1, T0 + 5 * DAY_MS)]);
    expect(await nodeAccounts(t.db, journey.id, 'pause', 'waitingHere', 10, null)).toEqual([]);
  });

  it("gives an account's moves and its journey timeline, newest entry first", async () => {
    const moves = await accountMoves(t.db, journey.id, globex);
    expect(moves.map((m) => [m.from, m.to, m.via, m.at])).toEqual([
      ['', 'start', 'enter', T0],
      ['start', 'ready', 'next', T0],
      ['ready', 'pause', 'other', T0],
      ['pause', 'hear', 'wake', T0 + 5 * DAY_MS],
    ]);
    const timeline = await accountJourneys(t.db, acme, 50);
    expect(timeline.map((e) => [e.journeyName, e.entryNumber, e.status, e.enteredAt, e.endedAt])).toEqual([
      ['Nurture', 2, 'completed', T0 + HOUR, T0 + HOUR],
      ['Nurture', 1, 'completed', T0, T0],
    ]);
    expect(timeline[1]!.moves.map((m) => [m.from, m.to, m.via])).toEqual([
      [null, 'start', 'enter'],
      ['start', 'ready', 'next'],
      ['ready', 'alert', 'path'],
      ['alert', null, 'ok'],
    ]);
    expect((await accountJourneys(t.db, acme, 1)).map((e) => e.entryNumber)).toEqual([2]);
    expect((await accountJourneys(t.db, globex, 50)).map((e) => [e.entryNumber, e.status, e.endedAt])).toEqual([[1, 'active', null]]);
    await expect(accountJourneys(t.db, 'acc_nothing', 50)).rejects.toBeInstanceOf(QuorumError);
  });
});
