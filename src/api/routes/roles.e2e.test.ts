import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface RoleBody {
  id: string;
  name: string;
  description: string | null;
  isDefault: boolean;
  [k: string]: unknown;
}

describe('roles API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const count = async () => Number((await t.db.db.selectFrom('roles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const auditCount = async () => Number((await t.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('lists the six defaults, then creates, reads, renames and deletes a custom role, with an audit trail', async () => {
    const defaults = await t.call<{ data: RoleBody[]; nextCursor: string | null }>('GET', '/roles?isDefault=true');
    expect(defaults.status).toBe(200);
    expect(defaults.body.data.map((r) => r.name)).toEqual(['Champion', 'Decision Maker', 'Executive Steering Committee', 'Influencer', 'Other', 'Practitioner']);
    expect(defaults.body.data.every((r) => r.isDefault)).toBe(true);

    const created = await t.call<RoleBody>('POST', '/roles', { name: '  Budget Holder ', description: 'Signs the cheque' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Budget Holder', description: 'Signs the cheque', isDefault: false });
    expect(created.body.id).toMatch(/^rol_[0-9A-Z]{26}$/);

    expect((await t.call<RoleBody>('GET', `/roles/${created.body.id}`)).body.name).toBe('Budget Holder');
    const renamed = await t.call<RoleBody>('PATCH', `/roles/${created.body.id}`, { name: 'Budget Owner' }, ANY_VERSION);
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Budget Owner', description: 'Signs the cheque' });
    const cleared = await t.call<RoleBody>('PATCH', `/roles/${created.body.id}`, { description: null }, ANY_VERSION);
    expect(cleared.body.description).toBeNull();

    const custom = await t.call<{ data: RoleBody[] }>('GET', '/roles?isDefault=false&q=budget');
    expect(custom.body.data.map((r) => r.id)).toEqual([created.body.id]);

    expect((await t.call('DELETE', `/roles/${created.body.id}`, undefined, ANY_VERSION)).status).toBe(204);
    expectProblem(await t.call('GET', `/roles/${created.body.id}`), 404, 'not_found');
    const trail = await t.db.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_id', '=', created.body.id).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'update', 'delete']);
    expect(trail.every((e) => e.actor_id?.startsWith('usr_'))).toBe(true);
  });

  it('protects the default roles: no rename, no delete; the description may change', async () => {
    const p = expectProblem(await t.call('PATCH', '/roles/rol_decision_maker', { name: 'Decider' }, ANY_VERSION), 409, 'immutable');
    expect(p.errors?.[0]?.field).toBe('/name');
    expectProblem(await t.call('PATCH', '/roles/rol_decision_maker', { name: 'decision maker' }, ANY_VERSION), 409, 'immutable');
    expectProblem(await t.call('DELETE', '/roles/rol_champion', undefined, ANY_VERSION), 409, 'immutable');
    const same = await t.call<RoleBody>('PATCH', '/roles/rol_decision_maker', { name: 'Decision Maker', description: 'Has the final say' }, ANY_VERSION);
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ name: 'Decision Maker', description: 'Has the final say', isDefault: true });
  });

  it('keeps names unique case-insensitively, ignoring surrounding spaces', async () => {
    const legal = (await t.call<RoleBody>('POST', '/roles', { name: 'Legal' })).body;
    const before = await count();
    const audits = await auditCount();
    const dup = expectProblem(await t.call('POST', '/roles', { name: ' DECISION maker ' }), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/name');
    expect(dup.detail).toContain('Decision Maker');
    expectProblem(await t.call('PATCH', `/roles/${legal.id}`, { name: 'champion' }, ANY_VERSION), 409, 'duplicate');
    expect((await t.call<RoleBody>('PATCH', `/roles/${legal.id}`, { name: 'LEGAL' }, ANY_VERSION)).body.name).toBe('LEGAL');
    expect(await count()).toBe(before);
    expect(await auditCount()).toBe(audits + 1);
    await t.call('DELETE', `/roles/${legal.id}`, undefined, ANY_VERSION);
  });

  it('holds at most 50 roles in all', async () => {
    const now = Date.now();
    const filler = Array.from({ length: 50 - (await count()) }, (_, i) => ({
      id: `rol_FILLER${String(i).padStart(2, '0')}`,
      name: `Filler ${i}`,
      name_norm: `filler ${i}`,
      description: null,
      is_default: 0,
      created_at: now,
      updated_at: now,
    }));
    await t.db.db.insertInto('roles').values(filler).execute();
    const p = expectProblem(await t.call('POST', '/roles', { name: 'One Too Many' }), 409, 'limit_reached');
    expect(p.detail).toMatch(/50/);
    expect(await count()).toBe(50);
    expect((await t.call('DELETE', '/roles/rol_FILLER00', undefined, ANY_VERSION)).status).toBe(204);
    expect((await t.call('POST', '/roles', { name: 'One Too Many' })).status).toBe(201);
    await t.db.db.deleteFrom('roles').where('is_default', '=', 0).execute();
  });

  it('refuses to delete a role a roles template uses, naming the template', async () => {
    const role = (await t.call<RoleBody>('POST', '/roles', { name: 'Security Lead' })).body;
    const now = Date.now();
    await t.db.db.insertInto('roles_templates').values({ id: 'tpl_SECURITY', name: 'Security deals', name_norm: 'security deals', description: null, status: 'draft', duplicated_from: null, published_at: null, created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.db.insertInto('template_roles').values({ template_id: 'tpl_SECURITY', position: 0, role_id: role.id, weighting_band: 'vital', auto_assign: 0, condition: null, required: 1, members_required: 1 }).execute();
    const p = expectProblem(await t.call('DELETE', `/roles/${role.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p.detail).toContain('Security deals');
    expect(p.detail).toContain('tpl_SECURITY');
    expect((await t.call('GET', `/roles/${role.id}`)).status).toBe(200);
  });

  it('refuses bad input with problem+json naming the field, and writes nothing', async () => {
    const before = await count();
    const audits = await auditCount();
    const long = expectProblem(await t.call('POST', '/roles', { name: 'x'.repeat(101) }), 400, 'validation_failed');
    expect(long.errors?.[0]).toMatchObject({ field: '/name' });
    const unknown = expectProblem(await t.call('POST', '/roles', { name: 'ok', isDefault: true }), 400, 'validation_failed');
    expect(unknown.errors).toContainEqual(expect.objectContaining({ field: '/isDefault' }));
    expectProblem(await t.call('POST', '/roles', { name: '   ' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/roles', {}), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/roles', { name: 42 }), 400, 'validation_failed');
    expectProblem(await t.call('PATCH', '/roles/rol_other', { name: '' }, ANY_VERSION), 400, 'validation_failed');
    expectProblem(await t.call('PATCH', '/roles/rol_MISSING', { name: 'x' }, ANY_VERSION), 404, 'not_found');
    expectProblem(await t.call('DELETE', '/roles/rol_MISSING', undefined, ANY_VERSION), 404, 'not_found');
    expectProblem(await t.call('GET', '/roles/tpl_123'), 404, 'not_found');
    expectProblem(await t.call('GET', '/roles?isDefault=maybe'), 400, 'validation_failed');
    expectProblem(await t.call('GET', '/roles?sort=colour'), 400, 'validation_failed');
    // Roles are managed by admins; editors and viewers read them.
    expectProblem(await t.call('POST', '/roles', { name: 'By editor' }, { as: 'editor' }), 403, 'forbidden');
    expectProblem(await t.call('PATCH', '/roles/rol_other', { description: 'x' }, { as: 'editor' }), 403, 'forbidden');
    expect((await t.call('GET', '/roles', undefined, { as: 'viewer' })).status).toBe(200);
    expect(await count()).toBe(before);
    expect(await auditCount()).toBe(audits);
  });
});
