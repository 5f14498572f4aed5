import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { DERIVED_FUNCTIONS } from '../../domain/people/derive.ts';

interface PersonaBody {
  id: string;
  name: string;
  description: string | null;
  condition: unknown;
  version: number;
  [k: string]: unknown;
}

const itLeaders = { all: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] }, { field: 'derivedFunction', op: 'is', value: 'information_technology' }] };

describe('personas API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const count = async () => Number((await t.db.db.selectFrom('personas').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const auditCount = async () => Number((await t.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const persona = async (name: string, condition: unknown) => {
    const res = await t.call<PersonaBody>('POST', '/personas', { name, condition });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body;
  };

  it('creates, reads, updates, lists and deletes a persona, with ETags and an audit trail', async () => {
    const created = await t.call<PersonaBody>('POST', '/personas', { name: ' IT leadership ', description: 'CIOs and VPs of IT', condition: itLeaders });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'IT leadership', condition: itLeaders, version: 1 });
    expect(created.body.id).toMatch(/^psn_/);
    expect(created.headers.get('etag')).toBe('"1"');

    const got = await t.call<PersonaBody>('GET', `/personas/${created.body.id}`);
    expect(got.body.description).toBe('CIOs and VPs of IT');
    expect(got.headers.get('etag')).toBe('"1"');

    const narrower = { all: [...itLeaders.all, { field: 'country', op: 'is', value: 'France' }] };
    const patched = await t.call<PersonaBody>('PATCH', `/personas/${created.body.id}`, { condition: narrower, description: null }, { headers: { 'if-match': '"1"' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: 'IT leadership', description: null, condition: narrower, version: 2 });

    const listed = await t.call<{ data: PersonaBody[] }>('GET', '/personas?q=leader');
    expect(listed.body.data.map((p) => p.id)).toEqual([created.body.id]);

    expect((await t.call('DELETE', `/personas/${created.body.id}`, undefined, ANY_VERSION)).status).toBe(204);
    expectProblem(await t.call('GET', `/personas/${created.body.id}`), 404, 'not_found');
    const trail = await t.db.db.selectFrom('audit_log').select('action').where('entity_id', '=', created.body.id).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses a value outside a closed set (derived function), naming the allowed values at the exact place, and writes nothing', async () => {
    const before = await count();
    const res = expectProblem(await t.call('POST', '/personas', { name: 'Lawyers', condition: { all: [{ field: 'derivedFunction', op: 'is', value: 'legall' }] } }), 400, 'invalid_condition');
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.field).toBe('/condition/all/0/value');
    for (const v of DERIVED_FUNCTIONS) expect(res.errors?.[0]?.message).toContain(v);
    expect(res.detail).toContain('did you mean “legal”?');
    expect(await count()).toBe(before);
  });

  it('validates the condition as a person condition, naming the exact place, and writes nothing', async () => {
    const before = await count();
    const audits = await auditCount();
    const badOp = expectProblem(await t.call('POST', '/personas', { name: 'Bad', condition: { all: [{ field: 'jobTitle', op: 'gt', value: 3 }] } }), 400, 'invalid_condition');
    expect(badOp.errors?.[0]?.field).toBe('/condition/all/0/op');
    const badField = expectProblem(await t.call('POST', '/personas', { name: 'Bad', condition: { any: [{ field: 'jobTitle', op: 'is', value: 'CTO' }, { field: 'shoeSize', op: 'is', value: '9' }] } }), 400, 'invalid_condition');
    expect(badField.errors?.[0]?.field).toMatch(/^\/condition\/any\/1/);
    const accountOnly = expectProblem(await t.call('POST', '/personas', { name: 'Bad', condition: { descendantOf: 'acc_X' } }), 400, 'invalid_condition');
    expect(accountOnly.errors?.[0]?.field).toMatch(/^\/condition/);
    const missing = expectProblem(await t.call('POST', '/personas', { name: 'Bad' }), 400, 'validation_failed');
    expect(missing.errors?.[0]?.field).toBe('/condition');
    const unknown = expectProblem(await t.call('POST', '/personas', { name: 'Bad', condition: itLeaders, weight: 2 }), 400, 'validation_failed');
    expect(unknown.errors).toContainEqual(expect.objectContaining({ field: '/weight' }));
    expectProblem(await t.call('POST', '/personas', { name: '', condition: itLeaders }), 400, 'validation_failed');
    expectProblem(await t.call('GET', '/personas/lst_1'), 404, 'not_found');
    expect(await count()).toBe(before);
    expect(await auditCount()).toBe(audits);
  });

  it('requires referenced personas and lists to exist (lists static), and names to be unique', async () => {
    const base = await persona('Engineers', { field: 'derivedFunction', op: 'is', value: 'engineering' });
    const before = await count();
    const ghost = expectProblem(await t.call('POST', '/personas', { name: 'Ghostly', condition: { any: [{ persona: base.id }, { persona: 'psn_GHOST' }] } }), 400, 'invalid_condition');
    expect(ghost.errors).toEqual([{ field: '/condition/any/1/persona', message: 'persona psn_GHOST does not exist' }]);
    const noList = expectProblem(await t.call('POST', '/personas', { name: 'Listed', condition: { not: { memberOfList: 'lst_NOPE' } } }), 400, 'invalid_condition');
    expect(noList.errors).toEqual([{ field: '/condition/not/memberOfList', message: 'account list lst_NOPE does not exist' }]);
    const now = Date.now();
    await t.db.db
      .insertInto('account_lists')
      .values([
        { id: 'lst_STATIC', name: 'Named accounts', name_norm: 'named accounts', description: null, kind: 'static', condition: null, created_at: now, updated_at: now, version: 1 },
        { id: 'lst_DYN', name: 'Big software', name_norm: 'big software', description: null, kind: 'dynamic', condition: JSON.stringify({ field: 'industry', op: 'is', value: 'software' }), created_at: now, updated_at: now, version: 1 },
      ])
      .execute();
    const dynamic = expectProblem(await t.call('POST', '/personas', { name: 'Listed', condition: { memberOfList: 'lst_DYN' } }), 400, 'invalid_condition');
    expect(dynamic.errors?.[0]).toMatchObject({ field: '/condition/memberOfList' });
    expect(dynamic.errors?.[0]?.message).toMatch(/dynamic/);
    const dup = expectProblem(await t.call('POST', '/personas', { name: 'ENGINEERS', condition: itLeaders }), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/name');
    expect(await count()).toBe(before);
    const ok = await persona('Engineers at named accounts', { all: [{ persona: base.id }, { memberOfList: 'lst_STATIC' }] });
    expect(ok.condition).toEqual({ all: [{ persona: base.id }, { memberOfList: 'lst_STATIC' }] });
  });

  it('refuses a persona that refers to itself, directly or through other personas', async () => {
    const a = await persona('Loop A', itLeaders);
    const b = await persona('Loop B', { persona: a.id });
    const c = await persona('Loop C', { any: [{ persona: b.id }, { field: 'jobTitle', op: 'contains', value: 'cto' }] });
    const direct = expectProblem(await t.call('PATCH', `/personas/${a.id}`, { condition: { not: { persona: a.id } } }, ANY_VERSION), 400, 'invalid_condition');
    expect(direct.errors?.[0]?.field).toBe('/condition/not/persona');
    const indirect = expectProblem(await t.call('PATCH', `/personas/${a.id}`, { condition: { all: [itLeaders, { persona: c.id }] } }, ANY_VERSION), 400, 'invalid_condition');
    expect(indirect.errors?.[0]?.field).toBe('/condition/all/1/persona');
    expect(indirect.errors?.[0]?.message).toContain(a.id);
    const unchanged = await t.call<PersonaBody>('GET', `/personas/${a.id}`);
    expect(unchanged.body).toMatchObject({ condition: itLeaders, version: 1 });
  });

  it('accepts the derived values of before the title classifier and stores them rewritten (existing API clients keep working)', async () => {
    const old = await persona('Old-style IT leaders', { all: [{ field: 'derivedSeniority', op: 'is', value: 'C-Level' }, { field: 'derivedFunction', op: 'is', value: 'security' }] });
    expect(old.condition).toEqual({ all: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'owner', 'partner'] }, { field: 'derivedSpecialties', op: 'is', value: 'security' }] });
    const bad = expectProblem(await t.call('POST', '/personas', { name: 'Typo', condition: { field: 'derivedSpecialties', op: 'is', value: 'securty' } }), 400, 'invalid_condition');
    expect(bad.errors?.[0]).toMatchObject({ field: '/condition/value' });
    expect(bad.errors?.[0]?.message).toContain('did you mean “security”?');
  });

  it('refuses to delete a persona another persona or a template role condition refers to', async () => {
    const target = await persona('Security buyers', { field: 'derivedSpecialties', op: 'is', value: 'security' });
    const user = await persona('Security heads', { all: [{ persona: target.id }, { field: 'derivedSeniority', op: 'is', value: 'cxo' }] });
    const p1 = expectProblem(await t.call('DELETE', `/personas/${target.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p1.detail).toContain(`persona "Security heads" (${user.id})`);
    expect((await t.call('DELETE', `/personas/${user.id}`, undefined, ANY_VERSION)).status).toBe(204);

    const now = Date.now();
    await t.db.db.insertInto('roles_templates').values({ id: 'tpl_PSN', name: 'Security deals', name_norm: 'security deals', description: null, status: 'draft', duplicated_from: null, published_at: null, created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.db
      .insertInto('template_roles')
      .values({ template_id: 'tpl_PSN', position: 0, role_id: 'rol_decision_maker', weighting_band: 'vital', auto_assign: 1, condition: JSON.stringify({ any: [{ persona: target.id }] }), required: 1, members_required: 1 })
      .execute();
    const p2 = expectProblem(await t.call('DELETE', `/personas/${target.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p2.detail).toContain('roles template "Security deals" (tpl_PSN, role Decision Maker)');
    expect((await t.call('GET', `/personas/${target.id}`)).status).toBe(200);
    await t.db.db.deleteFrom('roles_templates').where('id', '=', 'tpl_PSN').execute();
    expect((await t.call('DELETE', `/personas/${target.id}`, undefined, ANY_VERSION)).status).toBe(204);
  });

  it('honours If-Match when sent', async () => {
    const p = await persona('Versioned', itLeaders);
    await t.call('PATCH', `/personas/${p.id}`, { description: 'one' }, ANY_VERSION);
    expectProblem(await t.call('PATCH', `/personas/${p.id}`, { description: 'two' }, { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');
    expectProblem(await t.call('DELETE', `/personas/${p.id}`, undefined, { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');
    expect((await t.call<PersonaBody>('GET', `/personas/${p.id}`)).body.description).toBe('one');
    expect((await t.call('DELETE', `/personas/${p.id}`, undefined, { headers: { 'if-match': '"2"' } })).status).toBe(204);
  });
});
