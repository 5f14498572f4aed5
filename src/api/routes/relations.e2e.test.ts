import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

type Body = Record<string, unknown> & { id: string };

describe('relations API', () => {
  let t: TestApp;
  let account: Body;
  let person: Body;
  beforeAll(async () => {
    t = await createTestApp(); // clock: 2026-06-01T12:00Z
    account = (await t.call<Body>('POST', '/accounts', { name: 'Rel Co' })).body;
    person = (await t.call<Body>('POST', '/people', { email: 'rel@example.com' })).body;
  });
  afterAll(async () => t.close());

  it('relates a person to an account once, ends the relation, and filters by activity', async () => {
    const r = await t.call<Body>('POST', '/relations', { accountId: account.id, personId: person.id, roles: ['Budget owner'], startedOn: '2024-01-15' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ relationType: 'employee', roles: ['Budget owner'], active: true, endedOn: null });
    expectProblem(await t.call('POST', '/relations', { accountId: account.id, personId: person.id }), 409, 'duplicate');

    const people = await t.call<{ data: Body[] }>('GET', `/people?accountId=${account.id}`);
    expect(people.body.data.map((p) => p.id)).toEqual([person.id]);

    const ended = await t.call<Body>('PATCH', `/relations/${r.body.id}`, { endedOn: '2026-05-31' });
    expect(ended.body.active).toBe(false);
    expect((await t.call<{ data: Body[] }>('GET', `/people?accountId=${account.id}`)).body.data).toEqual([]);
    expect((await t.call<{ data: Body[] }>('GET', `/relations?accountId=${account.id}&active=false`)).body.data).toHaveLength(1);
    expect((await t.call<{ data: Body[] }>('GET', `/relations?accountId=${account.id}&active=true`)).body.data).toHaveLength(0);

    // An end date in the future means the person still works there today.
    const future = await t.call<Body>('PATCH', `/relations/${r.body.id}`, { endedOn: '2026-12-31' });
    expect(future.body.active).toBe(true);
    expect((await t.call('DELETE', `/relations/${r.body.id}`)).status).toBe(204);
    expectProblem(await t.call('GET', `/relations/${r.body.id}`), 404, 'not_found');
  });

  it('refuses unknown ids, bad dates and unknown fields, writing nothing', async () => {
    const none = async () => (await t.db.db.selectFrom('account_people').select('id').execute()).length;
    const before = await none();
    const p = expectProblem(await t.call('POST', '/relations', { accountId: 'acc_NOPE', personId: 'per_NOPE' }), 400, 'validation_failed');
    expect(p.errors?.map((e) => e.field)).toEqual(['/accountId', '/personId']);
    const d = expectProblem(await t.call('POST', '/relations', { accountId: account.id, personId: person.id, startedOn: '2025-05-01', endedOn: '2025-04-01' }), 400, 'validation_failed');
    expect(d.errors?.[0]?.field).toBe('/endedOn');
    expectProblem(await t.call('POST', '/relations', { accountId: account.id, personId: person.id, startedOn: '2025-02-30' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/relations', { accountId: account.id, personId: person.id, relationType: 'boss' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/relations', { accountId: account.id, personId: person.id, since: 'x' }), 400, 'validation_failed');
    expect(await none()).toBe(before);
  });
});
