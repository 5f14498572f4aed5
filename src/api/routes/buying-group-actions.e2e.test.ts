/**
 * Buying group writes through the API: manual member actions, status label, stages; and the
 * group's stage history and events. Groups come from the real generation over a small tenant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { generateForAccounts, loadPlan } from '../../engine/generation/index.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

interface GroupBody {
  id: string;
  completeness: number;
  completenessDisplay: number;
  statusLabel: string | null;
  stage: string | null;
  missingRoleIds: string[];
  memberCount: number;
  [k: string]: unknown;
}
interface ActionsBody {
  changes: Record<string, unknown>[];
  unchanged: { index: number; personId: string; reason: string }[];
  group: GroupBody;
}
interface EventBody {
  seq: number;
  id: string;
  type: string;
  payload: Record<string, unknown>;
  createdAt: string;
}
type PageBody<T> = { data: T[]; nextCursor: string | null };

describe('buying groups API (actions, status, stages, events)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let p: Record<string, string>;
  let acme: string;
  let globex: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(T0 + 60_000);
    const db = t.db.db;
    tenant = await smallTenant(db);
    p = tenant.people;
    const plan = await loadPlan(db, t.db.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    await db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
    const groups = await db.selectFrom('buying_groups').select(['id', 'account_id']).execute();
    acme = groups.find((g) => g.account_id === tenant.accounts[0])?.id as string;
    globex = groups.find((g) => g.account_id === tenant.accounts[1])?.id as string;
  });
  afterAll(async () => t.close());

  /** What a refused call must leave untouched. */
  const snapshot = async () => ({
    groups: await t.db.db.selectFrom('buying_groups').select(['id', 'stage', 'status_label', 'completeness', 'updated_at']).orderBy('id').execute(),
    members: await t.db.db.selectFrom('buying_group_members').select(['person_id', 'role_id', 'source', 'removed']).orderBy('person_id').execute(),
    events: (await t.db.db.selectFrom('events').select('seq').execute()).length,
    history: (await t.db.db.selectFrom('stage_history').select('id').execute()).length,
  });

  describe('member actions', () => {
    it('adds, removes and confirms members in one call; returns the changes and the refreshed group', async () => {
      const res = await t.call<ActionsBody>('POST', `/buying-groups/${acme}/members/actions`, {
        actions: [
          { op: 'remove', personId: p.eng },
          { op: 'add', personId: p.clerk, roleId: 'rol_influencer' },
          { op: 'change_role', personId: p.ciso, roleId: 'rol_decision_maker' },
        ],
      }, { as: 'editor' });
      expect(res.status).toBe(200);
      expect(res.body.changes).toEqual([
        { index: 0, kind: 'member_removed', personId: p.eng, roleId: 'rol_practitioner', source: 'manual', previousSource: 'rule' },
        { index: 1, kind: 'member_added', personId: p.clerk, roleId: 'rol_influencer', source: 'manual' },
      ]);
      expect(res.body.unchanged).toEqual([{ index: 2, personId: p.ciso, reason: 'already holds this role; the membership is now manual' }]);
      expect(res.body.group).toMatchObject({ id: acme, completeness: 100, completenessDisplay: 100, missingRoleIds: [], memberCount: 3 });

      const members = await t.call<PageBody<Record<string, unknown>>>('GET', `/buying-groups/${acme}/members`, undefined, { as: 'viewer' });
      expect(members.body.data.map((m) => [m.personId, m.roleName, m.source, m.removed])).toEqual(
        expect.arrayContaining([
          [p.eng, 'Practitioner', 'manual', true],
          [p.clerk, 'Influencer', 'manual', false],
          [p.ciso, 'Decision Maker', 'manual', false],
          [p.vp, 'Influencer', 'rule', false],
        ]),
      );
      const clerk = members.body.data.find((m) => m.personId === p.clerk);
      expect(clerk).toMatchObject({ jobTitle: 'Office clerk', personEngagement: 0, personEngagementDisplay: 0, addedAt: new Date(T0 + 60_000).toISOString() });
      const manualOnly = await t.call<PageBody<Record<string, unknown>>>('GET', `/buying-groups/${acme}/members?source=manual&removed=false`);
      expect(manualOnly.body.data.map((m) => m.personId).sort()).toEqual([p.ciso, p.clerk].sort());

      const events = await t.call<PageBody<EventBody>>('GET', `/buying-groups/${acme}/events?type=member_added&type=member_removed&type=completeness_changed`);
      expect(events.body.data.slice(-3).map((e) => [e.type, e.payload])).toEqual([
        ['member_removed', { personId: p.eng, roleId: 'rol_practitioner', source: 'manual', previousSource: 'rule', reasonCode: 'removed_by_hand', reason: expect.stringMatching(/^removed by hand \(usr_/) }],
        ['member_added', { personId: p.clerk, roleId: 'rol_influencer', source: 'manual' }],
        ['completeness_changed', { from: 75, to: 100 }],
      ]);
    });

    it('refuses an invalid batch, listing every bad action by index, and writes nothing', async () => {
      const before = await snapshot();
      const res = await t.call('POST', `/buying-groups/${acme}/members/actions`, {
        actions: [
          { op: 'add', personId: p.vp, roleId: 'rol_decision_maker' },
          { op: 'add', personId: 'per_NOBODY', roleId: 'rol_influencer' },
          { op: 'add', personId: p.gdir, roleId: 'rol_champion' },
          { op: 'add', personId: p.left, roleId: 'rol_influencer' },
          { op: 'change_role', personId: p.eng, roleId: 'rol_influencer' },
          { op: 'remove', personId: p.vp },
        ],
      });
      const problem = expectProblem(res, 400, 'validation_failed');
      expect(problem.errors?.map((e) => e.field)).toEqual([
        '/actions/1/personId',
        '/actions/2/roleId',
        '/actions/2/personId',
        '/actions/3/personId',
        '/actions/4/personId',
        '/actions/5/personId',
      ]);
      expect(problem.errors?.[0]?.message).toBe('person per_NOBODY does not exist');
      expect(problem.errors?.[1]?.message).toMatch(/^role "Champion" \(rol_champion\) is not in this buying group's roles template "Security"; use one of "Decision Maker"/);
      expect(problem.errors?.[2]?.message).toMatch(/is not related to account "Acme"/);
      expect(problem.errors?.[3]?.message).toMatch(/left account "Acme" .*ended on 2026-01-31/);
      expect(problem.errors?.[4]?.message).toMatch(/was removed from this buying group; add them again instead/);
      expect(problem.errors?.[5]?.message).toMatch(/already has an action in this call \(\/actions\/0\)/);
      expect(problem.detail).toMatch(/^6 actions are not valid, so none was applied: /);
      expect(await snapshot()).toEqual(before);
    });

    it('refuses malformed bodies with problem+json naming the field, and writes nothing', async () => {
      const before = await snapshot();
      const url = `/buying-groups/${acme}/members/actions`;
      const field = async (body: unknown) => expectProblem(await t.call('POST', url, body), 400, 'validation_failed').errors?.[0]?.field;
      const tooMany = expectProblem(await t.call('POST', url, { actions: Array.from({ length: 501 }, () => ({ op: 'remove', personId: p.vp })) }), 400, 'validation_failed');
      expect(tooMany.errors?.[0]).toMatchObject({ field: '/actions', message: 'at most 500 actions per call; send them in several calls' });
      expect(await field({ actions: [] })).toBe('/actions');
      expect(await field({})).toBe('/actions');
      expect(await field({ actions: [{ op: 'promote', personId: p.vp }] })).toBe('/actions/0/op');
      expect(await field({ actions: [{ op: 'add', personId: p.vp }] })).toBe('/actions/0/roleId');
      expect(await field({ actions: [{ op: 'remove', personId: 'vp' }] })).toBe('/actions/0/personId');
      expect(await field({ actions: [{ op: 'remove', personId: p.vp, roleId: 'rol_other' }] })).toBe('/actions/0/roleId');
      expect(await field({ actions: [{ op: 'remove', personId: p.vp }], dryRun: true })).toBe('/dryRun');
      expectProblem(await t.call('POST', url, 'not json', { headers: { 'content-type': 'application/json' } }), 400, 'validation_failed');
      expectProblem(await t.call('POST', '/buying-groups/bg_NOPE/members/actions', { actions: [{ op: 'remove', personId: p.vp }] }), 404, 'not_found');
      expectProblem(await t.call('POST', '/buying-groups/acc_1/members/actions', { actions: [{ op: 'remove', personId: p.vp }] }), 404, 'not_found');
      expectProblem(await t.call('POST', url, { actions: [{ op: 'remove', personId: p.vp }] }, { as: 'viewer' }), 403, 'forbidden');
      expect(await snapshot()).toEqual(before);
    });

    it('accepts 500 actions in one call', async () => {
      // 500 removals of the same person are refused (one action per person), so build 500 distinct people.
      const db = t.db.db;
      const ids = Array.from({ length: 500 }, (_, i) => `per_e2e_${String(i).padStart(3, '0')}`);
      await db
        .insertInto('people')
        .values(ids.map((id) => ({ id, email: `${id}@example.com`, email_norm: `${id}@example.com`, email_invalid: 0, email_suspended: 0, unsubscribed: 0, engagement_score: 0, custom: '{}', custom_norm: '{}', created_at: T0, updated_at: T0, version: 1 })))
        .execute();
      await db
        .insertInto('account_people')
        .values(ids.map((id) => ({ account_id: tenant.accounts[1]!, person_id: id, id: `rel_${id}`, relation_type: 'contractor' as const, roles: '[]', roles_norm: '[]', started_on: null, ended_on: null, created_at: T0, updated_at: T0 })))
        .execute();
      const res = await t.call<ActionsBody>('POST', `/buying-groups/${globex}/members/actions`, { actions: ids.map((personId) => ({ op: 'add', personId, roleId: 'rol_practitioner' })) });
      expect(res.status).toBe(200);
      expect(res.body.changes).toHaveLength(500);
      expect(res.body.group.memberCount).toBe(501);
    });
  });

  describe('status label', () => {
    it('sets, trims and clears the label; each change is a status_changed event', async () => {
      const set = await t.call<GroupBody>('PATCH', `/buying-groups/${acme}`, { statusLabel: '  Hot lead  ' });
      expect(set.status).toBe(200);
      expect(set.body.statusLabel).toBe('Hot lead');
      expect((await t.call<GroupBody>('PATCH', `/buying-groups/${acme}`, {})).body.statusLabel).toBe('Hot lead');
      const cleared = await t.call<GroupBody>('PATCH', `/buying-groups/${acme}`, { statusLabel: null });
      expect(cleared.body.statusLabel).toBeNull();
      await t.call('PATCH', `/buying-groups/${acme}`, { statusLabel: 'x'.repeat(50) });
      const events = await t.call<PageBody<EventBody>>('GET', `/buying-groups/${acme}/events?type=status_changed`);
      expect(events.body.data.map((e) => e.payload)).toEqual([
        { from: null, to: 'Hot lead' },
        { from: 'Hot lead', to: null },
        { from: null, to: 'x'.repeat(50) },
      ]);
    });

    it('refuses a label over 50 characters, other fields and bad ids, changing nothing', async () => {
      const before = await snapshot();
      const long = expectProblem(await t.call('PATCH', `/buying-groups/${acme}`, { statusLabel: 'y'.repeat(51) }), 400, 'validation_failed');
      expect(long.errors).toEqual([{ field: '/statusLabel', message: 'the status label must be at most 50 characters (it has 51)' }]);
      expect(expectProblem(await t.call('PATCH', `/buying-groups/${acme}`, { statusLabel: 7 }), 400, 'validation_failed').errors?.[0]?.field).toBe('/statusLabel');
      expect(expectProblem(await t.call('PATCH', `/buying-groups/${acme}`, { name: 'Renamed' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/name');
      expectProblem(await t.call('PATCH', '/buying-groups/bg_NOPE', { statusLabel: 'x' }), 404, 'not_found');
      expectProblem(await t.call('PATCH', `/buying-groups/${acme}`, { statusLabel: 'x' }, { as: 'viewer' }), 403, 'forbidden');
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('stages', () => {
    it('refuses stages while the solution interest has no stage model', async () => {
      const before = await snapshot();
      const res = expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'new' }), 409, 'invalid_state');
      expect(res.detail).toMatch(/has no stage model/);
      expect(await snapshot()).toEqual(before);
    });

    it('moves along the Live stage model, keeps the history and refuses other moves naming the allowed stages', async () => {
      const model = await t.call<{ id: string }>('POST', '/stage-models', {
        name: 'Pipeline',
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
      expect(model.status).toBe(201);
      expect((await t.call('POST', `/stage-models/${model.body.id}/publish`, undefined, ANY_VERSION)).status).toBe(200);
      expect((await t.call('PATCH', `/solution-interests/${tenant.solutionInterestId}`, { stageModelId: model.body.id }, ANY_VERSION)).status).toBe(200);

      let before = await snapshot();
      const notEntry = expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'engaged' }), 409, 'invalid_state');
      expect(notEntry.errors).toEqual([{ field: '/to', message: `cannot move buying group ${acme} to "engaged": "engaged" (Engaged) is not an entry stage: the buying group has no stage yet, so it starts at an entry stage: "new"` }]);
      expect(await snapshot()).toEqual(before);

      t.clock.set(T0 + 120_000);
      const first = await t.call<{ from: string | null; to: string; at: string; group: GroupBody }>('POST', `/buying-groups/${acme}/stage`, { to: 'new' }, { as: 'editor' });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ from: null, to: 'new', at: new Date(T0 + 120_000).toISOString(), group: { id: acme, stage: 'new' } });
      t.clock.set(T0 + 180_000);
      expect((await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'engaged' })).status).toBe(200);

      before = await snapshot();
      const skip = expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'new' }), 409, 'invalid_state');
      expect(skip.detail).toContain('from "engaged" (Engaged) the buying group may move to "won" or "lost"');
      const unknown = expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'closed' }), 400, 'validation_failed');
      expect(unknown.errors?.[0]).toMatchObject({ field: '/to', message: expect.stringContaining('its stages are "new", "engaged", "won" or "lost"') });
      expect(expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, {}), 400, 'validation_failed').errors?.[0]?.field).toBe('/to');
      expect(expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, { to: '' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/to');
      expect(expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'won', why: 'x' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/why');
      expectProblem(await t.call('POST', '/buying-groups/bg_NOPE/stage', { to: 'won' }), 404, 'not_found');
      expectProblem(await t.call('POST', `/buying-groups/${acme}/stage`, { to: 'won' }, { as: 'viewer' }), 403, 'forbidden');
      expect(await snapshot()).toEqual(before);

      const history = await t.call<PageBody<{ id: string; from: string | null; to: string; actorId: string | null; at: string }>>('GET', `/buying-groups/${acme}/stage-history`, undefined, { as: 'viewer' });
      expect(history.status).toBe(200);
      expect(history.body.data.map((h) => [h.from, h.to, h.at])).toEqual([
        [null, 'new', new Date(T0 + 120_000).toISOString()],
        ['new', 'engaged', new Date(T0 + 180_000).toISOString()],
      ]);
      expect(history.body.data[0]?.actorId).toMatch(/^usr_/);
      const page1 = await t.call<PageBody<{ to: string }>>('GET', `/buying-groups/${acme}/stage-history?limit=1`);
      const page2 = await t.call<PageBody<{ to: string }>>('GET', `/buying-groups/${acme}/stage-history?limit=1&cursor=${page1.body.nextCursor}`);
      expect([...page1.body.data, ...page2.body.data].map((h) => h.to)).toEqual(['new', 'engaged']);
      expect(page2.body.nextCursor).toBeNull();
      expect((await t.call<PageBody<unknown>>('GET', `/buying-groups/${globex}/stage-history`)).body).toEqual({ data: [], nextCursor: null });
      expectProblem(await t.call('GET', '/buying-groups/bg_NOPE/stage-history'), 404, 'not_found');
      expectProblem(await t.call('GET', `/buying-groups/${acme}/stage-history?cursor=zzz`), 400, 'invalid_cursor');

      const events = await t.call<PageBody<EventBody>>('GET', `/buying-groups/${acme}/events?type=stage_changed`);
      expect(events.body.data.map((e) => e.payload)).toEqual([
        { from: null, to: 'new' },
        { from: 'new', to: 'engaged' },
      ]);
      // Filters see the stage.
      const staged = await t.call<PageBody<GroupBody>>('GET', '/buying-groups?stage=engaged');
      expect(staged.body.data.map((g) => g.id)).toEqual([acme]);
    });
  });

  describe('events', () => {
    it('pages through a group’s outbox in seq order', async () => {
      const all = await t.call<PageBody<EventBody>>('GET', `/buying-groups/${acme}/events?limit=500`, undefined, { as: 'viewer' });
      expect(all.status).toBe(200);
      const seqs = all.body.data.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(all.body.data[0]).toMatchObject({ type: 'group_created', payload: { name: 'Security Suite for Acme', solutionInterestId: tenant.solutionInterestId, jobId: null } });
      expect(all.body.data[0]?.id).toMatch(/^evt_/);
      expect(new Set(all.body.data.map((e) => e.type))).toEqual(new Set(['group_created', 'member_added', 'member_removed', 'completeness_changed', 'status_changed', 'stage_changed']));
      const paged: EventBody[] = [];
      let cursor: string | null = null;
      do {
        const res: { body: PageBody<EventBody> } = await t.call('GET', `/buying-groups/${acme}/events?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        paged.push(...res.body.data);
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all.body.data);
      // Other groups' events are not mixed in.
      const globexEvents = await t.call<PageBody<EventBody>>('GET', `/buying-groups/${globex}/events?limit=500`);
      expect(globexEvents.body.data.every((e) => !all.body.data.some((a) => a.id === e.id))).toBe(true);
    });

    it('refuses bad input naming the parameter', async () => {
      expectProblem(await t.call('GET', `/buying-groups/${acme}/events?cursor=nonsense`), 400, 'invalid_cursor');
      expect(expectProblem(await t.call('GET', `/buying-groups/${acme}/events?limit=501`), 400, 'validation_failed').errors?.[0]?.field).toBe('/limit');
      expect(expectProblem(await t.call('GET', `/buying-groups/${acme}/events?after=3`), 400, 'validation_failed').errors?.[0]?.field).toBe('/after');
      expectProblem(await t.call('GET', '/buying-groups/bg_NOPE/events'), 404, 'not_found');
      expectProblem(await t.call('GET', `/buying-groups/${acme}/events`, undefined, { as: null }), 401, 'unauthenticated');
    });
  });
});
