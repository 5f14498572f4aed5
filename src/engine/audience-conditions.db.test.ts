/**
 * Dynamic audiences over related people and buying-group state (issue 6, finding 26): creation
 * jobs follow them, maintenance keeps their groups current, references are checked, and a job
 * cannot follow a list that reads its own solution interest's groups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActivityType } from '../store/activity-types.ts';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { updatePerson } from '../store/people.ts';
import { ingestActivities } from '../store/activities.ts';
import { createAccountList, updateAccountList } from '../store/account-lists.ts';
import { createSolutionInterest, deleteSolutionInterest } from '../store/solution-interests.ts';
import { createRole, deleteRole } from '../store/roles.ts';
import { QuorumError } from '../domain/errors.ts';
import type { Condition } from '../domain/conditions/index.ts';
import { audienceAccountIds } from './audience.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

async function problem(p: Promise<unknown>): Promise<QuorumError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QuorumError) return e;
    throw e;
  }
  throw new Error('expected a QuorumError');
}

describe(`dynamic audiences over people and buying groups (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let otherSi: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    otherSi = (await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Cloud', description: null, products: [], templateId: tenant.templateId, stageModelId: null, followMembershipChanges: true }, T0)).id;
  });
  afterAll(async () => t?.drop());

  const runJob = async (solutionInterestId: string, audienceId: string) => {
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId, audienceId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
  };
  const group = async (accountId: string, solutionInterestId: string) =>
    t.db.selectFrom('buying_groups').select(['id', 'active']).where('account_id', '=', accountId).where('solution_interest_id', '=', solutionInterestId).executeTakeFirst();
  const dynamic = async (name: string, condition: Condition) => createAccountList(t.db, SYSTEM_ACTOR, { name, description: null, kind: 'dynamic', condition }, T0);

  it('a list of accounts with a C-level person is followed by a job, and maintenance keeps it current', async () => {
    const [acme, globex] = tenant.accounts as [string, string];
    const list = await dynamic('Has a C-level', { people: { atLeast: 1, where: { field: 'derivedSeniority', op: 'is', value: 'c-level' } } });
    expect(await audienceAccountIds(t.db, t.engine, list.id, T0)).toEqual([acme]); // Globex: a director only; Acme's ex-CRO left
    await runJob(tenant.solutionInterestId, list.id);
    expect(await group(acme, tenant.solutionInterestId)).toMatchObject({ active: 1 });
    expect(await group(globex, tenant.solutionInterestId)).toBeUndefined();
    // The director becomes CIO: Globex joins the list, and gets its group in the same write.
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.gdir!, { jobTitle: 'CIO' }, T0);
    expect(await group(globex, tenant.solutionInterestId)).toMatchObject({ active: 1 });
    // … and back: Globex leaves the list, its group becomes inactive (kept).
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.gdir!, { jobTitle: 'Director of IT' }, T0);
    expect(await group(globex, tenant.solutionInterestId)).toMatchObject({ active: 0 });
  });

  it('an activity that makes an account join a list over active people gives it its group in the ingest transaction', async () => {
    const [, globex] = tenant.accounts as [string, string];
    const si = await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Engaged', description: null, products: [], templateId: tenant.templateId, stageModelId: null, followMembershipChanges: true }, T0);
    // A custom activity type must be registered before conditions (also inside `people`) use it.
    await expect(dynamic('Typo', { people: { atLeast: 1, where: { activity: { type: 'webinar_attended', atLeast: 1, inLastDays: 30 } } } })).rejects.toMatchObject({
      code: 'invalid_condition',
      errors: [{ field: '/condition/people/where/activity/type' }],
    });
    await createActivityType(t.db, SYSTEM_ACTOR, { key: 'webinar_attended', label: 'Webinar attended', description: null }, T0);
    const list = await dynamic('Engaged accounts', { people: { atLeast: 1, where: { activity: { type: 'webinar_attended', atLeast: 1, inLastDays: 30 } } } });
    await runJob(si.id, list.id);
    expect(await group(globex, si.id)).toBeUndefined();
    await ingestActivities(t.db, SYSTEM_ACTOR, [{ personId: tenant.people.gdir!, type: 'webinar_attended', occurredAt: T0 - 1000 }], T0);
    expect(await group(globex, si.id)).toMatchObject({ active: 1 });
  });

  it("a list over one solution interest's groups decides another's job", async () => {
    const [acme] = tenant.accounts as [string, string];
    const list = await dynamic('Security DM in place', {
      buyingGroup: { solutionInterestId: tenant.solutionInterestId, active: true, roleCount: [{ roleId: 'rol_decision_maker', atLeast: 1 }] },
    });
    expect(await audienceAccountIds(t.db, t.engine, list.id, T0)).toEqual([acme]);
    await runJob(otherSi, list.id);
    expect(await group(acme, otherSi)).toMatchObject({ active: 1 });
  });

  it("refuses a job that would follow a list reading its own solution interest's groups, from both sides", async () => {
    const reads = await dynamic('Security gaps', { not: { buyingGroup: { solutionInterestId: tenant.solutionInterestId } } });
    const e = await problem(enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: reads.id, options: { descendantDepth: 0 } }, T0));
    expect(e.code).toBe('validation_failed');
    expect(e.errors[0]).toMatchObject({ field: '/audienceId', message: expect.stringContaining('/condition/not/buyingGroup') });

    const followed = await dynamic('Followed', { people: { atLeast: 1 } });
    await runJob(tenant.solutionInterestId, followed.id);
    const u = await problem(updateAccountList(t.db, SYSTEM_ACTOR, followed.id, { condition: { all: [{ people: { atLeast: 1 } }, { buyingGroup: { solutionInterestId: tenant.solutionInterestId } }] } }, T0));
    expect(u.code).toBe('invalid_condition');
    expect(u.errors.map((x) => x.field)).toEqual(['/condition/all/1/buyingGroup/solutionInterestId']);
    // Another solution interest's groups are fine.
    await updateAccountList(t.db, SYSTEM_ACTOR, followed.id, { condition: { all: [{ people: { atLeast: 1 } }, { buyingGroup: { solutionInterestId: otherSi } }] } }, T0);
  });

  it('checks solution interests, roles, stages, and personas and lists inside people conditions', async () => {
    const e = await problem(
      dynamic('Bad refs', {
        all: [
          { buyingGroup: { solutionInterestId: 'si_nope' } },
          { buyingGroup: { solutionInterestId: tenant.solutionInterestId, stage: 'won', roleCount: [{ roleId: 'rol_nope', atLeast: 1 }] } },
          { people: { atLeast: 1, where: { any: [{ persona: 'psn_nope' }, { memberOfList: 'lst_nope' }] } } },
        ],
      }),
    );
    expect(e.code).toBe('invalid_condition');
    expect(e.errors.map((x) => x.field).sort()).toEqual(
      [
        '/condition/all/0/buyingGroup/solutionInterestId',
        '/condition/all/1/buyingGroup/stage',
        '/condition/all/1/buyingGroup/roleCount/0/roleId',
        '/condition/all/2/people/where/any/0/persona',
        '/condition/all/2/people/where/any/1/memberOfList',
      ].sort(),
    );
    expect(e.errors.find((x) => x.field.endsWith('/stage'))?.message).toContain('has no stage model');
  });

  it('refuses to delete a solution interest that a list condition names', async () => {
    const si = await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Unused', description: null, products: [], templateId: tenant.templateId, stageModelId: null, followMembershipChanges: true }, T0);
    await dynamic('Names Unused', { buyingGroup: { solutionInterestId: si.id, completeness: { op: 'lt', value: 50 } } });
    const e = await problem(deleteSolutionInterest(t.db, SYSTEM_ACTOR, si.id, T0));
    expect(e.code).toBe('in_use');
    expect(e.message).toContain('Names Unused');
  });

  it('refuses to delete a role that a list condition counts', async () => {
    const role = await createRole(t.db, SYSTEM_ACTOR, { name: 'Security architect', description: null }, T0);
    await dynamic('Has an architect', { buyingGroup: { solutionInterestId: tenant.solutionInterestId, roleCount: [{ roleId: role.id, atLeast: 1 }] } });
    const e = await problem(deleteRole(t.db, SYSTEM_ACTOR, role.id, T0));
    expect(e.code).toBe('in_use');
    expect(e.message).toContain('Has an architect');
  });
});
