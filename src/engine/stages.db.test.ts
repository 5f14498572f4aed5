import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { parseJson } from '../store/db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createStageModel, publishStageModel } from '../store/stage-models.ts';
import { updateSolutionInterest } from '../store/solution-interests.ts';
import { listStageHistory } from '../store/buying-groups.ts';
import { QuorumError } from '../domain/errors.ts';
import { generateForAccounts, loadPlan } from './generation/index.ts';
import { moveStage, setStatusLabel } from './stages.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

const ALICE = { userId: 'usr_alice' };

describe(`stages and status label (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let groupId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const plan = await loadPlan(t.db, t.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    await t.db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
    groupId = (await t.db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[0]!).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t.drop());

  const state = async () => ({
    group: await t.db.selectFrom('buying_groups').select(['stage', 'status_label', 'status_label_norm', 'updated_at']).where('id', '=', groupId).executeTakeFirstOrThrow(),
    history: (await t.db.selectFrom('stage_history').select(['from_stage', 'to_stage']).where('buying_group_id', '=', groupId).orderBy('at').orderBy('id').execute()).map((h) => `${h.from_stage ?? '∅'}→${h.to_stage}`),
    events: (await t.db.selectFrom('events').select(['type', 'payload']).where('buying_group_id', '=', groupId).where('type', 'in', ['stage_changed', 'status_changed']).orderBy('seq').execute()).map((e) => ({
      type: e.type,
      ...parseJson<Record<string, unknown>>(e.payload),
    })),
  });
  const refusal = async (to: string) => {
    try {
      await moveStage(t.db, ALICE, groupId, to, T0 + 9999);
    } catch (e) {
      if (e instanceof QuorumError) return e;
      throw e;
    }
    throw new Error('expected a refusal');
  };

  it('refuses stages while the solution interest has no stage model', async () => {
    const before = await state();
    const e = await refusal('new');
    expect(e.code).toBe('invalid_state');
    expect(e.errors).toEqual([{ field: '/to', message: expect.stringContaining('has no stage model') }]);
    expect(await state()).toEqual(before);
  });

  it('moves along the Live stage model: entry stage first, then allowed transitions, with history and events', async () => {
    const model = await createStageModel(
      t.db,
      SYSTEM_ACTOR,
      {
        name: 'Pipeline',
        description: null,
        stages: [
          { key: 'new', name: 'New', kind: 'entry' },
          { key: 'engaged', name: 'Engaged', kind: 'intermediate' },
          { key: 'won', name: 'Won', kind: 'success' },
          { key: 'lost', name: 'Lost', kind: 'failure' },
        ],
        transitions: [
          { from: 'new', to: 'engaged' },
          { from: 'engaged', to: 'won' },
          { from: 'engaged', to: 'lost' },
          { from: 'lost', to: 'engaged' },
        ],
      },
      T0,
    );
    await publishStageModel(t.db, SYSTEM_ACTOR, model.id, T0);
    await updateSolutionInterest(t.db, SYSTEM_ACTOR, tenant.solutionInterestId, { stageModelId: model.id }, T0);

    const before = await state();
    const notEntry = await refusal('engaged');
    expect(notEntry.code).toBe('invalid_state');
    expect(notEntry.message).toBe(`cannot move buying group ${groupId} to "engaged": "engaged" (Engaged) is not an entry stage: the buying group has no stage yet, so it starts at an entry stage: "new"`);
    expect(await state()).toEqual(before);

    expect(await moveStage(t.db, ALICE, groupId, 'new', T0 + 10)).toEqual({ buyingGroupId: groupId, from: null, to: 'new', at: T0 + 10 });
    await moveStage(t.db, ALICE, groupId, 'engaged', T0 + 20);
    await moveStage(t.db, SYSTEM_ACTOR, groupId, 'lost', T0 + 30);
    await moveStage(t.db, ALICE, groupId, 'engaged', T0 + 40);
    const after = await state();
    expect(after.group).toMatchObject({ stage: 'engaged', updated_at: T0 + 40 });
    expect(after.history).toEqual(['∅→new', 'new→engaged', 'engaged→lost', 'lost→engaged']);
    expect(after.events).toEqual([
      { type: 'stage_changed', from: null, to: 'new' },
      { type: 'stage_changed', from: 'new', to: 'engaged' },
      { type: 'stage_changed', from: 'engaged', to: 'lost' },
      { type: 'stage_changed', from: 'lost', to: 'engaged' },
    ]);
    const page = await listStageHistory(t.db, groupId, { limit: 3 });
    expect(page.data.map((h) => [h.from, h.to, h.actorId, h.at])).toEqual([
      [null, 'new', 'usr_alice', T0 + 10],
      ['new', 'engaged', 'usr_alice', T0 + 20],
      ['engaged', 'lost', null, T0 + 30],
    ]);
    expect(page.data[0]?.id).toMatch(/^stc_/);
    const rest = await listStageHistory(t.db, groupId, { limit: 3, cursor: page.nextCursor as string });
    expect(rest).toMatchObject({ nextCursor: null, data: [{ from: 'lost', to: 'engaged' }] });
  });

  it('refuses a move that is not an allowed transition, naming the allowed next stages, and changes nothing', async () => {
    const before = await state();
    const e = await refusal('new');
    expect(e.code).toBe('invalid_state');
    expect(e.errors).toEqual([
      { field: '/to', message: `cannot move buying group ${groupId} to "new": the stage model has no transition from "engaged" (Engaged) to "new" (New); from "engaged" (Engaged) the buying group may move to "won" or "lost"` },
    ]);
    expect((await refusal('engaged')).message).toContain('already in stage "engaged"');
    const unknown = await refusal('closed');
    expect(unknown.code).toBe('validation_failed');
    expect(unknown.message).toContain('"closed" is not a stage of this stage model');
    expect(await state()).toEqual(before);
    await moveStage(t.db, ALICE, groupId, 'won', T0 + 50);
    expect((await refusal('lost')).message).toContain('is in the success stage "won" (Won), which it does not leave');
  });

  it('keeps the stage model of a solution interest whose groups have stages', async () => {
    await expect(updateSolutionInterest(t.db, SYSTEM_ACTOR, tenant.solutionInterestId, { stageModelId: null }, T0)).rejects.toMatchObject({ code: 'in_use' });
  });

  it('sets, keeps and clears the status label, with events and without events when nothing changes', async () => {
    const before = (await state()).events.length;
    expect(await setStatusLabel(t.db, ALICE, groupId, '  Hot lead ', T0 + 60)).toEqual({ changed: true, from: null, to: 'Hot lead' });
    expect(await setStatusLabel(t.db, ALICE, groupId, 'Hot lead', T0 + 61)).toEqual({ changed: false, from: 'Hot lead', to: 'Hot lead' });
    expect((await state()).group).toMatchObject({ status_label: 'Hot lead', status_label_norm: 'hot lead', updated_at: T0 + 60 });
    await setStatusLabel(t.db, ALICE, groupId, 'Ünïcode ✓ '.padEnd(50, 'x'), T0 + 62);
    expect(await setStatusLabel(t.db, ALICE, groupId, '', T0 + 63)).toEqual({ changed: true, from: 'Ünïcode ✓ '.padEnd(50, 'x'), to: null });
    const after = await state();
    expect(after.group).toMatchObject({ status_label: null, status_label_norm: null });
    expect(after.events.slice(before)).toEqual([
      { type: 'status_changed', from: null, to: 'Hot lead' },
      { type: 'status_changed', from: 'Hot lead', to: 'Ünïcode ✓ '.padEnd(50, 'x') },
      { type: 'status_changed', from: 'Ünïcode ✓ '.padEnd(50, 'x'), to: null },
    ]);
  });

  it('refuses a status label over 50 characters or with control characters, changing nothing', async () => {
    const before = await state();
    await expect(setStatusLabel(t.db, ALICE, groupId, 'x'.repeat(51), T0)).rejects.toMatchObject({
      code: 'validation_failed',
      errors: [{ field: '/statusLabel', message: 'the status label must be at most 50 characters (it has 51)' }],
    });
    // 50 emoji are 100 UTF-16 units but 50 characters: accepted; 51 are not.
    await expect(setStatusLabel(t.db, ALICE, groupId, '🔥'.repeat(51), T0)).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(setStatusLabel(t.db, ALICE, groupId, 'two\nlines', T0)).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(setStatusLabel(t.db, ALICE, 'bg_NOPE', 'x', T0)).rejects.toMatchObject({ code: 'not_found' });
    expect(await state()).toEqual(before);
    expect(await setStatusLabel(t.db, ALICE, groupId, '🔥'.repeat(50), T0 + 70)).toMatchObject({ changed: true });
  });
});
