/**
 * The API fuzz test (issue 6): requests generated from the served OpenAPI document — every
 * operation, with well-typed and hostile path parameters, query strings and bodies — as admin
 * and as viewer. No answer may be a 5xx; every 4xx is problem+json with type, title, status and
 * code. Generic on purpose: endpoints added later are fuzzed by the same code.
 *
 * Seed: fixed under CI (reproducible), random otherwise (printed); QUORUM_FUZZ_SEED replays one.
 * Count: QUORUM_FUZZ_REQUESTS (default 1,500 per run).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import { Generator, Rng, type FuzzRequest, type OpenApiDoc } from './fuzz.ts';

const SEED = process.env.QUORUM_FUZZ_SEED ? Number(process.env.QUORUM_FUZZ_SEED) : process.env.CI ? 20_260_601 : Math.floor(Math.random() * 2 ** 31);
const REQUESTS = Number(process.env.QUORUM_FUZZ_REQUESTS ?? 1500);
const CONCURRENCY = 4;

interface Failure {
  request: FuzzRequest;
  status: number;
  contentType: string;
  body: string;
}

describe(`API fuzz (seed ${SEED})`, () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  const ids = new Map<string, string[]>();
  beforeAll(async () => {
    t = await createTestApp();
    // A little real data, so that generated requests also reach existing records.
    const made = [
      await t.call('POST', '/accounts', { name: 'Acme', industry: 'Software', custom: { tier: 'gold' } }),
      await t.call('POST', '/people', { email: 'ada@example.com', jobTitle: 'CTO', custom: { score: 3 } }),
      await t.call('POST', '/account-lists', { name: 'Static', kind: 'static' }),
      await t.call('POST', '/account-lists', { name: 'Software', kind: 'dynamic', condition: { field: 'industry', op: 'is', value: 'Software' } }),
      await t.call('POST', '/personas', { name: 'Tech leaders', condition: { field: 'derivedFunction', op: 'is', value: 'it' } }),
    ];
    for (const res of made) expect(res.status, JSON.stringify(res.body)).toBe(201);
    const account = made[0]?.body as { id: string };
    const person = made[1]?.body as { id: string };
    await t.call('POST', '/relations', { personId: person.id, accountId: account.id });
    console.log(`API fuzz: seed ${SEED}, ${REQUESTS} requests (replay with QUORUM_FUZZ_SEED=${SEED})`);
    const res = await fetch(`${t.baseUrl}/api/v1/openapi.json`);
    doc = (await res.json()) as OpenApiDoc;
    for (const list of ['/accounts', '/people', '/roles', '/account-lists', '/personas', '/roles-templates', '/solution-interests', '/stage-models', '/relations', '/activities', '/buying-groups', '/weighting-models']) {
      const page = await t.call<{ data: { id: string }[] }>('GET', `${list}?limit=20`);
      for (const row of page.body.data ?? []) {
        const prefix = row.id.split('_')[0] ?? '';
        ids.set(prefix, [...(ids.get(prefix) ?? []), row.id]);
      }
    }
  });
  afterAll(async () => t.close());

  it('never answers 5xx, and every 4xx is problem+json', async () => {
    const rng = new Rng(SEED);
    const gen = new Generator(rng, doc, ids);
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, op]) => ({ method, path, op })),
    );
    expect(operations.length).toBeGreaterThan(50);
    // Round-robin over operations, so every one gets its share whatever the count.
    const requests = Array.from({ length: REQUESTS }, (_, i) => {
      const o = operations[i % operations.length]!;
      return gen.request(o.method, o.path, o.op);
    });
    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const headers: Record<string, string> = { authorization: `Bearer ${t.tokens[request.as]}` };
        if (request.body !== undefined) headers['content-type'] = 'application/json';
        let res: Response;
        try {
          res = await fetch(t.baseUrl + request.url, { method: request.method, headers, body: request.body });
        } catch (err) {
          failures.push({ request, status: 0, contentType: '', body: String(err) });
          continue;
        }
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const contentType = res.headers.get('content-type') ?? '';
        let ok = res.status < 500;
        if (ok && res.status >= 400) {
          try {
            const p = JSON.parse(text) as Record<string, unknown>;
            ok = contentType.startsWith('application/problem+json') && typeof p.type === 'string' && typeof p.title === 'string' && p.status === res.status && typeof p.code === 'string';
          } catch {
            ok = false;
          }
        }
        if (!ok) failures.push({ request, status: res.status, contentType, body: text.slice(0, 300) });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    console.log(`API fuzz answers by status: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    const report = failures.slice(0, 10).map((f) => `${f.status} ${f.request.method} ${f.request.url.slice(0, 200)} as ${f.request.as} body=${(f.request.body ?? '').slice(0, 200)} → ${f.contentType} ${f.body}`);
    expect(report, `seed ${SEED}: ${failures.length} bad answers`).toEqual([]);
  }, 180_000);
});
