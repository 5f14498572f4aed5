/**
 * Upgrading a solution interest's template (issue 6, finding 4): PATCH refuses once groups exist;
 * the upgrade job re-evaluates every group with the new template (rule members follow the new
 * rules, members set by hand keep a role that still exists, those whose role the template lacks
 * are handed back to rules, people removed by hand stay removed), moves each group's templateId,
 * records template_changed events and an audit entry — and does exactly what the preview said.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { parseJson } from '../store/db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createRolesTemplate, publishRolesTemplate } from '../store/roles-templates.ts';
import { getSolutionInterest, updateSolutionInterest } from '../store/solution-interests.ts';
import { listBuyingGroups } from '../store/buying-groups.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { installMaintenance } from './maintenance.ts';
import { applyMemberActions } from './members.ts';
import { previewTemplate, type DiffItem } from './preview.ts';
import { enqueueTemplateUpgrade } from './template-upgrade.ts';
import { smallTenant, T0, type Tenant } from './test-fixtures.ts';

const ALICE = { userId: 'usr_alice' };

describe(`template upgrade of a solution interest (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let v2: string;
  let draft: string;
  let uninstall: () => void;
  const groupOf = async (accountId: string) =>
    t.db.selectFrom('buying_groups').select(['id', 'template_id', 'completeness']).where('account_id', '=', accountId).where('solution_interest_id', '=', tenant.solutionInterestId).executeTakeFirstOrThrow();
  const members = async () =>
    (await t.db.selectFrom('buying_group_members').select(['account_id', 'person_id', 'role_id', 'source', 'removed']).orderBy('account_id').orderBy('person_id').execute()).map(
      (m) => `${m.account_id === tenant.accounts[0] ? 'acme' : 'globex'}:${Object.entries(tenant.people).find(([, id]) => id === m.person_id)?.[0]}:${m.role_id.replace('rol_', '')}:${m.source}${m.removed ? ':removed' : ''}`,
    ).sort();

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 0 } }, T0);
    await claimNextJob(t.db, t.engine, 'w', T0);
    await runCreationJob(t, job.id, { now: () => T0 });
    uninstall = installMaintenance();
    // Security v2: no Influencer any more; engineers are Champions.
    const tpl = await createRolesTemplate(
      t.db,
      SYSTEM_ACTOR,
      {
        name: 'Security v2',
        description: null,
        roles: [
          { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is', value: 'c-level' }, required: true, membersRequired: 1 },
          { roleId: 'rol_champion', weightingBand: 'normal', autoAssign: true, condition: { field: 'jobTitle', op: 'contains', value: 'engineer' }, required: true, membersRequired: 1 },
          { roleId: 'rol_other', weightingBand: 'trivial', autoAssign: false, required: false, membersRequired: 1 },
        ],
      },
      T0,
    );
    await publishRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0, undefined);
    v2 = tpl.id;
    draft = (await createRolesTemplate(t.db, SYSTEM_ACTOR, { name: 'Draft', description: null, roles: [] }, T0)).id;
    const acme = (await groupOf(tenant.accounts[0]!)).id;
    await applyMemberActions(
      t.db,
      ALICE,
      acme,
      [
        { op: 'add', personId: tenant.people.clerk!, roleId: 'rol_influencer' }, // by hand, a role v2 lacks
        { op: 'change_role', personId: tenant.people.eng!, roleId: 'rol_decision_maker' }, // by hand, a role v2 has
        { op: 'remove', personId: tenant.people.ciso! }, // removed by hand
      ],
      T0,
    );
  });
  afterAll(async () => {
    uninstall();
    await t.drop();
  });

  it('PATCH of templateId is refused once the solution interest has groups, pointing at the upgrade', async () => {
    const e = await updateSolutionInterest(t.db, SYSTEM_ACTOR, tenant.solutionInterestId, { templateId: v2 }, T0).catch((x: unknown) => x);
    expect(e).toMatchObject({ code: 'in_use', errors: [{ field: '/templateId', message: expect.stringContaining(`/solution-interests/${tenant.solutionInterestId}/upgrade-template`) }] });
    expect((await getSolutionInterest(t.db, tenant.solutionInterestId)).templateId).toBe(tenant.templateId);
  });

  it('refuses a Draft or unknown template, with the field', async () => {
    await expect(enqueueTemplateUpgrade(t.db, ALICE, tenant.solutionInterestId, draft, T0)).rejects.toMatchObject({ code: 'validation_failed', errors: [{ field: '/templateId' }] });
    await expect(enqueueTemplateUpgrade(t.db, ALICE, tenant.solutionInterestId, 'tpl_NOPE', T0)).rejects.toMatchObject({ code: 'validation_failed', errors: [{ field: '/templateId' }] });
    await expect(enqueueTemplateUpgrade(t.db, ALICE, tenant.solutionInterestId, tenant.templateId, T0)).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('the job re-evaluates every group with the new template and does exactly what the preview showed', async () => {
    const preview = await previewTemplate(t.db, t.engine, { templateId: v2, audienceId: tenant.listId, solutionInterestId: tenant.solutionInterestId }, T0);
    const diff = preview.diff!;
    expect(diff.templateUpgrade).toBe(true);
    expect(diff.membersReleased).toBe(1);
    expect(diff.released.map((d) => d.personId)).toEqual([tenant.people.clerk]);
    const seq = (await t.db.selectFrom('events').select('seq').orderBy('seq', 'desc').executeTakeFirstOrThrow()).seq;

    const queued = await enqueueTemplateUpgrade(t.db, ALICE, tenant.solutionInterestId, v2, T0 + 1000);
    expect(queued).toMatchObject({ type: 'template_upgrade', status: 'queued', params: { fromTemplateId: tenant.templateId, toTemplateId: v2 }, progress: { done: 0, total: 2 } });
    // The solution interest is on the new template at once (new groups and maintenance use it).
    expect((await getSolutionInterest(t.db, tenant.solutionInterestId)).templateId).toBe(v2);
    await expect(enqueueTemplateUpgrade(t.db, ALICE, tenant.solutionInterestId, v2, T0 + 1000)).rejects.toMatchObject({ code: 'invalid_state', errors: [{ field: '/id' }] });

    const claimed = await claimNextJob(t.db, t.engine, 'w', T0 + 2000);
    expect(claimed?.id).toBe(queued.id);
    const progress: number[] = [];
    const done = await runCreationJob(t, queued.id, { now: () => T0 + 2000, batchSize: 1, onProgress: (j) => void progress.push(j.progress.done) });
    expect(done).toMatchObject({ status: 'succeeded', progress: { done: 2, total: 2 }, counts: { groupsUpgraded: 2 } });
    expect(progress).toEqual([1, 2]); // one committed batch per group

    expect(await members()).toEqual([
      'acme:ciso:decision_maker:manual:removed', // removed by hand: stays removed
      'acme:clerk:influencer:rule:removed', // by hand with a role v2 lacks: handed back to rules, who do not want them
      'acme:eng:decision_maker:manual', // by hand with a role v2 has: kept
      'acme:vp:champion:rule', // rules of v2
      'globex:gdir:influencer:rule:removed', // rules of v2 no longer want them
    ]);

    // The job's membership events are the preview's diff.
    const events = await t.db.selectFrom('events').select(['type', 'account_id', 'payload']).where('seq', '>', seq).orderBy('seq').execute();
    const fromJob = events
      .filter((e) => ['member_added', 'member_removed', 'role_changed'].includes(e.type))
      .map((e) => {
        const p = parseJson<{ personId: string; roleId?: string; fromRoleId?: string; toRoleId?: string }>(e.payload);
        return `${e.type}:${e.account_id}:${p.personId}:${p.roleId ?? `${p.fromRoleId}>${p.toRoleId}`}`;
      })
      .sort();
    const item = (kind: string, d: DiffItem) => `${kind}:${d.accountId}:${d.personId}:${d.roleId ?? `${d.fromRoleId}>${d.toRoleId}`}`;
    const fromPreview = [...diff.added.map((d) => item('member_added', d)), ...diff.removed.map((d) => item('member_removed', d)), ...diff.roleChanged.map((d) => item('role_changed', d))].sort();
    expect(fromJob).toEqual(fromPreview);
    expect(fromJob.length).toBe(diff.membersAdded + diff.membersRemoved + diff.rolesChanged);

    // Every group reports the new template, with a template_changed event first; the released member's reason says why.
    for (const accountId of tenant.accounts) expect((await groupOf(accountId)).template_id).toBe(v2);
    expect((await listBuyingGroups(t.db, { limit: 10, templateId: [v2] }, T0)).data).toHaveLength(2);
    expect((await listBuyingGroups(t.db, { limit: 10, templateId: [tenant.templateId] }, T0)).data).toHaveLength(0);
    const changed = events.filter((e) => e.type === 'template_changed').map((e) => ({ accountId: e.account_id, ...parseJson<Record<string, unknown>>(e.payload) }));
    expect(changed).toHaveLength(2);
    expect(changed).toEqual(
      expect.arrayContaining([
        { accountId: tenant.accounts[0], fromTemplateId: tenant.templateId, toTemplateId: v2, jobId: queued.id, releasedPersonIds: [tenant.people.clerk] },
        { accountId: tenant.accounts[1], fromTemplateId: tenant.templateId, toTemplateId: v2, jobId: queued.id, releasedPersonIds: [] },
      ]),
    );
    // Per group, template_changed comes before the group's membership events.
    for (const accountId of tenant.accounts) expect(events.find((e) => e.account_id === accountId)?.type).toBe('template_changed');
    const clerkRemoved = events.find((e) => e.type === 'member_removed' && parseJson<{ personId: string }>(e.payload).personId === tenant.people.clerk);
    expect(parseJson(clerkRemoved!.payload)).toMatchObject({ reasonCode: 'role_not_in_template', previousSource: 'manual', source: 'rule' });
    // Scores follow the new template: Acme has a Decision Maker (eng) and a Champion (vp): 100.
    expect((await groupOf(tenant.accounts[0]!)).completeness).toBe(100);

    const auditRow = await t.db.selectFrom('audit_log').select(['actor_id', 'before', 'after']).where('action', '=', 'upgrade_template').executeTakeFirstOrThrow();
    expect(auditRow.actor_id).toBe('usr_alice');
    expect(parseJson(auditRow.before as string)).toMatchObject({ templateId: tenant.templateId });
    expect(parseJson(auditRow.after as string)).toMatchObject({ templateId: v2, jobId: queued.id, groupsToUpgrade: 2 });

    // Done: the same template again is refused (nothing left to upgrade).
    await expect(enqueueTemplateUpgrade(t.db, ALICE, tenant.solutionInterestId, v2, T0 + 3000)).rejects.toMatchObject({ code: 'invalid_state', errors: [{ field: '/templateId' }] });
  });
});
