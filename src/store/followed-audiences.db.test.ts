import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createAccountList, deleteAccountList } from './account-lists.ts';
import { listFollowedAudiences, storedScope, unfollowAudience } from './followed-audiences.ts';
import { createSolutionInterest } from './solution-interests.ts';
import { QuorumError } from '../domain/errors.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob, type Job } from '../engine/jobs.ts';
import { smallTenant, T0, type Tenant } from '../engine/test-fixtures.ts';

describe(`followed audiences: written when a job starts (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
  });
  afterAll(async () => t.drop());

  const runNext = async (): Promise<Job> => {
    const job = await claimNextJob(t.db, t.engine, 'w', T0);
    if (!job) throw new Error('no queued job');
    return runCreationJob(t, job.id, { now: () => T0 });
  };

  it('a queued job whose list was deleted meanwhile fails, saying so, and follows nothing', async () => {
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Short-lived', description: null, kind: 'static' }, T0);
    await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: list.id }, T0);
    await deleteAccountList(t.db, SYSTEM_ACTOR, list.id, T0); // nothing follows it yet
    const failed = await runNext();
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe(`account list ${list.id} does not exist`);
    expect(await listFollowedAudiences(t.db, tenant.solutionInterestId)).toEqual([]);
  });

  it('the scope is checked again when the job starts: a job queued before another set a different depth fails with the 409 message', async () => {
    // Both are accepted while the solution interest has no scope yet.
    await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 2 } }, T0);
    expect((await runNext()).status).toBe('succeeded');
    expect(await storedScope(t.db, tenant.solutionInterestId)).toBe(0);
    const second = await runNext();
    expect(second.status).toBe('failed');
    expect(second.error).toContain('descendantDepth 0');
    expect(second.error).toContain('updateScope');
    expect(second.counts.groupsCreated).toBe(0);
    expect(await storedScope(t.db, tenant.solutionInterestId)).toBe(0);
  });

  it('ending the last following keeps the scope: its groups keep their depth, and another depth is still refused', async () => {
    const si = await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Deep one', description: null, products: [], templateId: tenant.templateId, stageModelId: null, followMembershipChanges: true }, T0);
    await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: si.id, audienceId: tenant.listId, options: { descendantDepth: 1 } }, T0);
    expect((await runNext()).status).toBe('succeeded');
    await unfollowAudience(t.db, SYSTEM_ACTOR, si.id, tenant.listId, T0);
    expect(await listFollowedAudiences(t.db, si.id)).toEqual([]);
    expect(await storedScope(t.db, si.id)).toBe(1);
    const refused = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: si.id, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(QuorumError);
    expect((refused as QuorumError).code).toBe('conflict');
  });
});
