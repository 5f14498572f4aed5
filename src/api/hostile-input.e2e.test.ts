/**
 * Hostile input found by fuzzing (issue 6, findings 17–22): each answer is a 4xx problem+json
 * naming what is wrong, identically on both engines — never a 500.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp, type TestResponse } from './test-app.ts';
import { encodeCursor } from '../store/pagination.ts';

type Problem = { code: string; detail: string; requestId?: string; errors?: { field: string; in?: string; message: string }[] };

const LISTS_WITH_SORT = [
  '/accounts',
  '/people',
  '/roles',
  '/personas',
  '/roles-templates',
  '/solution-interests',
  '/stage-models',
  '/account-lists',
  '/buying-groups',
];

function nested(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** The same as JSON text, built without recursion (JSON.stringify overflows the stack too). */
const nestedText = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** A raw HTTP request (fetch refuses some of what a hostile client sends). */
function raw(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(baseUrl + path, { method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('hostile input', () => {
  let t: TestApp;
  let listId = '';
  beforeAll(async () => {
    t = await createTestApp();
    const list = await t.call<{ id: string }>('POST', '/account-lists', { name: 'Static', kind: 'static' });
    listId = list.body.id;
    for (const name of ['Acme', 'Globex', 'Initech']) await t.call('POST', '/accounts', { name });
  });
  afterAll(async () => t.close());

  it('refuses sort keys that are Object.prototype members (finding 17)', async () => {
    for (const path of [...LISTS_WITH_SORT, `/account-lists/${listId}/members`]) {
      for (const sort of ['__proto__', 'constructor', '-toString', 'hasOwnProperty', '-__proto__']) {
        const res = await t.call('GET', `${path}?sort=${encodeURIComponent(sort)}`);
        const p = expectProblem(res, 400, 'validation_failed');
        expect(p.errors?.[0]?.field, `${path} sort=${sort}`).toBe('/sort');
      }
    }
  });

  it('stores people whose title is made of Object.prototype member names (finding 17)', async () => {
    const res = await t.call<{ derivedSeniority: string | null }>('POST', '/people', { email: 'builder@example.com', jobTitle: 'Chief Constructor Officer' });
    expect(res.status).toBe(201);
    expect(res.body.derivedSeniority).toBe('cxo');
  });

  it('refuses NUL and other control characters in any text, naming the field (finding 18)', async () => {
    const cases: [string, string, unknown, string, string][] = [
      ['GET', '/accounts?q=a%00b', undefined, '/q', 'querystring'],
      ['GET', '/people?q=%07bell', undefined, '/q', 'querystring'],
      ['GET', '/accounts/acc_%00x', undefined, '/id', 'params'],
      ['POST', '/accounts', { name: 'Ac\u0000me' }, '/name', 'body'],
      ['POST', '/accounts', { name: 'Acme', custom: { tier: ['gold', 'x\u0000'] } }, '/custom/tier/1', 'body'],
      ['POST', '/accounts', { name: 'Acme', custom: { ['ti\u0000er']: 1 } }, '/custom/ti\u0000er', 'body'],
      ['POST', '/accounts', { name: 'Lone \ud800 surrogate' }, '/name', 'body'],
      ['POST', '/account-lists', { name: 'Dyn', kind: 'dynamic', condition: { field: 'industry', op: 'is', value: 'Soft\u0000ware' } }, '/condition/value', 'body'],
    ];
    for (const [method, path, body, field, where] of cases) {
      const p = expectProblem(await t.call(method, path, body), 400, 'validation_failed');
      expect(p.errors?.[0], `${method} ${path}`).toMatchObject({ field, in: where });
      expect(p.detail).toContain(field);
    }
    // Tabs, line feeds and proper surrogate pairs (emoji) are text like any other.
    const ok = await t.call<{ name: string }>('POST', '/accounts', { name: 'Tab\there 😀', custom: { notes: 'line 1\r\nline 2' } });
    expect(ok.status).toBe(201);
    expect(ok.body.name).toBe('Tab\there 😀');
  });

  it('refuses forged cursors whose values have the wrong type (finding 19)', async () => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const always = [
      encodeCursor(12, 'acc_\u0000'),
      b64({ v: { $gt: 1 }, id: 'acc_x' }),
      b64({ v: 1, id: 7 }),
      b64({ v: 1 }),
      b64([1, 'acc_x']),
      'not-base64-$$$',
    ];
    const byKind = {
      integer: ['not a number', 1e300, 1.5, null, true],
      number: ['not a number', null, '1'],
      text: [12, null, 'abc\u0000'],
      id: [],
    } as const;
    const paths: [string, keyof typeof byKind][] = [
      ['/accounts?sort=updatedAt', 'integer'],
      ['/accounts?sort=name', 'text'],
      ['/accounts?sort=-createdAt', 'id'],
      ['/people?sort=engagementScore', 'number'],
      ['/roles?sort=createdAt', 'integer'],
      ['/buying-groups?sort=-completeness', 'number'],
      ['/buying-groups?sort=createdAt', 'integer'],
      ['/weighting-models', 'text'],
      ['/activities', 'integer'],
      ['/audit-log', 'id'],
      ['/buying-group-jobs', 'id'],
      ['/relations', 'id'],
    ];
    for (const [path, kind] of paths) {
      for (const cursor of [...always, ...byKind[kind].map((v) => encodeCursor(v as never, 'acc_x'))]) {
        const res = await t.call('GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`);
        const p = expectProblem(res, 400, 'invalid_cursor');
        expect(p.errors?.[0]?.field).toBe('/cursor');
      }
    }
    // The cursors the API hands out still page.
    const first = await t.call<{ data: unknown[]; nextCursor: string }>('GET', '/accounts?sort=updatedAt&limit=1');
    const next = await t.call<{ data: unknown[] }>('GET', `/accounts?sort=updatedAt&limit=1&cursor=${first.body.nextCursor}`);
    expect(next.status).toBe(200);
    expect(next.body.data).toHaveLength(1);
  });

  it('refuses deeply nested JSON with a clear 400 (finding 20)', async () => {
    const person = await t.call<{ id: string }>('POST', '/people', { email: 'deep@example.com' });
    const deepCases: [string, string, string, string][] = [
      ['POST', '/accounts', `{"name":"Deep","custom":{"x":${nestedText(1500)}}}`, '/custom/x'],
      ['POST', '/accounts', JSON.stringify({ name: 'Deep', custom: { x: nested(40) } }), '/custom'],
      ['POST', '/activities', `{"personId":"${person.body.id}","type":"email_opened","occurredAt":"2026-05-01T00:00:00Z","metadata":{"m":${nestedText(1500)}}}`, '/metadata/m'],
      ['POST', '/account-lists', `{"name":"Deep","kind":"dynamic","condition":${nestedText(5000)}}`, '/condition'],
      ['POST', '/buying-groups/search', `{"accountCondition":${`{"not":`.repeat(3000)}{"field":"name","op":"is","value":"x"}${'}'.repeat(3000)}}`, '/accountCondition'],
    ];
    for (const [method, path, body, field] of deepCases) {
      const p = expectProblem(await t.call(method, path, body), 400, 'validation_failed');
      expect(p.errors?.[0]?.field.startsWith(field), `${path}: ${JSON.stringify(p.errors)}`).toBe(true);
      expect(p.detail).toMatch(/deeper than (32|64) levels/);
    }
    // 32 levels of custom JSON are fine.
    expect((await t.call('POST', '/accounts', { name: 'Deep enough', custom: { x: nested(31) } })).status).toBe(201);
  });

  it('answers 414 and 431 as problem+json (finding 21)', async () => {
    const longParam = await t.call('GET', `/accounts/acc_${'x'.repeat(200)}`);
    expectProblem(longParam, 414, 'uri_too_long');

    const longUrl = await raw(t.baseUrl, `/api/v1/accounts?q=${'x'.repeat(20_000)}`, { authorization: `Bearer ${t.tokens.admin}` });
    expect(longUrl.status).toBe(431);
    expect(longUrl.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(longUrl.body)).toMatchObject({ status: 431, code: 'headers_too_large' });

    const bigHeader = await raw(t.baseUrl, '/api/v1/health', { 'x-junk': 'y'.repeat(20_000) });
    expect(bigHeader.status).toBe(431);
    expect(bigHeader.headers['content-type']).toBe('application/problem+json');
  });

  it('refuses a body over the route limit without reading it (finding 22)', async () => {
    // Announce 30 MB, send 64 KB, and expect the answer before the rest: the body is not read.
    const answer = await new Promise<{ status: number; body: string; contentType: string | undefined }>((resolve, reject) => {
      const req = http.request(`${t.baseUrl}/api/v1/accounts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.tokens.admin}`, 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, body, contentType: res.headers['content-type'] });
        });
      });
      req.on('error', (err) => ((err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err)));
      req.write(Buffer.alloc(64 * 1024, 0x20));
    });
    expect(answer.status).toBe(413);
    expect(answer.contentType).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'payload_too_large' });

    // Just over 1 MiB on an ordinary route; the bulk route takes it.
    const big = { name: 'x', description: 'y'.repeat(1024 * 1024) };
    expectProblem(await t.call('POST', '/accounts', big), 413, 'payload_too_large');
    const person = await t.call<{ id: string }>('POST', '/people', { email: 'bulk@example.com' });
    const activities = Array.from({ length: 400 }, (_, i) => ({ personId: person.body.id, type: 'email_opened', occurredAt: '2026-05-01T00:00:00Z', metadata: { pad: 'z'.repeat(4000), i } }));
    expect(JSON.stringify({ activities }).length).toBeGreaterThan(1024 * 1024);
    expect((await t.call('POST', '/activities/bulk', { activities })).status).toBe(201);
  });

  it('POST /buying-groups/search takes the GET filters as a JSON body (finding 21)', async () => {
    const big = { any: Array.from({ length: 400 }, (_, i) => ({ field: 'name', op: 'is', value: `Company number ${i} with a long name` })) };
    expect(JSON.stringify(big).length).toBeGreaterThan(16_384);
    const res = await t.call<{ data: unknown[]; nextCursor: string | null }>('POST', '/buying-groups/search', { accountCondition: big, limit: 10, active: true, completenessBelow: 50 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [], nextCursor: null });
    // Viewers may search, as they may list.
    expect((await t.call('POST', '/buying-groups/search', {}, { as: 'viewer' })).status).toBe(200);
    // Same validation as GET: a bad condition names its path, an unknown filter is refused.
    const bad = expectProblem(await t.call('POST', '/buying-groups/search', { accountCondition: { field: 'nope', op: 'is', value: 1 } }), 400, 'invalid_condition');
    expect(bad.errors?.[0]?.field).toMatch(/^\/accountCondition/);
    expectProblem(await t.call('POST', '/buying-groups/search', { colour: 'red' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/buying-groups/search', { sort: '__proto__' }), 400, 'validation_failed');
  });

  it('every problem document carries the request id of its X-Request-Id header (finding 23)', async () => {
    const responses: TestResponse[] = [await t.call('GET', '/accounts/acc_missing'), await t.call('GET', '/nope'), await t.call('GET', '/accounts', undefined, { as: null })];
    const ids = new Set<string>();
    for (const res of responses) {
      const p = res.body as Problem;
      expect(p.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('x-request-id')).toBe(p.requestId);
      ids.add(p.requestId as string);
    }
    expect(ids.size).toBe(responses.length);
  });
});
