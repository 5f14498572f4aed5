import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface ModelBody {
  id: string;
  name: string;
  status: 'draft' | 'live';
  stages: { key: string; name: string; kind: string }[];
  transitions: { from: string; to: string }[];
  publishedAt: string | null;
  version: number;
  [k: string]: unknown;
}

const stages = [
  { key: 'new', name: 'New', kind: 'entry' },
  { key: 'engaged', name: 'Engaged', kind: 'intermediate' },
  { key: 'won', name: 'Won', kind: 'success' },
  { key: 'lost', name: 'Lost', kind: 'failure' },
];
const transitions = [
  { from: 'new', to: 'engaged' },
  { from: 'engaged', to: 'won' },
  { from: 'engaged', to: 'lost' },
];

describe('stage models API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const count = async () => Number((await t.db.db.selectFrom('stage_models').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const auditCount = async () => Number((await t.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('builds a draft, validates it, publishes it and freezes it, with an audit trail', async () => {
    const created = await t.call<ModelBody>('POST', '/stage-models', { name: 'Enterprise pipeline', stages: stages.slice(0, 2), transitions: [] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, publishedAt: null });
    expect(created.body.id).toMatch(/^stm_/);
    expect(created.headers.get('etag')).toBe('"1"');
    const id = created.body.id;

    const checked = await t.call<{ valid: boolean; problems: { field: string; code: string; message: string }[] }>('POST', `/stage-models/${id}/validate`, undefined, { as: 'viewer' });
    expect(checked.status).toBe(200);
    expect(checked.body.valid).toBe(false);
    expect(checked.body.problems.map((p) => `${p.code} ${p.field}`)).toEqual(['no_success_stage /stages', 'dead_end /stages/0', 'dead_end /stages/1', 'unreachable /stages/1']);

    const refused = expectProblem(await t.call('POST', `/stage-models/${id}/publish`, undefined, ANY_VERSION), 409, 'invalid_state');
    expect(refused.detail).toMatch(/cannot be published: the model has no success stage; .*\(and 3 more problems\)/);
    expect(refused.errors?.map((e) => e.field)).toEqual(['/stages', '/stages/0', '/stages/1', '/stages/1']);
    expect((await t.call<ModelBody>('GET', `/stage-models/${id}`)).body.status).toBe('draft');

    const patched = await t.call<ModelBody>('PATCH', `/stage-models/${id}`, { stages, transitions }, { headers: { 'if-match': '"1"' } });
    expect(patched.status).toBe(200);
    expect(patched.body.version).toBe(2);
    expect(patched.headers.get('etag')).toBe('"2"');
    expect((await t.call<{ valid: boolean }>('POST', `/stage-models/${id}/validate`)).body).toEqual({ valid: true, problems: [] });

    const published = await t.call<ModelBody>('POST', `/stage-models/${id}/publish`, undefined, ANY_VERSION);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'live', publishedAt: '2026-06-01T12:00:00.000Z', version: 3 });
    expectProblem(await t.call('POST', `/stage-models/${id}/publish`, undefined, ANY_VERSION), 409, 'invalid_state');
    const frozen = expectProblem(await t.call('PATCH', `/stage-models/${id}`, { name: 'Renamed' }, ANY_VERSION), 409, 'immutable');
    expect(frozen.detail).toMatch(/Live/);

    const listed = await t.call<{ data: ModelBody[] }>('GET', '/stage-models?status=live');
    expect(listed.body.data.map((m) => m.id)).toEqual([id]);

    const trail = await t.db.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).orderBy('id').execute();
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'publish']);
  });

  it('duplicates a model into a new draft with a unique "(copy)" name', async () => {
    const source = (await t.call<ModelBody>('POST', '/stage-models', { name: 'Velocity', stages, transitions })).body;
    const copy = await t.call<ModelBody>('POST', `/stage-models/${source.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Velocity (copy)', status: 'draft', stages, transitions, version: 1 });
    expect((await t.call<ModelBody>('POST', `/stage-models/${source.id}/duplicate`)).body.name).toBe('Velocity (copy 2)');
  });

  it('deletes drafts and unused live models; refuses while a solution interest uses the model', async () => {
    const draft = (await t.call<ModelBody>('POST', '/stage-models', { name: 'Scratch' })).body;
    expect((await t.call('DELETE', `/stage-models/${draft.id}`, undefined, ANY_VERSION)).status).toBe(204);
    expectProblem(await t.call('GET', `/stage-models/${draft.id}`), 404, 'not_found');

    const live = (await t.call<ModelBody>('POST', '/stage-models', { name: 'In use', stages, transitions })).body;
    await t.call('POST', `/stage-models/${live.id}/publish`, undefined, ANY_VERSION);
    const now = Date.now();
    await t.db.db.insertInto('roles_templates').values({ id: 'tpl_SM', name: 'T', name_norm: 't', description: null, status: 'live', duplicated_from: null, published_at: now, created_at: now, updated_at: now, version: 1 }).execute();
    await t.db.db
      .insertInto('solution_interests')
      .values({ id: 'si_SM', name: 'Data platform', name_norm: 'data platform', description: null, products: '[]', template_id: 'tpl_SM', stage_model_id: live.id, follow_membership_changes: 1, created_at: now, updated_at: now, version: 1 })
      .execute();
    const p = expectProblem(await t.call('DELETE', `/stage-models/${live.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(p.detail).toContain('"Data platform" (si_SM)');
    await t.db.db.deleteFrom('solution_interests').where('id', '=', 'si_SM').execute();
    expect((await t.call('DELETE', `/stage-models/${live.id}`, undefined, ANY_VERSION)).status).toBe(204);
  });

  it('honours If-Match when sent: a stale ETag is refused with 412 and nothing changes', async () => {
    const m = (await t.call<ModelBody>('POST', '/stage-models', { name: 'Concurrent' })).body;
    await t.call('PATCH', `/stage-models/${m.id}`, { description: 'first editor' }, { headers: { 'if-match': '"1"' } });
    const stale = expectProblem(await t.call('PATCH', `/stage-models/${m.id}`, { description: 'second editor' }, { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');
    expect(stale.detail).toMatch(/version 2/);
    expectProblem(await t.call('DELETE', `/stage-models/${m.id}`, undefined, { headers: { 'if-match': 'W/"2"' } }), 412, 'precondition_failed');
    expectProblem(await t.call('POST', `/stage-models/${m.id}/publish`, undefined, { headers: { 'if-match': '"7"' } }), 412, 'precondition_failed');
    const now = await t.call<ModelBody & { description: string }>('GET', `/stage-models/${m.id}`);
    expect(now.body).toMatchObject({ description: 'first editor', version: 2, status: 'draft' });
  });

  it('refuses bad input with problem+json naming the field, and writes nothing', async () => {
    await t.call('POST', '/stage-models', { name: 'Taken' });
    const before = await count();
    const audits = await auditCount();
    const badKey = expectProblem(await t.call('POST', '/stage-models', { name: 'X', stages: [{ key: 'Bad Key', name: 'B', kind: 'entry' }] }), 400, 'validation_failed');
    expect(badKey.errors?.[0]?.field).toBe('/stages/0/key');
    const badKind = expectProblem(await t.call('POST', '/stage-models', { name: 'X', stages: [{ key: 'a', name: 'A', kind: 'start' }] }), 400, 'validation_failed');
    expect(badKind.errors?.[0]?.field).toBe('/stages/0/kind');
    const extra = expectProblem(await t.call('POST', '/stage-models', { name: 'X', transitions: [{ from: 'a', to: 'b', weight: 1 }] }), 400, 'validation_failed');
    expect(extra.errors).toContainEqual(expect.objectContaining({ field: '/transitions/0/weight' }));
    const many = expectProblem(await t.call('POST', '/stage-models', { name: 'X', stages: Array.from({ length: 101 }, (_, i) => ({ key: `s${i}`, name: `S${i}`, kind: 'intermediate' })) }), 400, 'validation_failed');
    expect(many.errors?.[0]).toMatchObject({ field: '/stages', message: 'at most 100 stages' });
    expectProblem(await t.call('POST', '/stage-models', { stages }), 400, 'validation_failed');
    const dup = expectProblem(await t.call('POST', '/stage-models', { name: ' TAKEN ' }), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/name');
    expectProblem(await t.call('PATCH', '/stage-models/stm_MISSING', { name: 'Y' }, ANY_VERSION), 404, 'not_found');
    expectProblem(await t.call('POST', '/stage-models/stm_MISSING/validate'), 404, 'not_found');
    expectProblem(await t.call('POST', '/stage-models/stm_MISSING/publish', undefined, ANY_VERSION), 404, 'not_found');
    expectProblem(await t.call('POST', '/stage-models/stm_MISSING/duplicate'), 404, 'not_found');
    expectProblem(await t.call('GET', '/stage-models/tpl_1'), 404, 'not_found');
    expectProblem(await t.call('GET', '/stage-models?status=frozen'), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/stage-models', { name: 'Viewer' }, { as: 'viewer' }), 403, 'forbidden');
    expect(await count()).toBe(before);
    expect(await auditCount()).toBe(audits);
  });
});
