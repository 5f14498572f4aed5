/**
 * `rederivePeople` with `announce` (what `quorum people rederive` runs) on both engines: people
 * whose derived fields change go through maintenance per batch, so buying-group membership
 * follows conditions on derived fields.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { rederivePeople } from '../store/people-rederive.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`people rederive reconciles buying groups (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
  });
  afterAll(async () => t.drop());

  const members = async () =>
    (
      await t.db
        .selectFrom('buying_group_members as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(['p.email', 'm.role_id'])
        .where('m.removed', '=', 0)
        .where('m.account_id', '=', tenant.accounts[0]!)
        .orderBy('p.email')
        .execute()
    ).map((m) => `${m.email} ${m.role_id}`);

  it('a stale derived seniority put the clerk in the decision maker role and left the CISO out; rederive swaps them back', async () => {
    // Stale values, as an older classifier would have left them; the groups are generated on them.
    await t.db.updateTable('people').set({ derived_seniority: 'entry' }).where('id', '=', tenant.people.ciso!).execute();
    await t.db.updateTable('people').set({ derived_seniority: 'cxo' }).where('id', '=', tenant.people.clerk!).execute();
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
    expect(await members()).toEqual(['clerk@example.com rol_decision_maker', 'eng@example.com rol_practitioner', 'vp@example.com rol_influencer']);

    const p = await rederivePeople(t.db, { batchSize: 2, announce: { now: T0 + 1000 } });
    expect(p.changed).toBe(2);
    expect(await members()).toEqual(['ciso@example.com rol_decision_maker', 'eng@example.com rol_practitioner', 'vp@example.com rol_influencer']);
    const group = await t.db.selectFrom('buying_groups').select(['completeness']).where('account_id', '=', tenant.accounts[0]!).executeTakeFirstOrThrow();
    expect(Number(group.completeness)).toBeGreaterThan(0);
  });

});
