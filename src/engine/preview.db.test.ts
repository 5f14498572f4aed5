import { setChangeListener } from '../store/changes.ts';
import { installMaintenance } from './maintenance.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { QuorumError } from '../domain/errors.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import { createRolesTemplate } from '../store/roles-templates.ts';
import { createAccountList } from '../store/account-lists.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob, type Job } from './jobs.ts';
import { loadPlan, ruleAssignments } from './generation/index.ts';
import { previewTemplate, type Preview, type PreviewInput } from './preview.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

const TABLES = [
  'accounts',
  'people',
  'account_people',
  'activities',
  'roles',
  'personas',
  'roles_templates',
  'template_roles',
  'stage_models',
  'solution_interests',
  'account_lists',
  'account_list_members',
  'buying_groups',
  'buying_group_members',
  'jobs',
  'audit_log',
  'events',
  'stage_history',
];

/** Row counts of every table, and the members' state: a preview must change none of it. */
async function snapshot(t: TestDatabase): Promise<string> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(t.db);
    counts[table] = Number(rows[0]?.n);
  }
  const members = await t.db.selectFrom('buying_group_members').select(['buying_group_id', 'person_id', 'role_id', 'source', 'removed', 'updated_at']).orderBy('buying_group_id').orderBy('person_id').execute();
  const groups = await t.db.selectFrom('buying_groups').select(['id', 'active', 'completeness', 'updated_at']).orderBy('id').execute();
  return JSON.stringify({ counts, members, groups });
}

const jobCounts = (j: Job) => ({
  groupsCreated: j.counts.groupsCreated,
  groupsReactivated: j.counts.groupsReactivated,
  membersAdded: j.counts.membersAdded,
  membersRemoved: j.counts.membersRemoved,
  rolesChanged: j.counts.rolesChanged,
});
const diffCounts = (p: Preview) => ({
  groupsCreated: p.diff!.groupsCreated,
  groupsReactivated: p.diff!.groupsReactivated,
  membersAdded: p.diff!.membersAdded,
  membersRemoved: p.diff!.membersRemoved,
  rolesChanged: p.diff!.rolesChanged,
});
const roleCounts = (p: Preview) => Object.fromEntries(p.roles.map((r) => [r.roleId.slice(4), r.count]));

describe(`roles template preview (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
  });
  afterAll(async () => t.drop());

  const runJob = async (descendantDepth = 0, updateScope = false) => {
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth, updateScope } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    return runCreationJob(t, job.id, { now: () => T0 });
  };
  const preview = async (over: Partial<PreviewInput> = {}) => {
    const before = await snapshot(t);
    const p = await previewTemplate(t.db, t.engine, { templateId: tenant.templateId, audienceId: tenant.listId, solutionInterestId: tenant.solutionInterestId, ...over }, T0);
    expect(await snapshot(t)).toBe(before); // writes nothing
    return p;
  };

  it('counts per role with samples and explanations, and the diff before any group exists equals the job', async () => {
    const p = await preview();
    expect(p).toMatchObject({ templateStatus: 'live', accountsConsidered: 2, accountsSkipped: 0, peopleConsidered: 5, peopleAssigned: 4 });
    expect(roleCounts(p)).toEqual({ decision_maker: 1, influencer: 2, practitioner: 1 });
    const influencer = p.roles.find((r) => r.roleId === 'rol_influencer')!;
    expect(influencer.samples).toHaveLength(2);
    const vp = influencer.samples.find((s) => s.personId === tenant.people.vp)!;
    expect(vp).toMatchObject({ email: 'vp@example.com', accountName: 'Acme', matchedRoleIds: ['rol_influencer', 'rol_practitioner'] });
    expect(vp.summary).toBe('Gets Influencer (derived seniority is “vp”): matched Influencer (priority 2) and Practitioner (priority 3); the first match wins');
    expect(p.diff).toMatchObject({ groupsExisting: 0, groupsCreated: 2, membersAdded: 4, membersRemoved: 0, rolesChanged: 0, membersKept: 0 });
    expect(p.diff!.added.map((a) => a.email).sort()).toEqual(['ciso@example.com', 'eng@example.com', 'gdir@example.com', 'vp@example.com']);

    const job = await runJob();
    expect(jobCounts(job)).toEqual(diffCounts(p));
    const members = await t.db.selectFrom('buying_group_members').select(['role_id']).where('removed', '=', 0).execute();
    const byRole: Record<string, number> = {};
    for (const m of members) byRole[m.role_id.slice(4)] = (byRole[m.role_id.slice(4)] ?? 0) + 1;
    expect(byRole).toEqual(roleCounts(p));
  });

  it('after manual changes and a new person: reports kept and staying-removed members, and equals the next job', async () => {
    await t.db.updateTable('buying_group_members').set({ removed: 1, source: 'manual', removed_at: T0 }).where('person_id', '=', tenant.people.eng!).execute();
    await t.db.updateTable('buying_group_members').set({ role_id: 'rol_champion', source: 'manual' }).where('person_id', '=', tenant.people.vp!).execute();
    await t.db.updateTable('buying_group_members').set({ role_id: 'rol_practitioner' }).where('person_id', '=', tenant.people.gdir!).execute(); // rule member, stale role
    // As a bulk import would (without real-time maintenance), so that the groups lag behind.
    setChangeListener(null);
    const cto = await createPerson(t.db, SYSTEM_ACTOR, personFields('cto@example.com', 'CTO'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, tenant.accounts[1]!, cto.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    installMaintenance();

    const p = await preview();
    expect(p.diff).toMatchObject({ groupsExisting: 2, groupsCreated: 0, membersAdded: 1, membersRemoved: 0, rolesChanged: 1, membersKept: 1, membersStayingRemoved: 1 });
    expect(p.diff!.kept).toEqual([{ accountId: tenant.accounts[0], personId: tenant.people.vp, email: 'vp@example.com', roleId: 'rol_champion', source: 'manual', ruleRoleId: 'rol_influencer' }]);
    expect(p.diff!.stayingRemoved).toEqual([{ accountId: tenant.accounts[0], personId: tenant.people.eng, email: 'eng@example.com', roleId: 'rol_practitioner', source: 'manual', ruleRoleId: 'rol_practitioner' }]);
    expect(p.diff!.roleChanged).toEqual([{ accountId: tenant.accounts[1], personId: tenant.people.gdir, email: 'gdir@example.com', roleId: null, fromRoleId: 'rol_practitioner', toRoleId: 'rol_influencer' }]);
    expect(p.diff!.added).toMatchObject([{ personId: cto.id, roleId: 'rol_decision_maker' }]);

    const plan = await loadPlan(t.db, t.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    const sqlRoles = await ruleAssignments(t.db, plan, tenant.accounts, T0);
    const expected: Record<string, number> = { decision_maker: 0, influencer: 0, practitioner: 0 };
    for (const m of sqlRoles.values()) for (const r of m.values()) expected[r.slice(4)]! += 1;
    expect(roleCounts(p)).toEqual(expected);

    const job = await runJob();
    expect(jobCounts(job)).toEqual(diffCounts(p));
    const again = await preview();
    expect(diffCounts(again)).toEqual({ groupsCreated: 0, groupsReactivated: 0, membersAdded: 0, membersRemoved: 0, rolesChanged: 0 });
  });

  it('previews a Draft template over explicit accounts, with people of descendant accounts when asked', async () => {
    const child = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Acme Labs', tenant.accounts[0]!), T0);
    const lab = await createPerson(t.db, SYSTEM_ACTOR, personFields('lab@example.com', 'Lab engineer'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, child.id, lab.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
    const draft = await createRolesTemplate(
      t.db,
      SYSTEM_ACTOR,
      { name: 'Engineers only', description: null, roles: [{ roleId: 'rol_practitioner', weightingBand: 'normal', autoAssign: true, condition: { field: 'jobTitle', op: 'contains', value: 'engineer' }, required: true, membersRequired: 1 }] },
      T0,
    );
    const flat = await preview({ templateId: draft.id, audienceId: undefined, accountIds: [tenant.accounts[0]!], solutionInterestId: undefined });
    expect(flat).toMatchObject({ templateStatus: 'draft', accountsConsidered: 1, diff: null });
    expect(roleCounts(flat)).toEqual({ practitioner: 2 }); // vp and eng
    const deep = await preview({ templateId: draft.id, audienceId: undefined, accountIds: [tenant.accounts[0]!, tenant.accounts[0]!], solutionInterestId: undefined, descendantDepth: 1 });
    expect(roleCounts(deep)).toEqual({ practitioner: 3 });
    expect(deep.roles[0]!.samples.map((s) => s.email)).toContain('lab@example.com');

    // The same depth through a job (which changes the solution interest's stored scope, 0 so
    // far): preview (with the diff) equals what the job does.
    const p = await preview({ descendantDepth: 1 });
    const job = await runJob(1, true);
    expect(jobCounts(job)).toEqual(diffCounts(p));
    expect(p.diff!.membersAdded).toBeGreaterThanOrEqual(1);
  });

  it('refuses bad input and writes nothing', async () => {
    const refused = async (input: Partial<PreviewInput>) => {
      const before = await snapshot(t);
      try {
        await previewTemplate(t.db, t.engine, { templateId: tenant.templateId, ...input }, T0);
      } catch (e) {
        expect(await snapshot(t)).toBe(before);
        return e as QuorumError;
      }
      throw new Error('expected a refusal');
    };
    expect((await refused({ audienceId: 'lst_nope' })).errors).toEqual([{ field: '/audienceId', message: 'account list lst_nope does not exist' }]);
    expect((await refused({ audienceId: tenant.listId, accountIds: [tenant.accounts[0]!] })).message).toBe('send either audienceId or accountIds, not both');
    expect((await refused({})).code).toBe('validation_failed');
    expect((await refused({ accountIds: Array.from({ length: 1001 }, (_, i) => `acc_${i}`) })).message).toMatch(/at most 1000 account ids/);
    const unknown = await refused({ accountIds: [tenant.accounts[0]!, 'acc_gone', 'acc_lost'] });
    expect(unknown.errors).toEqual([
      { field: '/accountIds/1', message: 'account acc_gone does not exist' },
      { field: '/accountIds/2', message: 'account acc_lost does not exist' },
    ]);
    expect(unknown.message).toBe('account acc_gone does not exist (and 1 more unknown account); nothing was previewed');
    expect((await refused({ audienceId: tenant.listId, solutionInterestId: 'si_nope' })).errors[0]?.field).toBe('/solutionInterestId');
    expect((await refused({ templateId: 'tpl_nope', audienceId: tenant.listId })).code).toBe('not_found');
  });

  it('previews a dynamic audience as the job sees it', async () => {
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Globex only', description: null, kind: 'dynamic', condition: { field: 'name', op: 'is', value: 'globex' } }, T0);
    const p = await preview({ audienceId: list.id });
    expect(p.accountsConsidered).toBe(1);
    expect(p.diff!.groupsExisting).toBe(1);
  });
});
