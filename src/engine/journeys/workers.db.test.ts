/**
 * Two journey workers on one PostgreSQL database at once, each with its own connection pool (the
 * claims are SKIP LOCKED): every account enters once, every enrollment step runs once and every
 * effect acts once. (SQLite is served by one process and its loop by one thread; two connections
 * in one thread would wait on each other's lock synchronously, so there is nothing to share there.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { openDatabase, type Database } from '../../store/db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { accountColumns } from '../../store/accounts.ts';
import { createAccountList } from '../../store/account-lists.ts';
import { createJourney, publishJourney } from '../../store/journeys.ts';
import { journeyCounters } from '../../store/journey-runtime.ts';
import { newId } from '../../domain/ids.ts';
import { DAY_MS } from '../../domain/clock.ts';
import { definitionSchema } from '../../domain/journeys/index.ts';
import { accountFields, T0 } from '../test-fixtures.ts';
import { JourneyWorker, type TickCounts } from './worker.ts';

const ACCOUNTS = 300;

describe.skipIf(TEST_ENGINE !== 'postgres')(`two journey workers at once (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let second: Database;
  let journeyId: string;
  let targetListId: string;
  let workers: JourneyWorker[];

  beforeAll(async () => {
    t = await createTestDatabase();
    second = openDatabase(t.url);
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Everyone', description: null, kind: 'static' }, T0);
    targetListId = (await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Reached', description: null, kind: 'static' }, T0)).id;
    const accounts = Array.from({ length: ACCOUNTS }, (_, i) => ({ id: newId('account', T0), ...accountColumns(accountFields(`Company ${i}`)), created_at: T0, updated_at: T0, version: 1 }));
    await t.db.insertInto('accounts').values(accounts).execute();
    await t.db.insertInto('account_list_members').values(accounts.map((a) => ({ account_id: a.id, list_id: list.id, added_at: T0 }))).execute();
    const definition = definitionSchema.parse({
      nodes: [
        { id: 'in', kind: 'entry', listId: list.id, next: 'hold' },
        { id: 'hold', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, next: 'mark' },
        { id: 'mark', kind: 'action', action: 'addToList', settings: { listId: targetListId }, next: null },
      ],
    });
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Shared', description: null, definition, startAt: null, endAt: T0 + 30 * DAY_MS }, T0);
    journeyId = (await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1)).id;
    const opts = { clock: { now: () => T0 }, mailer: null, publicUrl: null, batchSize: 20 };
    workers = [new JourneyWorker({ ...opts, database: t }), new JourneyWorker({ ...opts, database: second })];
  });
  afterAll(async () => {
    await second.close();
    await t.drop();
  });

  const both = async (now: number): Promise<TickCounts[]> => Promise.all(workers.map((w) => w.tick(now)));
  const sum = (cs: TickCounts[], f: (c: TickCounts) => number) => cs.reduce((a, c) => a + f(c), 0);

  it('admits each account once and steps each enrollment once, the work shared', async () => {
    const first = await both(T0 + 1000);
    expect(sum(first, (c) => c.admitted)).toBe(ACCOUNTS);
    expect(sum(first, (c) => c.stepped)).toBe(ACCOUNTS);
    const later = await both(T0 + DAY_MS + 2000);
    expect(sum(later, (c) => c.stepped)).toBe(ACCOUNTS);
    expect(sum(later, (c) => c.effects.done)).toBe(ACCOUNTS);
    expect(later.every((c) => c.stepped > 0)).toBe(true); // both took part
    expect(await both(T0 + DAY_MS + 3000)).toEqual([0, 1].map(() => ({ admitted: 0, woken: 0, stepped: 0, effects: { done: 0, skipped: 0, failed: 0, retried: 0 } })));

    const moves = await t.db.selectFrom('journey_moves').select(['enrollment_id', 'to_node', 'via']).where('journey_id', '=', journeyId).execute();
    expect(moves).toHaveLength(ACCOUNTS * 4); // enter, in→hold, hold→mark (wake), mark→end
    expect(new Set(moves.map((m) => `${m.enrollment_id}/${m.via}/${m.to_node}`)).size).toBe(ACCOUNTS * 4);
    expect(Number((await t.db.selectFrom('journey_enrollments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(ACCOUNTS);
    expect(Number((await t.db.selectFrom('account_list_members').select((eb) => eb.fn.countAll<number>().as('n')).where('list_id', '=', targetListId).executeTakeFirstOrThrow()).n)).toBe(ACCOUNTS);
    const effects = await t.db.selectFrom('journey_effects').select(['status', 'tries']).where('journey_id', '=', journeyId).execute();
    expect(effects).toHaveLength(ACCOUNTS);
    expect(effects.every((e) => e.status === 'done' && Number(e.tries) === 1)).toBe(true);
    expect(await journeyCounters(t.db, journeyId, ['in', 'hold', 'mark'])).toEqual([
      { nodeId: 'in', entered: ACCOUNTS, waitingHere: 0, passed: ACCOUNTS },
      { nodeId: 'hold', entered: ACCOUNTS, waitingHere: 0, passed: ACCOUNTS },
      { nodeId: 'mark', entered: ACCOUNTS, waitingHere: 0, passed: ACCOUNTS },
    ]);
  });
});
