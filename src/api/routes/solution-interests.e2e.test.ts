import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface SiBody {
  id: string;
  name: string;
  description: string | null;
  products: string[];
  templateId: string;
  stageModelId: string | null;
  followMembershipChanges: boolean;
  version: number;
  [k: string]: unknown;
}

const stages = [
  { key: 'new', name: 'New', kind: 'entry' },
  { key: 'won', name: 'Won', kind: 'success' },
];

describe('solution interests API', () => {
  let t: TestApp;
  let liveTemplate: string;
  let draftTemplate: string;
  let liveModel: string;
  let draftModel: string;
  beforeAll(async () => {
    t = await createTestApp();
    const roles = [{ roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: false, required: true }];
    liveTemplate = ((await t.call('POST', '/roles-templates', { name: 'Security', roles })).body as { id: string }).id;
    await t.call('POST', `/roles-templates/${liveTemplate}/publish`, undefined, { headers: { 'if-match': '"1"' } });
    draftTemplate = ((await t.call('POST', '/roles-templates', { name: 'Unfinished', roles })).body as { id: string }).id;
    liveModel = ((await t.call('POST', '/stage-models', { name: 'Pipeline', stages, transitions: [{ from: 'new', to: 'won' }] })).body as { id: string }).id;
    await t.call('POST', `/stage-models/${liveModel}/publish`, undefined, ANY_VERSION);
    draftModel = ((await t.call('POST', '/stage-models', { name: 'Draft pipeline' })).body as { id: string }).id;
  });
  afterAll(async () => t.close());

  const count = async () => Number((await t.db.db.selectFrom('solution_interests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const auditCount = async () => Number((await t.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('creates, reads, updates, lists and deletes a solution interest, with an audit trail', async () => {
    const created = await t.call<SiBody>('POST', '/solution-interests', {
      name: ' Zero Trust Suite ',
      products: ['ZT Gateway', ' ZT Agent ', 'zt gateway'],
      templateId: liveTemplate,
      stageModelId: liveModel,
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ name: 'Zero Trust Suite', products: ['ZT Gateway', 'ZT Agent'], templateId: liveTemplate, stageModelId: liveModel, followMembershipChanges: true, description: null, version: 1 });
    expect(created.body.id).toMatch(/^si_/);
    const id = created.body.id;

    expect((await t.call<SiBody>('GET', `/solution-interests/${id}`)).body.name).toBe('Zero Trust Suite');
    const patched = await t.call<SiBody>('PATCH', `/solution-interests/${id}`, { followMembershipChanges: false, stageModelId: null, description: 'Network security' }, { headers: { 'if-match': '"1"' } });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ followMembershipChanges: false, stageModelId: null, description: 'Network security', products: ['ZT Gateway', 'ZT Agent'], version: 2 });

    const listed = await t.call<{ data: SiBody[] }>('GET', `/solution-interests?templateId=${liveTemplate}&stageModelId=none`);
    expect(listed.body.data.map((s) => s.id)).toEqual([id]);

    expect((await t.call('DELETE', `/solution-interests/${id}`, undefined, ANY_VERSION)).status).toBe(204);
    expectProblem(await t.call('GET', `/solution-interests/${id}`), 404, 'not_found');
    const trail = await t.db.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
  });

  it('needs a Live roles template and, if any, a Live stage model; names are unique; nothing written on bad input', async () => {
    await t.call('POST', '/solution-interests', { name: 'Taken', templateId: liveTemplate });
    const before = await count();
    const audits = await auditCount();
    const draft = expectProblem(await t.call('POST', '/solution-interests', { name: 'X', templateId: draftTemplate }), 400, 'validation_failed');
    expect(draft.errors?.[0]?.field).toBe('/templateId');
    expect(draft.detail).toMatch(/Draft.*publish it first/);
    const ghost = expectProblem(await t.call('POST', '/solution-interests', { name: 'X', templateId: 'tpl_GHOST' }), 400, 'validation_failed');
    expect(ghost.errors).toEqual([{ field: '/templateId', message: 'roles template tpl_GHOST does not exist' }]);
    const noTemplate = expectProblem(await t.call('POST', '/solution-interests', { name: 'X' }), 400, 'validation_failed');
    expect(noTemplate.errors?.[0]?.field).toBe('/templateId');
    const draftModelRes = expectProblem(await t.call('POST', '/solution-interests', { name: 'X', templateId: liveTemplate, stageModelId: draftModel }), 400, 'validation_failed');
    expect(draftModelRes.errors?.[0]?.field).toBe('/stageModelId');
    const wrongPrefix = expectProblem(await t.call('POST', '/solution-interests', { name: 'X', templateId: liveModel }), 400, 'validation_failed');
    expect(wrongPrefix.errors?.[0]?.field).toBe('/templateId');
    const emptyProduct = expectProblem(await t.call('POST', '/solution-interests', { name: 'X', templateId: liveTemplate, products: ['ok', '  '] }), 400, 'validation_failed');
    expect(emptyProduct.errors?.[0]?.field).toBe('/products/1');
    const flag = expectProblem(await t.call('POST', '/solution-interests', { name: 'X', templateId: liveTemplate, followMembershipChanges: 'yes' }), 400, 'validation_failed');
    expect(flag.errors?.[0]?.field).toBe('/followMembershipChanges');
    const extra = expectProblem(await t.call('POST', '/solution-interests', { name: 'X', templateId: liveTemplate, owner: 'me' }), 400, 'validation_failed');
    expect(extra.errors).toContainEqual(expect.objectContaining({ field: '/owner' }));
    const dup = expectProblem(await t.call('POST', '/solution-interests', { name: 'taken', templateId: liveTemplate }), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/name');
    const taken = (await t.call<{ data: SiBody[] }>('GET', '/solution-interests?q=taken')).body.data[0] as SiBody;
    expectProblem(await t.call('PATCH', `/solution-interests/${taken.id}`, { templateId: draftTemplate }, ANY_VERSION), 400, 'validation_failed');
    expectProblem(await t.call('PATCH', `/solution-interests/${taken.id}`, { stageModelId: 'stm_GHOST' }, ANY_VERSION), 400, 'validation_failed');
    expectProblem(await t.call('PATCH', '/solution-interests/si_GHOST', { name: 'Y' }, ANY_VERSION), 404, 'not_found');
    expectProblem(await t.call('GET', '/solution-interests/tpl_1'), 404, 'not_found');
    expect(await count()).toBe(before);
    expect(await auditCount()).toBe(audits);
    expect((await t.call<SiBody>('GET', `/solution-interests/${taken.id}`)).body).toMatchObject({ templateId: liveTemplate, stageModelId: null, version: 1 });
  });

  it('refuses to delete while buying groups exist, and to change the stage model under staged groups', async () => {
    const si = (await t.call<SiBody>('POST', '/solution-interests', { name: 'Observability', templateId: liveTemplate, stageModelId: liveModel })).body;
    const now = Date.now();
    await t.db.db.insertInto('accounts').values({ id: 'acc_SI', name: 'Acme', name_norm: 'acme', custom: '{}', custom_norm: '{}', created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.db
      .insertInto('buying_groups')
      .values({ account_id: 'acc_SI', id: 'bg_SI', solution_interest_id: si.id, template_id: liveTemplate, name: 'Observability for Acme', name_norm: 'observability for acme', status_label: null, stage: 'new', completeness: 0, engagement: 0, active: 1, created_at: now, updated_at: now })
      .execute();
    const p = expectProblem(await t.call('DELETE', `/solution-interests/${si.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p.detail).toMatch(/has 1 buying group;/);
    const staged = expectProblem(await t.call('PATCH', `/solution-interests/${si.id}`, { stageModelId: null }, ANY_VERSION), 409, 'in_use');
    expect(staged.errors?.[0]?.field).toBe('/stageModelId');
    expect((await t.call<SiBody>('PATCH', `/solution-interests/${si.id}`, { products: ['APM'] }, ANY_VERSION)).body.products).toEqual(['APM']);
    await t.db.db.deleteFrom('buying_groups').where('id', '=', 'bg_SI').execute();
    expect((await t.call('DELETE', `/solution-interests/${si.id}`, undefined, ANY_VERSION)).status).toBe(204);
  });

  it('honours If-Match when sent', async () => {
    const si = (await t.call<SiBody>('POST', '/solution-interests', { name: 'Versioned', templateId: liveTemplate })).body;
    await t.call('PATCH', `/solution-interests/${si.id}`, { description: 'one' }, ANY_VERSION);
    expectProblem(await t.call('PATCH', `/solution-interests/${si.id}`, { description: 'two' }, { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');
    expectProblem(await t.call('DELETE', `/solution-interests/${si.id}`, undefined, { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');
    expect((await t.call<SiBody>('GET', `/solution-interests/${si.id}`)).body.description).toBe('one');
  });
});
