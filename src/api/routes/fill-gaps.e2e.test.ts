/**
 * Fill gaps over HTTP (issue 11): a real Quorum server with its job runner (a worker thread on
 * SQLite) and a real local ZoomInfo (mock-server: the documented contract). Configures the
 * provider (credentials sealed, never answered), previews (dry run: searches + credit estimate,
 * no provider call), runs as a job and reads the results; the new person shows provenance in
 * the people API and is a `rule` member of the group. Bad input is problem+json.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { MockZoomInfo, mockContact } from '../../integrations/zoominfo/mock-server.testdata.ts';
import { smallTenant, type Tenant } from '../../engine/test-fixtures.ts';

type Run = { status: string; creditsSpent: number; counts: Record<string, number>; job: { status: string; progress: { done: number; total: number } }; results: { providerId: string; outcome: string; personId: string | null; assignedRoleIds: string[] }[] };

describe('fill gaps over HTTP against the ZoomInfo mock', () => {
  let t: TestApp;
  let tenant: Tenant;
  const zi = new MockZoomInfo();
  const previousKey = process.env.QUORUM_SECRET_KEY;
  let settings: Record<string, unknown>;

  beforeAll(async () => {
    process.env.QUORUM_SECRET_KEY = randomBytes(32).toString('base64');
    const base = await zi.start();
    zi.addClient('cid', 'csecret');
    zi.contacts.push(mockContact(11, 'Chief Information Officer', 'C Level Exec', 'United States'), mockContact(12, 'Chief Data Officer', 'C Level Exec', 'France'), mockContact(13, 'Receptionist', 'C Level Exec', 'Canada'));
    t = await createTestApp({ runner: 'thread' });
    tenant = await smallTenant(t.db.db);
    const job = await t.call<{ id: string }>('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId });
    expect(job.status).toBe(202);
    for (let i = 0; i < 400; i++) {
      const j = await t.call<{ status: string }>('GET', `/buying-group-jobs/${job.body.id}`);
      if (j.body.status === 'succeeded') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    settings = { apiBaseUrl: base, tokenUrl: `${base}/oauth/v1/token`, requestsPerSecond: 50, monthlyBudget: 50, defaultRunBudget: 10, contactsPerRole: 5, consent: { allowEuUk: false, allow: [], deny: ['ca'], unknownCountry: 'refuse' } };
  }, 60_000);
  afterAll(async () => {
    process.env.QUORUM_SECRET_KEY = previousKey;
    await t.close();
    await zi.stop();
  });

  it('configures ZoomInfo (admins only; the secret is never answered) and validates the settings', async () => {
    const put = await t.call<Record<string, unknown>>('PUT', '/enrichment-providers/zoominfo', { credentials: { clientId: 'cid', clientSecret: 'csecret' }, settings });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ provider: 'zoominfo', hasCredentials: true, settings: { ...settings, consent: { deny: ['CA'] } } });
    expect(JSON.stringify(put.body)).not.toContain('csecret');
    const got = await t.call('GET', '/enrichment-providers/zoominfo');
    expect(JSON.stringify(got.body)).not.toContain('csecret');
    expect((await t.call('GET', '/enrichment-providers/zoominfo', undefined, { as: 'editor' })).status).toBe(403);
    const bad = await t.call('PUT', '/enrichment-providers/zoominfo', { settings: { ...settings, monthlyBudget: -1, consent: { allow: ['USA'] } } });
    const p = expectProblem(bad, 400, 'validation_failed');
    expect(p.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['/settings/monthlyBudget', '/settings/consent/allow/0']));
  });

  it('a dry run answers the derived searches and the credit estimate without calling ZoomInfo', async () => {
    const res = await t.call<{ searches: { accountName: string; roleName: string; query: { managementLevels: string[] } }[]; estimate: Record<string, number> }>('POST', '/fill-gaps', { solutionInterestId: tenant.solutionInterestId, dryRun: true, budget: 3 });
    expect(res.status).toBe(200);
    expect(res.body.searches.map((s) => [s.accountName, s.roleName, s.query.managementLevels])).toEqual([['Globex', 'Decision Maker', ['C Level Exec']]]);
    expect(res.body.estimate).toMatchObject({ maxCredits: 5, budget: 3, atMost: 3, monthSpent: 0 });
    expect(zi.requests).toHaveLength(0);
  });

  it('a run is a job; its results name each contact’s outcome; the new person has provenance and a rule membership', async () => {
    const res = await t.call<{ runId: string; job: { id: string; status: string } }>('POST', '/fill-gaps', { solutionInterestId: tenant.solutionInterestId, filter: { missingRole: ['Decision Maker'] } });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/v1/fill-gaps/runs/${res.body.runId}`);
    let run: Run | null = null;
    for (let i = 0; i < 400; i++) {
      run = (await t.call<Run>('GET', `/fill-gaps/runs/${res.body.runId}`)).body;
      if (run.status === 'succeeded' || run.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(run).toMatchObject({ status: 'succeeded', creditsSpent: 3, job: { status: 'succeeded', progress: { done: 1, total: 1 } } });
    expect(run!.results.map((r) => `${r.providerId}:${r.outcome}`)).toEqual(['12:refused_consent', '13:refused_consent', '11:added']);
    // The generic job endpoint points to the run (as it does for suggestions jobs), never a 500.
    const generic = expectProblem(await t.call('GET', `/buying-group-jobs/${res.body.job.id}`), 404, 'not_found');
    expect(generic.detail).toContain(`GET /fill-gaps/runs/${res.body.runId}`);
    const added = run!.results[2]!;
    expect(added.assignedRoleIds).toEqual(['rol_decision_maker']);
    const person = await t.call<{ provenance: unknown }>('GET', `/people/${added.personId}`);
    expect(person.body.provenance).toEqual({ source: 'provider', provider: 'zoominfo', providerId: '11', fetchedAt: expect.any(String) });
    const members = await t.db.db.selectFrom('buying_group_members').select(['source', 'role_id']).where('person_id', '=', added.personId!).execute();
    expect(members).toEqual([{ source: 'rule', role_id: 'rol_decision_maker' }]);
    // ZoomInfo's search does not reveal the country (B.3): the three were enriched (3 credits, as
    // charged), and the two the policy refuses (France: EU; Canada: denied) were discarded.
    expect(zi.creditsCharged).toBe(3);
    const refused = await t.db.db.selectFrom('people').select('id').where('email', 'in', ['p12@globex.example', 'p13@globex.example']).execute();
    expect(refused).toEqual([]);
  });

  it('bad input is problem+json naming the field', async () => {
    expectProblem(await t.call('POST', '/fill-gaps', { solutionInterestId: 'nope' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/fill-gaps', { solutionInterestId: tenant.solutionInterestId, budget: -3 }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/fill-gaps', { solutionInterestId: 'si_missing', dryRun: true }), 404, 'not_found');
    expectProblem(await t.call('GET', '/fill-gaps/runs/enr_nope'), 404, 'not_found');
    expectProblem(await t.call('GET', '/fill-gaps/runs/xyz'), 404, 'not_found');
  });
});
