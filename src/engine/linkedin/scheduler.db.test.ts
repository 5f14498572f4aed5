import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR, SecretBox, connectDestination, createActivation, createDestination, getActivation, listSyncs } from '../../store/index.ts';
import { ManualClock } from '../../domain/clock.ts';
import { ManualTimer } from '../scheduler.ts';
import { seedExportData } from '../exports.testdata.ts';
import { MockLinkedIn, mockLinkedInConfig, noWaitRuntime } from '../../integrations/linkedin/mock-server.testdata.ts';
import { ActivationScheduler } from './scheduler.ts';
import { JobRunner } from '../runner.ts';
import type { ActivationSyncJobParams, Job } from '../job-records.ts';
import type { LinkedInSettings } from './sync.ts';

describe('scheduled activation syncs', () => {
  let db: TestDatabase;
  const clock = new ManualClock(Date.parse('2026-06-01T00:00:00Z'));
  const li = new MockLinkedIn(() => clock.now());
  let settings: LinkedInSettings;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedExportData(db.db, { groups: 4 });
    const base = await li.start();
    settings = {
      config: mockLinkedInConfig(base, { batchSize: 100, maxAttempts: 2 }),
      secrets: new SecretBox(randomBytes(32)),
      runtime: noWaitRuntime(() => clock.now()),
    };
  });
  afterAll(async () => {
    await li.stop();
    await db.drop();
  });

  it('queues a sync job for due activations at each round (once while it is queued), not those on demand only, then again after their interval', async () => {
    const d = await createDestination(db.db, SYSTEM_ACTOR, { name: 'D', adAccountId: '9' }, clock.now());
    const tok = li.issueTokens();
    await connectDestination(db.db, settings.secrets!, SYSTEM_ACTOR, d.id, { accessToken: tok.accessToken, refreshToken: tok.refreshToken, accessExpiresAt: tok.expiresAt, refreshExpiresAt: null }, clock.now());
    const base = { destinationId: d.id, filter: {}, companyList: true, contactList: true, roleIds: [] };
    const hourly = await createActivation(db.db, SYSTEM_ACTOR, { ...base, name: 'hourly', syncIntervalMs: 3_600_000 }, clock.now());
    const manual = await createActivation(db.db, SYSTEM_ACTOR, { ...base, name: 'manual', syncIntervalMs: null }, clock.now());
    const timer = new ManualTimer();
    const woken: string[] = [];
    const s = new ActivationScheduler(db, { clock, timer, intervalMs: 60_000, onQueued: (jobs) => woken.push(...jobs.map((j) => j.id)) });
    const runner = new JobRunner({ database: db, clock, mode: 'inline', linkedin: settings });
    const queuedFor = (jobs: Job[]) => jobs.map((j) => [(j.params as ActivationSyncJobParams).activationId, (j.params as ActivationSyncJobParams).trigger, j.status]);
    const first = await s.runOnce();
    expect(queuedFor(first)).toEqual([[hourly.id, 'schedule', 'queued']]);
    expect(woken).toEqual([first[0]!.id]);
    // Still due, but its job is queued: the next round does not queue another one.
    expect(await s.runOnce()).toEqual([]);
    const ran = await runner.drain();
    expect(ran.map((j) => [j.id, j.status])).toEqual([[first[0]!.id, 'succeeded']]);
    expect((await listSyncs(db.db, hourly.id)).map((r) => [r.trigger, r.status])).toEqual([['schedule', 'succeeded']]);
    expect(await listSyncs(db.db, manual.id)).toEqual([]);
    expect(await s.runOnce()).toEqual([]);
    clock.advance(3_600_000);
    expect(queuedFor(await s.runOnce()).map((r) => r[0])).toEqual([hourly.id]);
    await runner.drain();
    expect((await getActivation(db.db, hourly.id)).nextSyncAt).toBe(clock.now() + 3_600_000);
    s.start();
    expect(timer.active).toBe(1);
    await s.stop();
    expect(timer.active).toBe(0);
  });
});
