import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface TemplateBody {
  id: string;
  name: string;
  status: 'draft' | 'live';
  duplicatedFrom: string | null;
  publishedAt: string | null;
  roles: { roleId: string; roleName: string; weightingBand: string; autoAssign: boolean; condition: unknown; required: boolean; membersRequired: number }[];
  version: number;
  [k: string]: unknown;
}

const cio = { any: [{ field: 'jobTitle', op: 'contains', value: 'CIO' }, { field: 'jobTitle', op: 'contains', value: 'CISO' }] };
const decisionMaker = { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: cio, required: true };
const influencer = { roleId: 'rol_influencer', weightingBand: 'important', autoAssign: false, required: true, membersRequired: 2 };
const champion = { roleId: 'rol_champion', weightingBand: 'minor', autoAssign: false, required: false };

describe('roles templates API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const n = async (table: 'roles_templates' | 'template_roles' | 'audit_log') =>
    Number((await t.db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const snapshot = async () => [await n('roles_templates'), await n('template_roles'), await n('audit_log')];
  const ifMatch = (v: number | string) => ({ headers: { 'if-match': typeof v === 'number' ? `"${v}"` : v } });
  const create = async (name: string, roles: unknown[] = [decisionMaker]) => {
    const res = await t.call<TemplateBody>('POST', '/roles-templates', { name, roles });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body;
  };

  it('builds a draft, edits it with If-Match, publishes it and freezes it, with an audit trail', async () => {
    const created = await t.call<TemplateBody>('POST', '/roles-templates', { name: ' Security deals ', description: 'CISO-led purchases', roles: [decisionMaker, influencer] });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ name: 'Security deals', status: 'draft', version: 1, duplicatedFrom: null, publishedAt: null });
    expect(created.body.roles).toEqual([
      { roleId: 'rol_decision_maker', roleName: 'Decision Maker', weightingBand: 'vital', autoAssign: true, condition: cio, required: true, membersRequired: 1 },
      { roleId: 'rol_influencer', roleName: 'Influencer', weightingBand: 'important', autoAssign: false, condition: null, required: true, membersRequired: 2 },
    ]);
    const id = created.body.id;
    expect(id).toMatch(/^tpl_/);

    const got = await t.call<TemplateBody>('GET', `/roles-templates/${id}`);
    expect(got.headers.get('etag')).toBe('"1"');

    // Re-ordering is re-prioritising: the list is replaced whole.
    const patched = await t.call<TemplateBody>('PATCH', `/roles-templates/${id}`, { roles: [influencer, decisionMaker, champion] }, ifMatch(1));
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');
    expect(patched.body.roles.map((r) => r.roleId)).toEqual(['rol_influencer', 'rol_decision_maker', 'rol_champion']);
    expect(patched.body.description).toBe('CISO-led purchases');

    const published = await t.call<TemplateBody>('POST', `/roles-templates/${id}/publish`, undefined, ifMatch(2));
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'live', version: 3, publishedAt: '2026-06-01T12:00:00.000Z' });
    expect(published.headers.get('etag')).toBe('"3"');

    expectProblem(await t.call('PATCH', `/roles-templates/${id}`, { name: 'Changed' }, ifMatch(3)), 409, 'immutable');
    expectProblem(await t.call('DELETE', `/roles-templates/${id}`, undefined, ifMatch(3)), 409, 'immutable');
    expectProblem(await t.call('POST', `/roles-templates/${id}/publish`, undefined, ifMatch(3)), 409, 'invalid_state');

    const live = await t.call<{ data: TemplateBody[] }>('GET', '/roles-templates?status=live&roleId=rol_champion');
    expect(live.body.data.map((x) => x.id)).toEqual([id]);
    expect(live.body.data[0]?.roles).toHaveLength(3);
    const trail = await t.db.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'publish']);
  });

  it('does not let two editors silently overwrite each other: 428 without If-Match, 412 when stale', async () => {
    const tpl = await create('Concurrent edits');
    const before = await snapshot();
    expectProblem(await t.call('PATCH', `/roles-templates/${tpl.id}`, { name: 'No header' }), 428, 'precondition_required');
    expectProblem(await t.call('DELETE', `/roles-templates/${tpl.id}`), 428, 'precondition_required');
    expectProblem(await t.call('POST', `/roles-templates/${tpl.id}/publish`), 428, 'precondition_required');
    expect(await snapshot()).toEqual(before);

    // Both editors read version 1; the first one saves; the second one is told, not overwritten.
    expect((await t.call('PATCH', `/roles-templates/${tpl.id}`, { roles: [decisionMaker, influencer] }, ifMatch(1))).status).toBe(200);
    const stale = expectProblem(await t.call('PATCH', `/roles-templates/${tpl.id}`, { roles: [champion] }, ifMatch(1)), 412, 'precondition_failed');
    expect(stale.detail).toMatch(/version 2/);
    expectProblem(await t.call('DELETE', `/roles-templates/${tpl.id}`, undefined, ifMatch(1)), 412, 'precondition_failed');
    expectProblem(await t.call('POST', `/roles-templates/${tpl.id}/publish`, undefined, ifMatch('W/"2"')), 412, 'precondition_failed');
    expectProblem(await t.call('PATCH', `/roles-templates/${tpl.id}`, { name: 'x' }, ifMatch('garbage')), 400, 'malformed_if_match');
    const now = await t.call<TemplateBody>('GET', `/roles-templates/${tpl.id}`);
    expect(now.body.roles.map((r) => r.roleId)).toEqual(['rol_decision_maker', 'rol_influencer']);
    expect(now.body.version).toBe(2);
    expect((await t.call('PATCH', `/roles-templates/${tpl.id}`, { name: 'Concurrent edits v2' }, ifMatch('"1", "2"'))).status).toBe(200);
  });

  it('publishes only a template with at least one role definition', async () => {
    const empty = await create('Empty', []);
    const p = expectProblem(await t.call('POST', `/roles-templates/${empty.id}/publish`, undefined, ifMatch(1)), 409, 'invalid_state');
    expect(p.errors).toEqual([{ field: '/roles', message: 'the template has no role definitions; add at least one role before publishing' }]);
    expect((await t.call<TemplateBody>('GET', `/roles-templates/${empty.id}`)).body).toMatchObject({ status: 'draft', version: 1 });
  });

  it('duplicates a template into a new draft "<name> (copy)", unique', async () => {
    const source = await create('Data platform', [decisionMaker, influencer]);
    await t.call('POST', `/roles-templates/${source.id}/publish`, undefined, ifMatch(1));
    const copy = await t.call<TemplateBody>('POST', `/roles-templates/${source.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Data platform (copy)', status: 'draft', duplicatedFrom: source.id, version: 1, publishedAt: null });
    expect(copy.body.roles).toEqual((await t.call<TemplateBody>('GET', `/roles-templates/${source.id}`)).body.roles);
    expect((await t.call<TemplateBody>('POST', `/roles-templates/${source.id}/duplicate`)).body.name).toBe('Data platform (copy 2)');
    // The copy is a draft: editable.
    expect((await t.call('PATCH', `/roles-templates/${copy.body.id}`, { roles: [champion] }, ifMatch(1))).status).toBe(200);
  });

  it('deletes a draft, but not while a solution interest uses it', async () => {
    const draft = await create('Short-lived');
    expect((await t.call('DELETE', `/roles-templates/${draft.id}`, undefined, ifMatch(1))).status).toBe(204);
    expectProblem(await t.call('GET', `/roles-templates/${draft.id}`), 404, 'not_found');
    expect(Number((await t.db.db.selectFrom('template_roles').select((eb) => eb.fn.countAll<number>().as('n')).where('template_id', '=', draft.id).executeTakeFirstOrThrow()).n)).toBe(0);

    const used = await create('Used');
    const now = Date.now();
    await t.db.db
      .insertInto('solution_interests')
      .values({ id: 'si_TPL', name: 'Bug tracker', name_norm: 'bug tracker', description: null, products: '[]', template_id: used.id, stage_model_id: null, follow_membership_changes: 1, created_at: now, updated_at: now, version: 1 })
      .execute();
    const p = expectProblem(await t.call('DELETE', `/roles-templates/${used.id}`, undefined, ifMatch(1)), 409, 'in_use');
    expect(p.detail).toContain('"Bug tracker" (si_TPL)');
    await t.db.db.deleteFrom('solution_interests').where('id', '=', 'si_TPL').execute();
  });

  it('refuses bad role definitions with problem+json naming the field, and writes nothing', async () => {
    await create('Taken name');
    const before = await snapshot();
    const post = (roles: unknown[], name = 'Bad') => t.call('POST', '/roles-templates', { name, roles });

    const twice = expectProblem(await post([decisionMaker, influencer, { ...champion, roleId: 'rol_influencer' }]), 400, 'validation_failed');
    expect(twice.errors).toEqual([{ field: '/roles/2/roleId', message: 'role rol_influencer is already defined at position 1; a role appears at most once per template' }]);
    const noCond = expectProblem(await post([{ ...decisionMaker, condition: undefined }]), 400, 'validation_failed');
    expect(noCond.errors?.[0]?.field).toBe('/roles/0/condition');
    const condWithoutAuto = expectProblem(await post([{ ...influencer, condition: cio }]), 400, 'validation_failed');
    expect(condWithoutAuto.errors?.[0]?.field).toBe('/roles/0/condition');
    const badCond = expectProblem(await post([champion, { ...decisionMaker, condition: { all: [{ field: 'jobTitle', op: 'between', value: [1, 2] }] } }]), 400, 'invalid_condition');
    expect(badCond.errors?.[0]?.field).toBe('/roles/1/condition/all/0/op');
    const ghostPersona = expectProblem(await post([{ ...decisionMaker, condition: { any: [cio, { persona: 'psn_GHOST' }] } }]), 400, 'invalid_condition');
    expect(ghostPersona.errors).toEqual([{ field: '/roles/0/condition/any/1/persona', message: 'persona psn_GHOST does not exist' }]);
    const ghostRole = expectProblem(await post([decisionMaker, { ...champion, roleId: 'rol_GHOST' }]), 400, 'validation_failed');
    expect(ghostRole.errors).toEqual([{ field: '/roles/1/roleId', message: 'role rol_GHOST does not exist' }]);
    const band = expectProblem(await post([{ ...champion, weightingBand: 'huge' }]), 400, 'validation_failed');
    expect(band.errors?.[0]?.field).toBe('/roles/0/weightingBand');
    const zero = expectProblem(await post([{ ...champion, membersRequired: 0 }]), 400, 'validation_failed');
    expect(zero.errors?.[0]?.field).toBe('/roles/0/membersRequired');
    const missingFlag = expectProblem(await post([{ roleId: 'rol_other', weightingBand: 'normal', required: true }]), 400, 'validation_failed');
    expect(missingFlag.errors?.[0]?.field).toBe('/roles/0/autoAssign');
    const extra = expectProblem(await post([{ ...champion, priority: 1 }]), 400, 'validation_failed');
    expect(extra.errors).toContainEqual(expect.objectContaining({ field: '/roles/0/priority' }));
    const tooMany = expectProblem(await post(Array.from({ length: 51 }, (_, i) => ({ ...champion, roleId: `rol_${i}` }))), 400, 'validation_failed');
    expect(tooMany.errors?.[0]).toMatchObject({ field: '/roles', message: 'at most 50 role definitions' });
    const dup = expectProblem(await post([champion], 'TAKEN NAME'), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/name');
    expectProblem(await t.call('POST', '/roles-templates', { roles: [] }), 400, 'validation_failed');
    expectProblem(await t.call('GET', '/roles-templates/si_1'), 404, 'not_found');
    expectProblem(await t.call('GET', '/roles-templates/tpl_MISSING'), 404, 'not_found');
    expectProblem(await t.call('PATCH', '/roles-templates/tpl_MISSING', { name: 'x' }, ifMatch(1)), 404, 'not_found');
    expectProblem(await t.call('POST', '/roles-templates/tpl_MISSING/duplicate'), 404, 'not_found');

    // The same rules on PATCH; the draft is left as it was.
    const draft = (await t.call<{ data: TemplateBody[] }>('GET', '/roles-templates?q=taken')).body.data[0] as TemplateBody;
    expectProblem(await t.call('PATCH', `/roles-templates/${draft.id}`, { roles: [champion, champion] }, ifMatch(1)), 400, 'validation_failed');
    expect(await snapshot()).toEqual(before);
  });
});
