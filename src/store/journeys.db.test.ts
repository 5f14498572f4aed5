/**
 * Journey definitions in the store, on the test engine: create / update (Draft: anything; Live:
 * only the end date) with If-Match, publish validated against the stored configuration (solution
 * interests, stage models, lists) with every problem on its node, close / abort / duplicate, and
 * enrollments unique per (journey, account, entry number).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { QuorumError } from '../domain/errors.ts';
import { DAY_MS } from '../domain/clock.ts';
import { definitionSchema, startEnrollment, advance } from '../domain/journeys/index.ts';
import { createJourney, deleteJourney, duplicateJourney, endJourney, getJourney, insertEnrollment, journeyProblems, listEnrollments, listJourneys, publishJourney, saveEnrollment, updateJourney } from './journeys.ts';
import { createStageModel, publishStageModel } from './stage-models.ts';
import { updateSolutionInterest } from './solution-interests.ts';
import { smallTenant, T0, type Tenant } from '../engine/test-fixtures.ts';

async function refusal(p: Promise<unknown>): Promise<QuorumError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QuorumError) return e;
    throw e;
  }
  throw new Error('expected a refusal, but the write was applied');
}

describe(`journeys store (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  const graph = (listId: string, siId: string) =>
    definitionSchema.parse({
      nodes: [
        { id: 'start', kind: 'entry', listId, next: 'ready' },
        { id: 'ready', kind: 'accountSplit', paths: [{ condition: { buyingGroup: { solutionInterestId: siId, completeness: { op: 'gte', value: 70 } } }, next: 'alert' }], otherPath: { next: 'pause' } },
        { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: siId, email: { to: ['sales@example.com'] } }, next: null },
        { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'stage' },
        { id: 'stage', kind: 'action', action: 'updateStage', settings: { solutionInterestId: siId, stage: 'engaged' }, next: null },
      ],
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
  });
  afterAll(async () => t.drop());

  it('publishes only a valid graph, reporting each problem on its node; then only the end date may change', async () => {
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Nurture', description: null, definition: graph(tenant.listId, tenant.solutionInterestId), startAt: null, endAt: null }, T0);
    expect(j).toMatchObject({ status: 'draft', version: 1, startAt: null });
    expect(j.id).toMatch(/^jny_/);

    // No stage model on the solution interest yet, and no end date.
    const e1 = await refusal(publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1));
    expect(e1.code).toBe('invalid_state');
    expect(e1.errors.map((x) => `${x.code} ${x.nodeId ?? '-'} ${x.field}`)).toEqual(['no_stage_model stage /definition/nodes/4/settings/solutionInterestId', 'missing_end_date - /endAt']);
    expect((await journeyProblems(t.db, j.id, T0)).map((p) => p.code)).toEqual(['no_stage_model', 'missing_end_date']);
    expect((await getJourney(t.db, j.id)).status).toBe('draft');

    const model = await createStageModel(t.db, SYSTEM_ACTOR, { name: 'Pipeline', description: null, stages: [{ key: 'new', name: 'New', kind: 'entry' }, { key: 'engaged', name: 'Engaged', kind: 'intermediate' }, { key: 'won', name: 'Won', kind: 'success' }], transitions: [{ from: 'new', to: 'engaged' }, { from: 'engaged', to: 'won' }] }, T0);
    await publishStageModel(t.db, SYSTEM_ACTOR, model.id, T0, undefined);
    await updateSolutionInterest(t.db, SYSTEM_ACTOR, tenant.solutionInterestId, { stageModelId: model.id }, T0, undefined);

    // If-Match is checked before anything else.
    expect((await refusal(updateJourney(t.db, SYSTEM_ACTOR, j.id, { endAt: T0 + 90 * DAY_MS }, T0, 7))).code).toBe('precondition_failed');
    const dated = await updateJourney(t.db, SYSTEM_ACTOR, j.id, { endAt: T0 + 90 * DAY_MS, startAt: T0 + DAY_MS }, T0, 1);
    expect(dated.version).toBe(2);

    const live = await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0 + 60_000, 2);
    expect(live).toMatchObject({ status: 'live', startAt: T0 + DAY_MS, publishedAt: T0 + 60_000, version: 3 });
    expect((await refusal(publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 3))).errors).toEqual([{ field: '/status', message: 'only a Draft can be published; this journey is Live', code: 'not_draft' }]);

    const frozen = await refusal(updateJourney(t.db, SYSTEM_ACTOR, j.id, { name: 'Renamed', endAt: T0 + 80 * DAY_MS }, T0 + 120_000, 3));
    expect(frozen.code).toBe('immutable');
    expect(frozen.errors.map((x) => x.field)).toEqual(['/name']);
    expect((await refusal(updateJourney(t.db, SYSTEM_ACTOR, j.id, { endAt: T0 }, T0 + 120_000, 3))).code).toBe('validation_failed');
    // The same name and definition sent back are no change (whatever order jsonb keeps keys in).
    const reordered = JSON.parse(JSON.stringify(live.definition, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)));
    const moved = await updateJourney(t.db, SYSTEM_ACTOR, j.id, { name: 'Nurture', definition: reordered, endAt: T0 + 80 * DAY_MS }, T0 + 120_000, 3);
    expect(moved).toMatchObject({ endAt: T0 + 80 * DAY_MS, version: 4, status: 'live' });
    expect((await refusal(deleteJourney(t.db, SYSTEM_ACTOR, j.id, T0, 4))).code).toBe('invalid_state');

    const closed = await endJourney(t.db, SYSTEM_ACTOR, j.id, 'close', T0 + 2 * DAY_MS, 4);
    expect(closed).toMatchObject({ status: 'closed', closedAt: T0 + 2 * DAY_MS });
    expect((await refusal(endJourney(t.db, SYSTEM_ACTOR, j.id, 'close', T0, 5))).errors[0]!.code).toBe('not_live');

    const copy = await duplicateJourney(t.db, SYSTEM_ACTOR, j.id, T0 + 3 * DAY_MS);
    expect(copy).toMatchObject({ name: 'Nurture (copy)', status: 'draft', version: 1, definition: closed.definition });

    const audit = await t.db.selectFrom('audit_log').select('action').where('entity_id', '=', j.id).orderBy('at').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'publish', 'update', 'close']);
    const page = await listJourneys(t.db, { limit: 10, status: 'draft' });
    expect(page.data.map((x) => x.name)).toEqual(['Nurture (copy)']);
  });

  it('keeps one enrollment per (journey, account, entry number) and aborting ends every active one', async () => {
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Alerts', description: null, definition: graph(tenant.listId, tenant.solutionInterestId), startAt: null, endAt: T0 + 30 * DAY_MS }, T0);
    await publishJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1);
    const def = (await getJourney(t.db, j.id)).definition;
    const account = tenant.accounts[0]!;
    const first = startEnrollment({ journeyId: j.id, accountId: account, entryNumber: 1 }, 'start', T0);
    const stored = await insertEnrollment(t.db, first, T0);
    const again = await refusal(insertEnrollment(t.db, first, T0));
    expect(again.code).toBe('conflict');
    // The database says so too, whatever the code checks first.
    await expect(t.db.insertInto('journey_enrollments').values({ id: 'jen_x', journey_id: j.id, account_id: account, entry_number: 1, status: 'active', state: '[]', entered_at: T0, ended_at: null, updated_at: T0 }).execute()).rejects.toThrow();
    await insertEnrollment(t.db, { ...first, entryNumber: 2 }, T0);

    // The state round-trips: tokens as advance left them.
    const step = advance(def, first, { account: { ...emptyAccount(account) }, events: [], effectResults: new Map() }, T0);
    await saveEnrollment(t.db, stored.id, step.enrollment, T0);
    const [e1, e2] = await listEnrollments(t.db, j.id, account);
    expect(e1!.tokens).toEqual(step.enrollment.tokens);
    expect(e1!.tokens[0]).toMatchObject({ nodeId: 'pause', state: { kind: 'waiting', wakeAt: T0 + 5 * DAY_MS } });
    expect(e2!.entryNumber).toBe(2);

    const aborted = await endJourney(t.db, SYSTEM_ACTOR, j.id, 'abort', T0 + DAY_MS, 2);
    expect(aborted).toMatchObject({ status: 'aborted', endedAt: T0 + DAY_MS });
    expect((await listEnrollments(t.db, j.id)).map((e) => [e.status, e.endedAt])).toEqual([
      ['completed', T0 + DAY_MS],
      ['completed', T0 + DAY_MS],
    ]);
    expect((await refusal(endJourney(t.db, SYSTEM_ACTOR, j.id, 'abort', T0, 3))).errors[0]!.code).toBe('already_over');
  });

  it('deletes Drafts only and refuses a name already taken', async () => {
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'Scratch', description: null, definition: definitionSchema.parse({ nodes: [] }), startAt: null, endAt: null }, T0);
    expect((await refusal(createJourney(t.db, SYSTEM_ACTOR, { name: ' scratch ', description: null, definition: definitionSchema.parse({ nodes: [] }), startAt: null, endAt: null }, T0))).code).toBe('duplicate');
    await deleteJourney(t.db, SYSTEM_ACTOR, j.id, T0, 1);
    expect((await refusal(getJourney(t.db, j.id))).code).toBe('not_found');
  });
});

function emptyAccount(id: string) {
  return {
    id,
    name: 'Acme',
    domain: null,
    industry: null,
    country: null,
    region: null,
    state: null,
    city: null,
    sicCode: null,
    externalId: null,
    employees: null,
    annualRevenue: null,
    createdAt: T0,
    updatedAt: T0,
    custom: {},
    ancestorIds: [],
    listIds: [],
    people: [],
    buyingGroups: [],
  };
}
