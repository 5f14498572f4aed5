import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { parseJson } from '../store/db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { enqueueCreationJob, claimNextJob, runCreationJob, getJob, requestCancel } from './jobs.ts';
import { loadPlan, ruleAssignments } from './generation/index.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import { accountFields, personFields } from './test-fixtures.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`buying group generation (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
  });
  afterAll(async () => t.drop());

  const run = async () => {
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    const claimed = await claimNextJob(t.db, t.engine, 'test-worker', T0);
    expect(claimed?.id).toBe(job.id);
    return runCreationJob(t, job.id, { now: () => T0, batchSize: 1 });
  };
  const members = async () =>
    (
      await t.db
        .selectFrom('buying_group_members as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(['p.email', 'm.role_id', 'm.source', 'm.removed'])
        .orderBy('p.email')
        .execute()
    ).map((m) => `${m.email.split('@')[0]}:${m.role_id.slice(4)}:${m.source}${m.removed ? ':removed' : ''}`);

  it('creates one group per account, assigns the first matching role, and scores completeness', async () => {
    const job = await run();
    expect(job.status).toBe('succeeded');
    expect(job.progress).toEqual({ done: 2, total: 2 });
    expect(job.counts).toMatchObject({ groupsCreated: 2, membersAdded: 4, membersRemoved: 0, accountsSkipped: 0 });
    const groups = await t.db.selectFrom('buying_groups').select(['account_id', 'name', 'completeness', 'active']).orderBy('name').execute();
    expect(groups).toEqual([
      // Acme: DM 1/1 = 100, Influencer 1/2 = 50 → 75
      { account_id: tenant.accounts[0], name: 'Security Suite for Acme', completeness: 75, active: 1 },
      // Globex: DM 0/1 = 0, Influencer 1/2 = 50 → 25
      { account_id: tenant.accounts[1], name: 'Security Suite for Globex', completeness: 25, active: 1 },
    ]);
    expect(await members()).toEqual(['ciso:decision_maker:rule', 'eng:practitioner:rule', 'gdir:influencer:rule', 'vp:influencer:rule']);
    // One group_created event per group, carrying its initial members and scores; no event per member.
    const events = await t.db.selectFrom('events').select(['type', 'account_id', 'payload']).orderBy('seq').execute();
    expect(events.map((e) => e.type)).toEqual(['group_created', 'group_created']);
    const p = tenant.people;
    const byId = (a: { personId: string }, b: { personId: string }) => (a.personId < b.personId ? -1 : 1);
    expect(events.map((e) => ({ account: e.account_id, ...parseJson<Record<string, unknown>>(e.payload) }))).toEqual([
      {
        account: tenant.accounts[0],
        name: 'Security Suite for Acme',
        solutionInterestId: tenant.solutionInterestId,
        jobId: job.id,
        source: 'rule',
        members: [
          { personId: p.ciso!, roleId: 'rol_decision_maker' },
          { personId: p.vp!, roleId: 'rol_influencer' },
          { personId: p.eng!, roleId: 'rol_practitioner' },
        ].sort(byId),
        completeness: 75,
        engagement: 0,
        stage: null,
      },
      { account: tenant.accounts[1], name: 'Security Suite for Globex', solutionInterestId: tenant.solutionInterestId, jobId: job.id, source: 'rule', members: [{ personId: p.gdir, roleId: 'rol_influencer' }], completeness: 25, engagement: 0, stage: null },
    ]);
  });

  it('creates no duplicates and changes nothing when run again for the same pair', async () => {
    const eventsBefore = (await t.db.selectFrom('events').select('seq').execute()).length;
    const job = await run();
    expect(job.status).toBe('succeeded');
    expect(job.counts).toMatchObject({ groupsCreated: 0, membersAdded: 0, membersRemoved: 0, rolesChanged: 0 });
    expect((await t.db.selectFrom('buying_groups').select('id').execute()).length).toBe(2);
    expect((await t.db.selectFrom('events').select('seq').execute()).length).toBe(eventsBefore);
  });

  it('keeps what a stronger source decided: a member removed by hand is not re-added by rules', async () => {
    await t.db.updateTable('buying_group_members').set({ removed: 1, source: 'manual', removed_at: T0 }).where('person_id', '=', tenant.people.eng!).execute();
    await t.db.updateTable('buying_group_members').set({ role_id: 'rol_champion', source: 'manual' }).where('person_id', '=', tenant.people.vp!).execute();
    const job = await run();
    expect(job.counts).toMatchObject({ membersAdded: 0, membersRemoved: 0, rolesChanged: 0 });
    expect(await members()).toEqual(['ciso:decision_maker:rule', 'eng:practitioner:manual:removed', 'gdir:influencer:rule', 'vp:champion:manual']);
  });

  it('reports progress per batch and can be read back', async () => {
    const seen: number[] = [];
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0, batchSize: 1, onProgress: (j) => { seen.push(j.progress.done); } });
    expect(seen).toEqual([1, 2]);
    expect((await getJob(t.db, job.id)).status).toBe('succeeded');
  });

  it('includes people of descendant accounts down to the chosen depth', async () => {
    const parent = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Holding'), T0);
    const child = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Holding Europe', parent.id), T0);
    const grandchild = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Holding France', child.id), T0);
    const rel = { relationType: 'employee' as const, roles: [], startedOn: null, endedOn: null };
    const ceo = await createPerson(t.db, SYSTEM_ACTOR, personFields('ceo@holding.example', 'CEO'), T0);
    const vp = await createPerson(t.db, SYSTEM_ACTOR, personFields('vp@holding.example', 'VP Operations'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, child.id, ceo.id, rel, T0);
    await createRelation(t.db, SYSTEM_ACTOR, grandchild.id, vp.id, rel, T0);
    const at = async (depth: number) => {
      const plan = await loadPlan(t.db, t.engine, tenant.solutionInterestId, { descendantDepth: depth }, null);
      return Object.fromEntries((await ruleAssignments(t.db, plan, [parent.id], T0)).get(parent.id) ?? []);
    };
    expect(await at(0)).toEqual({});
    expect(await at(1)).toEqual({ [ceo.id]: 'rol_decision_maker' });
    expect(await at(2)).toEqual({ [ceo.id]: 'rol_decision_maker', [vp.id]: 'rol_influencer' });
  });

  it('stops a running job after its current batch when cancelled, keeping what committed', async () => {
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    const seen: number[] = [];
    const done = await runCreationJob(t, job.id, {
      now: () => T0,
      batchSize: 1,
      onProgress: async (j) => {
        seen.push(j.progress.done);
        if (j.progress.done === 1) await requestCancel(t.db, SYSTEM_ACTOR, job.id, T0);
      },
    });
    expect(seen).toEqual([1]);
    expect(done.status).toBe('cancelled');
    expect(done.progress.done).toBe(1);
    expect(done.cancelRequested).toBe(true);
  });
});
