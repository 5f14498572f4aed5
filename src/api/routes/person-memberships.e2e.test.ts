/**
 * A person's side of buying groups (issue 6, findings 15 and 16): the buying groups of a person,
 * handing a manual decision back to rules (`release`), and deleting a member person — refused
 * with both ways out, or with `?force=true` removing their memberships in the same transaction.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { generateForAccounts, loadPlan } from '../../engine/generation/index.ts';
import { parseJson } from '../../store/db.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

interface MembershipBody {
  buyingGroupId: string;
  buyingGroupName: string;
  accountId: string;
  accountName: string;
  solutionInterestId: string;
  solutionInterestName: string;
  roleId: string;
  roleName: string;
  source: string;
  removed: boolean;
  personEngagement: number;
  [k: string]: unknown;
}
type PageBody<T> = { data: T[]; nextCursor: string | null };

describe('people and their buying groups (API)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let p: Record<string, string>;
  let acme: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(T0 + 60_000);
    const db = t.db.db;
    tenant = await smallTenant(db);
    p = tenant.people;
    const plan = await loadPlan(db, t.db.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    await db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
    acme = (await db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[0]!).executeTakeFirstOrThrow()).id;
    await db.updateTable('people').set({ engagement_score: 42.5 }).where('id', '=', p.vp!).execute();
  });
  afterAll(async () => t.close());

  const member = (personId: string) =>
    t.db.db.selectFrom('buying_group_members').select(['role_id', 'source', 'removed']).where('buying_group_id', '=', acme).where('person_id', '=', personId).executeTakeFirst();
  const actions = (body: unknown) => t.call<{ changes: Record<string, unknown>[]; unchanged: { reason: string }[] }>('POST', `/buying-groups/${acme}/members/actions`, body);

  it('GET /people/{id}/buying-groups: role, source, group, account, solution interest, engagement; viewers may read it', async () => {
    const res = await t.call<PageBody<MembershipBody>>('GET', `/people/${p.vp}/buying-groups`, undefined, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      expect.objectContaining({
        buyingGroupId: acme,
        buyingGroupName: 'Security Suite for Acme',
        accountId: tenant.accounts[0],
        accountName: 'Acme',
        solutionInterestId: tenant.solutionInterestId,
        solutionInterestName: 'Security Suite',
        roleId: 'rol_influencer',
        roleName: 'Influencer',
        source: 'rule',
        removed: false,
        personEngagement: 42.5,
        personEngagementDisplay: 43,
      }),
    ]);
    expect((await t.call<PageBody<MembershipBody>>('GET', `/people/${p.clerk}/buying-groups`)).body).toEqual({ data: [], nextCursor: null });
    expectProblem(await t.call('GET', '/people/per_NOBODY/buying-groups'), 404, 'not_found');
    expectProblem(await t.call('GET', `/people/${p.vp}/buying-groups?limit=0`), 400, 'validation_failed');
  });

  it('release hands a person removed by hand back to rules: they come back with the rule role, in the same call', async () => {
    await actions({ actions: [{ op: 'remove', personId: p.ciso }] });
    expect(await member(p.ciso!)).toEqual({ role_id: 'rol_decision_maker', source: 'manual', removed: 1 });
    const res = await actions({ actions: [{ op: 'release', personId: p.ciso }] });
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([{ index: 0, kind: 'member_added', personId: p.ciso, roleId: 'rol_decision_maker', source: 'rule' }]);
    expect(await member(p.ciso!)).toEqual({ role_id: 'rol_decision_maker', source: 'rule', removed: 0 });
  });

  it('release of a person added by hand with another role: rules give them their role back (or remove them)', async () => {
    await actions({ actions: [{ op: 'change_role', personId: p.eng, roleId: 'rol_decision_maker' }, { op: 'add', personId: p.clerk, roleId: 'rol_influencer' }] });
    const res = await actions({ actions: [{ op: 'release', personId: p.eng }, { op: 'release', personId: p.clerk }] });
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([
      { index: 0, kind: 'role_changed', personId: p.eng, fromRoleId: 'rol_decision_maker', toRoleId: 'rol_practitioner', source: 'rule', previousSource: 'manual' },
      { index: 1, kind: 'member_removed', personId: p.clerk, roleId: 'rol_influencer', source: 'rule', previousSource: 'manual' },
    ]);
    expect(await member(p.clerk!)).toEqual({ role_id: 'rol_influencer', source: 'rule', removed: 1 });
    const events = await t.db.db.selectFrom('events').select('payload').where('buying_group_id', '=', acme).where('type', '=', 'member_removed').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(parseJson(events.payload)).toMatchObject({ personId: p.clerk, source: 'rule', reasonCode: 'no_longer_matches' });
  });

  it('release refuses what is not a stronger decision, naming the action', async () => {
    const before = await member(p.vp!);
    const res = expectProblem(await actions({ actions: [{ op: 'release', personId: p.vp }] }), 400, 'validation_failed');
    expect(res.errors).toEqual([{ field: '/actions/0/personId', message: expect.stringContaining('only a decision by hand, a journey or an import can be handed back to rules') }]);
    expectProblem(await actions({ actions: [{ op: 'release', personId: p.gdir }] }), 400, 'validation_failed');
    expect(await member(p.vp!)).toEqual(before);
  });

  it('DELETE of a member person: 409 naming both ways out; nothing deleted', async () => {
    const res = expectProblem(await t.call('DELETE', `/people/${p.vp}`), 409, 'in_use');
    expect(res.detail).toContain('remove them from their buying groups first');
    expect(res.detail).toContain('?force=true');
    expect((await t.call('GET', `/people/${p.vp}`)).status).toBe(200);
    expectProblem(await t.call('DELETE', `/people/${p.vp}?force=maybe`), 400, 'validation_failed');
  });

  it('DELETE ?force=true removes the memberships (events, scores) and the person in one transaction, audited', async () => {
    const before = await t.db.db.selectFrom('buying_groups').select('completeness').where('id', '=', acme).executeTakeFirstOrThrow();
    const seq = (await t.db.db.selectFrom('events').select('seq').orderBy('seq', 'desc').executeTakeFirstOrThrow()).seq;
    expect((await t.call('DELETE', `/people/${p.vp}?force=true`)).status).toBe(204);
    expect((await t.call('GET', `/people/${p.vp}`)).status).toBe(404);
    expect(await member(p.vp!)).toBeUndefined();
    const events = await t.db.db.selectFrom('events').select(['type', 'payload']).where('seq', '>', seq).orderBy('seq').execute();
    expect(events.map((e) => e.type)).toEqual(['member_removed', 'completeness_changed']);
    expect(parseJson(events[0]!.payload)).toMatchObject({ personId: p.vp, roleId: 'rol_influencer', source: 'manual', previousSource: 'rule', reasonCode: 'person_deleted' });
    const after = await t.db.db.selectFrom('buying_groups').select('completeness').where('id', '=', acme).executeTakeFirstOrThrow();
    expect(after.completeness).toBeLessThan(before.completeness);
    const auditRow = await t.db.db.selectFrom('audit_log').select(['action', 'after']).where('entity_id', '=', p.vp!).where('action', '=', 'delete').executeTakeFirstOrThrow();
    expect(parseJson(auditRow.after as string)).toEqual({ force: true, membershipsRemoved: [{ buyingGroupId: acme, roleId: 'rol_influencer', source: 'rule' }] });
    expectProblem(await t.call('DELETE', `/people/${p.vp}?force=true`), 404, 'not_found');
  });
});
