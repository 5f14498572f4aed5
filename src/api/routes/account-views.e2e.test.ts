/**
 * The read models behind the web app's Accounts and People pages: facets, the hierarchy with
 * child counts, ancestors, an account's people with their relation, contact coverage (members per
 * role per solution interest), a person's accounts and a group's non-members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { generateForAccounts, loadPlan } from '../../engine/generation/index.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

type PageBody<T> = { data: T[]; nextCursor: string | null };
interface Account {
  id: string;
  name: string;
}
interface Coverage {
  accountId: string;
  groups: { buyingGroupId: string; solutionInterestName: string; roles: { roleId: string; members: number; required: boolean; membersRequired: number }[] }[];
  roles: { roleId: string; roleName: string }[];
}

describe('account and people views (API)', () => {
  let t: TestApp;
  let tenant: Tenant;
  let acme: string;
  let globex: string;
  let group: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(T0 + 60_000);
    const db = t.db.db;
    tenant = await smallTenant(db);
    [acme, globex] = tenant.accounts as [string, string];
    const plan = await loadPlan(db, t.db.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    await db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
    group = (await db.selectFrom('buying_groups').select('id').where('account_id', '=', acme).executeTakeFirstOrThrow()).id;
    await t.call('PATCH', `/accounts/${acme}`, { industry: 'Software', country: 'Germany' });
    await t.call('PATCH', `/accounts/${globex}`, { industry: 'software', country: 'France' });
  });
  afterAll(async () => t.close());

  it('facets: industries and countries with counts, values equal up to case together', async () => {
    const res = await t.call<{ industries: { value: string; count: number }[]; countries: { value: string; count: number }[] }>('GET', '/accounts/facets', undefined, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body.industries).toHaveLength(1);
    expect(res.body.industries[0]?.count).toBe(2);
    expect(res.body.countries.map((c) => c.value).sort()).toEqual(['France', 'Germany']);
  });

  it('hierarchy: one level with child counts; children of a parent; ancestors; unknown parent is a 400', async () => {
    const child = await t.call<Account>('POST', '/accounts', { name: 'Acme Labs', parentId: acme });
    const grandchild = await t.call<Account>('POST', '/accounts', { name: 'Acme Labs Berlin', parentId: child.body.id });
    const top = await t.call<PageBody<{ account: Account; childCount: number }>>('GET', '/accounts/hierarchy');
    expect(top.status).toBe(200);
    expect(top.body.data.map((n) => [n.account.name, n.childCount])).toEqual([
      ['Acme', 1],
      ['Globex', 0],
    ]);
    const kids = await t.call<PageBody<{ account: Account; childCount: number }>>('GET', `/accounts/hierarchy?parentId=${acme}`);
    expect(kids.body.data.map((n) => [n.account.id, n.childCount])).toEqual([[child.body.id, 1]]);
    const paged = await t.call<PageBody<{ account: Account }>>('GET', '/accounts/hierarchy?limit=1');
    expect(paged.body.nextCursor).toBeTruthy();
    const next = await t.call<PageBody<{ account: Account }>>('GET', `/accounts/hierarchy?limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.data.map((n) => n.account.name)).toEqual(['Globex']);
    expectProblem(await t.call('GET', '/accounts/hierarchy?parentId=acc_NOPE'), 400, 'validation_failed');
    const anc = await t.call<{ data: Account[] }>('GET', `/accounts/${grandchild.body.id}/ancestors`);
    expect(anc.body.data.map((a) => a.name)).toEqual(['Acme Labs', 'Acme']);
    expectProblem(await t.call('GET', '/accounts/acc_NOPE/ancestors'), 404, 'not_found');
    await t.call('DELETE', `/accounts/${grandchild.body.id}`);
    await t.call('DELETE', `/accounts/${child.body.id}`);
  });

  it('people of an account with their relation; active filter; 404 for an unknown account', async () => {
    const all = await t.call<PageBody<{ person: { email: string }; relation: { active: boolean; endedOn: string | null; relationType: string } }>>('GET', `/accounts/${acme}/people`, undefined, { as: 'viewer' });
    expect(all.status).toBe(200);
    expect(all.body.data.map((r) => [r.person.email, r.relation.active])).toEqual([
      ['ciso@example.com', true],
      ['clerk@example.com', true],
      ['eng@example.com', true],
      ['left@example.com', false],
      ['vp@example.com', true],
    ]);
    const active = await t.call<PageBody<{ person: { email: string } }>>('GET', `/accounts/${acme}/people?active=true&limit=2`);
    expect(active.body.data.map((r) => r.person.email)).toEqual(['ciso@example.com', 'clerk@example.com']);
    const rest = await t.call<PageBody<{ person: { email: string } }>>('GET', `/accounts/${acme}/people?active=true&limit=2&cursor=${active.body.nextCursor}`);
    expect(rest.body.data.map((r) => r.person.email)).toEqual(['eng@example.com', 'vp@example.com']);
    const ended = await t.call<PageBody<{ person: { email: string } }>>('GET', `/accounts/${acme}/people?active=false`);
    expect(ended.body.data.map((r) => r.person.email)).toEqual(['left@example.com']);
    expectProblem(await t.call('GET', '/accounts/acc_NOPE/people'), 404, 'not_found');
    expectProblem(await t.call('GET', `/accounts/${acme}/people?cursor=bogus`), 400, 'invalid_cursor');
  });

  it('coverage: members per role of each group, equal to the group’s members', async () => {
    const res = await t.call<Coverage>('GET', `/accounts/${acme}/coverage`, undefined, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body.roles.map((r) => r.roleId)).toEqual(['rol_decision_maker', 'rol_influencer', 'rol_practitioner']);
    expect(res.body.groups).toHaveLength(1);
    const g = res.body.groups[0]!;
    expect(g.buyingGroupId).toBe(group);
    expect(g.solutionInterestName).toBe('Security Suite');
    expect(g.roles.map((r) => [r.roleId, r.members, r.required, r.membersRequired])).toEqual([
      ['rol_decision_maker', 1, true, 1],
      ['rol_influencer', 1, true, 2],
      ['rol_practitioner', 1, false, 1],
    ]);
    // A removed member no longer counts.
    await t.call('POST', `/buying-groups/${group}/members/actions`, { actions: [{ op: 'remove', personId: tenant.people.eng }] });
    const after = await t.call<Coverage>('GET', `/accounts/${acme}/coverage`);
    expect(after.body.groups[0]?.roles.find((r) => r.roleId === 'rol_practitioner')?.members).toBe(0);
    const empty = await t.call<Coverage>('POST', '/accounts', { name: 'Initech' });
    expect((await t.call<Coverage>('GET', `/accounts/${(empty.body as unknown as Account).id}/coverage`)).body).toEqual({ accountId: (empty.body as unknown as Account).id, groups: [], roles: [] });
    expectProblem(await t.call('GET', '/accounts/acc_NOPE/coverage'), 404, 'not_found');
  });

  it('non-members: related people not currently members (removed ones flagged), and a person’s accounts', async () => {
    const res = await t.call<PageBody<{ person: { id: string; email: string }; removed: boolean }>>('GET', `/buying-groups/${group}/non-members`, undefined, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body.data.map((r) => [r.person.email, r.removed])).toEqual([
      ['clerk@example.com', false],
      ['eng@example.com', true],
    ]);
    const q = await t.call<PageBody<{ person: { email: string } }>>('GET', `/buying-groups/${group}/non-members?q=CLERK`);
    expect(q.body.data.map((r) => r.person.email)).toEqual(['clerk@example.com']);
    await t.call('POST', `/buying-groups/${group}/members/actions`, { actions: [{ op: 'add', personId: tenant.people.clerk, roleId: 'rol_practitioner' }] });
    const after = await t.call<PageBody<{ person: { email: string } }>>('GET', `/buying-groups/${group}/non-members`);
    expect(after.body.data.map((r) => r.person.email)).toEqual(['eng@example.com']);
    expectProblem(await t.call('GET', '/buying-groups/bg_NOPE/non-members'), 404, 'not_found');

    const accounts = await t.call<PageBody<{ account: Account; relation: { active: boolean } }>>('GET', `/people/${tenant.people.left}/accounts`);
    expect(accounts.body.data.map((r) => [r.account.name, r.relation.active])).toEqual([['Acme', false]]);
    expectProblem(await t.call('GET', '/people/per_NOPE/accounts'), 404, 'not_found');
  });
});
