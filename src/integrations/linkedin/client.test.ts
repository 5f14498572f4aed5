import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LinkedInClient, LinkedInConsentRequired, LinkedInTokenExpired, hashEmail, type LinkedInConfig } from './client.ts';
import { DEFAULT_LIST_LIMITS, audienceWarning, listSizeError } from './limits.ts';
import { COMPANY_TEMPLATE_COLUMNS, CONTACT_TEMPLATE_COLUMNS, bareDomain, companyTemplateRow, contactTemplateRow, iso2 } from './csv.ts';
import { MockLinkedIn } from './mock-server.testdata.ts';

describe('LinkedIn client against the mock server', () => {
  const li = new MockLinkedIn();
  const sleeps: number[] = [];
  let config: LinkedInConfig;
  const client = (over: Partial<LinkedInConfig> = {}) => new LinkedInClient({ ...config, ...over }, { fetch: (u, i) => fetch(u, i), sleep: async (ms) => void sleeps.push(ms), random: () => 0, now: Date.now });
  beforeAll(async () => {
    const base = await li.start();
    config = { apiBaseUrl: `${base}/rest`, tokenUrl: `${base}/oauth/v2/accessToken`, version: '202604', clientId: 'c', clientSecret: 's', sourcePlatform: 'QUORUM', batchSize: 100, retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 10_000 }, timeoutMs: 5000 };
  });
  afterAll(() => li.stop());

  it('hashes emails as SHA-256 hex of the trimmed lower-cased address', () => {
    expect(hashEmail('  Mike@Example.COM ')).toBe(hashEmail('mike@example.com'));
    expect(hashEmail('mike@example.com')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('creates a segment (id from x-restli-id) with the required headers, and reads its status', async () => {
    const { accessToken } = li.issueTokens();
    const c = client();
    const id = await c.createSegment(accessToken, { name: 'x', adAccountId: '42', type: 'USER', sourceSegmentId: 'k' });
    const req = li.requests.at(-1)!;
    expect(req.headers).toMatchObject({ authorization: `Bearer ${accessToken}`, 'linkedin-version': '202604', 'x-restli-protocol-version': '2.0.0' });
    const results = await c.streamUsers(accessToken, id, [{ action: 'ADD', userIds: [{ idType: 'SHA256_EMAIL', idValue: hashEmail('a@b.c') }] }]);
    expect(results).toEqual([{ ok: true, status: 201, error: null }]);
    expect(li.requests.at(-1)!.headers['x-restli-method']).toBe('BATCH_CREATE');
    expect(await c.getSegment(accessToken, id)).toMatchObject({ id, status: 'READY', audienceSize: 1, destinationSegmentId: `urn:li:adSegment:${id}` });
  });

  it('retries 429 honouring Retry-After, gives up after maxAttempts, and retries 404 on streaming right after creation', async () => {
    const { accessToken } = li.issueTokens();
    const c = client();
    const id = await c.createSegment(accessToken, { name: 'y', adAccountId: '42', type: 'COMPANY', sourceSegmentId: 'k2' });
    li.failNext(/companies$/, 429, { headers: { 'retry-after': '7' } });
    li.failNext(/companies$/, 404);
    sleeps.length = 0;
    const r = await c.streamCompanies(accessToken, id, [{ action: 'ADD', companyName: 'Acme', companyWebsiteDomain: 'acme.com' }]);
    expect(r[0]!.ok).toBe(true);
    expect(sleeps[0]).toBe(7000);
    expect(c.retries).toBe(2);
    li.failNext(/^GET/, 503, { times: 3 });
    await expect(c.getSegment(accessToken, id)).rejects.toThrow(/answered 503/);
  });

  it('splits a batch LinkedIn refuses as too large, and reports per-element failures', async () => {
    const { accessToken } = li.issueTokens();
    const c = client({ batchSize: 4 });
    const id = await c.createSegment(accessToken, { name: 'z', adAccountId: '42', type: 'COMPANY', sourceSegmentId: 'k3' });
    li.failNext(/companies$/, 413);
    li.rejectKeys.add('B|');
    const r = await c.streamCompanies(accessToken, id, ['A', 'B', 'C', 'D', 'E'].map((n) => ({ action: 'ADD' as const, companyName: n })));
    li.rejectKeys.clear();
    expect(r.map((x) => x.ok)).toEqual([true, false, true, true, true]);
    expect([...li.segments.get(id)!.members].sort()).toEqual(['A|', 'C|', 'D|', 'E|']);
  });

  it('401 is LinkedInTokenExpired; a revoked refresh token is LinkedInConsentRequired; a good one gives new tokens', async () => {
    const { accessToken, refreshToken } = li.issueTokens();
    li.expireAccessToken(accessToken);
    const c = client();
    await expect(c.getSegment(accessToken, '1')).rejects.toBeInstanceOf(LinkedInTokenExpired);
    const t = await c.refresh(refreshToken);
    expect(t.accessToken).not.toBe(accessToken);
    expect(t.accessExpiresAt).toBeGreaterThan(Date.now() + 59 * 86_400_000);
    li.revokeRefreshToken(refreshToken);
    await expect(c.refresh(refreshToken)).rejects.toBeInstanceOf(LinkedInConsentRequired);
  });
});

describe('limits and templates', () => {
  it('errors above 300,000 records and warns below 300 matched members', () => {
    expect(listSizeError('contacts', 300_000)).toBeNull();
    expect(listSizeError('contacts', 300_001)).toMatch(/at most 300,000 per list/);
    expect(audienceWarning('contacts', 299, 1000)).toMatch(/matches 299 LinkedIn members; campaigns serve only once at least 300/);
    expect(audienceWarning('contacts', 300, 1000)).toBeNull();
    expect(audienceWarning('companies', null, 12)).toMatch(/holds 12 records/);
    expect(listSizeError('companies', 11, { ...DEFAULT_LIST_LIMITS, maxRecordsPerList: 10 })).toMatch(/at most 10/);
  });

  it('writes rows in LinkedIn’s template columns', () => {
    expect(COMPANY_TEMPLATE_COLUMNS.join(',')).toBe('companyname,companywebsite,companyemaildomain,linkedincompanypageurl,stocksymbol,industry,city,state,companycountry,zipcode');
    expect(CONTACT_TEMPLATE_COLUMNS.join(',')).toBe('email,firstname,lastname,jobtitle,employeecompany,country,googleaid');
    expect(companyTemplateRow({ name: 'Acme', domain: 'https://www.Acme.com/about', industry: 'Software', country: 'de' })).toEqual(['Acme', 'acme.com', '', '', '', 'Software', '', '', 'DE', '']);
    expect(contactTemplateRow({ email: 'a@b.c', firstName: 'A', lastName: 'B', title: 'CIO', company: 'Acme', country: 'Germany' })).toEqual(['a@b.c', 'A', 'B', 'CIO', 'Acme', 'DE', '']);
    expect(iso2('us')).toBe('US');
    expect(iso2('United States')).toBe('US');
    expect(iso2(' united kingdom ')).toBe('GB');
    expect(iso2('Atlantis')).toBeNull();
    expect(bareDomain('')).toBeNull();
  });
});
