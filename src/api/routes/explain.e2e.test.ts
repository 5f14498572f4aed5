import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { createRolesTemplate } from '../../store/roles-templates.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../../engine/jobs.ts';
import { smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

interface RoleBody {
  priority: number;
  roleName: string;
  matched: boolean | null;
  outcome: string;
  reason: string;
  explanation: { kind: string; matched: boolean; actual?: unknown; sentence: string } | null;
}
interface ExplainBody {
  summary: string;
  considered: boolean;
  membership: { roleId: string; source: string; removed: boolean; removedAt: string | null } | null;
  ruleRole: { roleId: string; roleName: string } | null;
  matchedRoleIds: string[];
  decision: { kind: string; decidedBy: string | null };
  roles: RoleBody[];
  evaluatedAt: string;
}
interface PreviewBody {
  templateStatus: string;
  accountsConsidered: number;
  roles: { roleId: string; count: number; samples: { email: string; summary: string }[] }[];
  diff: { groupsCreated: number; membersAdded: number; membersKept: number; membersStayingRemoved: number } | null;
}

describe('explain and preview API', () => {
  let t: TestApp;
  let tenant: Tenant;
  let acmeGroup: string;
  const count = async (table: 'buying_groups' | 'buying_group_members' | 'events' | 'audit_log' | 'jobs') =>
    Number((await t.db.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(T0);
    tenant = await smallTenant(t.db.db);
  });
  afterAll(async () => t.close());

  const explain = (personId: string, as: 'viewer' | 'admin' = 'viewer') => t.call<ExplainBody>('GET', `/buying-groups/${acmeGroup}/members/${personId}/explain`, undefined, { as });

  it('previews a template before any group exists (viewer may), writing nothing', async () => {
    const before = [await count('buying_groups'), await count('buying_group_members'), await count('events'), await count('audit_log'), await count('jobs')];
    const res = await t.call<PreviewBody>('POST', `/roles-templates/${tenant.templateId}/preview`, { audienceId: tenant.listId, solutionInterestId: tenant.solutionInterestId }, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body.accountsConsidered).toBe(2);
    expect(res.body.roles.map((r) => [r.roleId, r.count])).toEqual([
      ['rol_decision_maker', 1],
      ['rol_influencer', 2],
      ['rol_practitioner', 1],
    ]);
    expect(res.body.roles[1]!.samples.map((s) => s.email).sort()).toEqual(['gdir@example.com', 'vp@example.com']);
    expect(res.body.diff).toMatchObject({ groupsCreated: 2, membersAdded: 4, membersKept: 0 });
    expect([await count('buying_groups'), await count('buying_group_members'), await count('events'), await count('audit_log'), await count('jobs')]).toEqual(before);

    // The job does what the preview said.
    const job = await enqueueCreationJob(t.db.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db.db, t.db.engine, 'w', T0);
    const done = await runCreationJob(t.db, job.id, { now: () => T0 });
    expect(done.counts).toMatchObject({ groupsCreated: 2, membersAdded: 4 });
    acmeGroup = (await t.db.db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[0]!).executeTakeFirstOrThrow()).id;
  });

  it('explains a person matching two roles', async () => {
    const res = await explain(tenant.people.vp!);
    expect(res.status).toBe(200);
    expect(res.body.summary).toBe('Holds Influencer (rule): matched Influencer (priority 2) and Practitioner (priority 3); the first match wins');
    expect(res.body.evaluatedAt).toBe(new Date(T0).toISOString());
    expect(res.body.roles.map((r) => [r.roleName, r.matched, r.outcome])).toEqual([
      ['Decision Maker', false, 'not_matched'],
      ['Influencer', true, 'first_match'],
      ['Practitioner', true, 'also_matched'],
    ]);
    expect(res.body.roles[0]!.explanation).toMatchObject({ kind: 'field', matched: false, actual: 'vp' });
    expect(res.body.roles[2]!.explanation).toMatchObject({ kind: 'field', matched: true, actual: 'VP, Security Engineering' });
  });

  it('explains a non-member, a person removed by hand through the API, and a person whose relation ended', async () => {
    const clerk = await explain(tenant.people.clerk!);
    expect(clerk.status).toBe(200);
    expect(clerk.body.membership).toBeNull();
    expect(clerk.body.summary).toMatch(/^Not a member: no auto-assigned role's conditions hold: Decision Maker failed because derived seniority is “entry”, not “cxo”; /);

    const removed = await t.call('POST', `/buying-groups/${acmeGroup}/members/actions`, { actions: [{ op: 'remove', personId: tenant.people.eng }] });
    expect(removed.status).toBe(200);
    const eng = await explain(tenant.people.eng!);
    expect(eng.body.summary).toBe('Would be Practitioner by rules, but was removed by hand (manual); rules never re-add people removed by a stronger source');
    expect(eng.body.membership).toMatchObject({ source: 'manual', removed: true });
    expect(eng.body.decision).toEqual({ kind: 'removed_by_stronger_source', decidedBy: 'manual', change: null });

    const left = await explain(tenant.people.left!);
    expect(left.status).toBe(200);
    expect(left.body.considered).toBe(false);
    expect(left.body.summary).toBe('Not a member: their relation with “Acme” ended on 2026-01-31 (they left the account); rules consider only people with an active relation to the account');
  });

  it('preview after the manual removal reports the person as staying removed; a Draft template previews too', async () => {
    const res = await t.call<PreviewBody>('POST', `/roles-templates/${tenant.templateId}/preview`, { audienceId: tenant.listId, solutionInterestId: tenant.solutionInterestId });
    expect(res.body.diff).toMatchObject({ groupsCreated: 0, membersAdded: 0, membersStayingRemoved: 1 });
    const draft = await createRolesTemplate(
      t.db.db,
      SYSTEM_ACTOR,
      { name: 'Execs', description: null, roles: [{ roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] }, required: true, membersRequired: 1 }] },
      T0,
    );
    const d = await t.call<PreviewBody>('POST', `/roles-templates/${draft.id}/preview`, { accountIds: tenant.accounts });
    expect(d.status).toBe(200);
    expect(d.body).toMatchObject({ templateStatus: 'draft', accountsConsidered: 2, diff: null });
    expect(d.body.roles[0]!.count).toBe(2);
  });

  it('answers 404 and 400 with clear messages', async () => {
    const other = expectProblem(await explain(tenant.people.gdir!), 404, 'not_found');
    expect(other.detail).toMatch(/^person gdir@example\.com \(per_\w+\) is not related to account “Acme” \(acc_\w+\) and has never been a member of buying group bg_\w+; they work at “Globex”/);
    expect(other.errors).toEqual([expect.objectContaining({ field: '/personId' })]);
    expectProblem(await t.call('GET', `/buying-groups/bg_nope/members/${tenant.people.vp}/explain`), 404, 'not_found');
    expect(expectProblem(await explain('per_nope'), 404, 'not_found').detail).toBe('person per_nope does not exist');
    const badIds = expectProblem(await t.call('GET', '/buying-groups/nope/members/nobody/explain'), 404, 'not_found');
    expect(badIds.errors?.map((e) => e.field).sort()).toEqual(['/id', '/personId']);

    const url = `/roles-templates/${tenant.templateId}/preview`;
    expect(expectProblem(await t.call('POST', url, { audienceId: 'lst_nope' }), 400, 'validation_failed').errors).toEqual([
      expect.objectContaining({ field: '/audienceId', message: 'account list lst_nope does not exist' }),
    ]);
    const both = expectProblem(await t.call('POST', url, { audienceId: tenant.listId, accountIds: tenant.accounts }), 400, 'validation_failed');
    expect(both.errors?.[0]).toMatchObject({ field: '/accountIds', message: 'send either audienceId or accountIds, not both' });
    expect(expectProblem(await t.call('POST', url, {}), 400, 'validation_failed').errors?.[0]?.field).toBe('/audienceId');
    const many = expectProblem(await t.call('POST', url, { accountIds: Array.from({ length: 1001 }, (_, i) => `acc_${i}`) }), 400, 'validation_failed');
    expect(many.errors?.[0]).toMatchObject({ field: '/accountIds' });
    expect(many.errors?.[0]?.message).toMatch(/at most 1000 account ids/);
    const unknown = expectProblem(await t.call('POST', url, { accountIds: [tenant.accounts[0], 'acc_gone'] }), 400, 'validation_failed');
    expect(unknown.errors).toEqual([expect.objectContaining({ field: '/accountIds/1', message: 'account acc_gone does not exist' })]);
    expectProblem(await t.call('POST', url, { audienceId: tenant.listId, solutionInterestId: 'si_nope' }), 400, 'validation_failed');
    expectProblem(await t.call('POST', url, { audienceId: tenant.listId, extra: 1 }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/roles-templates/tpl_nope/preview', { audienceId: tenant.listId }), 404, 'not_found');
    expectProblem(await t.call('POST', '/roles-templates/nope/preview', { audienceId: tenant.listId }), 404, 'not_found');
  });
});
