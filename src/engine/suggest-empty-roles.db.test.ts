/** The creation job's suggestWhereRulesFindNone option on both engines (engine/suggest-empty-roles.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { applyMemberActions } from './members.ts';
import { trainSuggestionModel } from './suggestions.ts';
import { suggestForEmptyRoles } from './suggest-empty-roles.ts';
import { createPerson } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import { personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`creation jobs that suggest where rules find none (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    // People at Globex that no rule matches (no "engineer", not CXO/VP/Director): the model may.
    for (const [email, title] of [['sam@example.com', 'Security Specialist'], ['sue@example.com', 'Secretary']] as const) {
      const p = await createPerson(t.db, SYSTEM_ACTOR, personFields(email, title), T0);
      await createRelation(t.db, SYSTEM_ACTOR, tenant.accounts[1]!, p.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    }
  });
  afterAll(async () => t.drop());

  const run = async (at: number) => {
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { suggestWhereRulesFindNone: true } }, at);
    await claimNextJob(t.db, t.engine, 'w', at);
    return runCreationJob(t, job.id, { now: () => at });
  };
  const pending = async () =>
    (await t.db.selectFrom('member_suggestions as s').innerJoin('accounts as a', 'a.id', 's.account_id').select(['a.name', 's.role_id']).where('s.state', '=', 'pending').orderBy('a.name').orderBy('s.role_id').execute()).map((r) => `${r.name} ${r.role_id}`);

  it('without a trained model the job succeeds with a warning and stores nothing', async () => {
    const job = await run(T0);
    expect(job.status).toBe('succeeded');
    expect(job.counts.groupsCreated).toBe(2);
    expect(job.counts.emptyRoleSuggestions).toMatchObject({ groups: 0, proposed: 0 });
    expect(job.counts.emptyRoleSuggestions?.warning).toMatch(/has no trained model yet/);
    expect(await pending()).toEqual([]);
  });

  it('with a model, only the roles no member fills get pending suggestions (Globex has an influencer only)', async () => {
    const acme = (await t.db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[0]!).executeTakeFirstOrThrow()).id;
    await applyMemberActions(t.db, SYSTEM_ACTOR, acme, [{ op: 'change_role', personId: tenant.people.ciso!, roleId: 'rol_decision_maker' }], T0, 'manual');
    await applyMemberActions(t.db, SYSTEM_ACTOR, acme, [{ op: 'change_role', personId: tenant.people.eng!, roleId: 'rol_practitioner' }], T0, 'manual');
    await trainSuggestionModel(t.db, tenant.solutionInterestId, { includeRuleMembers: true, ruleWeight: 1, epochs: 200, l2: 0 }, T0);
    const job = await run(T0 + 1000);
    expect(job.status).toBe('succeeded');
    const e = job.counts.emptyRoleSuggestions!;
    // Acme: every role has a member. Globex: the Director of IT is an influencer; decision maker and practitioner are empty.
    expect(e).toMatchObject({ groups: 1, rolesWithoutMembers: 2, warning: null });
    const rows = await pending();
    expect(rows.length).toBe(e.proposed);
    for (const r of rows) expect(['Globex rol_decision_maker', 'Globex rol_practitioner']).toContain(r);
  });

  it('at a low threshold the model proposes, and only for the empty roles of the groups of the accounts asked for', async () => {
    // This tiny tenant gives the model little to learn from: its probabilities stay under the default threshold.
    const only = await suggestForEmptyRoles(t.db, tenant.solutionInterestId, [tenant.accounts[0]!], T0 + 2000, 0.01);
    expect(only).toMatchObject({ groups: 0, proposed: 0 });
    const e = await suggestForEmptyRoles(t.db, tenant.solutionInterestId, tenant.accounts, T0 + 2000, 0.01);
    expect(e.groups).toBe(1);
    expect(e.proposed).toBeGreaterThan(0);
    const rows = await pending();
    expect(rows.length).toBe(e.proposed);
    // One suggestion per person (their most probable role); never the influencer role the Director of IT fills.
    for (const r of rows) expect(['Globex rol_decision_maker', 'Globex rol_practitioner']).toContain(r);
  });
});
