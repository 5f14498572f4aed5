import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from './test-app.ts';

/** Finding 13: unknown sub-paths, empty JSON bodies, content types and missing fields. */
describe('request errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  // A Uint8Array body makes fetch send no content type at all (a string would be text/plain).
  const raw = (method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array) =>
    fetch(`${t.baseUrl}/api/v1${path}`, { method, headers: { authorization: `Bearer ${t.tokens.admin}`, ...headers }, body });

  it('answers 404 not_found for a sub-path that is not an id of the resource', async () => {
    const res = await t.call('GET', '/buying-groups/suggestions');
    const problem = expectProblem(res, 404, 'not_found');
    expect(problem.detail).toContain('/buying-groups/suggestions');
    expectProblem(await t.call('GET', '/accounts/per_01J00000000000000000000000'), 404, 'not_found');
    expectProblem(await t.call('PATCH', '/people/whatever', { firstName: 'x' }), 404, 'not_found');
  });

  it('accepts content-type application/json with an empty body where the body is optional', async () => {
    const created = await t.call<{ id: string }>('POST', '/stage-models', { name: 'Pipeline', stages: [{ key: 'new', name: 'New', kind: 'entry' }], transitions: [] });
    expect(created.status).toBe(201);
    const res = await raw('POST', `/stage-models/${created.body.id}/duplicate`, { 'content-type': 'application/json' });
    expect(res.status).toBe(201);
    const withNothing = await raw('POST', `/stage-models/${created.body.id}/duplicate`, { 'content-type': 'application/json' }, '');
    expect(withNothing.status).toBe(201);
  });

  it('still refuses an empty body where one is required, saying it is required', async () => {
    const res = await raw('POST', '/accounts', { 'content-type': 'application/json' });
    const body = (await res.json()) as { code: string; detail: string };
    expect(res.status).toBe(400);
    expect(body.code).toBe('validation_failed');
    expect(body.detail).toMatch(/body is required/);
  });

  it('answers 415 unsupported_media_type for a body without or with another content type', async () => {
    for (const headers of [{}, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }] as Record<string, string>[]) {
      const res = await raw('POST', '/accounts', headers, new TextEncoder().encode(JSON.stringify({ name: 'Acme' })));
      const body = (await res.json()) as { code: string; status: number; detail: string };
      expect(res.status, JSON.stringify(headers)).toBe(415);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body).toMatchObject({ code: 'unsupported_media_type', status: 415 });
      expect(body.detail).toMatch(/application\/json/);
    }
  });

  it('says "is required" for a missing field, not "expected string, received undefined"', async () => {
    const problem = expectProblem(await t.call('POST', '/relations', { personId: 'per_x' }), 400, 'validation_failed');
    expect(problem.errors).toContainEqual(expect.objectContaining({ field: '/accountId', message: 'is required' }));
    expect(JSON.stringify(problem)).not.toMatch(/received undefined/);
  });
});
