/**
 * One enrollment step on the test engine: state and next wake-up stored, effects in the outbox by
 * idempotency key — a step repeated from the same state, or two at once, adds each effect once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { DAY_MS } from '../../domain/clock.ts';
import { definitionSchema, startEnrollment, type AdvanceFacts } from '../../domain/journeys/index.ts';
import { createJourney, dueEnrollments, getEnrollment, insertEnrollment, listEffects, publishJourney, saveEnrollment } from '../../store/journeys.ts';
import { createStageModel, publishStageModel } from '../../store/stage-models.ts';
import { updateSolutionInterest } from '../../store/solution-interests.ts';
import { smallTenant, T0, type Tenant } from '../test-fixtures.ts';
import { stepEnrollment, type FactsLoader } from './step.ts';

describe(`journey enrollment step (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let journeyId: string;

  // The facts as the (not yet built) loader would read them: an account whose group is 40 % complete.
  const facts: FactsLoader = async (_trx, es) => new Map(es.map((e) => [e.id, factsOf(e.accountId)]));
  const factsOf = (accountId: string) =>
    ({
      account: {
        id: accountId, name: 'Acme', domain: null, industry: null, country: null, region: null, state: null, city: null, sicCode: null, externalId: null,
        employees: null, annualRevenue: null, createdAt: T0, updatedAt: T0, custom: {}, ancestorIds: [], listIds: [], people: [],
        buyingGroups: [{ id: 'bg_1', solutionInterestId: tenant.solutionInterestId, active: true, stage: 'new', statusLabel: null, completeness: 40, engagement: 0, roleCounts: {} }],
      },
      events: [],
      effectResults: new Map(),
    }) satisfies AdvanceFacts;

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const model = await createStageModel(t.db, SYSTEM_ACTOR, { name: 'Pipeline', description: null, stages: [{ key: 'new', name: 'New', kind: 'entry' }, { key: 'engaged', name: 'Engaged', kind: 'success' }], transitions: [{ from: 'new', to: 'engaged' }] }, T0);
    await publishStageModel(t.db, SYSTEM_ACTOR, model.id, T0, undefined);
    await updateSolutionInterest(t.db, SYSTEM_ACTOR, tenant.solutionInterestId, { stageModelId: model.id }, T0, undefined);
    const si = tenant.solutionInterestId;
    const definition = definitionSchema.parse({
      nodes: [
        { id: 'start', kind: 'entry', listId: tenant.listId, next: 'ready' },
        { id: 'ready', kind: 'accountSplit', paths: [{ condition: { buyingGroup: { solutionInterestId: si, completeness: { op: 'gte', value: 70 } } }, next: 'alert' }], otherPath: { next: 'pause' } },
        { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: si, email: { to: ['sales@example.com'] } }, next: null },
        { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'stage' },
        { id: 'stage', kind: 'action', action: 'updateStage', settings: { solutionInterestId: si, stage: 'engaged' }, next: null },
      ],
    });
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Nurture', description: null, definition, startAt: null, endAt: T0 + 60 * DAY_MS }, T0);
    journeyId = (await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1)).id;
  });
  afterAll(async () => t.drop());

  it('stores the wait with its wake-up time, then acts once when it is due, however often the step runs', async () => {
    const stored = await insertEnrollment(t.db, startEnrollment({ journeyId, accountId: tenant.accounts[0]!, entryNumber: 1 }, 'start', T0), T0);
    expect(await dueEnrollments(t.db, T0, 10)).toEqual([stored.id]); // a new enrollment is due at once

    const first = await stepEnrollment(t.db, stored.id, facts, T0);
    expect(first.added).toEqual([]);
    expect(first.enrollment.tokens[0]).toMatchObject({ nodeId: 'pause', state: { kind: 'waiting', wakeAt: T0 + 5 * DAY_MS } });
    expect(await dueEnrollments(t.db, T0 + 5 * DAY_MS - 1, 10)).toEqual([]);
    expect(await dueEnrollments(t.db, T0 + 5 * DAY_MS, 10)).toEqual([stored.id]);
    const waiting = await getEnrollment(t.db, stored.id);

    const woken = await stepEnrollment(t.db, stored.id, facts, T0 + 5 * DAY_MS + 1000);
    const key = `${journeyId}/${tenant.accounts[0]}/1/t/3/stage`;
    expect(woken.added).toEqual([key]);
    expect(woken.enrollment).toMatchObject({ status: 'completed', endedAt: T0 + 5 * DAY_MS });
    expect(await dueEnrollments(t.db, T0 + 99 * DAY_MS, 10)).toEqual([]);

    // A worker that read the waiting state before the commit (or a retry after a crash) runs the same step again: nothing is added.
    await saveEnrollment(t.db, stored.id, waiting, T0);
    const again = await stepEnrollment(t.db, stored.id, facts, T0 + 5 * DAY_MS + 5000);
    expect(again.added).toEqual([]);
    const effects = await listEffects(t.db, stored.id);
    expect(effects.map((e) => [e.key, e.type, e.status, e.at])).toEqual([[key, 'updateStage', 'pending', T0 + 5 * DAY_MS]]);
    expect(effects[0]).toMatchObject({ solutionInterestId: tenant.solutionInterestId, stage: 'engaged' });
  });

  it('two steps at once on one enrollment add each effect once', async () => {
    const stored = await insertEnrollment(t.db, startEnrollment({ journeyId, accountId: tenant.accounts[1]!, entryNumber: 1 }, 'start', T0), T0);
    const results = await Promise.all([0, 1, 2].map(() => stepEnrollment(t.db, stored.id, facts, T0 + 6 * DAY_MS)));
    expect(results.flatMap((r) => r.added)).toEqual([`${journeyId}/${tenant.accounts[1]}/1/t/3/stage`]);
    expect(await listEffects(t.db, stored.id)).toHaveLength(1);
    expect((await getEnrollment(t.db, stored.id)).status).toBe('completed');
  });
});
