import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { openDatabase, type Database } from '../store/db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { ManualClock } from '../domain/clock.ts';
import { enqueueCreationJob, getJob, recoverStaleJobs, claimNextJob, MAX_ATTEMPTS } from './jobs.ts';
import { JobRunner } from './runner.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`job runner (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let second: Database;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    second = openDatabase(t.url); // a second connection (pool), as a second worker process would have
  });
  afterAll(async () => {
    await second.close();
    await t.drop();
  });

  // Several workers share a PostgreSQL database; an SQLite file has one process's runner.
  it.runIf(TEST_ENGINE === 'postgres')('gives each queued job to exactly one of several concurrent workers', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      ids.push((await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0)).id);
    }
    const clock = new ManualClock(T0);
    const a = new JobRunner({ database: t, clock, mode: 'inline' });
    const b = new JobRunner({ database: second, clock, mode: 'inline' });
    const [ranByA, ranByB] = await Promise.all([a.drain(), b.drain()]);
    const ran = [...ranByA, ...ranByB].map((j) => j.id).sort();
    expect(ran).toEqual([...ids].sort()); // every job once, none twice
    for (const id of ids) {
      const job = await getJob(t.db, id);
      expect(job.status).toBe('succeeded');
      expect(job.attempts).toBe(1);
    }
    // The pair's groups exist once, whatever the number of jobs.
    expect((await t.db.selectFrom('buying_groups').select('id').execute()).length).toBe(2);
  });

  it('takes back a job whose worker died, and fails it after too many attempts', async () => {
    await t.db.updateTable('jobs').set({ status: 'cancelled' }).where('status', '=', 'queued').execute();
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect((await claimNextJob(t.db, t.engine, 'doomed', T0))?.id).toBe(job.id);
      // the worker dies: no heartbeat for a minute
      const rec = await recoverStaleJobs(t.db, T0 + 61_000, 60_000);
      expect(attempt < MAX_ATTEMPTS ? rec.requeued : rec.failed).toEqual([job.id]);
    }
    const failed = await getJob(t.db, job.id);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/stopped 3 times/);
  });
});
