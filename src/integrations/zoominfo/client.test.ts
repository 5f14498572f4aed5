import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ZOOMINFO_CONFIG, ZoomInfoClient, ZoomInfoError, type ZoomInfoConfig } from './client.ts';
import { MockZoomInfo, type MockContact } from './mock-server.testdata.ts';
import type { ContactQuery } from '../../domain/enrichment/index.ts';

const contact = (id: number, over: Partial<MockContact> = {}): MockContact => ({
  id,
  firstName: `F${id}`,
  lastName: `L${id}`,
  jobTitle: 'Chief Information Security Officer',
  managementLevel: 'C Level Exec',
  department: 'C-Suite',
  email: `p${id}@acme.example`,
  country: 'United States',
  companyId: 1,
  companyName: 'Acme',
  companyWebsite: 'http://www.acme.example',
  ...over,
});

const query = (over: Partial<ContactQuery> = {}): ContactQuery => ({ companyWebsite: 'http://www.acme.example', companyName: null, jobTitles: [], managementLevels: [], departments: [], countries: [], ...over });

describe('ZoomInfo client against the mock server', () => {
  let clock = 1_000_000;
  const zi = new MockZoomInfo(() => clock);
  const sleeps: number[] = [];
  let config: ZoomInfoConfig;
  const client = (over: Partial<ZoomInfoConfig> = {}) =>
    new ZoomInfoClient({ ...config, ...over }, { fetch: (u, i) => fetch(u, i), sleep: async (ms) => void (sleeps.push(ms), (clock += ms)), random: () => 0, now: () => clock });

  beforeAll(async () => {
    const base = await zi.start();
    zi.addClient('cid', 'secret');
    zi.contacts.push(
      contact(1),
      contact(2, { jobTitle: 'VP Infrastructure', managementLevel: 'VP Level Exec', department: 'Engineering & Technical' }),
      contact(3, { jobTitle: 'Security Engineer', managementLevel: 'Non Manager', department: 'Engineering & Technical', country: 'Germany' }),
      contact(4, { companyWebsite: 'http://www.other.example', companyName: 'Other' }),
      ...Array.from({ length: 30 }, (_, i) => contact(100 + i, { jobTitle: 'Sales Manager', managementLevel: 'Manager', department: 'Sales' })),
    );
    config = { ...DEFAULT_ZOOMINFO_CONFIG, apiBaseUrl: base, tokenUrl: `${base}/oauth/v1/token`, clientId: 'cid', clientSecret: 'secret', retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 10_000 }, requestsPerSecond: 1000 };
  });
  afterAll(() => zi.stop());
  beforeEach(() => {
    sleeps.length = 0;
    zi.perSecondLimit = null;
  });

  it('authenticates with Basic client credentials and searches with the JSON:API headers and filters', async () => {
    const c = client();
    const r = await c.searchContacts(query({ jobTitles: ['security', 'infrastructure'], managementLevels: ['C Level Exec', 'VP Level Exec'] }), 10);
    expect(r.contacts.map((x) => x.providerId)).toEqual(['1', '2']);
    expect(r.contacts[1]).toMatchObject({ firstName: 'F2', jobTitle: 'VP Infrastructure', managementLevel: 'VP Level Exec', companyName: 'Acme', hasEmail: true });
    const tokenReq = zi.requests.find((q) => q.path === '/gtm/oauth/v1/token')!;
    expect(tokenReq.headers.authorization).toBe(`Basic ${Buffer.from('cid:secret').toString('base64')}`);
    expect(tokenReq.body).toBe('grant_type=client_credentials');
    const search = zi.requests.at(-1)!;
    expect(search.headers).toMatchObject({ accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json' });
    expect(JSON.parse(search.body)).toEqual({ data: { type: 'ContactSearch', attributes: { companyWebsite: 'http://www.acme.example', jobTitle: 'security OR infrastructure', managementLevel: 'C Level Exec,VP Level Exec', excludePartialProfiles: true } } });
  });

  it('pages through results up to the limit and reports totalResults', async () => {
    const c = client({ pageSize: 12 });
    const before = zi.count(/search$/);
    const r = await c.searchContacts(query({ departments: ['Sales'] }), 28);
    expect(r.contacts).toHaveLength(28);
    expect(r.totalResults).toBe(30);
    expect(zi.count(/search$/) - before).toBe(3);
    expect(new Set(r.contacts.map((x) => x.providerId)).size).toBe(28);
  });

  it('enriches by personId in batches of 25, reports match statuses and the credits charged', async () => {
    zi.optedOut.add(2);
    const c = client();
    const ids = ['1', '2', '999', ...Array.from({ length: 25 }, (_, i) => String(100 + i))];
    const before = zi.count(/enrich$/);
    const charged = zi.creditsCharged;
    const r = await c.enrichContacts(ids);
    expect(zi.count(/enrich$/) - before).toBe(2);
    expect(r.contacts.map((x) => x.status).slice(0, 4)).toEqual(['matched', 'opted_out', 'no_match', 'matched']);
    expect(r.contacts[0]).toMatchObject({ providerId: '1', email: 'p1@acme.example', country: 'United States', companyName: 'Acme', department: 'C-Suite' });
    expect(r.creditsUsed).toBe(26);
    expect(zi.creditsCharged - charged).toBe(26);
    zi.optedOut.delete(2);
  });

  it('fetches a new token when the old one expires, and once more after a 401', async () => {
    const c = client();
    await c.searchContacts(query(), 1);
    const tokens = zi.count(/token$/);
    clock += 3600_000; // past expires_in
    await c.searchContacts(query(), 1);
    expect(zi.count(/token$/)).toBe(tokens + 1);
    zi.expireTokens(); // revoked early: the API answers 401 ZI1001
    await c.searchContacts(query(), 1);
    expect(zi.count(/token$/)).toBe(tokens + 2);
  });

  it('serialises concurrent token fetches', async () => {
    const c = client();
    const tokens = zi.count(/token$/);
    await Promise.all([c.searchContacts(query(), 1), c.searchContacts(query(), 1), c.searchContacts(query(), 1)]);
    expect(zi.count(/token$/)).toBe(tokens + 1);
  });

  it('says clearly when the credentials or the grant are refused', async () => {
    await expect(client({ clientSecret: 'wrong' }).searchContacts(query(), 1)).rejects.toMatchObject({ code: 'unauthorized', status: 401, providerCode: 'invalid_client' });
    zi.addClient('nogrant', 's');
    zi.withoutGrant.add('nogrant');
    const e = await client({ clientId: 'nogrant', clientSecret: 's' }).searchContacts(query(), 1).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ZoomInfoError);
    expect((e as ZoomInfoError).message).toMatch(/client-credentials grant/);
  });

  it('a 401 that persists after a refresh, and a 403 missing scope, are typed errors', async () => {
    zi.failNext(/search$/, 401, { body: { error: { code: 'ZI1001', message: 'Invalid token', status: 401 } }, times: 2 });
    await expect(client().searchContacts(query(), 1)).rejects.toMatchObject({ code: 'unauthorized', providerCode: 'ZI1001' });
    zi.addClient('noscope', 's');
    zi.withoutContactScope.add('noscope');
    await expect(client({ clientId: 'noscope', clientSecret: 's' }).searchContacts(query(), 1)).rejects.toMatchObject({ code: 'forbidden', status: 403, providerCode: 'ZI1003' });
  });

  it('retries 429 honouring Retry-After, and with backoff when there is none', async () => {
    const c = client();
    await c.authenticate();
    zi.failNext(/search$/, 429, { headers: { 'retry-after': '7' }, body: { error: { code: 'ZI4029', message: 'Rate limit exceeded', status: 429 } } });
    zi.failNext(/search$/, 429);
    const r = await c.searchContacts(query(), 1);
    expect(r.contacts).toHaveLength(1);
    expect(c.retries).toBe(2);
    expect(sleeps.filter((s) => s >= 100)).toEqual([7000, 100]);
  });

  it('fails at once with rate_limited when Retry-After is longer than the longest wait (hour bucket spent)', async () => {
    const c = client();
    zi.failNext(/search$/, 429, { headers: { 'retry-after': '3600', 'x-ratelimit-rejected-bucket': 'hour' }, body: { error: { code: 'ZI4029', message: 'Rate limit exceeded', status: 429 } } });
    const e = (await c.searchContacts(query(), 1).catch((x: unknown) => x)) as ZoomInfoError;
    expect(e).toMatchObject({ code: 'rate_limited', retryAfterMs: 3_600_000, providerCode: 'ZI4029' });
    expect(e.message).toMatch(/hour bucket/);
  });

  it('spaces requests under the per-second limit so the server limit is never hit', async () => {
    zi.perSecondLimit = 2;
    const c = client({ requestsPerSecond: 2 });
    for (let i = 0; i < 5; i++) await c.searchContacts(query(), 1);
    expect(zi.requests.slice(-6).every((r) => r.status === 200)).toBe(true);
    expect(c.retries).toBe(0);
  });

  it('retries 5xx, then gives up with unavailable', async () => {
    const c = client();
    zi.failNext(/enrich$/, 503);
    expect((await c.enrichContacts(['1'])).contacts[0]!.status).toBe('matched');
    zi.failNext(/enrich$/, 502, { times: 3 });
    await expect(c.enrichContacts(['1'])).rejects.toMatchObject({ code: 'unavailable', status: 502 });
  });

  it('malformed answers and validation errors are typed errors', async () => {
    const c = client();
    zi.failNext(/search$/, 200, { body: '<html>oops</html>' });
    await expect(c.searchContacts(query(), 1)).rejects.toMatchObject({ code: 'malformed' });
    zi.failNext(/search$/, 200, { body: { data: [{ type: 'Contact' }] } });
    await expect(c.searchContacts(query(), 1)).rejects.toMatchObject({ code: 'malformed' });
    zi.failNext(/enrich$/, 200, { body: { data: [{ id: '1', type: 'Contact' }] } });
    await expect(c.enrichContacts(['1'])).rejects.toMatchObject({ code: 'malformed' });
    await expect(client({ apiBaseUrl: config.apiBaseUrl.replace('/gtm', '/nope') }).searchContacts(query(), 1)).rejects.toMatchObject({ code: 'rejected', status: 404, providerCode: 'ZI9998' });
    await expect(c.searchContacts(query(), 1).then(() => client({ pageSize: 500 }).searchContacts(query(), 1))).resolves.toBeTruthy();
  });
});
