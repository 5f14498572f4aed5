import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { smallTenant, type Tenant } from '../../engine/test-fixtures.ts';

type JobBody = { id: string; status: string; progress: { done: number; total: number }; counts: Record<string, number> };

async function waitFor(t: TestApp, id: string, statuses: string[]): Promise<JobBody> {
  for (let i = 0; i < 600; i++) {
    const res = await t.call<JobBody>('GET', `/buying-group-jobs/${id}`);
    if (statuses.includes(res.body.status)) return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not reach ${statuses.join('/')}`);
}

describe('buying group jobs API (runner in a worker thread)', () => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp({ runner: 'thread', batchSize: 1 });
    tenant = await smallTenant(t.db.db);
  });
  afterAll(async () => t.close());

  it('runs a creation job off the event loop, reports progress and counts, and streams progress as SSE', async () => {
    const res = await t.call<JobBody>('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId });
    expect(res.status).toBe(202);
    expect(res.headers.get('location')).toBe(`/api/v1/buying-group-jobs/${res.body.id}`);
    expect(['queued', 'running']).toContain(res.body.status);

    const sse = await fetch(`${t.baseUrl}/api/v1/buying-group-jobs/${res.body.id}/progress`, { headers: { authorization: `Bearer ${t.tokens.viewer}` } });
    expect(sse.headers.get('content-type')).toBe('text/event-stream');
    const text = await sse.text(); // the stream ends when the job ends
    const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n\n/g)].map((m) => ({ event: m[1], data: JSON.parse(m[2] ?? '{}') as JobBody }));
    expect(events.at(-1)).toEqual({ event: 'end', data: { status: 'succeeded' } });
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.data);
    expect(progress.at(-1)?.progress).toEqual({ done: 2, total: 2 });

    const done = await waitFor(t, res.body.id, ['succeeded']);
    expect(done.counts).toMatchObject({ groupsCreated: 2, membersAdded: 4, accountsSkipped: 0 });
    const groups = await t.call<{ data: { name: string }[] }>('GET', `/buying-groups?solutionInterestId=${tenant.solutionInterestId}&sort=name`);
    expect(groups.body.data.map((g) => g.name)).toEqual(['Security Suite for Acme', 'Security Suite for Globex']);

    const list = await t.call<{ data: JobBody[] }>('GET', '/buying-group-jobs?status=succeeded');
    expect(list.body.data.map((j) => j.id)).toContain(res.body.id);
    // a finished job cannot be cancelled
    expectProblem(await t.call('POST', `/buying-group-jobs/${res.body.id}/cancel`), 409, 'invalid_state');
  });

  it('refuses bad job requests field by field and queues nothing', async () => {
    const before = (await t.db.db.selectFrom('jobs').select('id').execute()).length;
    const p = expectProblem(await t.call('POST', '/buying-group-jobs', { solutionInterestId: 'si_NOPE', audienceId: 'lst_NOPE' }), 400, 'validation_failed');
    expect(p.errors?.map((e) => e.field)).toEqual(['/solutionInterestId', '/audienceId']);
    expectProblem(await t.call('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { descendantDepth: 11 } }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId }), 400, 'validation_failed');
    expectProblem(await t.call('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, extra: 1 }), 400, 'validation_failed');
    expectProblem(await t.call('GET', '/buying-group-jobs/job_NOPE'), 404, 'not_found');
    expect((await t.db.db.selectFrom('jobs').select('id').execute()).length).toBe(before);
  });

  it('suggestWhereRulesFindNone: echoed in options; with no trained model the job succeeds and its counts carry the warning', async () => {
    expectProblem(await t.call('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { suggestWhereRulesFindNone: 'yes' } }), 400, 'validation_failed');
    const res = await t.call<JobBody & { options: Record<string, unknown> }>('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId, options: { suggestWhereRulesFindNone: true } });
    expect(res.status).toBe(202);
    expect(res.body.options).toMatchObject({ suggestWhereRulesFindNone: true });
    const done = (await waitFor(t, res.body.id, ['succeeded', 'failed', 'cancelled'])) as unknown as { counts: { emptyRoleSuggestions: { groups: number; proposed: number; warning: string | null } | null } };
    expect(done).toMatchObject({ status: 'succeeded', error: null });
    expect(done.counts.emptyRoleSuggestions).toMatchObject({ groups: 0, proposed: 0 });
    expect(done.counts.emptyRoleSuggestions?.warning).toMatch(/has no trained model yet/);
    expect((await t.db.db.selectFrom('member_suggestions').select('person_id').execute()).length).toBe(0);
  });
});

describe('buying group jobs API (no runner)', () => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await smallTenant(t.db.db);
  });
  afterAll(async () => t.close());

  it('cancels a queued job at once', async () => {
    const res = await t.call<JobBody>('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId: tenant.listId });
    expect(res.body.status).toBe('queued');
    const cancelled = await t.call<JobBody>('POST', `/buying-group-jobs/${res.body.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await t.db.db.selectFrom('buying_groups').select('id').execute()).toEqual([]);
    expectProblem(await t.call('POST', `/buying-group-jobs/${res.body.id}/cancel`, undefined, { as: 'viewer' }), 403, 'forbidden');
  });
});
