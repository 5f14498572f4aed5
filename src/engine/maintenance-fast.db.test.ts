/**
 * The fast paths of real-time maintenance: a person change evaluates and reconciles only that
 * person (must leave exactly the state a full reconcile would), with the plan cached per solution
 * interest (must follow every configuration change: persona edits, a solution interest switching
 * template).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createPerson, updatePerson } from '../store/people.ts';
import { createRelation, listRelations, updateRelation } from '../store/relations.ts';
import { createPersona, updatePersona } from '../store/personas.ts';
import { createRolesTemplate, publishRolesTemplate } from '../store/roles-templates.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { installMaintenance } from './maintenance.ts';
import { enqueueTemplateUpgrade } from './template-upgrade.ts';
import { generateForAccounts, loadPlan, recomputeGroupScores } from './generation/index.ts';
import { personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`real-time maintenance fast paths (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let uninstall: () => void;
  let personaId: string;
  let both: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    // Someone at both accounts.
    both = (await createPerson(t.db, SYSTEM_ACTOR, personFields('both@example.com', 'Office clerk'), T0)).id;
    for (const a of tenant.accounts) await createRelation(t.db, SYSTEM_ACTOR, a, both, { relationType: 'contractor', roles: [], startedOn: null, endedOn: null }, T0);
    // Engaged people, so that engagement moves with membership.
    for (const [i, id] of [both, ...Object.values(tenant.people)].entries()) {
      const raw = [3.3, 0, 12.7, 0.1, 7][i % 5] as number;
      await t.db.updateTable('people').set({ engagement_raw: raw, engagement_score: 100 * (1 - Math.exp(-raw / 20)) }).where('id', '=', id).execute();
    }
    personaId = (await createPersona(t.db, SYSTEM_ACTOR, { name: 'Bosses', description: null, condition: { field: 'derivedSeniority', op: 'is', value: 'c-level' } }, T0)).id;
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
    uninstall = installMaintenance();
  });
  afterAll(async () => {
    uninstall();
    await t.drop();
  });

  const member = async (personId: string) =>
    (await t.db.selectFrom('buying_group_members').select(['account_id', 'role_id', 'source', 'removed']).where('person_id', '=', personId).orderBy('account_id').execute()).map(
      (m) => `${m.account_id === tenant.accounts[0] ? 'acme' : 'globex'}:${m.role_id.slice(4)}:${m.source}${m.removed ? ':removed' : ''}`,
    );
  /** A full reconcile of every group must find nothing left to do. */
  const fullReconcileChangesNothing = async () => {
    const plan = await loadPlan(t.db, t.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    const counts = await t.db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
    expect(counts).toMatchObject({ groupsCreated: 0, membersAdded: 0, membersRemoved: 0, rolesChanged: 0 });
    // And the scores computed from the in-memory snapshot are exactly what a recompute finds.
    expect((await recomputeGroupScores(t.db, T0)).changed).toBe(0);
  };

  /** A solution interest with groups changes template through the upgrade job (issue 6, finding 4). */
  const upgradeTemplate = async (templateId: string) => {
    const job = await enqueueTemplateUpgrade(t.db, SYSTEM_ACTOR, tenant.solutionInterestId, templateId, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    expect((await runCreationJob(t, job.id, { now: () => T0 })).status).toBe('succeeded');
  };

  it('a person change reconciles that person in every group of their accounts, as a full reconcile would', async () => {
    const steps: [string, string, string[]][] = [
      [both, 'Chief Information Security Officer', ['acme:decision_maker:rule', 'globex:decision_maker:rule']],
      [both, 'VP Sales', ['acme:influencer:rule', 'globex:influencer:rule']],
      [both, 'Senior Software Engineer', ['acme:practitioner:rule', 'globex:practitioner:rule']],
      [both, 'Office clerk', ['acme:practitioner:rule:removed', 'globex:practitioner:rule:removed']],
      [tenant.people.eng!, 'Director of Engineering', ['acme:influencer:rule']],
      // Left Acme (relation ended): matching now changes nothing.
      [tenant.people.left!, 'CISO', []],
    ];
    for (const [personId, jobTitle, expected] of steps) {
      await updatePerson(t.db, SYSTEM_ACTOR, personId, { jobTitle }, T0);
      expect(await member(personId)).toEqual(expected);
      await fullReconcileChangesNothing();
    }
    // A stronger source's decision stays, whatever the person's title does.
    await t.db.updateTable('buying_group_members').set({ source: 'manual', removed: 1, removed_at: T0 }).where('person_id', '=', both).where('account_id', '=', tenant.accounts[0]!).execute();
    await updatePerson(t.db, SYSTEM_ACTOR, both, { jobTitle: 'CISO' }, T0);
    expect(await member(both)).toEqual(['acme:practitioner:manual:removed', 'globex:decision_maker:rule']);
    await fullReconcileChangesNothing();
  });

  it('follows configuration changes despite the cached plan: a persona edit, a new template', async () => {
    const tpl = await createRolesTemplate(
      t.db,
      SYSTEM_ACTOR,
      {
        name: 'Persona based',
        description: null,
        roles: [{ roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { persona: personaId }, required: true, membersRequired: 1 }],
      },
      T0,
    );
    await publishRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0, undefined);
    await upgradeTemplate(tpl.id);
    const gdir = tenant.people.gdir!;
    await updatePerson(t.db, SYSTEM_ACTOR, gdir, { jobTitle: 'Chief Executive Officer' }, T0);
    expect(await member(gdir)).toEqual(['globex:decision_maker:rule']);
    // The persona now means VPs: the CEO no longer matches on the next change to them.
    await updatePersona(t.db, SYSTEM_ACTOR, personaId, { condition: { field: 'derivedSeniority', op: 'is', value: 'vp' } }, T0);
    await updatePerson(t.db, SYSTEM_ACTOR, gdir, { jobTitle: 'Chief Executive Officer (interim)' }, T0);
    expect(await member(gdir)).toEqual(['globex:decision_maker:rule:removed']);
    await updatePerson(t.db, SYSTEM_ACTOR, gdir, { jobTitle: 'VP Finance' }, T0);
    expect(await member(gdir)).toEqual(['globex:decision_maker:rule']);
  });

  it('evaluates per account when a condition reads the person’s role in the account', async () => {
    const tpl = await createRolesTemplate(
      t.db,
      SYSTEM_ACTOR,
      {
        name: 'Account roles',
        description: null,
        roles: [
          { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { roleInAccount: { op: 'is', value: 'Budget owner' } }, required: true, membersRequired: 1 },
          { roleId: 'rol_influencer', weightingBand: 'important', autoAssign: true, condition: { field: 'jobTitle', op: 'contains', value: 'analyst' }, required: true, membersRequired: 1 },
        ],
      },
      T0,
    );
    await publishRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0, undefined);
    await upgradeTemplate(tpl.id);
    const rel = (await listRelations(t.db, { limit: 10, personId: both }, '2026-06-01')).data.find((r) => r.accountId === tenant.accounts[1])!;
    await updateRelation(t.db, SYSTEM_ACTOR, rel.id, { roles: ['Budget owner'] }, T0);
    await updatePerson(t.db, SYSTEM_ACTOR, both, { jobTitle: 'Business Analyst' }, T0);
    // Acme: removed by hand earlier (stays removed); Globex: Budget owner there → Decision Maker.
    expect(await member(both)).toEqual(['acme:practitioner:manual:removed', 'globex:decision_maker:rule']);
    await updatePerson(t.db, SYSTEM_ACTOR, tenant.people.ciso!, { jobTitle: 'Senior Analyst' }, T0);
    expect(await member(tenant.people.ciso!)).toEqual(['acme:influencer:rule']);
  });
});
