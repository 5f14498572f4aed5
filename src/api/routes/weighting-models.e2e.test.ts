import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { engagementScore } from '../../domain/scoring/index.ts';

interface ModelBody {
  id: string;
  name: string;
  active: boolean;
  weights: Record<string, number>;
  windowDays: number;
  dailyCap: number;
  k: number;
  version: number;
}

describe('weighting models API', () => {
  let t: TestApp;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const p = await t.call<{ id: string }>('POST', '/people', { email: 'ada@example.com' });
    personId = p.body.id;
  });
  afterAll(async () => t.close());

  const person = async () => t.db.db.selectFrom('people').select(['engagement_raw', 'engagement_score']).where('id', '=', personId).executeTakeFirstOrThrow();

  it('uses the SPEC default model while none is active', async () => {
    const active = await t.call<{ id: string | null; isDefault: boolean; weights: Record<string, number>; windowDays: number; dailyCap: number; k: number }>('GET', '/weighting-models/active');
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({ id: null, isDefault: true, windowDays: 30, dailyCap: 20, k: 20 });
    expect(active.body.weights).toMatchObject({ event_attended: 60, form_filled: 40, email_opened: 30 });

    // Ingestion scores with it: 3 form fills (40) → 1.2.
    const now = t.clock.now();
    const acts = Array.from({ length: 3 }, (_, i) => ({ personId, type: 'form_filled', occurredAt: new Date(now - 3_600_000 + i).toISOString() }));
    expect((await t.call('POST', '/activities/bulk', { activities: acts })).status).toBe(201);
    expect(await person()).toEqual({ engagement_raw: 1.2, engagement_score: engagementScore(1.2, 20) });
  });

  it('creates models with band names or numbers and defaults, validates, and refuses duplicates', async () => {
    // Weights name known types only: a custom type is registered first.
    expect((await t.call('POST', '/activity-types', { key: 'webinar_watched' })).status).toBe(201);
    const created = await t.call<ModelBody>('POST', '/weighting-models', { name: ' Heavy forms ', weights: { form_filled: 'vital', email_opened: 'trivial', page_viewed: 55, webinar_watched: 'no_weight' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Heavy forms', active: false, windowDays: 30, dailyCap: 20, k: 20, version: 1 });
    expect(created.body.id).toMatch(/^wm_/);
    expect(created.body.weights).toEqual({ form_filled: 100, email_opened: 20, page_viewed: 55, webinar_watched: 0 });
    expect(created.headers.get('etag')).toBe('"1"');

    const bad = await t.call('POST', '/weighting-models', { name: 'Bad', weights: { 'Bad Type': 10, form_filled: 101, email_opened: 'huge' }, windowDays: 0, k: 0 });
    const problem = expectProblem(bad, 400, 'validation_failed');
    const fields = (problem.errors ?? []).map((e) => e.field);
    for (const f of ['/weights/form_filled', '/weights/email_opened', '/windowDays', '/k']) expect(fields.some((x) => x.startsWith(f)), `${f} in ${fields.join(', ')}`).toBe(true);
    expectProblem(await t.call('POST', '/weighting-models', { name: 'heavy FORMS', weights: {} }), 409, 'duplicate');
    expectProblem(await t.call('POST', '/weighting-models', { name: 'Long', weights: {}, windowDays: 366 }), 400, 'validation_failed');

    const list = await t.call<{ data: ModelBody[] }>('GET', '/weighting-models');
    expect(list.body.data.map((m) => m.name)).toEqual(['Heavy forms']);
  });

  it('activates one model at a time and recomputes every score at once', async () => {
    const heavy = (await t.call<{ data: ModelBody[] }>('GET', '/weighting-models')).body.data[0] as ModelBody;
    const activated = await t.call<{ model: ModelBody; recompute: { people: number; peopleChanged: number } }>('POST', `/weighting-models/${heavy.id}/activate`, undefined, ANY_VERSION);
    expect(activated.status).toBe(200);
    expect(activated.body.model.active).toBe(true);
    expect(activated.body.recompute).toMatchObject({ people: 1, peopleChanged: 1 });
    expect(await person()).toEqual({ engagement_raw: 3, engagement_score: engagementScore(3, 20) });
    expect((await t.call<{ id: string }>('GET', '/weighting-models/active')).body.id).toBe(heavy.id);

    // Activating it again changes nothing.
    const again = await t.call<{ recompute: unknown }>('POST', `/weighting-models/${heavy.id}/activate`, undefined, ANY_VERSION);
    expect(again.body.recompute).toBeNull();

    // A second model takes over; the first becomes inactive.
    const light = await t.call<ModelBody>('POST', '/weighting-models', { name: 'Light', weights: { form_filled: 'minor' }, k: 5 });
    await t.call('POST', `/weighting-models/${light.body.id}/activate`, undefined, ANY_VERSION);
    const all = (await t.call<{ data: ModelBody[] }>('GET', '/weighting-models')).body.data;
    expect(all.filter((m) => m.active).map((m) => m.name)).toEqual(['Light']);
    expect(await person()).toEqual({ engagement_raw: 1.2, engagement_score: engagementScore(1.2, 5) });

    // Changing the active model rescores; changing an inactive one does not.
    const patched = await t.call<ModelBody>('PATCH', `/weighting-models/${light.body.id}`, { k: 10 }, { headers: { 'if-match': `"${light.body.version + 1}"` } });
    expect(patched.status).toBe(200);
    expect(patched.body.k).toBe(10);
    expect((await person()).engagement_score).toBe(engagementScore(1.2, 10));
    await t.call('PATCH', `/weighting-models/${heavy.id}`, { weights: { form_filled: 'normal' } }, ANY_VERSION);
    expect((await person()).engagement_raw).toBe(1.2);
    expectProblem(await t.call('PATCH', `/weighting-models/${heavy.id}`, { k: 3 }, { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');

    // The active model cannot be deleted; an inactive one can.
    expectProblem(await t.call('DELETE', `/weighting-models/${light.body.id}`, undefined, ANY_VERSION), 409, 'in_use');
    expect((await t.call('DELETE', `/weighting-models/${heavy.id}`, undefined, ANY_VERSION)).status).toBe(204);
    expectProblem(await t.call('GET', `/weighting-models/${heavy.id}`), 404, 'not_found');
  });

  it('takes its own band names and values (SPEC §5: editable); weights naming a band follow it; unknown bands list the valid ones', async () => {
    // With the default bands, "significant" is no band: the answer lists the ones there are.
    const unknown = expectProblem(await t.call('POST', '/weighting-models', { name: 'Sig', weights: { form_filled: 'significant' } }), 400, 'validation_failed');
    expect(unknown.errors).toEqual([
      { field: '/weights/form_filled', in: 'body', message: '"significant" is not a band of this model; the bands are no_weight 0, trivial 20, minor 40, normal 60, important 80, vital 100 (or give a number from 0 to 100)' },
    ]);

    const bands = { no_weight: 0, minor: 40, significant: 70, vital: 100 };
    const created = await t.call<ModelBody & { bands: Record<string, number>; weightsAsGiven: Record<string, unknown> }>('POST', '/weighting-models', {
      name: 'Own bands',
      bands,
      weights: { form_filled: 'Significant', email_opened: 'minor', page_viewed: 15 },
    });
    expect(created.status).toBe(201);
    expect(created.body.bands).toEqual(bands);
    expect(created.body.weights).toEqual({ email_opened: 40, form_filled: 70, page_viewed: 15 });
    expect(created.body.weightsAsGiven).toEqual({ email_opened: 'minor', form_filled: 'significant', page_viewed: 15 });
    await t.call('POST', `/weighting-models/${created.body.id}/activate`, undefined, ANY_VERSION);
    expect((await person()).engagement_raw).toBeCloseTo(2.1, 12); // 3 form fills × 70 / 100
    const active = await t.call<{ bands: Record<string, number>; weights: Record<string, number> }>('GET', '/weighting-models/active');
    expect(active.body).toMatchObject({ bands, weights: { form_filled: 70 } });

    // A band's new value moves every weight naming it, and rescores.
    const moved = await t.call<ModelBody>('PATCH', `/weighting-models/${created.body.id}`, { bands: { ...bands, significant: 75 } }, ANY_VERSION);
    expect(moved.status).toBe(200);
    expect(moved.body.weights.form_filled).toBe(75);
    expect((await person()).engagement_raw).toBeCloseTo(2.25, 12);

    // Bands without one a weight names, a bad band and a weight naming a band the model lacks are refused.
    const dropped = expectProblem(await t.call('PATCH', `/weighting-models/${created.body.id}`, { bands: { no_weight: 0, vital: 100 } }, ANY_VERSION), 400, 'validation_failed');
    expect(dropped.errors?.map((e) => e.field)).toEqual(['/weights/email_opened', '/weights/form_filled']);
    expect(dropped.errors?.[0]?.message).toContain('the bands are no_weight 0, vital 100');
    const badBands = expectProblem(await t.call('POST', '/weighting-models', { name: 'Bad bands', bands: { huge: 101, 'Big One': 50 }, weights: {} }), 400, 'validation_failed');
    expect(badBands.errors?.map((e) => e.field).sort()).toEqual(['/bands/Big One', '/bands/huge']);
    const viaPatch = expectProblem(await t.call('PATCH', `/weighting-models/${created.body.id}`, { weights: { form_filled: 'important' } }, ANY_VERSION), 400, 'validation_failed');
    expect(viaPatch.errors).toEqual([{ field: '/weights/form_filled', message: '"important" is not a band of this model; the bands are no_weight 0, minor 40, significant 75, vital 100 (or give a number from 0 to 100)' }]);
    expect((await person()).engagement_raw).toBeCloseTo(2.25, 12);
  });
});
