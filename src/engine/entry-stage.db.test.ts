/**
 * New buying groups start at the entry stage of their solution interest's Live stage model
 * (issue 6, finding 7): groups made by a creation job (the fast path of a batch) and groups made
 * by real-time maintenance when an account joins the audience later. With several entry stages
 * the choice is the user's: the group has no stage until its first move.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { parseJson } from '../store/db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createStageModel, publishStageModel } from '../store/stage-models.ts';
import { createSolutionInterest, updateSolutionInterest } from '../store/solution-interests.ts';
import { addAccountListMembers } from '../store/account-lists.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import type { StageDef } from '../domain/stages/index.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { installMaintenance } from './maintenance.ts';
import { moveStage } from './stages.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`new groups start at the entry stage (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let uninstall: () => void;

  const model = async (name: string, stages: StageDef[]) => {
    const m = await createStageModel(t.db, SYSTEM_ACTOR, { name, description: null, stages, transitions: stages.filter((s) => s.kind === 'entry').map((s) => ({ from: s.key, to: 'won' })) }, T0);
    await publishStageModel(t.db, SYSTEM_ACTOR, m.id, T0);
    return m.id;
  };
  const runJob = async (solutionInterestId: string) => {
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    return runCreationJob(t, job.id, { now: () => T0 });
  };
  const groupsOf = (solutionInterestId: string) =>
    t.db.selectFrom('buying_groups').select(['id', 'account_id', 'stage']).where('solution_interest_id', '=', solutionInterestId).orderBy('account_id').execute();

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    uninstall = installMaintenance();
  });
  afterAll(async () => {
    uninstall();
    await t.drop();
  });

  it('a creation job puts each new group at the entry stage, with its history and the stage in group_created', async () => {
    const stm = await model('One entry', [
      { key: 'new', name: 'New', kind: 'entry' },
      { key: 'won', name: 'Won', kind: 'success' },
    ]);
    await updateSolutionInterest(t.db, SYSTEM_ACTOR, tenant.solutionInterestId, { stageModelId: stm }, T0);
    expect((await runJob(tenant.solutionInterestId)).status).toBe('succeeded');
    const groups = await groupsOf(tenant.solutionInterestId);
    expect(groups.map((g) => g.stage)).toEqual(['new', 'new']);
    for (const g of groups) {
      const history = await t.db.selectFrom('stage_history').select(['from_stage', 'to_stage', 'actor_id']).where('buying_group_id', '=', g.id).execute();
      expect(history).toEqual([{ from_stage: null, to_stage: 'new', actor_id: null }]);
      const created = await t.db.selectFrom('events').select('payload').where('buying_group_id', '=', g.id).where('type', '=', 'group_created').executeTakeFirstOrThrow();
      expect(parseJson<{ stage: string | null }>(created.payload).stage).toBe('new');
    }
    // The group moves on along the model's transitions from there.
    expect(await moveStage(t.db, SYSTEM_ACTOR, groups[0]!.id, 'won', T0)).toMatchObject({ from: 'new', to: 'won' });
  });

  it('real-time maintenance: an account joining the audience later gets its group at the entry stage', async () => {
    const initech = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0);
    const boss = await createPerson(t.db, SYSTEM_ACTOR, personFields('bill@initech.example', 'CEO'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, initech.id, boss.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, tenant.listId, [initech.id], T0);
    const g = (await groupsOf(tenant.solutionInterestId)).find((x) => x.account_id === initech.id);
    expect(g?.stage).toBe('new');
  });

  it('no stage when the model has several entry stages (the user picks one) or there is no model', async () => {
    const stm = await model('Two entries', [
      { key: 'inbound', name: 'Inbound', kind: 'entry' },
      { key: 'outbound', name: 'Outbound', kind: 'entry' },
      { key: 'won', name: 'Won', kind: 'success' },
    ]);
    const two = await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Two entries SI', description: null, products: [], templateId: tenant.templateId, stageModelId: stm, followMembershipChanges: true }, T0);
    const none = await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'No model SI', description: null, products: [], templateId: tenant.templateId, stageModelId: null, followMembershipChanges: true }, T0);
    await runJob(two.id);
    await runJob(none.id);
    expect((await groupsOf(two.id)).map((g) => g.stage)).toEqual([null, null, null]);
    expect((await groupsOf(none.id)).map((g) => g.stage)).toEqual([null, null, null]);
  });
});
