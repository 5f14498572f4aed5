import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR, connectDestination, createActivation, parseSecretKey, SecretBox } from '../store/index.ts';
import { seedExportData } from '../engine/exports.testdata.ts';
import { MockLinkedIn } from '../integrations/linkedin/mock-server.testdata.ts';
import { quorum } from './test-cli.ts';

const VARS = ['QUORUM_SECRET_KEY', 'QUORUM_LINKEDIN_CLIENT_ID', 'QUORUM_LINKEDIN_CLIENT_SECRET', 'QUORUM_LINKEDIN_SOURCE_PLATFORM', 'QUORUM_LINKEDIN_API_URL', 'QUORUM_LINKEDIN_TOKEN_URL'] as const;

describe('quorum destinations / activations', () => {
  let t: TestDatabase;
  const li = new MockLinkedIn();
  const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedExportData(t.db, { groups: 6 });
    const base = await li.start();
    Object.assign(process.env, { QUORUM_SECRET_KEY: randomBytes(32).toString('base64'), QUORUM_LINKEDIN_CLIENT_ID: 'cid', QUORUM_LINKEDIN_CLIENT_SECRET: 'cs', QUORUM_LINKEDIN_SOURCE_PLATFORM: 'QUORUM', QUORUM_LINKEDIN_API_URL: `${base}/rest`, QUORUM_LINKEDIN_TOKEN_URL: `${base}/oauth/v2/accessToken` });
  });
  afterAll(async () => {
    for (const v of VARS) {
      if (saved[v] === undefined) delete process.env[v];
      else process.env[v] = saved[v];
    }
    await li.stop();
    await t.drop();
  });

  it('creates and lists destinations, lists and syncs activations against LinkedIn', async () => {
    const bad = await quorum(t.url, 'destinations', 'create', '--name', 'Ads', '--ad-account', 'abc');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('numeric LinkedIn ad account id');
    const created = await quorum(t.url, 'destinations', 'create', '--name', 'Ads', '--ad-account', '777');
    expect(created.code).toBe(0);
    const dst = created.stdout.trim();
    expect(dst).toMatch(/^dst_/);
    expect((await quorum(t.url, 'destinations', 'list')).stdout).toContain(`${dst}  not_connected`);

    const box = new SecretBox(parseSecretKey(process.env.QUORUM_SECRET_KEY!));
    const tok = li.issueTokens();
    await connectDestination(t.db, box, SYSTEM_ACTOR, dst, { accessToken: tok.accessToken, refreshToken: tok.refreshToken, accessExpiresAt: tok.expiresAt, refreshExpiresAt: null }, Date.now());
    const a = await createActivation(t.db, SYSTEM_ACTOR, { destinationId: dst, name: 'All', filter: {}, companyList: true, contactList: false, roleIds: [], syncIntervalMs: null }, Date.now());
    expect((await quorum(t.url, 'activations', 'list')).stdout).toContain(`${a.id}  ${dst}  All  companies - (?)  last sync never`);

    const s = await quorum(t.url, 'activations', 'sync', a.id);
    expect(s.stderr).toBe('');
    expect(s.code).toBe(0);
    expect(s.stdout).toMatch(/succeeded {2}companies \+6 -0/);
    expect(s.stdout).toContain('warning: the company list matches 6 LinkedIn members');
    expect([...li.segments.values()][0]!.members.size).toBe(6);
    expect((await quorum(t.url, 'activations', 'list')).stdout).toContain('companies READY (6)');
    expect((await quorum(t.url, 'activations', 'sync', 'atv_nope')).stderr).toContain('atv_nope');
  });
});
