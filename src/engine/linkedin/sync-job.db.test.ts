import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR, SecretBox, connectDestination, createActivation, createDestination, listSyncs } from '../../store/index.ts';
import { ManualClock } from '../../domain/clock.ts';
import { seedExportData } from '../exports.testdata.ts';
import { MockLinkedIn, mockLinkedInConfig } from '../../integrations/linkedin/mock-server.testdata.ts';
import { JobRunner } from '../runner.ts';
import { enqueueActivationSync } from './sync-job.ts';
import type { LinkedInSettings } from './sync.ts';

describe('activation sync jobs', () => {
  let db: TestDatabase;
  const clock = new ManualClock(Date.parse('2026-06-01T00:00:00Z'));
  const li = new MockLinkedIn(() => Date.now());
  let settings: LinkedInSettings;
  let activationId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedExportData(db.db, { groups: 6 });
    const base = await li.start();
    // No injected runtime: the same settings must work in a worker thread (real fetch and sleep).
    settings = {
      config: mockLinkedInConfig(base, { batchSize: 3 }),
      secrets: new SecretBox(randomBytes(32), [randomBytes(32)]),
    };
    const d = await createDestination(db.db, SYSTEM_ACTOR, { name: 'D', adAccountId: '9' }, clock.now());
    const tok = li.issueTokens();
    await connectDestination(db.db, settings.secrets!, SYSTEM_ACTOR, d.id, { accessToken: tok.accessToken, refreshToken: tok.refreshToken, accessExpiresAt: Date.now() + 60 * 86_400_000, refreshExpiresAt: null }, clock.now());
    activationId = (await createActivation(db.db, SYSTEM_ACTOR, { destinationId: d.id, name: 'A', filter: {}, companyList: true, contactList: true, roleIds: [], syncIntervalMs: null }, clock.now())).id;
  });
  afterAll(async () => {
    await li.stop();
    await db.drop();
  });

  it('concurrent requests queue one job; a request after it ended queues a new one', async () => {
    const all = await Promise.all([...Array(5).keys()].map(() => enqueueActivationSync(db.db, SYSTEM_ACTOR, activationId, 'manual', clock.now())));
    expect(new Set(all.map((e) => e.job.id)).size).toBe(1);
    expect(all.filter((e) => !e.coalesced)).toHaveLength(1);
    await expect(enqueueActivationSync(db.db, SYSTEM_ACTOR, 'atv_missing', 'manual', clock.now())).rejects.toMatchObject({ code: 'not_found' });
    // The runner's own mode: a worker thread on SQLite (settings cross as data), in-process on PostgreSQL.
    const runner = new JobRunner({ database: db, clock, linkedin: settings });
    const [done] = await runner.drain();
    expect(done).toMatchObject({ id: all[0]!.job.id, status: 'succeeded', error: null });
    expect(done!.progress.done).toBe(done!.progress.total);
    expect(done!.progress.total).toBeGreaterThan(1);
    const [row] = await listSyncs(db.db, activationId);
    expect(done!.counts.activationSync?.syncId).toBe(row!.id);
    expect(row!.companiesAdded).toBe(6);
    const again = await enqueueActivationSync(db.db, SYSTEM_ACTOR, activationId, 'manual', clock.now());
    expect(again.coalesced).toBe(false);
    expect(again.job.id).not.toBe(done!.id);
    // A runner without LinkedIn settings fails the job with a message saying what to set.
    const [failed] = await new JobRunner({ database: db, clock, mode: 'inline' }).drain();
    expect(failed).toMatchObject({ id: again.job.id, status: 'failed' });
    expect(failed!.error).toMatch(/QUORUM_LINKEDIN_CLIENT_ID/);
  });
});
