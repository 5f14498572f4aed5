/** `quorum providers set` and `quorum fill-gaps` as child processes against a test database and the ZoomInfo mock. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../engine/jobs.ts';
import { smallTenant, T0, type Tenant } from '../engine/test-fixtures.ts';
import { MockZoomInfo, mockContact } from '../integrations/zoominfo/mock-server.testdata.ts';
import { dropSafely, quorum } from './test-cli.ts';

describe(`quorum fill-gaps (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  const zi = new MockZoomInfo();
  let base = '';
  const saved = { key: process.env.QUORUM_SECRET_KEY, secret: process.env.QUORUM_ZOOMINFO_CLIENT_SECRET };
  beforeAll(async () => {
    process.env.QUORUM_SECRET_KEY = randomBytes(32).toString('base64');
    process.env.QUORUM_ZOOMINFO_CLIENT_SECRET = 'cli-secret';
    base = await zi.start();
    zi.addClient('cli-id', 'cli-secret');
    zi.contacts.push(mockContact(21, 'Chief Security Officer', 'C Level Exec', 'United States'), mockContact(22, 'Chief Revenue Officer', 'C Level Exec', 'United States'));
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: {} }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
  }, 60_000);
  afterAll(async () => {
    process.env.QUORUM_SECRET_KEY = saved.key;
    process.env.QUORUM_ZOOMINFO_CLIENT_SECRET = saved.secret;
    await zi.stop();
    await dropSafely(t);
  });

  it('configures ZoomInfo, previews, then runs within --budget with a readable summary', async () => {
    const before = await quorum(t.url, 'fill-gaps', '--solution-interest', tenant.solutionInterestId, '--dry-run');
    expect(before.code).not.toBe(0);
    expect(before.stderr).toMatch(/provider zoominfo is not configured/);

    const set = await quorum(t.url, 'providers', 'set', 'zoominfo', '--client-id', 'cli-id', '--monthly-budget', '10', '--run-budget', '5', '--deny', 'ca', '--api-base-url', base, '--token-url', `${base}/oauth/v1/token`);
    expect(set.code).toBe(0);
    expect(set.stdout).not.toContain('cli-secret');
    expect(JSON.parse(set.stdout)).toMatchObject({ hasCredentials: true, settings: { monthlyBudget: 10, consent: { deny: ['CA'], allowEuUk: false } } });

    const dry = await quorum(t.url, 'fill-gaps', '--solution-interest', tenant.solutionInterestId, '--provider', 'zoominfo', '--budget', '1', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      [
        'Dry run (zoominfo): 1 buying group(s) with missing roles, 1 search(es); nothing is called or spent.',
        '  Globex — Decision Maker: company "Globex"; management level C Level Exec',
        'Credits: at most 5 if every hit were enriched; this run may spend 1 (budget 1; this month 0 of 10 spent, 0 reserved).',
        '',
      ].join('\n'),
    );
    expect(zi.requests).toHaveLength(0);

    const run = await quorum(t.url, 'fill-gaps', '--solution-interest', tenant.solutionInterestId, '--filter', '{"missingRole":["Decision Maker"]}', '--provider', 'zoominfo', '--budget', '1');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Run enr_\w+ succeeded: 1 search\(es\), 2 candidate\(s\), 1 credit\(s\) spent \(budget 1; this month 1 of 10\)\.$/);
    expect(lines.slice(1)).toEqual([
      '  added 1 · matched no role (kept) 0 · duplicate 0 · refused by consent 0 · no match 0 · no email 0 · over budget 1',
      '  - F22 L22 (Chief Revenue Officer): over budget — the run or monthly credit budget is spent',
      '  + p21@globex.example (Chief Security Officer): added as rol_decision_maker',
    ]);
    expect(zi.creditsCharged).toBe(1);

    const badFilter = await quorum(t.url, 'fill-gaps', '--solution-interest', tenant.solutionInterestId, '--filter', '{nope', '--dry-run');
    expect(badFilter.code).not.toBe(0);
    expect(badFilter.stderr).toMatch(/--filter is the Browse filter as JSON/);
  }, 60_000);
});
