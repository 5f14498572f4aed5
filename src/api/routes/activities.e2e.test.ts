import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

type Body = Record<string, unknown> & { id: string };

describe('activities API', () => {
  let t: TestApp;
  let person: Body;
  let account: Body;
  beforeAll(async () => {
    t = await createTestApp(); // clock: 2026-06-01T12:00Z
    account = (await t.call<Body>('POST', '/accounts', { name: 'Act Co' })).body;
    person = (await t.call<Body>('POST', '/people', { email: 'Act@Example.com' })).body;
  });
  afterAll(async () => t.close());

  const count = async () => (await t.db.db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('records one activity by person id or by email, and lists newest first', async () => {
    const a = await t.call<Body>('POST', '/activities', { personId: person.id, accountId: account.id, type: 'email_opened', occurredAt: '2026-05-30T10:00:00Z', metadata: { campaign: 'spring' } });
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ personId: person.id, type: 'email_opened', occurredAt: '2026-05-30T10:00:00.000Z', metadata: { campaign: 'spring' } });
    // A custom type is registered first (an unregistered one is refused: see the registry tests).
    expect((await t.call('POST', '/activity-types', { key: 'webinar_watched' })).status).toBe(201);
    const b = await t.call<Body>('POST', '/activities', { personEmail: 'act@example.COM', type: 'webinar_watched', occurredAt: '2026-05-31T10:00:00+02:00' });
    expect(b.status).toBe(201);
    expect(b.body.personId).toBe(person.id);
    const list = await t.call<{ data: Body[] }>('GET', `/activities?personId=${person.id}`);
    expect(list.body.data.map((x) => x.id)).toEqual([b.body.id, a.body.id]);
    const since = await t.call<{ data: Body[] }>('GET', `/activities?personId=${person.id}&since=2026-05-31T00:00:00Z`);
    expect(since.body.data.map((x) => x.id)).toEqual([b.body.id]);
    expect((await t.call('DELETE', `/activities/${a.body.id}`)).status).toBe(204);
  });

  it('ingests 10,000 activities in one call, and refuses 10,001', async () => {
    const before = await count();
    const base = Date.parse('2026-05-01T00:00:00Z');
    const activities = Array.from({ length: 10_000 }, (_, i) => ({ personId: person.id, type: i % 2 ? 'page_viewed' : 'email_clicked', occurredAt: new Date(base + i * 60_000).toISOString() }));
    const res = await t.call<{ inserted: number }>('POST', '/activities/bulk', { activities });
    expect(res.status).toBe(201);
    expect(res.body.inserted).toBe(10_000);
    expect(await count()).toBe(before + 10_000);
    const tooMany = expectProblem(await t.call('POST', '/activities/bulk', { activities: [...activities, activities[0]] }), 400, 'validation_failed');
    expect(tooMany.errors?.[0]?.field).toBe('/activities');
    expect(await count()).toBe(before + 10_000);
  });

  it('reports every bad row of a bulk call by index and writes none of them', async () => {
    const before = await count();
    const res = expectProblem(
      await t.call('POST', '/activities/bulk', {
        activities: [
          { personId: person.id, type: 'email_opened', occurredAt: '2026-05-30T10:00:00Z' },
          { personId: 'per_UNKNOWN', type: 'email_opened', occurredAt: '2026-05-30T10:00:00Z' },
          { personEmail: 'nobody@example.com', type: 'email_opened', occurredAt: '2026-05-30T10:00:00Z' },
          { personId: person.id, type: 'email_opened', occurredAt: '2027-01-01T00:00:00Z' },
          { personId: person.id, accountId: 'acc_UNKNOWN', type: 'email_opened', occurredAt: '2026-05-30T10:00:00Z' },
        ],
      }),
      400,
      'validation_failed',
    );
    expect(res.errors?.map((e) => e.field)).toEqual(['/activities/1/personId', '/activities/2/personEmail', '/activities/3/occurredAt', '/activities/4/accountId']);
    expect(res.detail).toContain('nothing was written');
    const shape = expectProblem(await t.call('POST', '/activities/bulk', { activities: [{ personId: person.id, type: 'Bad Type!', occurredAt: 'yesterday' }] }), 400, 'validation_failed');
    expect(shape.errors?.map((e) => e.field).sort()).toEqual(['/activities/0/occurredAt', '/activities/0/type']);
    expect(await count()).toBe(before);
  });
});
