/**
 * The template upgrade over HTTP (issue 6, finding 4): PATCH of templateId is refused once groups
 * exist; POST /solution-interests/{id}/upgrade-template answers 202 with a job that the runner
 * (a worker thread on SQLite) runs like a creation job, with progress as SSE; afterwards the
 * groups are found by their new templateId.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { smallTenant, type Tenant } from '../../engine/test-fixtures.ts';

type JobBody = { id: string; type: string; status: string; audienceId: string | null; templateUpgrade: { fromTemplateId: string; toTemplateId: string } | null; progress: { done: number; total: number }; counts: Record<string, number> };

async function waitFor(t: TestApp, id: string): Promise<JobBody> {
  for (let i = 0; i < 600; i++) {
    const res = await t.call<JobBody>('GET', `/buying-group-jobs/${id}`);
    if (['succeeded', 'failed', 'cancelled'].includes(res.body.status)) return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not end`);
}

describe('template upgrade API', () => {
  let t: TestApp;
  let tenant: Tenant;
  let v2: string;
  beforeAll(async () => {
    t = await createTestApp({ runner: 'thread', batchSize: 1 });
    tenant = await smallTenant(t.db.db);
    const created = await t.call<JobBody>('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId });
    expect((await waitFor(t, created.body.id)).status).toBe('succeeded');
    const tpl = await t.call<{ id: string; version: number }>('POST', '/roles-templates', {
      name: 'Security v2',
      roles: [{ roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is_one_of', value: ['c-level', 'vp', 'director'] }, required: true }],
    });
    expect(tpl.status).toBe(201);
    v2 = tpl.body.id;
    expect((await t.call('POST', `/roles-templates/${v2}/publish`, undefined, { headers: { 'if-match': `"${tpl.body.version}"` } })).status).toBe(200);
  });
  afterAll(async () => t.close());

  it('PATCH templateId with groups: 409 naming the upgrade operation', async () => {
    const res = expectProblem(await t.call('PATCH', `/solution-interests/${tenant.solutionInterestId}`, { templateId: v2 }, ANY_VERSION), 409, 'in_use');
    expect(res.errors?.[0]?.field).toBe('/templateId');
    expect(res.detail).toContain('upgrade-template');
  });

  it('upgrade-template: 202 with a template_upgrade job; afterwards every group reports the new template', async () => {
    expectProblem(await t.call('POST', `/solution-interests/${tenant.solutionInterestId}/upgrade-template`, { templateId: 'nope' }, ANY_VERSION), 400, 'validation_failed');
    expectProblem(await t.call('POST', `/solution-interests/${tenant.solutionInterestId}/upgrade-template`, { templateId: v2 }, { as: 'viewer' }), 403, 'forbidden');
    // Upgrading changes the solution interest: If-Match as for a PATCH.
    expectProblem(await t.call('POST', `/solution-interests/${tenant.solutionInterestId}/upgrade-template`, { templateId: v2 }), 428, 'precondition_required');
    expectProblem(await t.call('POST', `/solution-interests/${tenant.solutionInterestId}/upgrade-template`, { templateId: v2 }, { headers: { 'if-match': '"999"' } }), 412, 'precondition_failed');
    const si = await t.call<{ version: number }>('GET', `/solution-interests/${tenant.solutionInterestId}`);
    const res = await t.call<JobBody>('POST', `/solution-interests/${tenant.solutionInterestId}/upgrade-template`, { templateId: v2 }, { headers: { 'if-match': `"${si.body.version}"` } });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/v1/buying-group-jobs/${res.body.id}`);
    expect(res.body).toMatchObject({ type: 'template_upgrade', audienceId: null, templateUpgrade: { fromTemplateId: tenant.templateId, toTemplateId: v2 } });
    const done = await waitFor(t, res.body.id);
    expect(done).toMatchObject({ status: 'succeeded', progress: { done: 2, total: 2 }, counts: { groupsUpgraded: 2 } });
    const byNew = await t.call<{ data: { templateId: string }[] }>('GET', `/buying-groups?templateId=${v2}`);
    expect(byNew.body.data).toHaveLength(2);
    expect((await t.call<{ data: unknown[] }>('GET', `/buying-groups?templateId=${tenant.templateId}`)).body.data).toHaveLength(0);
    expect((await t.call<{ templateId: string }>('GET', `/solution-interests/${tenant.solutionInterestId}`)).body.templateId).toBe(v2);
    // Nothing left to upgrade: the same template again is refused.
    expectProblem(await t.call('POST', `/solution-interests/${tenant.solutionInterestId}/upgrade-template`, { templateId: v2 }, ANY_VERSION), 409, 'invalid_state');
  });
});
