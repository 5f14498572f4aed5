import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

type Body = Record<string, unknown> & { id: string };

describe('people API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const count = async () => (await t.db.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('creates a person with normalised, derived fields and finds them by free text', async () => {
    const res = await t.call<Body>('POST', '/people', {
      email: ' Zoë.Åkesson@Example.COM ',
      firstName: 'Zoë',
      lastName: 'Åkesson',
      jobTitle: 'Sr. Dir. IT Security',
      custom: { badge: 'gold' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'Zoë.Åkesson@Example.COM', firstName: 'Zoë', emailInvalid: false, engagementScore: 0 });
    expect(res.body.derivedSeniority).toBe('director');
    expect(res.body.id).toMatch(/^per_/);

    for (const q of ['zoë åkesson', 'ZOË', 'security', 'example.com']) {
      const found = await t.call<{ data: Body[] }>('GET', `/people?q=${encodeURIComponent(q)}`);
      expect(found.body.data.map((p) => p.id), q).toEqual([res.body.id]);
    }
    const byEmail = await t.call<{ data: Body[] }>('GET', `/people?email=${encodeURIComponent('zoë.åkesson@example.com')}`);
    expect(byEmail.body.data).toHaveLength(1);
  });

  it('keeps emails unique regardless of case, on create and update', async () => {
    const a = await t.call<Body>('POST', '/people', { email: 'dup@example.com' });
    expect(a.status).toBe(201);
    const before = await count();
    const dup = expectProblem(await t.call('POST', '/people', { email: 'DUP@example.com' }), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/email');
    const b = await t.call<Body>('POST', '/people', { email: 'other@example.com' });
    expectProblem(await t.call('PATCH', `/people/${b.body.id}`, { email: 'Dup@Example.com' }), 409, 'duplicate');
    expect(await count()).toBe(before + 1);
    expect((await t.call<Body>('GET', `/people/${b.body.id}`)).body.email).toBe('other@example.com');
  });

  it('updates only the fields sent, re-deriving seniority from the new title', async () => {
    const p = (await t.call<Body>('POST', '/people', { email: 'pat@example.com', jobTitle: 'Software Engineer', phone: '+1 555' })).body;
    const u = await t.call<Body>('PATCH', `/people/${p.id}`, { jobTitle: 'VP, Engineering', phone: null });
    expect(u.status).toBe(200);
    expect(u.body).toMatchObject({ jobTitle: 'VP, Engineering', phone: null, email: 'pat@example.com', derivedSeniority: 'vp', version: 2 });
  });

  it('returns the derived values with their source and the classifier’s evidence; explicit values win and clear back', async () => {
    const p = (await t.call<Body>('POST', '/people', { email: 'lin@example.com', jobTitle: 'Leiterin Vertrieb DACH', department: 'Sales' })).body;
    expect(p).toMatchObject({ derivedSeniority: 'director', derivedSenioritySource: 'derived', derivedFunction: 'sales', derivedFunctionSource: 'derived', explicitSeniority: null });
    expect(p.derivedFunctions).toEqual(['sales']);
    const got = await t.call<Body & { titleEvidence: { effect: string }[] }>('GET', `/people/${p.id}`);
    expect(got.body.titleEvidence.length).toBeGreaterThan(0);
    expect(got.body.titleEvidence.map((e) => e.effect).join(' ')).toMatch(/director/);
    const set = await t.call<Body>('PATCH', `/people/${p.id}`, { explicitSeniority: 'vp', explicitFunction: 'business_development' });
    expect(set.body).toMatchObject({ derivedSeniority: 'vp', derivedSenioritySource: 'explicit', derivedFunction: 'business_development', derivedFunctionSource: 'explicit' });
    expect(set.body.derivedFunctions).toEqual(['business_development', 'sales']);
    // A new title re-derives everything but the explicit values.
    const retitled = await t.call<Body>('PATCH', `/people/${p.id}`, { jobTitle: 'Working Student Marketing' });
    expect(retitled.body).toMatchObject({ derivedSeniority: 'vp', derivedFunction: 'business_development', derivedFunctions: ['business_development', 'marketing'] });
    const cleared = await t.call<Body>('PATCH', `/people/${p.id}`, { explicitSeniority: null, explicitFunction: null });
    expect(cleared.body).toMatchObject({ derivedSeniority: 'training', derivedSenioritySource: 'derived', derivedFunction: 'marketing' });
    const bad = expectProblem(await t.call('PATCH', `/people/${p.id}`, { explicitSeniority: 'c-level' }), 400, 'validation_failed');
    expect(bad.errors?.[0]?.field).toBe('/explicitSeniority');
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = await count();
    const bad = expectProblem(await t.call('POST', '/people', { email: 'not-an-email' }), 400, 'validation_failed');
    expect(bad.errors?.[0]?.field).toBe('/email');
    expectProblem(await t.call('POST', '/people', { firstName: 'No email' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/people', { email: 'a@b.co', unsubscribed: 'yes' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/people', { email: 'a@b.co', nickname: 'x' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/people', { email: 'a@b.co', jobTitle: 'x'.repeat(256) }), 400, 'validation_failed');
    expect(await count()).toBe(before);
    expectProblem(await t.call('PATCH', '/people/per_NOPE', { firstName: 'x' }), 404, 'not_found');
  });

  it('deletes a person with their relations and activities, but not while in a buying group', async () => {
    const acc = (await t.call<Body>('POST', '/accounts', { name: 'Del Co' })).body;
    const p = (await t.call<Body>('POST', '/people', { email: 'gone@example.com' })).body;
    await t.call('POST', '/relations', { accountId: acc.id, personId: p.id });
    await t.call('POST', '/activities', { personId: p.id, type: 'email_opened', occurredAt: '2026-05-30T10:00:00Z' });
    expect((await t.call('DELETE', `/people/${p.id}`)).status).toBe(204);
    expect(await t.db.db.selectFrom('activities').select('id').where('person_id', '=', p.id).execute()).toEqual([]);
    expect(await t.db.db.selectFrom('account_people').select('id').where('person_id', '=', p.id).execute()).toEqual([]);

    const q = (await t.call<Body>('POST', '/people', { email: 'kept@example.com' })).body;
    const now = Date.now();
    await t.db.db.insertInto('roles_templates').values({ id: 'tpl_T', name: 'T', name_norm: 't', description: null, status: 'live', duplicated_from: null, published_at: now, created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.db.insertInto('solution_interests').values({ id: 'si_S', name: 'S', name_norm: 's', description: null, products: '[]', template_id: 'tpl_T', stage_model_id: null, follow_membership_changes: 1, created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.db.insertInto('buying_groups').values({ account_id: acc.id, id: 'bg_B', solution_interest_id: 'si_S', template_id: 'tpl_T', name: 'S for Del Co', name_norm: 's for del co', status_label: null, stage: null, completeness: 0, engagement: 0, active: 1, created_at: now, updated_at: now }).execute();
    await t.db.db.insertInto('buying_group_members').values({ account_id: acc.id, buying_group_id: 'bg_B', person_id: q.id, role_id: 'rol_champion', source: 'manual', removed: 0, added_at: now, removed_at: null, updated_at: now }).execute();
    const refused = expectProblem(await t.call('DELETE', `/people/${q.id}`), 409, 'in_use');
    expect(refused.detail).toContain('bg_B');
    expect((await t.call('GET', `/people/${q.id}`)).status).toBe(200);
  });
});
