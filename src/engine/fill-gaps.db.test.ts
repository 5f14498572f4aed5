/** Fill-gaps runs on both engines against the ZoomInfo mock server (engine/fill-gaps.ts). */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { saveProviderConfig, getRun, listRunResults, monthUsage, type ProviderSettings } from '../store/enrichment.ts';
import { getPerson } from '../store/people.ts';
import { SecretBox } from '../store/secrets.ts';
import { DEFAULT_CONSENT_POLICY } from '../domain/enrichment/index.ts';
import { MockZoomInfo, mockContact } from '../integrations/zoominfo/mock-server.testdata.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { enqueueFillGaps, previewFillGaps } from './fill-gaps.ts';
import { runJob } from './run-job.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

const KEY = randomBytes(32);


describe(`fill gaps (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  const zi = new MockZoomInfo();
  let settings: ProviderSettings;
  const previousKey = process.env.QUORUM_SECRET_KEY;

  beforeAll(async () => {
    process.env.QUORUM_SECRET_KEY = KEY.toString('base64');
    const base = await zi.start();
    zi.addClient('cid', 'csecret');
    // Globex misses its Decision Maker (derived seniority cxo); the search is by company name (no domain).
    zi.contacts.push(
      mockContact(2, 'Chief Financial Officer', 'C Level Exec', 'Germany'),
      mockContact(4, 'Office Manager', 'C Level Exec', 'United States'),
      mockContact(3, 'Chief Executive Officer', 'C Level Exec', 'United States', { email: 'GDIR@example.com' }),
      mockContact(1, 'Chief Technology Officer', 'C Level Exec', 'United States'),
      mockContact(5, 'Chief Operating Officer', 'C Level Exec', 'Canada'),
      mockContact(9, 'Chief Marketing Officer', 'VP Level Exec', 'United States'),
    );
    zi.optedOut.add(5);
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: {} }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
    settings = { apiBaseUrl: base, tokenUrl: `${base}/oauth/v1/token`, requestsPerSecond: 1000, monthlyBudget: 4, defaultRunBudget: 2, contactsPerRole: 10, consent: DEFAULT_CONSENT_POLICY };
    await saveProviderConfig(t.db, new SecretBox(KEY), SYSTEM_ACTOR, 'zoominfo', settings, { clientId: 'cid', clientSecret: 'csecret' }, T0);
  });
  afterAll(async () => {
    process.env.QUORUM_SECRET_KEY = previousKey;
    await zi.stop();
    await t.drop();
  });

  const run = async (budget: number | undefined, at: number) => {
    const { runId, job } = await enqueueFillGaps(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, filter: {}, provider: 'zoominfo', budget }, at);
    expect(await claimNextJob(t.db, t.engine, 'w', at)).toMatchObject({ id: job.id, status: 'running' });
    const done = await runJob(t, job.id, { now: () => at });
    return { runId, job: done, run: await getRun(t.db, runId), results: await listRunResults(t.db, runId) };
  };
  const outcomes = (rs: { providerId: string; outcome: string }[]) => rs.map((r) => `${r.providerId}:${r.outcome}`);

  it('a dry run shows the derived search and the credit estimate, and calls nobody', async () => {
    const p = await previewFillGaps(t.db, { solutionInterestId: tenant.solutionInterestId, filter: {}, provider: 'zoominfo' }, T0);
    expect(p.groups).toBe(1);
    expect(p.searches).toEqual([
      expect.objectContaining({ accountId: tenant.accounts[1], roleId: 'rol_decision_maker', query: { companyWebsite: null, companyName: 'Globex', jobTitles: [], managementLevels: ['C Level Exec'], departments: [], countries: [] } }),
    ]);
    expect(p.roles).toEqual([{ roleId: 'rol_decision_maker', roleName: 'Decision Maker', searches: 1, untranslated: [] }]);
    expect(p.estimate).toEqual({ maxCredits: 10, budget: 2, monthlyBudget: 4, monthSpent: 0, monthReserved: 0, atMost: 2 });
    expect(zi.requests).toHaveLength(0);
  });

  it('a run enriches within its budget; consent refuses; people matching no role are kept and reported', async () => {
    const r = await run(undefined, T0 + 1000);
    expect(r.job.status).toBe('succeeded');
    expect(r.job.progress).toEqual({ done: 1, total: 1 });
    expect(outcomes(r.results)).toEqual(['3:over_budget', '1:over_budget', '5:over_budget', '2:refused_consent', '4:no_role']);
    const refused = r.results.find((x) => x.outcome === 'refused_consent')!;
    expect(refused).toMatchObject({ email: null, name: null, country: 'DE', reason: 'DE is in the EU/EEA/UK, excluded unless allowed' });
    expect(r.run).toMatchObject({ status: 'succeeded', creditsSpent: 2, creditsReserved: 0, counts: expect.objectContaining({ over_budget: 3, refused_consent: 1, no_role: 1, searches: 1, candidates: 5 }) });
    const kept = await getPerson(t.db, r.results.find((x) => x.outcome === 'no_role')!.personId!);
    expect(kept).toMatchObject({ email: 'p4@globex.example', jobTitle: 'Office Manager', provenance: { source: 'provider', provider: 'zoominfo', providerId: '4', fetchedAt: T0 + 1000 } });
    expect(await monthUsage(t.db, 'zoominfo', '2026-06')).toEqual({ spent: 2, reserved: 0 });
  });

  it('the next run skips known and refused contacts without credits, dedupes by email, and adds the Decision Maker by rule', async () => {
    const charged = zi.creditsCharged;
    const r = await run(100, T0 + 2000);
    expect(outcomes(r.results)).toEqual(['2:refused_consent', '4:duplicate', '5:over_budget', '3:duplicate', '1:added']);
    expect(r.results.find((x) => x.providerId === '3')).toMatchObject({ outcome: 'duplicate', reason: 'a person with this email already exists' });
    const added = r.results.find((x) => x.outcome === 'added')!;
    expect(added.assignedRoleIds).toEqual(['rol_decision_maker']);
    const member = await t.db.selectFrom('buying_group_members').select(['source', 'role_id']).where('person_id', '=', added.personId!).where('removed', '=', 0).executeTakeFirstOrThrow();
    expect(member).toEqual({ source: 'rule', role_id: 'rol_decision_maker' });
    // The month's 4 credits are spent (2 + 2): the ledger agrees with what the provider charged.
    expect(await monthUsage(t.db, 'zoominfo', '2026-06')).toEqual({ spent: 4, reserved: 0 });
    expect(zi.creditsCharged - charged).toBe(2);
    expect(r.run.creditsSpent).toBe(2);
  });

  it('once the role is filled there is nothing to search; a bad filter is a 400 before any job', async () => {
    const before = zi.requests.length;
    const r = await run(100, T0 + 3000);
    expect(r.job.status).toBe('succeeded');
    expect(r.results).toEqual([]);
    expect(zi.requests.length).toBe(before);
    await expect(enqueueFillGaps(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, filter: { missingRoleId: ['rol_nope'] }, provider: 'zoominfo', budget: 1 }, T0)).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
