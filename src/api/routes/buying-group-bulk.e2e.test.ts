/**
 * POST /buying-groups/bulk: Browse's bulk actions over picked groups or every group matching the
 * filters — status labels and stage moves in one transaction, with the events, stage history and
 * versions a single change gives, refusals per (solution interest, stage) with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { generateForAccounts, loadPlan } from '../../engine/generation/index.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

interface BulkBody {
  matched: number;
  updated: number;
  unchanged: number;
  refused: { solutionInterestId: string; from: string | null; count: number; reason: string }[];
}

describe('bulk changes to buying groups', () => {
  let t: TestApp;
  let tenant: Tenant;
  let acme: string;
  let globex: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(T0 + 60_000);
    const db = t.db.db;
    tenant = await smallTenant(db);
    const plan = await loadPlan(db, t.db.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    await db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
    const groups = await db.selectFrom('buying_groups').select(['id', 'account_id']).execute();
    acme = groups.find((g) => g.account_id === tenant.accounts[0])?.id as string;
    globex = groups.find((g) => g.account_id === tenant.accounts[1])?.id as string;
  });
  afterAll(async () => t.close());

  const groups = () => t.db.db.selectFrom('buying_groups').select(['id', 'stage', 'status_label', 'version']).orderBy('id').execute();
  const snapshot = async () => ({
    groups: await groups(),
    events: (await t.db.db.selectFrom('events').select('seq').execute()).length,
    history: (await t.db.db.selectFrom('stage_history').select('id').execute()).length,
    audit: (await t.db.db.selectFrom('audit_log').select('id').where('action', '=', 'bulk_update').execute()).length,
  });
  const eventsOf = (type: string) => t.db.db.selectFrom('events').select(['buying_group_id', 'payload']).where('type', '=', type).orderBy('seq').execute();

  it('sets the status label of every group matching a filter, once each, with events and one audit entry', async () => {
    const before = await groups();
    const res = await t.call<BulkBody>('POST', '/buying-groups/bulk', { filter: { solutionInterestId: [tenant.solutionInterestId] }, action: { type: 'set_status', statusLabel: '  Hot  ' } }, { as: 'editor' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ matched: 2, updated: 2, unchanged: 0, refused: [] });
    const after = await groups();
    expect(after.map((g) => g.status_label)).toEqual(['Hot', 'Hot']);
    expect(after.map((g) => g.version)).toEqual(before.map((g) => g.version + 1));
    expect((await eventsOf('status_changed')).map((e) => e.buying_group_id).sort()).toEqual([acme, globex].sort());
    // The API's filter and the bulk change agree: the same groups are listed by the label now.
    const listed = await t.call<{ data: { id: string }[] }>('GET', '/buying-groups?statusLabel=hot');
    expect(listed.body.data.map((g) => g.id).sort()).toEqual([acme, globex].sort());

    const again = await t.call<BulkBody>('POST', '/buying-groups/bulk', { filter: {}, action: { type: 'set_status', statusLabel: 'Hot' } });
    expect(again.body).toEqual({ matched: 2, updated: 0, unchanged: 2, refused: [] });
    expect((await eventsOf('status_changed')).length).toBe(2);
    expect((await snapshot()).audit).toBe(1);
  });

  it('changes only the groups picked by id', async () => {
    const res = await t.call<BulkBody>('POST', '/buying-groups/bulk', { ids: [acme], action: { type: 'set_status', statusLabel: null } });
    expect(res.body).toEqual({ matched: 1, updated: 1, unchanged: 0, refused: [] });
    expect(Object.fromEntries((await groups()).map((g) => [g.id, g.status_label]))).toEqual({ [acme]: null, [globex]: 'Hot' });
  });

  it('refuses stage moves without a stage model, reporting them, and writes nothing', async () => {
    const before = await snapshot();
    const res = await t.call<BulkBody>('POST', '/buying-groups/bulk', { filter: {}, action: { type: 'move_stage', to: 'new' } });
    expect(res.status).toBe(200);
    expect(res.body.updated).toBe(0);
    expect(res.body.refused).toEqual([{ solutionInterestId: tenant.solutionInterestId, from: null, count: 2, reason: expect.stringMatching(/has no stage model/) }]);
    expect(await snapshot()).toEqual(before);
  });

  it('moves groups along the Live stage model; groups that may not move are left as they are, counted per stage with the reason', async () => {
    const model = await t.call<{ id: string }>('POST', '/stage-models', {
      name: 'Bulk pipeline',
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
      ],
    });
    expect((await t.call('POST', `/stage-models/${model.body.id}/publish`, undefined, ANY_VERSION)).status).toBe(200);
    expect((await t.call('PATCH', `/solution-interests/${tenant.solutionInterestId}`, { stageModelId: model.body.id }, ANY_VERSION)).status).toBe(200);

    // Both start at the entry stage.
    expect((await t.call<BulkBody>('POST', '/buying-groups/bulk', { filter: {}, action: { type: 'move_stage', to: 'new' } })).body).toEqual({ matched: 2, updated: 2, unchanged: 0, refused: [] });
    // One moves on by itself.
    expect((await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'engaged' })).status).toBe(200);

    const before = await snapshot();
    const res = await t.call<BulkBody>('POST', '/buying-groups/bulk', { filter: {}, action: { type: 'move_stage', to: 'won' } });
    expect(res.body).toMatchObject({ matched: 2, updated: 1, unchanged: 0 });
    expect(res.body.refused).toEqual([{ solutionInterestId: tenant.solutionInterestId, from: 'new', count: 1, reason: expect.stringMatching(/"engaged"/) }]);
    const after = await snapshot();
    expect(Object.fromEntries(after.groups.map((g) => [g.id, g.stage]))).toEqual({ [acme]: 'won', [globex]: 'new' });
    expect(after.history).toBe(before.history + 1);
    expect(after.events).toBe(before.events + 1);
    const moved = await eventsOf('stage_changed');
    expect(moved.at(-1)?.buying_group_id).toBe(acme);
    const history = await t.call<{ data: { from: string | null; to: string }[] }>('GET', `/buying-groups/${acme}/stage-history`);
    expect(history.body.data.map((h) => `${h.from}→${h.to}`)).toEqual(['null→new', 'new→engaged', 'engaged→won']);

    // Already there: unchanged, not refused.
    expect((await t.call<BulkBody>('POST', '/buying-groups/bulk', { ids: [globex], action: { type: 'move_stage', to: 'new' } })).body).toEqual({ matched: 1, updated: 0, unchanged: 1, refused: [] });
  });

  it('refuses bad requests naming the field, and viewers, writing nothing', async () => {
    const before = await snapshot();
    const bad = async (body: unknown, status: number, code: string, field: string) => {
      const p = expectProblem(await t.call('POST', '/buying-groups/bulk', body), status, code);
      expect(p.errors?.map((e) => e.field)).toContain(field);
    };
    await bad({ action: { type: 'set_status', statusLabel: 'x' } }, 400, 'validation_failed', '/ids');
    await bad({ ids: [acme], filter: {}, action: { type: 'set_status', statusLabel: 'x' } }, 400, 'validation_failed', '/ids');
    await bad({ ids: [], action: { type: 'set_status', statusLabel: 'x' } }, 400, 'validation_failed', '/ids');
    await bad({ ids: ['nope'], action: { type: 'set_status', statusLabel: 'x' } }, 400, 'validation_failed', '/ids/0');
    await bad({ ids: [acme, 'bg_nope'], action: { type: 'set_status', statusLabel: 'x' } }, 404, 'not_found', '/ids/1');
    await bad({ filter: {}, action: { type: 'set_status', statusLabel: 'x'.repeat(51) } }, 400, 'validation_failed', '/action/statusLabel');
    await bad({ filter: {}, action: { type: 'paint' } }, 400, 'validation_failed', '/action/type');
    await bad({ filter: { stage: ['nowhere'] }, action: { type: 'move_stage', to: 'won' } }, 400, 'validation_failed', '/stage');
    await bad({ filter: { missingRoleId: ['rol_nope'] }, action: { type: 'move_stage', to: 'won' } }, 400, 'validation_failed', '/missingRoleId');
    const unknownStage = await t.call<BulkBody>('POST', '/buying-groups/bulk', { filter: {}, action: { type: 'move_stage', to: 'nowhere' } });
    expect(unknownStage.body.updated).toBe(0);
    expect(unknownStage.body.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/"nowhere" is not a stage of this stage model; its stages are/), expect.stringMatching(/"nowhere" is not a stage/)]);
    expectProblem(await t.call('POST', '/buying-groups/bulk', { filter: {}, action: { type: 'set_status', statusLabel: 'x' } }, { as: 'viewer' }), 403, 'forbidden');
    expect({ ...(await snapshot()) }).toEqual(before);
  });
});
