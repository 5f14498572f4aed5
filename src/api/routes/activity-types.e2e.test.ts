import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { ACTIVITY_TYPES } from '../../domain/activities.ts';

interface TypeBody {
  key: string;
  label: string;
  description: string | null;
  isDefault: boolean;
  createdAt: string | null;
}

describe('activity type registry', () => {
  let t: TestApp;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp(); // clock: 2026-06-01T12:00Z
    personId = (await t.call<{ id: string }>('POST', '/people', { email: 'reg@example.com' })).body.id;
  });
  afterAll(async () => t.close());

  const count = async () => Number((await t.db.db.selectFrom('activities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const at = '2026-05-31T10:00:00Z';

  it('lists the defaults, then custom types created explicitly by editors', async () => {
    const list = await t.call<{ data: TypeBody[] }>('GET', '/activity-types', undefined, { as: 'viewer' });
    expect(list.status).toBe(200);
    expect(list.body.data.map((x) => x.key)).toEqual([...ACTIVITY_TYPES]);
    expect(list.body.data[6]).toEqual({ key: 'event_attended', label: 'Event attended', description: null, isDefault: true, createdAt: null, updatedAt: null, version: 1 });

    expectProblem(await t.call('POST', '/activity-types', { key: 'webinar_watched' }, { as: 'viewer' }), 403, 'forbidden');
    const created = await t.call<TypeBody>('POST', '/activity-types', { key: 'webinar_watched', description: 'Watched a recorded webinar' }, { as: 'editor' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: 'webinar_watched', label: 'Webinar watched', description: 'Watched a recorded webinar', isDefault: false, createdAt: '2026-06-01T12:00:00.000Z' });
    expect((await t.call<TypeBody>('PATCH', '/activity-types/webinar_watched', { label: 'Webinar (recorded)' }, ANY_VERSION)).body.label).toBe('Webinar (recorded)');
    expect((await t.call<{ data: TypeBody[] }>('GET', '/activity-types')).body.data.map((x) => x.key).slice(-1)).toEqual(['webinar_watched']);

    expectProblem(await t.call('POST', '/activity-types', { key: 'webinar_watched' }), 409, 'duplicate');
    expectProblem(await t.call('POST', '/activity-types', { key: 'event_attended' }), 409, 'duplicate');
    expect(expectProblem(await t.call('POST', '/activity-types', { key: 'Webinar Watched' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/key');
    expectProblem(await t.call('PATCH', '/activity-types/email_opened', { label: 'Mail opened' }, ANY_VERSION), 409, 'immutable');
    expectProblem(await t.call('GET', '/activity-types/nope_type'), 404, 'not_found');
  });

  it('refuses activities of an unknown type per row, naming what was meant and listing the known types, writing none', async () => {
    const before = await count();
    const one = expectProblem(await t.call('POST', '/activities', { personId, type: 'event_atended', occurredAt: at }), 400, 'validation_failed');
    expect(one.errors).toHaveLength(1);
    expect(one.errors?.[0]?.field).toBe('/type');
    expect(one.errors?.[0]?.message).toMatch(/^unknown activity type "event_atended" \(did you mean "event_attended"\?\); the known types are email_opened, .*interesting_moment, webinar_watched/);

    const bulk = expectProblem(
      await t.call('POST', '/activities/bulk', {
        activities: [
          { personId, type: 'event_attended', occurredAt: at },
          { personId, type: 'event_atended', occurredAt: at },
          { personId, type: 'webinar_watched', occurredAt: at },
          { personId, type: 'podcast_listened', occurredAt: at },
        ],
      }),
      400,
      'validation_failed',
    );
    expect(bulk.errors?.map((e) => e.field)).toEqual(['/activities/1/type', '/activities/3/type']);
    expect(bulk.detail).toContain('nothing was written');
    expect(await count()).toBe(before);

    expect((await t.call('POST', '/activities/bulk', { activities: [{ personId, type: 'event_attended', occurredAt: at }, { personId, type: 'webinar_watched', occurredAt: at }] })).status).toBe(201);
    expect(await count()).toBe(before + 2);
    expect(expectProblem(await t.call('GET', '/activities?type=event_atended'), 400, 'validation_failed').errors?.[0]?.field).toBe('/type');
    expect((await t.call<{ data: unknown[] }>('GET', '/activities?type=webinar_watched')).body.data).toHaveLength(1);
  });

  it('a custom type weighs 0 until a weighting model weighs it; models may weigh known types only', async () => {
    const raw = async () => (await t.db.db.selectFrom('people').select('engagement_raw').where('id', '=', personId).executeTakeFirstOrThrow()).engagement_raw;
    // The default model: one event_attended (60) so far; the webinar adds nothing.
    expect(await raw()).toBeCloseTo(0.6, 12);
    const bad = expectProblem(await t.call('POST', '/weighting-models', { name: 'Typo', weights: { event_atended: 'vital', webinar_watched: 50 } }), 400, 'validation_failed');
    expect(bad.errors?.map((e) => e.field)).toEqual(['/weights/event_atended']);
    expect(bad.errors?.[0]?.message).toContain('did you mean "event_attended"');
    const model = await t.call<{ id: string }>('POST', '/weighting-models', { name: 'Webinars', weights: { event_attended: 60, webinar_watched: 50 } });
    expect(model.status).toBe(201);
    expect((await t.call('POST', `/weighting-models/${model.body.id}/activate`, undefined, ANY_VERSION)).status).toBe(200);
    expect(await raw()).toBeCloseTo(1.1, 12);
  });

  it('validates the activity types of conditions against the registry', async () => {
    const persona = (type: unknown) => t.call('POST', '/personas', { name: `Active ${JSON.stringify(type)}`, condition: { activity: { type, atLeast: 1, inLastDays: 30 } } });
    const one = expectProblem(await persona('event_atended'), 400, 'invalid_condition');
    expect(one.errors?.[0]?.field).toBe('/condition/activity/type');
    expect(one.errors?.[0]?.message).toContain('did you mean "event_attended"');
    const many = expectProblem(await persona(['email_opened', 'podcast_listened']), 400, 'invalid_condition');
    expect(many.errors?.map((e) => e.field)).toEqual(['/condition/activity/type/1']);
    expect((await persona(['email_opened', 'webinar_watched'])).status).toBe(201);
  });

  it('deletes a custom type only when nothing uses it, and never a default', async () => {
    expectProblem(await t.call('DELETE', '/activity-types/email_opened', undefined, ANY_VERSION), 409, 'immutable');
    expectProblem(await t.call('DELETE', '/activity-types/nope_type', undefined, ANY_VERSION), 404, 'not_found');
    // webinar_watched: ingested, weighed by "Webinars", counted by a persona.
    expect(expectProblem(await t.call('DELETE', '/activity-types/webinar_watched', undefined, ANY_VERSION), 409, 'in_use').detail).toMatch(/^activities of type "webinar_watched" exist/);
    await t.db.db.deleteFrom('activities').where('type', '=', 'webinar_watched').execute();
    expect(expectProblem(await t.call('DELETE', '/activity-types/webinar_watched', undefined, ANY_VERSION), 409, 'in_use').detail).toMatch(/^weighting model "Webinars" \(wm_\w+\) weighs "webinar_watched"/);
    const wm = (await t.call<{ data: { id: string; name: string }[] }>('GET', '/weighting-models')).body.data.find((m) => m.name === 'Webinars');
    expect((await t.call('PATCH', `/weighting-models/${wm?.id ?? ''}`, { weights: { event_attended: 60 } }, ANY_VERSION)).status).toBe(200);
    expect(expectProblem(await t.call('DELETE', '/activity-types/webinar_watched', undefined, ANY_VERSION), 409, 'in_use').detail).toMatch(/is counted by persona "Active \[/);
    await t.db.db.deleteFrom('personas').execute();
    expect((await t.call('DELETE', '/activity-types/webinar_watched', undefined, ANY_VERSION)).status).toBe(204);
    expectProblem(await t.call('POST', '/activities', { personId, type: 'webinar_watched', occurredAt: at }), 400, 'validation_failed');

    await t.call('POST', '/activity-types', { key: 'unused_type' });
    expect((await t.call('DELETE', '/activity-types/unused_type', undefined, { as: 'editor', ...ANY_VERSION })).status).toBe(204);
  });
  it('versions a custom type like all configuration: ETag on GET, If-Match required, 412 when stale', async () => {
    const created = await t.call<{ version: number }>('POST', '/activity-types', { key: 'trial_started' });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    const got = await t.call<{ version: number }>('GET', '/activity-types/trial_started');
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.body.version).toBe(1);
    expectProblem(await t.call('PATCH', '/activity-types/trial_started', { label: 'Trial' }), 428, 'precondition_required');
    const changed = await t.call<{ version: number; label: string }>('PATCH', '/activity-types/trial_started', { label: 'Trial' }, { headers: { 'if-match': '"1"' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, label: 'Trial' });
    expect(changed.headers.get('etag')).toBe('"2"');
    expect(expectProblem(await t.call('DELETE', '/activity-types/trial_started', undefined, { headers: { 'if-match': '"1"' } }), 412, 'precondition_failed').detail).toMatch(/version 2/);
    expect((await t.call('DELETE', '/activity-types/trial_started', undefined, { headers: { 'if-match': '"2"' } })).status).toBe(204);
  });

});
