/**
 * /journeys over real HTTP: create a Draft, see its problems, publish refused with each problem on
 * its node (problem+json), fix, publish (If-Match), only the end date changes once Live, close,
 * duplicate, abort; the layout (node positions) changes in any status and is copied by duplicate;
 * bad input is a 4xx naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../domain/clock.ts';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

interface JourneyBody {
  id: string;
  name: string;
  status: string;
  startAt: string | null;
  endAt: string | null;
  publishedAt: string | null;
  version: number;
  definition: { nodes: { id: string }[]; reentry: unknown; format: number };
  layout: Record<string, { x: number; y: number }>;
}

type Problem = { code: string; detail: string; errors?: { field: string; message: string; nodeId?: string; code?: string }[] };

describe('journeys API', () => {
  let t: TestApp;
  let tenant: Tenant;
  const clock = new ManualClock(T0);
  beforeAll(async () => {
    t = await createTestApp({ clock });
    tenant = await smallTenant(t.db.db);
  });
  afterAll(async () => t.close());

  const nodes = () => [
    { id: 'start', kind: 'entry', listId: tenant.listId, next: 'ready' },
    { id: 'ready', kind: 'accountSplit', paths: [{ label: 'Complete', condition: { buyingGroup: { solutionInterestId: tenant.solutionInterestId, completeness: { op: 'gte', value: 70 } } }, next: 'alert' }], otherPath: { next: 'pause' } },
    { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: tenant.solutionInterestId, email: { to: ['sales@example.com'] } }, next: null },
    {
      id: 'pause',
      kind: 'wait',
      wait: { type: 'duration', duration: { amount: 5, unit: 'days' } },
      mustEndOn: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], timeOfDay: '09:00', timeZone: 'Europe/Paris' },
      next: 'hear',
    },
    { id: 'hear', kind: 'listen', event: { type: 'memberAssigned', solutionInterestId: tenant.solutionInterestId }, timeout: { amount: 10, unit: 'days' }, next: 'status', timeoutNext: null },
    { id: 'status', kind: 'action', action: 'updateStatus', settings: { solutionInterestId: tenant.solutionInterestId, status: 'Engaged by journey' }, next: null },
  ];

  it('creates, validates, refuses to publish with every problem on its node, then publishes and freezes all but the end date', async () => {
    const broken = nodes().map((n) => (n.id === 'ready' ? { ...n, paths: [{ next: 'alert' }] } : n.id === 'status' ? { ...n, settings: null } : n));
    const created = await t.call<JourneyBody>('POST', '/journeys', { name: 'Nurture', definition: { nodes: [...broken, { id: 'stray', kind: 'merge', next: null }] } });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ status: 'draft', version: 1, startAt: null, endAt: null, definition: { format: 1, reentry: { enabled: false, from: 'end' } } });
    const id = created.body.id;
    expect(id).toMatch(/^jny_/);

    const checked = await t.call<{ valid: boolean; problems: { code: string; nodeId: string | null }[] }>('POST', `/journeys/${id}/validate`, undefined, { as: 'viewer' });
    expect(checked.status).toBe(200);
    expect(checked.body.valid).toBe(false);
    expect(checked.body.problems.map((p) => `${p.code} ${p.nodeId}`)).toEqual(['missing_condition ready', 'missing_settings status', 'unreachable stray', 'missing_end_date null']);

    const refused = expectProblem(await t.call('POST', `/journeys/${id}/publish`, undefined, { headers: { 'if-match': '"1"' } }), 409, 'invalid_state') as Problem;
    expect(refused.detail).toBe('journey "Nurture" cannot be published: path 1 of "ready" has no condition (and 3 more problems)');
    expect(refused.errors!.map((e) => [e.nodeId ?? null, e.code, e.field])).toEqual([
      ['ready', 'missing_condition', '/definition/nodes/1/paths/0/condition'],
      ['status', 'missing_settings', '/definition/nodes/5/settings'],
      ['stray', 'unreachable', '/definition/nodes/6'],
      [null, 'missing_end_date', '/endAt'],
    ]);
    expect((await t.call<JourneyBody>('GET', `/journeys/${id}`)).body.status).toBe('draft');

    // Without If-Match: 428; stale: 412.
    expectProblem(await t.call('PATCH', `/journeys/${id}`, { endAt: '2026-09-01T00:00:00Z' }), 428, 'precondition_required');
    expectProblem(await t.call('PATCH', `/journeys/${id}`, { endAt: '2026-09-01T00:00:00Z' }, { headers: { 'if-match': '"9"' } }), 412, 'precondition_failed');
    const fixed = await t.call<JourneyBody>('PATCH', `/journeys/${id}`, { definition: { nodes: nodes() }, endAt: '2026-09-01T00:00:00Z', startAt: '2026-06-02T00:00:00+02:00' }, { headers: { 'if-match': '"1"' } });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ version: 2, endAt: '2026-09-01T00:00:00.000Z', startAt: '2026-06-01T22:00:00.000Z' });
    expect((await t.call('POST', `/journeys/${id}/validate`)).body).toEqual({ valid: true, problems: [] });

    const live = await t.call<JourneyBody>('POST', `/journeys/${id}/publish`, undefined, { headers: { 'if-match': '"2"' } });
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'live', version: 3, publishedAt: new Date(T0).toISOString(), startAt: '2026-06-01T22:00:00.000Z' });

    const frozen = expectProblem(await t.call('PATCH', `/journeys/${id}`, { definition: { nodes: [] } }, { headers: { 'if-match': '"3"' } }), 409, 'immutable') as Problem;
    expect(frozen.errors).toEqual([{ field: '/definition', code: 'frozen', message: 'definition cannot change once a journey is Live; only the end date can (duplicate it to change more)' }]);
    const tooLate = expectProblem(await t.call('PATCH', `/journeys/${id}`, { endAt: '2029-06-03T00:00:00Z' }, { headers: { 'if-match': '"3"' } }), 400, 'validation_failed') as Problem;
    expect(tooLate.errors![0]).toMatchObject({ field: '/endAt', code: 'end_too_late' });
    const later = await t.call<JourneyBody>('PATCH', `/journeys/${id}`, { endAt: '2026-12-01T00:00:00Z' }, { headers: { 'if-match': '"3"' } });
    expect(later.body).toMatchObject({ version: 4, endAt: '2026-12-01T00:00:00.000Z' });
    expectProblem(await t.call('DELETE', `/journeys/${id}`, undefined, ANY_VERSION), 409, 'invalid_state');

    const closed = await t.call<JourneyBody>('POST', `/journeys/${id}/close`, undefined, { headers: { 'if-match': '"4"' } });
    expect(closed.body.status).toBe('closed');
    const again = expectProblem(await t.call('POST', `/journeys/${id}/publish`, undefined, ANY_VERSION), 409, 'invalid_state') as Problem;
    expect(again.errors).toEqual([{ field: '/status', code: 'not_draft', message: 'only a Draft can be published; this journey is Closed' }]);

    const copy = await t.call<JourneyBody>('POST', `/journeys/${id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Nurture (copy)', status: 'draft', version: 1 });
    expect(copy.body.definition.nodes.map((n) => n.id)).toEqual(['start', 'ready', 'alert', 'pause', 'hear', 'status']);

    const aborted = await t.call<JourneyBody>('POST', `/journeys/${id}/abort`, undefined, ANY_VERSION);
    expect(aborted.body.status).toBe('aborted');
    expectProblem(await t.call('POST', `/journeys/${id}/abort`, undefined, ANY_VERSION), 409, 'invalid_state');

    const list = await t.call<{ data: JourneyBody[] }>('GET', '/journeys?status=draft', undefined, { as: 'viewer' });
    expect(list.body.data.map((j) => j.name)).toEqual(['Nurture (copy)']);
    expect((await t.call('DELETE', `/journeys/${copy.body.id}`, undefined, { headers: { 'if-match': '"1"' } })).status).toBe(204);
  });

  it('answers bad input with 4xx problems naming the field, and viewers cannot write', async () => {
    const badTz = expectProblem(
      await t.call('POST', '/journeys', { name: 'Bad', definition: { nodes: [{ id: 'w', kind: 'wait', wait: { type: 'duration', duration: { amount: 1, unit: 'days' } }, mustEndOn: { timeZone: 'Europe/Atlantis' }, next: null }] } }),
      400,
      'validation_failed',
    );
    expect(badTz.errors![0]).toMatchObject({ field: '/definition/nodes/0/mustEndOn/timeZone', message: 'is not a known IANA time zone (e.g. Europe/Paris)' });
    const dup = expectProblem(await t.call('POST', '/journeys', { name: 'Dup', definition: { nodes: [{ id: 'a', kind: 'merge', next: null }, { id: 'a', kind: 'merge', next: null }] } }), 400, 'validation_failed');
    expect(dup.errors![0]).toMatchObject({ field: '/definition/nodes', message: 'node ids must be unique' });
    const kind = expectProblem(await t.call('POST', '/journeys', { name: 'Kind', definition: { nodes: [{ id: 'a', kind: 'teleport' }] } }), 400, 'validation_failed');
    expect(kind.errors![0]!.field).toBe('/definition/nodes/0/kind');
    const date = expectProblem(await t.call('POST', '/journeys', { name: 'Date', endAt: 'next week' }), 400, 'validation_failed');
    expect(date.errors![0]).toMatchObject({ field: '/endAt' });
    expectProblem(await t.call('POST', '/journeys', { name: 'Viewer' }, { as: 'viewer' }), 403, 'forbidden');
    expectProblem(await t.call('GET', '/journeys/jny_nothing'), 404, 'not_found');
    expectProblem(await t.call('GET', '/journeys/stm_wrongkind'), 404, 'not_found');
  });

  it('stores the layout beside the definition: validated, changed in any status without touching the graph, pruned with its nodes, copied by duplicate', async () => {
    const at = (x: number, y: number) => ({ x, y });
    const created = await t.call<JourneyBody>('POST', '/journeys', { name: 'Laid out', definition: { nodes: nodes() }, layout: { start: at(0, 0), ready: at(250.5, -40) } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body.layout).toEqual({ start: at(0, 0), ready: at(250.5, -40) });
    // The definition stays the graph alone.
    expect(Object.keys(created.body.definition).sort()).toEqual(['format', 'nodes', 'reentry']);
    expect((await t.call<JourneyBody>('GET', `/journeys/${id}`, undefined, { as: 'viewer' })).body.layout).toEqual({ start: at(0, 0), ready: at(250.5, -40) });
    // Without a layout: an empty one.
    const plain = await t.call<JourneyBody>('POST', '/journeys', { name: 'No layout' });
    expect(plain.body.layout).toEqual({});

    // Bad layouts: 400 naming the field, nothing stored.
    const v1 = { headers: { 'if-match': '"1"' } };
    const unknown = expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: { start: at(1, 1), nowhere: at(5, 5) } }, v1), 400, 'validation_failed') as Problem;
    expect(unknown.errors).toEqual([{ field: '/layout/nowhere', message: '"nowhere" is not a node of this journey' }]);
    const onCreate = expectProblem(await t.call('POST', '/journeys', { name: 'Stray position', definition: { nodes: [{ id: 'a', kind: 'merge', next: null }] }, layout: { b: at(0, 0) } }), 400, 'validation_failed') as Problem;
    expect(onCreate.errors).toEqual([{ field: '/layout/b', message: '"b" is not a node of this journey' }]);
    const notNumber = expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: { start: { x: 'left', y: 0 } } }, v1), 400, 'validation_failed') as Problem;
    expect(notNumber.errors![0]!.field).toBe('/layout/start/x');
    // JSON has no Infinity: it arrives as null.
    const notFinite = expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: { start: { x: 0, y: Infinity } } }, v1), 400, 'validation_failed') as Problem;
    expect(notFinite.errors![0]!.field).toBe('/layout/start/y');
    const huge = expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: { start: at(2e6, 0) } }, v1), 400, 'validation_failed') as Problem;
    expect(huge.errors![0]).toMatchObject({ field: '/layout/start/x', message: 'must be at most 1000000' });
    const extra = expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: { start: { x: 0, y: 0, z: 1 } } }, v1), 400, 'validation_failed') as Problem;
    expect(extra.errors![0]!.field).toMatch(/^\/layout\/start/);
    const badKey = expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: { '1st': at(0, 0) } }, v1), 400, 'validation_failed') as Problem;
    expect(badKey.errors![0]!.field).toMatch(/^\/layout/);
    expect((await t.call<JourneyBody>('GET', `/journeys/${id}`)).body).toMatchObject({ version: 1, layout: { start: at(0, 0), ready: at(250.5, -40) } });

    // A Draft: the layout replaced whole, the version bumped (the ETag guards it like any write).
    const moved = await t.call<JourneyBody>('PATCH', `/journeys/${id}`, { layout: { start: at(10, 20), alert: at(500, 100) } }, v1);
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ version: 2, layout: { start: at(10, 20), alert: at(500, 100) } });
    expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: {} }, v1), 412, 'precondition_failed');
    // A definition without its layout drops the positions of the nodes it no longer has.
    const fewer = await t.call<JourneyBody>('PATCH', `/journeys/${id}`, { definition: { nodes: nodes().filter((n) => n.id !== 'alert').map((n) => (n.id === 'ready' ? { ...n, paths: [{ ...n.paths![0]!, next: null }] } : n)) } }, { headers: { 'if-match': '"2"' } });
    expect(fewer.body.layout).toEqual({ start: at(10, 20) });
    // With its layout: checked against the new definition.
    const both = await t.call<JourneyBody>('PATCH', `/journeys/${id}`, { definition: { nodes: nodes() }, layout: { start: at(1, 2), alert: at(3, 4) }, endAt: '2026-09-01T00:00:00Z' }, { headers: { 'if-match': '"3"' } });
    expect(both.body).toMatchObject({ version: 4, layout: { start: at(1, 2), alert: at(3, 4) } });

    // Live: the layout still changes (cosmetic); the graph does not.
    const live = await t.call<JourneyBody>('POST', `/journeys/${id}/publish`, undefined, { headers: { 'if-match': '"4"' } });
    expect(live.body.status).toBe('live');
    const liveMove = await t.call<JourneyBody>('PATCH', `/journeys/${id}`, { layout: { start: at(-30, 60), hear: at(900, 0) } }, { headers: { 'if-match': '"5"' } });
    expect(liveMove.status).toBe(200);
    expect(liveMove.body).toMatchObject({ status: 'live', version: 6, layout: { start: at(-30, 60), hear: at(900, 0) } });
    expect(liveMove.body.definition).toEqual(live.body.definition);
    expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: { gone: at(0, 0) } }, { headers: { 'if-match': '"6"' } }), 400, 'validation_failed');
    const frozen = expectProblem(await t.call('PATCH', `/journeys/${id}`, { definition: { nodes: [] }, layout: {} }, { headers: { 'if-match': '"6"' } }), 409, 'immutable') as Problem;
    expect(frozen.errors!.map((e) => e.field)).toEqual(['/definition']);

    // Duplicate copies it; an aborted journey's canvas can still be tidied.
    const copy = await t.call<JourneyBody>('POST', `/journeys/${id}/duplicate`);
    expect(copy.body).toMatchObject({ status: 'draft', layout: { start: at(-30, 60), hear: at(900, 0) } });
    await t.call('POST', `/journeys/${id}/abort`, undefined, ANY_VERSION);
    const tidy = await t.call<JourneyBody>('PATCH', `/journeys/${id}`, { layout: { start: at(0, 0) } }, ANY_VERSION);
    expect(tidy.body).toMatchObject({ status: 'aborted', layout: { start: at(0, 0) } });
    expectProblem(await t.call('PATCH', `/journeys/${id}`, { layout: {} }, { as: 'viewer', ...ANY_VERSION }), 403, 'forbidden');
  });
});
