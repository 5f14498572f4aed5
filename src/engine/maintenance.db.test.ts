import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { updatePerson, createPerson } from '../store/people.ts';
import { createRelation, deleteRelation, listRelations, updateRelation } from '../store/relations.ts';
import { parseJson } from '../store/db.ts';
import { addAccountListMembers, removeAccountListMembers } from '../store/account-lists.ts';
import { createAccount } from '../store/accounts.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { installMaintenance } from './maintenance.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`real-time maintenance (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let uninstall: () => void;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
    uninstall = installMaintenance();
  });
  afterAll(async () => {
    uninstall();
    await t.drop();
  });

  const memberOf = async (personId: string) =>
    t.db.selectFrom('buying_group_members').select(['role_id', 'source', 'removed']).where('person_id', '=', personId).executeTakeFirst();
  const group = async (accountId: string) =>
    t.db.selectFrom('buying_groups').select(['id', 'completeness', 'active']).where('account_id', '=', accountId).where('solution_interest_id', '=', tenant.solutionInterestId).executeTakeFirst();
  const eventTypes = async (since: number) => (await t.db.selectFrom('events').select(['seq', 'type']).where('seq', '>', since).orderBy('seq').execute()).map((e) => e.type);
  const lastSeq = async () => (await t.db.selectFrom('events').select('seq').orderBy('seq', 'desc').executeTakeFirst())?.seq ?? 0;

  it('a person whose title starts matching joins, in the same transaction, with scores and events', async () => {
    const acme = tenant.accounts[0]!;
    expect((await group(acme))?.completeness).toBe(75);
    const seq = await lastSeq();
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.clerk!, { jobTitle: 'Director, IT Security' }, T0);
    expect(await memberOf(tenant.people.clerk!)).toEqual({ role_id: 'rol_influencer', source: 'rule', removed: 0 });
    expect((await group(acme))?.completeness).toBe(100); // DM 1/1, Influencer 2/2
    expect(await eventTypes(seq)).toEqual(['member_added', 'completeness_changed']);
  });

  it('a person whose title stops matching leaves; a role change is a role change', async () => {
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.clerk!, { jobTitle: 'Office clerk' }, T0);
    expect(await memberOf(tenant.people.clerk!)).toEqual({ role_id: 'rol_influencer', source: 'rule', removed: 1 });
    const seq = await lastSeq();
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.vp!, { jobTitle: 'Chief Information Security Officer' }, T0);
    expect(await memberOf(tenant.people.vp!)).toEqual({ role_id: 'rol_decision_maker', source: 'rule', removed: 0 });
    expect((await eventTypes(seq))[0]).toBe('role_changed');
  });

  it('a relation that ends removes the rule member and emits an event', async () => {
    const rel = (await listRelations(t.db, { limit: 10, personId: tenant.people.ciso }, '2026-06-01')).data[0]!;
    const seq = await lastSeq();
    await updateRelation(t.db, SYSTEM_ACTOR, rel.id, { endedOn: '2026-05-31' }, T0);
    expect(await memberOf(tenant.people.ciso!)).toMatchObject({ removed: 1 });
    expect(await eventTypes(seq)).toContain('member_removed');
    const removed = await t.db.selectFrom('events').select('payload').where('seq', '>', seq).where('type', '=', 'member_removed').executeTakeFirstOrThrow();
    expect(parseJson(removed.payload)).toMatchObject({
      personId: tenant.people.ciso,
      reasonCode: 'left_account',
      reason: 'left the account (their relation ended)',
      relation: { id: rel.id, accountId: tenant.accounts[0], type: 'employee', endedOn: '2026-05-31' },
    });
  });

  it('a member who stops matching leaves with the reason "no longer matches the role conditions" (no relation)', async () => {
    const seq = await lastSeq();
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.gdir!, { jobTitle: 'Receptionist' }, T0);
    const removed = await t.db.selectFrom('events').select('payload').where('seq', '>', seq).where('type', '=', 'member_removed').executeTakeFirstOrThrow();
    const payload = parseJson<Record<string, unknown>>(removed.payload);
    expect(payload).toMatchObject({ personId: tenant.people.gdir, reasonCode: 'no_longer_matches', reason: 'no longer matches the role conditions' });
    expect(payload.relation).toBeUndefined();
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.gdir!, { jobTitle: 'Director of IT' }, T0);
  });

  it('a change to a person whose relation has ended (written behind the engine’s back) gives the relation as the reason', async () => {
    // The people-only path reads the person's relations once, with the groups; the removal reason comes from that read.
    const rel = (await listRelations(t.db, { limit: 10, personId: tenant.people.gdir }, '2026-06-01')).data[0]!;
    await t.db.updateTable('account_people').set({ ended_on: '2026-05-30' }).where('id', '=', rel.id).execute();
    const seq = await lastSeq();
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.gdir!, { jobTitle: 'Director of IT Operations' }, T0);
    const removed = await t.db.selectFrom('events').select('payload').where('seq', '>', seq).where('type', '=', 'member_removed').executeTakeFirstOrThrow();
    expect(parseJson(removed.payload)).toMatchObject({
      personId: tenant.people.gdir,
      reasonCode: 'left_account',
      relation: { id: rel.id, accountId: rel.accountId, type: rel.relationType, endedOn: '2026-05-30' },
    });
    await t.db.updateTable('account_people').set({ ended_on: null }).where('id', '=', rel.id).execute();
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.gdir!, { jobTitle: 'Director of IT' }, T0);
  });

  it('a deleted relation removes the member with the reason "no longer related"', async () => {
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('temp-cto@example.com', 'CTO'), T0);
    const rel = await createRelation(t.db, SYSTEM_ACTOR, tenant.accounts[1]!, p.id, { relationType: 'contractor', roles: [], startedOn: null, endedOn: null }, T0);
    expect(await memberOf(p.id)).toMatchObject({ removed: 0 });
    const seq = await lastSeq();
    await deleteRelation(t.db, SYSTEM_ACTOR, rel.id, T0);
    const removed = await t.db.selectFrom('events').select('payload').where('seq', '>', seq).where('type', '=', 'member_removed').executeTakeFirstOrThrow();
    expect(parseJson(removed.payload)).toMatchObject({ personId: p.id, reasonCode: 'no_longer_related' });
  });

  it('never changes what a stronger source set', async () => {
    await t.db.updateTable('buying_group_members').set({ role_id: 'rol_champion', source: 'manual' }).where('person_id', '=', tenant.people.eng!).execute();
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.eng!, { jobTitle: 'Chief Technology Officer' }, T0);
    expect(await memberOf(tenant.people.eng!)).toEqual({ role_id: 'rol_champion', source: 'manual', removed: 0 });
  });

  it('an account leaving the audience makes its group inactive (kept); joining again reactivates it', async () => {
    const globex = tenant.accounts[1]!;
    const before = await group(globex);
    await removeAccountListMembers(t.db, SYSTEM_ACTOR, tenant.listId, [globex], T0);
    expect(await group(globex)).toMatchObject({ id: before?.id, active: 0 });
    await addAccountListMembers(t.db, SYSTEM_ACTOR, tenant.listId, [globex], T0);
    expect(await group(globex)).toMatchObject({ id: before?.id, active: 1 });
  });

  it('an account that joins the audience later gets its group automatically, with members', async () => {
    const initech = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0);
    const boss = await createPerson(t.db, SYSTEM_ACTOR, personFields('bill@initech.example', 'CEO'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, initech.id, boss.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    expect(await group(initech.id)).toBeUndefined();
    await addAccountListMembers(t.db, SYSTEM_ACTOR, tenant.listId, [initech.id], T0);
    const g = await group(initech.id);
    expect(g).toMatchObject({ active: 1, completeness: 50 });
    expect(await memberOf(boss.id)).toEqual({ role_id: 'rol_decision_maker', source: 'rule', removed: 0 });
  });
});
