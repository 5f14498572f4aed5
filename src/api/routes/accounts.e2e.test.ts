import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface AccountBody {
  id: string;
  name: string;
  parentId: string | null;
  version: number;
  custom: Record<string, unknown>;
  [k: string]: unknown;
}

describe('accounts API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const count = async () => (await t.db.db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('creates, reads, updates, lists and deletes an account, with an audit trail', async () => {
    const created = await t.call<AccountBody>('POST', '/accounts', { name: '  Acme Corp ', domain: 'acme.com', employees: 1200, custom: { tier: 'gold', score: 7 } });
    expect(created.status).toBe(201);
    expect(created.body.id).toMatch(/^acc_[0-9A-Z]{26}$/);
    expect(created.body.name).toBe('Acme Corp');
    expect(created.body.custom).toEqual({ tier: 'gold', score: 7 });

    const child = await t.call<AccountBody>('POST', '/accounts', { name: 'Acme Europe', parentId: created.body.id });
    expect(child.status).toBe(201);

    const got = await t.call<AccountBody>('GET', `/accounts/${created.body.id}`);
    expect(got.body.domain).toBe('acme.com');

    const patched = await t.call<AccountBody>('PATCH', `/accounts/${created.body.id}`, { industry: 'Software', domain: null });
    expect(patched.status).toBe(200);
    expect(patched.body.industry).toBe('Software');
    expect(patched.body.domain).toBeNull();
    expect(patched.body.employees).toBe(1200);
    expect(patched.body.version).toBe(2);

    const list = await t.call<{ data: AccountBody[] }>('GET', '/accounts?q=ACME&sort=name');
    expect(list.body.data.map((a) => a.name)).toEqual(['Acme Corp', 'Acme Europe']);
    const children = await t.call<{ data: AccountBody[] }>('GET', `/accounts?parentId=${created.body.id}`);
    expect(children.body.data.map((a) => a.id)).toEqual([child.body.id]);

    const refused = await t.call('DELETE', `/accounts/${created.body.id}`);
    expectProblem(refused, 409, 'in_use');
    expect((await t.call('DELETE', `/accounts/${child.body.id}`)).status).toBe(204);
    expect((await t.call('DELETE', `/accounts/${created.body.id}`)).status).toBe(204);
    expectProblem(await t.call('GET', `/accounts/${created.body.id}`), 404, 'not_found');

    const trail = await t.db.db.selectFrom('audit_log').select(['action', 'entity_id', 'actor_id']).where('entity_id', '=', created.body.id).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(trail.every((e) => e.actor_id?.startsWith('usr_'))).toBe(true);
  });

  it('pages through accounts with a cursor, in both directions of sort', async () => {
    for (let i = 0; i < 7; i++) await t.call('POST', '/accounts', { name: `Page ${String.fromCharCode(71 - i)}` });
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { data: AccountBody[]; nextCursor: string | null } } = await t.call('GET', `/accounts?q=page&limit=3&sort=-name${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...res.body.data.map((a) => a.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(names).toEqual(['Page G', 'Page F', 'Page E', 'Page D', 'Page C', 'Page B', 'Page A']);
    expectProblem(await t.call('GET', '/accounts?cursor=garbage'), 400, 'invalid_cursor');
    expectProblem(await t.call('GET', '/accounts?sort=bogus'), 400, 'validation_failed');
  });

  it('refuses bad input with problem+json naming the field, and writes nothing', async () => {
    const before = await count();
    const long = expectProblem(await t.call('POST', '/accounts', { name: 'x'.repeat(256) }), 400, 'validation_failed');
    expect(long.errors?.[0]).toMatchObject({ field: '/name' });
    expect(long.errors?.[0]?.message).toMatch(/255/);
    const unknown = expectProblem(await t.call('POST', '/accounts', { name: 'ok', colour: 'red' }), 400, 'validation_failed');
    expect(unknown.errors).toContainEqual(expect.objectContaining({ field: '/colour', message: 'unknown field "colour"' }));
    const wrongType = expectProblem(await t.call('POST', '/accounts', { name: 'ok', employees: 'many' }), 400, 'validation_failed');
    expect(wrongType.errors?.[0]?.field).toBe('/employees');
    expectProblem(await t.call('POST', '/accounts', { name: '   ' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/accounts', {}), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/accounts', '{"name": '), 400, 'validation_failed');
    const badParent = expectProblem(await t.call('POST', '/accounts', { name: 'ok', parentId: 'acc_NOPE' }), 400, 'validation_failed');
    expect(badParent.errors?.[0]?.field).toBe('/parentId');
    expectProblem(await t.call('POST', '/accounts', { name: 'ok', custom: { '1bad key': 1 } }), 400, 'validation_failed');
    expect(await count()).toBe(before);
    expectProblem(await t.call('GET', '/accounts/acc_MISSING'), 404, 'not_found');
    expectProblem(await t.call('GET', '/accounts/per_123'), 404, 'not_found');
  });

  it('refuses to delete an account that a condition names', async () => {
    const a = (await t.call<AccountBody>('POST', '/accounts', { name: 'Named Root' })).body;
    const list = await t.call<AccountBody>('POST', '/account-lists', { name: 'Below named root', kind: 'dynamic', condition: { descendantOf: a.id } });
    expect(list.status).toBe(201);
    const p = expectProblem(await t.call('DELETE', `/accounts/${a.id}`), 409, 'in_use');
    expect(p.detail).toContain(list.body.id);
    expect((await t.call('GET', `/accounts/${a.id}`)).status).toBe(200);
  });

  it('refuses hierarchy cycles and leaves the tree unchanged', async () => {
    const a = (await t.call<AccountBody>('POST', '/accounts', { name: 'Cycle A' })).body;
    const b = (await t.call<AccountBody>('POST', '/accounts', { name: 'Cycle B', parentId: a.id })).body;
    const c = (await t.call<AccountBody>('POST', '/accounts', { name: 'Cycle C', parentId: b.id })).body;
    const p = expectProblem(await t.call('PATCH', `/accounts/${a.id}`, { parentId: c.id }), 409, 'hierarchy_cycle');
    expect(p.errors?.[0]?.field).toBe('/parentId');
    expectProblem(await t.call('PATCH', `/accounts/${a.id}`, { parentId: a.id }), 409, 'hierarchy_cycle');
    expect((await t.call<AccountBody>('GET', `/accounts/${a.id}`)).body.parentId).toBeNull();
    expect((await t.call<AccountBody>('PATCH', `/accounts/${c.id}`, { parentId: a.id })).body.parentId).toBe(a.id);
  });
});
