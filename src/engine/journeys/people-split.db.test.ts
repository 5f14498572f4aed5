/**
 * A split by people on the test engine, stepped by the worker: people follow the path of the first
 * condition they match, and a person's list membership (`memberOfList`: one of their accounts is
 * in the list) is evaluated with the batch's list members, as the template rules evaluate it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { addAccountListMembers, createAccountList } from '../../store/account-lists.ts';
import { createJourney, publishJourney } from '../../store/journeys.ts';
import { DAY_MS, ManualClock } from '../../domain/clock.ts';
import { definitionSchema } from '../../domain/journeys/index.ts';
import { smallTenant, T0, type Tenant } from '../test-fixtures.ts';
import { JourneyWorker } from './worker.ts';

describe(`journey split by people (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let journeyId: string;
  const clock = new ManualClock(T0);

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const vip = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'VIP', description: null, kind: 'static' }, T0);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, vip.id, [tenant.accounts[0]!], T0);
    const definition = definitionSchema.parse({
      nodes: [
        { id: 'start', kind: 'entry', listId: tenant.listId, next: 'who' },
        { id: 'who', kind: 'peopleSplit', paths: [{ label: 'VIP', condition: { memberOfList: vip.id }, next: 'vip' }], otherPath: { next: 'rest' }, mergeId: 'join' },
        { id: 'vip', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, next: 'join' },
        { id: 'rest', kind: 'wait', wait: { type: 'duration', duration: { amount: 2, unit: 'days' } }, next: 'join' },
        { id: 'join', kind: 'merge', next: null },
      ],
    });
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'By people', description: null, definition, startAt: null, endAt: T0 + 30 * DAY_MS }, T0);
    journeyId = (await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1)).id;
  });
  afterAll(async () => {
    await t.drop();
  });

  it("sends the people of the list's account down its path and the others down the other path", async () => {
    const worker = new JourneyWorker({ database: t, clock, mailer: null, publicUrl: null });
    clock.set(T0 + 1000);
    const c = await worker.tick(clock.now());
    expect(c.admitted).toBe(2);
    const [acme, globex] = tenant.accounts as [string, string];
    const nodesOf = async (accountId: string) =>
      (await t.db.selectFrom('journey_positions').select('node_id').where('journey_id', '=', journeyId).where('account_id', '=', accountId).execute()).map((r) => r.node_id);
    const acmeNodes = await nodesOf(acme);
    const globexNodes = await nodesOf(globex);
    expect(acmeNodes.length).toBeGreaterThan(0);
    expect(globexNodes.length).toBeGreaterThan(0);
    expect(new Set(acmeNodes)).toEqual(new Set(['vip']));
    expect(new Set(globexNodes)).toEqual(new Set(['rest']));
    // After both waits every token has merged and the enrollments are done.
    clock.set(T0 + 3 * DAY_MS);
    await worker.tick(clock.now());
    const open = await t.db.selectFrom('journey_enrollments').select('status').where('journey_id', '=', journeyId).where('status', '=', 'active').execute();
    expect(open).toEqual([]);
  });
});
