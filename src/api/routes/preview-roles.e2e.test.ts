/**
 * The dry run of unsaved edits: POST /roles-templates/{id}/preview with `roles` evaluates those
 * definitions instead of the stored ones (checked like a save, writing nothing); and templates
 * say who changed them last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

interface RoleDef {
  roleId: string;
  roleName?: string;
  weightingBand: string;
  autoAssign: boolean;
  condition: unknown;
  required: boolean;
  membersRequired: number;
}
interface PreviewBody {
  peopleAssigned: number;
  roles: { roleId: string; count: number; samples: { email: string; matchedRoleIds: string[] }[] }[];
  diff: { membersAdded: number; membersRemoved: number; rolesChanged: number } | null;
}
interface TemplateBody {
  id: string;
  version: number;
  roles: RoleDef[];
  updatedBy: { userId: string; name: string } | null;
}

const writable = (roles: RoleDef[]) => roles.map(({ roleName: _name, ...r }) => ({ ...r, condition: r.autoAssign ? r.condition : undefined }));

describe('preview of unsaved role definitions', () => {
  let t: TestApp;
  let tenant: Tenant;
  let stored: RoleDef[];
  const count = async (table: 'buying_groups' | 'audit_log' | 'template_roles') =>
    Number((await t.db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(T0);
    tenant = await smallTenant(t.db.db);
    stored = (await t.call<TemplateBody>('GET', `/roles-templates/${tenant.templateId}`)).body.roles;
  });
  afterAll(async () => t.close());

  const url = () => `/roles-templates/${tenant.templateId}/preview`;

  it('gives the same answer with the stored definitions sent as roles as without them', async () => {
    const body = { audienceId: tenant.listId, solutionInterestId: tenant.solutionInterestId };
    const without = await t.call<PreviewBody>('POST', url(), body, { as: 'viewer' });
    const withRoles = await t.call<PreviewBody>('POST', url(), { ...body, roles: writable(stored) }, { as: 'viewer' });
    expect(without.status).toBe(200);
    expect(withRoles.status).toBe(200);
    expect(withRoles.body).toEqual(without.body);
    expect(without.body.roles.map((r) => r.count)).toEqual([1, 2, 1]);
  });

  it('evaluates a changed condition, a reordering and a new role, writing nothing', async () => {
    const before = [await count('buying_groups'), await count('audit_log'), await count('template_roles')];
    // Influencer: directors only (the VP drops out of it and falls through to Practitioner).
    const edited = writable(stored).map((r) => (r.roleId === 'rol_influencer' ? { ...r, condition: { field: 'derivedSeniority', op: 'is', value: 'director' } } : r));
    const changed = await t.call<PreviewBody>('POST', url(), { accountIds: tenant.accounts, roles: edited });
    expect(changed.status).toBe(200);
    expect(changed.body.roles.map((r) => [r.roleId, r.count])).toEqual([
      ['rol_decision_maker', 1],
      ['rol_influencer', 1],
      ['rol_practitioner', 2],
    ]);
    // Priority is the order sent: Practitioner first takes the VP of engineering from Influencer.
    const reordered = [edited[2]!, edited[0]!, edited[1]!];
    const r = await t.call<PreviewBody>('POST', url(), { accountIds: tenant.accounts, roles: reordered });
    expect(r.body.roles.map((x) => x.roleId)).toEqual(['rol_practitioner', 'rol_decision_maker', 'rol_influencer']);
    expect(r.body.roles[0]!.count).toBe(2);
    // An added role without auto-assignment shows up with 0.
    const added = await t.call<PreviewBody>('POST', url(), { accountIds: tenant.accounts, roles: [...edited, { roleId: 'rol_champion', weightingBand: 'minor', autoAssign: false, required: false, membersRequired: 1 }] });
    expect(added.body.roles.map((x) => [x.roleId, x.count]).at(-1)).toEqual(['rol_champion', 0]);
    // Nothing stored changed.
    expect([await count('buying_groups'), await count('audit_log'), await count('template_roles')]).toEqual(before);
    expect((await t.call<TemplateBody>('GET', `/roles-templates/${tenant.templateId}`)).body.roles).toEqual(stored);
  });

  it('refuses invalid definitions exactly as a save does, at /roles/i/…', async () => {
    const bad = writable(stored);
    bad[1] = { ...bad[1]!, condition: { field: 'derivedSeniority', op: 'is', value: 'galactic emperor' } };
    const p = expectProblem(await t.call('POST', url(), { accountIds: tenant.accounts, roles: bad }), 400, 'invalid_condition');
    expect(p.errors?.[0]?.field).toMatch(/^\/roles\/1\/condition/);

    const twice = [...writable(stored), writable(stored)[0]!];
    const d = expectProblem(await t.call('POST', url(), { accountIds: tenant.accounts, roles: twice }), 400, 'validation_failed');
    expect(d.errors).toEqual([expect.objectContaining({ field: '/roles/3/roleId' })]);

    const noCondition = expectProblem(await t.call('POST', url(), { accountIds: tenant.accounts, roles: [{ ...writable(stored)[0]!, condition: null }] }), 400, 'validation_failed');
    expect(noCondition.errors).toEqual([expect.objectContaining({ field: '/roles/0/condition' })]);

    const unknownRole = expectProblem(await t.call('POST', url(), { accountIds: tenant.accounts, roles: [{ ...writable(stored)[0]!, roleId: 'rol_nope' }] }), 400, 'validation_failed');
    expect(unknownRole.errors).toEqual([expect.objectContaining({ field: '/roles/0/roleId', message: 'role rol_nope does not exist' })]);

    const unknownField = expectProblem(await t.call('POST', url(), { accountIds: tenant.accounts, roles: [{ ...writable(stored)[0]!, band: 'vital' }] }), 400, 'validation_failed');
    expect(unknownField.errors?.[0]?.field).toMatch(/^\/roles\/0/);

    // A save with the same definitions gives the same fields.
    const draft = await t.call<TemplateBody>('POST', '/roles-templates', { name: 'Scratch', roles: [] });
    const save = expectProblem(await t.call('PATCH', `/roles-templates/${draft.body.id}`, { roles: bad }, { headers: { 'if-match': `"${draft.body.version}"` } }), 400, 'invalid_condition');
    expect(save.errors).toEqual(p.errors);
  });

  it('names the user who changed a template last', async () => {
    expect((await t.call<TemplateBody>('GET', `/roles-templates/${tenant.templateId}`)).body.updatedBy).toBeNull();
    const created = await t.call<TemplateBody>('POST', '/roles-templates', { name: 'Named', roles: [] }, { as: 'editor' });
    expect(created.status).toBe(201);
    expect(created.body.updatedBy).toMatchObject({ name: 'test editor' });
    const patched = await t.call<TemplateBody>('PATCH', `/roles-templates/${created.body.id}`, { description: 'x' }, { headers: { 'if-match': `"${created.body.version}"` } });
    expect(patched.body.updatedBy).toMatchObject({ name: 'test admin' });
    const list = await t.call<{ data: TemplateBody[] }>('GET', '/roles-templates?limit=500');
    expect(list.body.data.find((x) => x.id === created.body.id)?.updatedBy).toMatchObject({ name: 'test admin' });
  });
});
