import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface ListBody {
  id: string;
  name: string;
  kind: 'static' | 'dynamic';
  condition: unknown;
  memberCount: number | null;
  version: number;
  [k: string]: unknown;
}
interface MemberBody {
  id: string;
  name: string;
  domain: string | null;
  addedAt: string | null;
}
type PageBody<T> = { data: T[]; nextCursor: string | null };

const bigSoftware = { all: [{ field: 'industry', op: 'is', value: 'software' }, { field: 'employees', op: 'gte', value: 1000 }] };

describe('account lists API', () => {
  let t: TestApp;
  const acc: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    const seed = [
      { name: 'Acme', industry: 'Software', employees: 5000 },
      { name: 'Globex', industry: 'software ', employees: 800 },
      { name: 'Initech', industry: 'Software', employees: 1200 },
      { name: 'Umbrella', industry: 'Pharma', employees: 90000 },
    ];
    for (const a of seed) acc[a.name] = ((await t.call('POST', '/accounts', a)).body as { id: string }).id;
  });
  afterAll(async () => t.close());

  const n = async (table: 'account_lists' | 'account_list_members' | 'audit_log') =>
    Number((await t.db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const snapshot = async () => [await n('account_lists'), await n('account_list_members'), await n('audit_log')];
  const create = async (body: Record<string, unknown>) => {
    const res = await t.call<ListBody>('POST', '/account-lists', body);
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body;
  };
  const memberNames = async (id: string, query = '') => (await t.call<PageBody<MemberBody>>('GET', `/account-lists/${id}/members${query}`)).body.data.map((m) => m.name);

  it('keeps a static list: add (idempotently), page through, remove, with an audit trail', async () => {
    const created = await t.call<ListBody>('POST', '/account-lists', { name: 'Named accounts', kind: 'static', description: 'Tier 1' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Named accounts', kind: 'static', condition: null, memberCount: 0, version: 1 });
    expect(created.headers.get('etag')).toBe('"1"');
    const id = created.body.id;
    expect(id).toMatch(/^lst_/);

    const added = await t.call('POST', `/account-lists/${id}/members`, { accountIds: [acc.Umbrella, acc.Acme, acc.Acme] });
    expect(added.status).toBe(200);
    expect(added.body).toEqual({ changed: 2, unchanged: 0, memberCount: 2 });
    t.clock.advance(1000);
    expect((await t.call('POST', `/account-lists/${id}/members`, { accountIds: [acc.Acme, acc.Initech] })).body).toEqual({ changed: 1, unchanged: 1, memberCount: 3 });
    expect((await t.call<ListBody>('GET', `/account-lists/${id}`)).body.memberCount).toBe(3);

    const members = await t.call<PageBody<MemberBody>>('GET', `/account-lists/${id}/members`, undefined, { as: 'viewer' });
    expect(members.body.data.map((m) => [m.name, m.addedAt])).toEqual([
      ['Acme', '2026-06-01T12:00:00.000Z'],
      ['Initech', '2026-06-01T12:00:01.000Z'],
      ['Umbrella', '2026-06-01T12:00:00.000Z'],
    ]);
    const page1 = await t.call<PageBody<MemberBody>>('GET', `/account-lists/${id}/members?limit=2&sort=-name`);
    expect(page1.body.data.map((m) => m.name)).toEqual(['Umbrella', 'Initech']);
    expect(await memberNames(id, `?limit=2&sort=-name&cursor=${page1.body.nextCursor}`)).toEqual(['Acme']);

    const removed = await t.call('DELETE', `/account-lists/${id}/members`, { accountIds: [acc.Umbrella, acc.Globex] });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ changed: 1, unchanged: 1, memberCount: 2 });
    expect(await memberNames(id)).toEqual(['Acme', 'Initech']);

    const renamed = await t.call<ListBody>('PATCH', `/account-lists/${id}`, { name: 'Tier 1 accounts', kind: 'static' }, { headers: { 'if-match': '"1"' } });
    expect(renamed.body).toMatchObject({ name: 'Tier 1 accounts', version: 2, memberCount: 2 });
    expect((await t.call<PageBody<ListBody>>('GET', '/account-lists?kind=static&q=tier')).body.data.map((l) => l.id)).toEqual([id]);

    expect((await t.call('DELETE', `/account-lists/${id}`, undefined, ANY_VERSION)).status).toBe(204);
    expectProblem(await t.call('GET', `/account-lists/${id}`), 404, 'not_found');
    expect(Number((await t.db.db.selectFrom('account_list_members').select((eb) => eb.fn.countAll<number>().as('n')).where('list_id', '=', id).executeTakeFirstOrThrow()).n)).toBe(0);
    const trail = await t.db.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['create', 'add_members', 'add_members', 'remove_members', 'update', 'delete']);
  });

  it('refuses unknown account ids, listing them, and adds nothing', async () => {
    const list = await create({ name: 'Strict', kind: 'static' });
    await t.call('POST', `/account-lists/${list.id}/members`, { accountIds: [acc.Acme] });
    const before = await snapshot();
    const p = expectProblem(await t.call('POST', `/account-lists/${list.id}/members`, { accountIds: [acc.Globex, 'acc_GHOST1', acc.Initech, 'acc_GHOST2'] }), 400, 'validation_failed');
    expect(p.errors).toEqual([
      { field: '/accountIds/1', message: 'account acc_GHOST1 does not exist' },
      { field: '/accountIds/3', message: 'account acc_GHOST2 does not exist' },
    ]);
    expect(p.detail).toBe('2 account ids do not exist: acc_GHOST1, acc_GHOST2; nothing was added');
    const prefix = expectProblem(await t.call('POST', `/account-lists/${list.id}/members`, { accountIds: [acc.Globex, 'per_1'] }), 400, 'validation_failed');
    expect(prefix.errors?.[0]?.field).toBe('/accountIds/1');
    const empty = expectProblem(await t.call('POST', `/account-lists/${list.id}/members`, { accountIds: [] }), 400, 'validation_failed');
    expect(empty.errors?.[0]?.field).toBe('/accountIds');
    const tooMany = expectProblem(await t.call('POST', `/account-lists/${list.id}/members`, { accountIds: Array.from({ length: 10_001 }, (_, i) => `acc_${i}`) }), 400, 'validation_failed');
    expect(tooMany.errors?.[0]).toMatchObject({ field: '/accountIds', message: 'at most 10000 account ids per call' });
    expectProblem(await t.call('POST', `/account-lists/${list.id}/members`, { ids: [acc.Acme] }), 400, 'validation_failed');
    expectProblem(await t.call('DELETE', `/account-lists/${list.id}/members`, { accountIds: 'all' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/account-lists/lst_GHOST/members', { accountIds: [acc.Acme] }), 404, 'not_found');
    expectProblem(await t.call('GET', '/account-lists/lst_GHOST/members'), 404, 'not_found');
    expect(await snapshot()).toEqual(before);
    expect(await memberNames(list.id)).toEqual(['Acme']);
  });

  it('adds 10,000 accounts in one call', async () => {
    const now = Date.now();
    const ids = Array.from({ length: 10_000 }, (_, i) => `acc_BULK${String(i).padStart(5, '0')}`);
    for (let i = 0; i < ids.length; i += 1000) {
      await t.db.db
        .insertInto('accounts')
        .values(ids.slice(i, i + 1000).map((id) => ({ id, name: id, name_norm: id.toLowerCase(), custom: '{}', custom_norm: '{}', created_at: now, updated_at: now, version: 1 })))
        .execute();
    }
    const list = await create({ name: 'Bulk', kind: 'static' });
    const res = await t.call('POST', `/account-lists/${list.id}/members`, { accountIds: ids });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ changed: 10_000, unchanged: 0, memberCount: 10_000 });
    const removed = await t.call('DELETE', `/account-lists/${list.id}/members`, { accountIds: ids.slice(0, 5000) });
    expect(removed.body).toEqual({ changed: 5000, unchanged: 0, memberCount: 5000 });
    const first = await t.call<PageBody<MemberBody>>('GET', `/account-lists/${list.id}/members?limit=2`);
    expect(first.body.data.map((m) => m.id)).toEqual(['acc_BULK05000', 'acc_BULK05001']);
    await t.db.db.deleteFrom('account_list_members').where('list_id', '=', list.id).execute();
  });

  it('evaluates a dynamic list on demand and refuses hand-made membership', async () => {
    const created = await t.call<ListBody>('POST', '/account-lists', { name: 'Big software', kind: 'dynamic', condition: bigSoftware });
    expect(created.status).toBe(201);
    // A dynamic list reports how many accounts its condition selects now (issue 6, finding 5; was null).
    expect(created.body).toMatchObject({ kind: 'dynamic', condition: bigSoftware, memberCount: 2 });
    const id = created.body.id;
    const members = await t.call<PageBody<MemberBody>>('GET', `/account-lists/${id}/members`);
    expect(members.body.data).toEqual([
      { id: acc.Acme, name: 'Acme', domain: null, industry: 'Software', country: null, addedAt: null },
      { id: acc.Initech, name: 'Initech', domain: null, industry: 'Software', country: null, addedAt: null },
    ]);
    expect(await memberNames(id, '?limit=1&sort=-name')).toEqual(['Initech']);

    const before = await snapshot();
    const p = expectProblem(await t.call('POST', `/account-lists/${id}/members`, { accountIds: [acc.Globex] }), 409, 'invalid_state');
    expect(p.detail).toMatch(/dynamic/);
    expectProblem(await t.call('DELETE', `/account-lists/${id}/members`, { accountIds: [acc.Acme] }), 409, 'invalid_state');
    expect(await snapshot()).toEqual(before);

    // The members follow the condition.
    await t.call('PATCH', `/account-lists/${id}`, { condition: { field: 'industry', op: 'is', value: ' SOFTWARE' } }, ANY_VERSION);
    expect(await memberNames(id)).toEqual(['Acme', 'Globex', 'Initech']);
    await t.call('PATCH', `/accounts/${acc.Globex}`, { industry: 'Retail' });
    expect(await memberNames(id)).toEqual(['Acme', 'Initech']);
    // The list page and the list itself report the current count: the accounts /members lists.
    const page = await t.call<PageBody<ListBody>>('GET', '/account-lists?kind=dynamic');
    expect(page.body.data.find((l) => l.id === id)?.memberCount).toBe((await memberNames(id)).length);
    expect((await t.call<ListBody>('GET', `/account-lists/${id}`)).body.memberCount).toBe((await memberNames(id)).length);
  });

  it('validates kind and condition, naming the field, and writes nothing', async () => {
    const dyn = await create({ name: 'Dynamic one', kind: 'dynamic', condition: bigSoftware });
    const stat = await create({ name: 'Static one', kind: 'static' });
    const before = await snapshot();
    const staticCond = expectProblem(await t.call('POST', '/account-lists', { name: 'X', kind: 'static', condition: bigSoftware }), 400, 'validation_failed');
    expect(staticCond.errors?.[0]?.field).toBe('/condition');
    const noCond = expectProblem(await t.call('POST', '/account-lists', { name: 'X', kind: 'dynamic' }), 400, 'validation_failed');
    expect(noCond.errors?.[0]?.field).toBe('/condition');
    const badOp = expectProblem(await t.call('POST', '/account-lists', { name: 'X', kind: 'dynamic', condition: { all: [{ field: 'employees', op: 'contains', value: 'a' }] } }), 400, 'invalid_condition');
    expect(badOp.errors?.[0]?.field).toBe('/condition/all/0/op');
    const personOnly = expectProblem(await t.call('POST', '/account-lists', { name: 'X', kind: 'dynamic', condition: { any: [bigSoftware, { activity: { type: 'email_opened', atLeast: 1, inLastDays: 30 } }] } }), 400, 'invalid_condition');
    expect(personOnly.errors?.[0]?.field).toMatch(/^\/condition\/any\/1/);
    const ghostAccount = expectProblem(await t.call('POST', '/account-lists', { name: 'X', kind: 'dynamic', condition: { descendantOf: 'acc_GHOST' } }), 400, 'invalid_condition');
    expect(ghostAccount.errors).toEqual([{ field: '/condition/descendantOf', message: 'account acc_GHOST does not exist' }]);
    const dynRef = expectProblem(await t.call('POST', '/account-lists', { name: 'X', kind: 'dynamic', condition: { not: { memberOfList: dyn.id } } }), 400, 'invalid_condition');
    expect(dynRef.errors?.[0]?.field).toBe('/condition/not/memberOfList');
    const kindEnum = expectProblem(await t.call('POST', '/account-lists', { name: 'X', kind: 'smart' }), 400, 'validation_failed');
    expect(kindEnum.errors?.[0]?.field).toBe('/kind');
    const dup = expectProblem(await t.call('POST', '/account-lists', { name: 'static ONE', kind: 'static' }), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/name');
    const kindChange = expectProblem(await t.call('PATCH', `/account-lists/${stat.id}`, { kind: 'dynamic', condition: bigSoftware }, ANY_VERSION), 400, 'validation_failed');
    expect(kindChange.errors?.[0]?.field).toBe('/kind');
    expectProblem(await t.call('PATCH', `/account-lists/${stat.id}`, { condition: bigSoftware }, ANY_VERSION), 400, 'validation_failed');
    const self = expectProblem(await t.call('PATCH', `/account-lists/${dyn.id}`, { condition: { all: [bigSoftware, { memberOfList: dyn.id }] } }, ANY_VERSION), 400, 'invalid_condition');
    expect(self.errors).toEqual([{ field: '/condition/all/1/memberOfList', message: 'a list cannot refer to itself' }]);
    expectProblem(await t.call('PATCH', `/account-lists/${dyn.id}`, { description: 'x' }, { headers: { 'if-match': '"9"' } }), 412, 'precondition_failed');
    expectProblem(await t.call('GET', '/account-lists/acc_1'), 404, 'not_found');
    expectProblem(await t.call('GET', '/account-lists?kind=smart'), 400, 'validation_failed');
    expectProblem(await t.call('GET', `/account-lists/${dyn.id}/members?sort=size`), 400, 'validation_failed');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to delete a list that a persona, another list or a template role condition refers to', async () => {
    const target = await create({ name: 'Referenced', kind: 'static' });
    const persona = (await t.call<{ id: string }>('POST', '/personas', { name: 'At referenced accounts', condition: { memberOfList: target.id } })).body;
    const p1 = expectProblem(await t.call('DELETE', `/account-lists/${target.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p1.detail).toContain(`persona "At referenced accounts" (${persona.id})`);
    await t.call('DELETE', `/personas/${persona.id}`, undefined, ANY_VERSION);

    const dyn = await create({ name: 'Referencing', kind: 'dynamic', condition: { all: [bigSoftware, { not: { memberOfList: target.id } }] } });
    const p2 = expectProblem(await t.call('DELETE', `/account-lists/${target.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p2.detail).toContain(`account list "Referencing" (${dyn.id})`);
    await t.call('DELETE', `/account-lists/${dyn.id}`, undefined, ANY_VERSION);

    const tpl = await t.call<{ id: string }>('POST', '/roles-templates', {
      name: 'Listed',
      roles: [{ roleId: 'rol_champion', weightingBand: 'normal', autoAssign: true, required: false, condition: { memberOfList: target.id } }],
    });
    const p3 = expectProblem(await t.call('DELETE', `/account-lists/${target.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p3.detail).toContain(`roles template "Listed" (${tpl.body.id}, role Champion)`);
    await t.call('DELETE', `/roles-templates/${tpl.body.id}`, undefined, { headers: { 'if-match': '"1"' } });
    expect((await t.call('DELETE', `/account-lists/${target.id}`, undefined, ANY_VERSION)).status).toBe(204);
  });
});
