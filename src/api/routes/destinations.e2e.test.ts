/**
 * LinkedIn activation end to end: a real Quorum server, a real local LinkedIn (mock-server:
 * the documented contract with its failures). Activates a Browse filter, syncs, changes the
 * membership and the filter, re-syncs — asserting LinkedIn received exactly the adds and removes —
 * and covers 429 + Retry-After, 5xx, an expired access token, a refused refresh (needs consent),
 * the list limits and the upload CSV.
 */
import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { accountName, membersOf, seedExportData } from '../../engine/exports.testdata.ts';
import { MockLinkedIn } from '../../integrations/linkedin/mock-server.testdata.ts';
import { COMPANY_TEMPLATE_COLUMNS, CONTACT_TEMPLATE_COLUMNS, hashEmail } from '../../integrations/linkedin/index.ts';
import { SecretBox } from '../../store/index.ts';
import type { LinkedInSettings } from '../../engine/index.ts';

const GROUPS = 40;
const pad = (i: number) => String(i).padStart(7, '0');
/** What the seed puts in: si_sec groups are those with i % 3 ≠ 0. */
const secIndexes = (pred: (i: number) => boolean = () => true) => [...Array(GROUPS).keys()].filter((i) => i % 3 !== 0 && pred(i));
const companyKey = (i: number) => `${accountName(i)}|a${i}.example.com`;
const contactKeys = (is: number[]) => is.flatMap((i) => membersOf(i).map((_, k) => hashEmail(`p${i}.${k}@a${i}.example.com`)));

interface SyncJob {
  id: string;
  status: string;
  syncId: string | null;
  error: string | null;
  coalesced: boolean;
  progress: { done: number; total: number };
}

interface Sync {
  status: string;
  companiesAdded: number;
  companiesRemoved: number;
  contactsAdded: number;
  contactsRemoved: number;
  errors: number;
  retries: number;
  message: string | null;
  warnings: string[];
}

describe('LinkedIn destinations and activations (API + mock LinkedIn)', () => {
  let t: TestApp;
  let clockNow = () => Date.parse('2026-06-01T12:00:00Z');
  const li = new MockLinkedIn(() => clockNow());
  const sleeps: number[] = [];
  let settings: LinkedInSettings;
  let dst: string;
  let atv: string;
  let tokens: { accessToken: string; refreshToken: string };

  beforeAll(async () => {
    const base = await li.start();
    settings = {
      config: { apiBaseUrl: `${base}/rest`, tokenUrl: `${base}/oauth/v2/accessToken`, version: '202604', clientId: 'cid', clientSecret: 'csecret', sourcePlatform: 'QUORUM', batchSize: 7, retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 60_000 }, timeoutMs: 5000 },
      secrets: new SecretBox(randomBytes(32)),
      runtime: { fetch: (u, i) => fetch(u, i), sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, now: () => clockNow() },
    };
    t = await createTestApp({ linkedin: settings, runner: 'inline' });
    clockNow = () => t.clock.now();
    await seedExportData(t.db.db, { groups: GROUPS });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await li.stop();
  });

  /** POST …/sync queues a job (202); the runner runs it; the answer is the history row it wrote. */
  const syncJob = async () => {
    const res = await t.call<SyncJob>('POST', `/activations/${atv}/sync`);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ type: 'activation_sync', activationId: atv, trigger: 'manual', coalesced: false });
    expect(res.headers.get('location')).toBe(`/api/v1/activation-sync-jobs/${res.body.id}`);
    for (let i = 0; i < 500; i++) {
      const j = await t.call<SyncJob>('GET', `/activation-sync-jobs/${res.body.id}`);
      if (['succeeded', 'failed', 'cancelled'].includes(j.body.status)) return j.body;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the sync job did not finish');
  };
  const sync = async () => {
    const job = await syncJob();
    const h = await t.call<{ data: (Sync & { id: string })[] }>('GET', `/activations/${atv}/syncs`);
    const row = h.body.data.find((r) => r.id === job.syncId);
    expect(row).toBeDefined();
    // The job fails exactly when its run failed, with the run's message.
    expect([job.status, job.error]).toEqual(row!.status === 'failed' ? ['failed', row!.message] : ['succeeded', null]);
    return row!;
  };
  const segments = async () => {
    const a = await t.call<{ companies: { segmentId: string; audienceSize: number | null }; contacts: { segmentId: string } }>('GET', `/activations/${atv}`);
    return a.body;
  };

  it('creates and connects a destination; tokens are sealed and never answered', async () => {
    expect(expectProblem(await t.call('POST', '/destinations', { name: 'Ads', adAccountId: 'urn:li:x' }), 400, 'validation_failed').errors?.[0]?.field).toBe('/adAccountId');
    const created = await t.call<{ id: string; state: string }>('POST', '/destinations', { name: 'Ads', adAccountId: '123456' });
    expect(created.status).toBe(201);
    expect(created.body.state).toBe('not_connected');
    dst = created.body.id;
    tokens = li.issueTokens();
    expect(expectProblem(await t.call('POST', `/destinations/${dst}/connect`, { accessToken: tokens.accessToken }), 400, 'validation_failed').errors?.[0]?.field).toBe('/expiresIn');
    const connected = await t.call<Record<string, unknown>>('POST', `/destinations/${dst}/connect`, { accessToken: tokens.accessToken, expiresIn: 60 * 86_400, refreshToken: tokens.refreshToken, refreshTokenExpiresIn: 365 * 86_400 });
    expect(connected.status).toBe(200);
    expect(connected.body.state).toBe('connected');
    const text = JSON.stringify((await t.call('GET', `/destinations/${dst}`)).body) + JSON.stringify((await t.call('GET', '/destinations')).body);
    expect(text).not.toContain(tokens.accessToken);
    expect(text).not.toContain(tokens.refreshToken);
    const row = await t.db.db.selectFrom('destinations').select('credentials_sealed').where('id', '=', dst).executeTakeFirstOrThrow();
    expect(row.credentials_sealed).toMatch(/^v1\./);
    expect(row.credentials_sealed).not.toContain(tokens.accessToken);
    expect((await t.call('GET', '/destinations', undefined, { as: 'editor' })).status).toBe(403);
  });

  it('refuses bad activations with problem+json naming the field', async () => {
    const bad = (body: unknown) => t.call('POST', '/activations', body);
    expect(expectProblem(await bad({ destinationId: dst, name: 'x', filter: { solutionInterestId: ['si_nope'] } }), 400, 'validation_failed').errors?.[0]?.field).toBe('/filter/solutionInterestId');
    expect(expectProblem(await bad({ destinationId: dst, name: 'x', filter: {}, companyList: false, contactList: false }), 400, 'validation_failed').errors?.[0]?.field).toBe('/contactList');
    expect(expectProblem(await bad({ destinationId: 'dst_nope', name: 'x', filter: {} }), 400, 'validation_failed').errors?.[0]?.field).toBe('/destinationId');
    expect(expectProblem(await bad({ destinationId: dst, name: 'x', filter: {}, roleIds: ['rol_nobody'] }), 400, 'validation_failed').errors?.[0]?.field).toBe('/roleIds/0');
    expect(expectProblem(await bad({ destinationId: dst, name: 'x', filter: {}, syncIntervalMs: 1000 }), 400, 'validation_failed').errors?.[0]?.field).toBe('/syncIntervalMs');
  });

  it('activates a filter: the first sync creates both segments and streams every company and contact, retrying a 429 after its Retry-After', async () => {
    const created = await t.call<{ id: string }>('POST', '/activations', { destinationId: dst, name: 'Security gaps', filter: { solutionInterestId: ['si_sec'] } });
    expect(created.status).toBe(201);
    atv = created.body.id;
    li.failNext(/^POST \/rest\/dmpSegments\/\d+\/companies$/, 429, { headers: { 'retry-after': '3' } });
    const job = await syncJob();
    const s = (await t.call<{ data: (Sync & { id: string })[] }>('GET', `/activations/${atv}/syncs`)).body.data[0]!;
    expect(s.id).toBe(job.syncId);
    const secs = secIndexes();
    // Progress counts batches of 7: every one sent.
    const batches = Math.ceil(secs.length / 7) + Math.ceil(contactKeys(secs).length / 7);
    expect(job.progress).toEqual({ done: batches, total: batches });
    // The job's progress as Server-Sent Events (a finished job: its state, then end).
    const sse = await (await fetch(`${t.baseUrl}/api/v1/activation-sync-jobs/${job.id}/progress`, { headers: { authorization: `Bearer ${t.tokens.admin}` } })).text();
    expect(sse).toContain(`"progress":{"done":${batches},"total":${batches}}`);
    expect(sse).toMatch(/event: end\ndata: \{"status":"succeeded"\}/);
    // Sync jobs are admin-only and not buying-group jobs.
    expectProblem(await t.call('GET', `/activation-sync-jobs/${job.id}`, undefined, { as: 'editor' }), 403, 'forbidden');
    expectProblem(await t.call('GET', `/buying-group-jobs/${job.id}`), 404, 'not_found');
    expect(s).toMatchObject({ status: 'succeeded', companiesAdded: secs.length, contactsAdded: contactKeys(secs).length, companiesRemoved: 0, contactsRemoved: 0, errors: 0, retries: 1 });
    expect(sleeps).toContain(3000);
    expect(li.requests.filter((r) => r.status === 429)).toHaveLength(1);
    const seg = await segments();
    const companies = li.segments.get(seg.companies.segmentId)!;
    const contacts = li.segments.get(seg.contacts.segmentId)!;
    expect(companies.type).toBe('COMPANY');
    expect(companies.body).toMatchObject({ account: 'urn:li:sponsoredAccount:123456', sourcePlatform: 'QUORUM', accessPolicy: 'PRIVATE', destinations: [{ destination: 'LINKEDIN' }] });
    expect([...companies.members].sort()).toEqual(secs.map(companyKey).sort());
    expect([...contacts.members].sort()).toEqual(contactKeys(secs).sort());
    expect(seg.companies.audienceSize).toBe(secs.length);
    // Far fewer than 300 matched members: a clear warning, not an error.
    expect(s.warnings.join(' ')).toMatch(/campaigns serve only once at least 300 match/);
    // The elements as the contract spells them: ISO-2 country, hashed emails only.
    const companyElements = li.requests.filter((r) => r.status === 200 && r.path.endsWith('/companies')).flatMap((r) => (JSON.parse(r.body) as { elements: { companyName: string }[] }).elements);
    expect(companyElements.find((e) => e.companyName === accountName(1))).toEqual({ action: 'ADD', companyName: accountName(1), companyWebsiteDomain: 'a1.example.com', country: 'DE' });
    expect(companyElements.find((e) => e.companyName === accountName(2))).toMatchObject({ country: 'US' });
    const usersBodies = li.requests.filter((r) => r.path.endsWith('/users')).map((r) => r.body).join('');
    expect(usersBodies).not.toContain('@a1.example.com');
    expect(usersBodies).toContain(`"idType":"SHA256_EMAIL","idValue":"${hashEmail('p1.0@a1.example.com')}"`);
    // Batches of 7 (configured): no request carried more.
    for (const r of li.requests.filter((q) => /\/(users|companies)$/.test(q.path))) expect((JSON.parse(r.body) as { elements: unknown[] }).elements.length).toBeLessThanOrEqual(7);
  });

  it('a re-sync with nothing changed sends nothing (idempotent)', async () => {
    const seg = await segments();
    const before = li.received(seg.companies.segmentId).length + li.received(seg.contacts.segmentId).length;
    const s = await sync();
    expect(s).toMatchObject({ status: 'succeeded', companiesAdded: 0, companiesRemoved: 0, contactsAdded: 0, contactsRemoved: 0 });
    expect(li.received(seg.companies.segmentId).length + li.received(seg.contacts.segmentId).length).toBe(before);
  });

  it('membership and filter changes: the next sync sends exactly the removes and adds', async () => {
    const seg = await segments();
    const cFrom = li.received(seg.companies.segmentId).length;
    const pFrom = li.received(seg.contacts.segmentId).length;
    // A member leaves the group of account 1, a newcomer joins account 5; the filter narrows to Germany (odd i).
    await t.db.db.updateTable('buying_group_members').set({ removed: 1 }).where('person_id', '=', `per_${pad(1)}_0`).execute();
    await t.db.db
      .insertInto('people')
      .values({ id: 'per_new', email: 'new@a5.example.com', email_norm: 'new@a5.example.com', first_name: 'New', first_name_norm: 'new', last_name: 'Comer', last_name_norm: 'comer', job_title: 'CIO', job_title_norm: 'cio', email_invalid: 0, email_suspended: 0, unsubscribed: 0, engagement_score: 0, custom: '{}', custom_norm: '{}', created_at: 0, updated_at: 0, version: 1 })
      .execute();
    await t.db.db.insertInto('buying_group_members').values({ account_id: `acc_${pad(5)}`, buying_group_id: `bg_${pad(5)}`, person_id: 'per_new', role_id: 'rol_champion', source: 'manual', removed: 0, added_at: 1, removed_at: null, updated_at: 1 }).execute();
    const patched = await t.call('PATCH', `/activations/${atv}`, { filter: { solutionInterestId: ['si_sec'], accountCountry: ['Germany'] } });
    expect(patched.status).toBe(200);
    const s = await sync();

    const gone = secIndexes((i) => i % 2 === 0);
    const goneContacts = [...contactKeys(gone), hashEmail('p1.0@a1.example.com')];
    expect(s).toMatchObject({ status: 'succeeded', companiesAdded: 0, companiesRemoved: gone.length, contactsAdded: 1, contactsRemoved: goneContacts.length });
    expect(li.received(seg.companies.segmentId).slice(cFrom)).toEqual(gone.map((i) => ({ action: 'REMOVE', key: companyKey(i) })));
    const sent = li.received(seg.contacts.segmentId).slice(pFrom);
    expect(sent.filter((e) => e.action === 'REMOVE').map((e) => e.key).sort()).toEqual(goneContacts.sort());
    expect(sent.filter((e) => e.action === 'ADD')).toEqual([{ action: 'ADD', key: hashEmail('new@a5.example.com') }]);
    expect([...li.segments.get(seg.contacts.segmentId)!.members].sort()).toEqual([...contactKeys(secIndexes((i) => i % 2 === 1)).filter((k) => k !== hashEmail('p1.0@a1.example.com')), hashEmail('new@a5.example.com')].sort());
  });

  it('retries a 503 when polling the status', async () => {
    li.failNext(/^GET \/rest\/dmpSegments\/\d+$/, 503, { times: 2 });
    const s = await sync();
    expect(s).toMatchObject({ status: 'succeeded', retries: 2 });
  });

  it('partial batch failures: refused elements are counted and tried again at the next sync', async () => {
    const key = hashEmail('late@a7.example.com');
    await t.db.db
      .insertInto('people')
      .values({ id: 'per_late', email: 'late@a7.example.com', email_norm: 'late@a7.example.com', first_name: null, first_name_norm: null, last_name: null, last_name_norm: null, job_title: null, job_title_norm: null, email_invalid: 0, email_suspended: 0, unsubscribed: 0, engagement_score: 0, custom: '{}', custom_norm: '{}', created_at: 0, updated_at: 0, version: 1 })
      .execute();
    await t.db.db.insertInto('buying_group_members').values({ account_id: `acc_${pad(7)}`, buying_group_id: `bg_${pad(7)}`, person_id: 'per_late', role_id: 'rol_champion', source: 'manual', removed: 0, added_at: 1, removed_at: null, updated_at: 1 }).execute();
    li.rejectKeys.add(key);
    const first = await sync();
    expect(first).toMatchObject({ status: 'partial', contactsAdded: 0, errors: 1 });
    li.rejectKeys.clear();
    const second = await sync();
    expect(second).toMatchObject({ status: 'succeeded', contactsAdded: 1, errors: 0 });
    expect(li.segments.get((await segments()).contacts.segmentId)!.members.has(key)).toBe(true);
  });

  it('an expired access token is refreshed and the call repeated', async () => {
    li.expireAccessToken(tokens.accessToken);
    const s = await sync();
    expect(s.status).toBe('succeeded');
    expect(li.requests.some((r) => r.path === '/oauth/v2/accessToken' && r.status === 200)).toBe(true);
    const d = await t.call<{ state: string }>('GET', `/destinations/${dst}`);
    expect(d.body.state).toBe('connected');
  });

  it('a refused refresh puts the destination in needs_consent; connecting again recovers', async () => {
    for (const tok of li.accessTokens.keys()) li.expireAccessToken(tok);
    li.revokeRefreshToken(tokens.refreshToken);
    const s = await sync();
    expect(s.status).toBe('failed');
    expect(s.message).toMatch(/consent again/);
    const d = await t.call<{ state: string; stateMessage: string }>('GET', `/destinations/${dst}`);
    expect(d.body.state).toBe('needs_consent');
    tokens = li.issueTokens();
    await t.call('POST', `/destinations/${dst}/connect`, { accessToken: tokens.accessToken, expiresIn: 60 * 86_400, refreshToken: tokens.refreshToken });
    expect((await sync()).status).toBe('succeeded');
  });

  it('a list above the record limit is an error before anything is sent', async () => {
    const sent = li.requests.length;
    settings.limits = { minMatchedToServe: 300, maxRecordsPerList: 5 };
    try {
      const s = await sync();
      expect(s.status).toBe('failed');
      expect(s.message).toMatch(/LinkedIn accepts at most 5 per list/);
      expect(li.requests.slice(sent).filter((r) => r.method === 'POST')).toEqual([]);
      expectProblem(await t.call('GET', `/activations/${atv}/template.csv?list=companies`), 400, 'validation_failed');
    } finally {
      delete settings.limits;
    }
  });

  it('the sync history lists every run, newest first, with its counts', async () => {
    const h = await t.call<{ data: Sync[] }>('GET', `/activations/${atv}/syncs`);
    expect(h.body.data.map((s) => s.status)).toEqual(['failed', 'succeeded', 'failed', 'succeeded', 'succeeded', 'partial', 'succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(h.body.data.at(-1)).toMatchObject({ companiesAdded: secIndexes().length });
  });

  it('downloads the upload CSVs in LinkedIn’s template columns', async () => {
    const get = async (list: string) => {
      const res = await fetch(`${t.baseUrl}/api/v1/activations/${atv}/template.csv?list=${list}`, { headers: { authorization: `Bearer ${t.tokens.admin}` } });
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      return parse(await res.text(), { columns: false }) as string[][];
    };
    const companies = await get('companies');
    expect(companies[0]).toEqual([...COMPANY_TEMPLATE_COLUMNS]);
    expect(companies.length - 1).toBe(secIndexes((i) => i % 2 === 1).length);
    expect(companies.find((r) => r[0] === accountName(1))).toEqual([accountName(1), 'a1.example.com', '', '', '', '', '', '', 'DE', '']);
    // A formula-looking account name is written as text (CSV injection).
    expect(companies.map((r) => r[0])).toContain(`'${accountName(5)}`);
    const contacts = await get('contacts');
    expect(contacts[0]).toEqual([...CONTACT_TEMPLATE_COLUMNS]);
    expect(contacts.map((r) => r[0])).toContain('new@a5.example.com');
    expect(expectProblem(await t.call('GET', `/activations/${atv}/template.csv?list=people`), 400, 'validation_failed').errors?.[0]?.field).toBe('/list');
  });

  it('a destination with activations cannot be deleted; an activation can', async () => {
    expectProblem(await t.call('DELETE', `/destinations/${dst}`), 409, 'in_use');
    expect((await t.call('DELETE', `/activations/${atv}`)).status).toBe(204);
    expect((await t.call('DELETE', `/destinations/${dst}`)).status).toBe(204);
  });
});
