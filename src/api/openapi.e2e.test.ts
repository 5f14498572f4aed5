import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import { DERIVED_FUNCTIONS, DERIVED_SENIORITIES } from '../domain/people/derive.ts';

describe('health, OpenAPI and docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('answers health without a token', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', engine: t.db.engine });
  });

  it('serves an OpenAPI 3.1 document describing every API route, with schemas', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown; responses?: unknown }>>; components: { schemas?: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set(Object.keys(doc.paths));
    const missing = t.app.routeTable
      .filter((r) => r.url.startsWith('/api/v1') && r.url !== '/api/v1/openapi.json')
      .map((r) => r.url.replace(/:(\w+)/g, '{$1}'))
      .filter((u) => !documented.has(u));
    expect(missing).toEqual([]);
    expect(doc.paths['/api/v1/accounts']?.post?.requestBody).toBeTruthy();
    expect(Object.keys(doc.components.schemas ?? {})).toEqual(expect.arrayContaining(['Account', 'Person', 'Problem']));
  });

  it('gives every operation a summary and a description', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { summary?: unknown; description?: unknown }>> };
    const methods = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => methods.has(method))
        .map(([method, op]) => ({ op: `${method.toUpperCase()} ${path}`, summary: op.summary, description: op.description })),
    );
    expect(operations.length).toBeGreaterThan(80);
    const blank = (v: unknown) => typeof v !== 'string' || v.trim() === '';
    expect(operations.filter((o) => blank(o.summary)).map((o) => o.op)).toEqual([]);
    expect(operations.filter((o) => blank(o.description)).map((o) => o.op)).toEqual([]);
  });

  it('lists the allowed values of closed-set condition fields and the account leaves in the condition descriptions', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/v1/openapi.json`)).json()) as { components: { schemas: Record<string, { properties?: Record<string, { description?: string }> }> } };
    const text = JSON.stringify(doc);
    const persona = doc.components.schemas.PersonaCreate?.properties?.condition?.description ?? '';
    const role = doc.components.schemas.RoleDefinitionWrite?.properties?.condition?.description ?? '';
    for (const v of [...DERIVED_SENIORITIES, ...DERIVED_FUNCTIONS]) {
      expect(persona).toContain(v);
      expect(role).toContain(v);
    }
    for (const leaf of ['"people"', '"buyingGroup"', 'roleCount', 'contractor']) expect(text).toContain(leaf);
  });

  it('renders the API docs at /docs without a token', async () => {
    const res = await fetch(`${t.baseUrl}/docs`, { redirect: 'follow' });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/swagger/i);
  });

  it('answers unknown routes with problem+json 404', async () => {
    const res = await fetch(`${t.baseUrl}/api/v1/nothing-here`, { headers: { authorization: `Bearer ${t.tokens.admin}` } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
