/**
 * Issue 6: the scope of a solution interest's groups (followed audiences, descendant depth) is one
 * stored fact; deleting configuration a job followed never breaks unrelated writes; jobs, explain
 * and preview agree on the depth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANY_VERSION, createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { createAccount } from '../../store/accounts.ts';
import { createPerson } from '../../store/people.ts';
import { createRelation } from '../../store/relations.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from '../../engine/test-fixtures.ts';

interface JobBody {
  id: string;
  status: string;
  options: { descendantDepth: number; updateScope: boolean };
  counts: { groupsCreated: number; membersAdded: number; membersRemoved: number };
  error: string | null;
}
interface FollowedBody {
  data: { audienceId: string; audienceName: string; descendantDepth: number; createdByJob: string | null }[];
}

describe('followed audiences: the stored scope of a solution interest', () => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp({ runner: 'inline' });
    t.clock.set(T0);
    tenant = await smallTenant(t.db.db);
  });
  afterAll(async () => t.close());

  const finished = async (id: string): Promise<JobBody> => {
    for (let i = 0; i < 200; i++) {
      const job = (await t.call<JobBody>('GET', `/buying-group-jobs/${id}`)).body;
      if (!['queued', 'running'].includes(job.status)) return job;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`job ${id} did not finish`);
  };
  const runJob = async (body: Record<string, unknown>): Promise<JobBody> => {
    const res = await t.call<JobBody>('POST', '/buying-group-jobs', body);
    if (res.status !== 202) throw new Error(JSON.stringify(res.body));
    return finished(res.body.id);
  };
  const createSi = async (name: string) =>
    (await t.call<{ id: string }>('POST', '/solution-interests', { name, templateId: tenant.templateId })).body.id;
  const createList = async (body: Record<string, unknown>) => (await t.call<{ id: string }>('POST', '/account-lists', body)).body.id;

  /** Writes about data, none of them about the deleted configuration: each must succeed. */
  const dataWritesSucceed = async (staticListId: string) => {
    const acme = tenant.accounts[0]!;
    expect((await t.call('PATCH', `/people/${tenant.people.clerk}`, { jobTitle: 'Head of Security' })).status).toBe(200);
    expect((await t.call('PATCH', `/accounts/${acme}`, { industry: 'Software' })).status).toBe(200);
    const created = await t.call<{ id: string }>('POST', '/accounts', { name: `Newco ${Math.random()}`, industry: 'Software' });
    expect(created.status).toBe(201);
    const rel = (await t.call<{ data: { id: string }[] }>('GET', `/relations?personId=${tenant.people.eng}`)).body.data[0]!;
    expect((await t.call('PATCH', `/relations/${rel.id}`, { roles: ['champion'] })).status).toBe(200);
    expect((await t.call('POST', `/account-lists/${staticListId}/members`, { accountIds: [created.body.id] })).status).toBe(200);
  };

  it('deleting a followed list is refused with the reason and what to do; ?force=true ends the following, and data writes keep working', async () => {
    const si = await createSi('Dynamic audience SI');
    const dyn = await createList({ name: 'Software accounts', kind: 'dynamic', condition: { field: 'name', op: 'is_one_of', value: ['Acme', 'Globex'] } });
    const other = await createList({ name: 'Other static', kind: 'static' });
    const job = await runJob({ solutionInterestId: si, audienceId: dyn });
    expect(job).toMatchObject({ status: 'succeeded', counts: { groupsCreated: 2 } });
    const followed = (await t.call<FollowedBody>('GET', `/solution-interests/${si}/audiences`)).body.data;
    expect(followed).toEqual([{ audienceId: dyn, audienceName: 'Software accounts', audienceKind: 'dynamic', descendantDepth: 0, createdAt: expect.any(String), createdByJob: job.id }]);

    const refused = expectProblem(await t.call('DELETE', `/account-lists/${dyn}`, undefined, ANY_VERSION), 409, 'in_use');
    expect(refused.detail).toContain(`"Dynamic audience SI" (${si})`);
    expect(refused.detail).toContain(`DELETE /api/v1/solution-interests/${si}/audiences/${dyn}`);
    expect(refused.detail).toContain('?force=true');
    expect((await t.call('GET', `/account-lists/${dyn}`)).status).toBe(200);

    expect((await t.call('DELETE', `/account-lists/${dyn}?force=true`, undefined, ANY_VERSION)).status).toBe(204);
    expect((await t.call<FollowedBody>('GET', `/solution-interests/${si}/audiences`)).body.data).toEqual([]);
    const audit = await t.db.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'unfollow').execute();
    expect(audit).toEqual([{ action: 'unfollow', entity_id: si }]);
    // The groups are kept.
    expect((await t.db.db.selectFrom('buying_groups').select('id').where('solution_interest_id', '=', si).execute()).length).toBe(2);
    await dataWritesSucceed(other);
  });

  it('DELETE /solution-interests/{id}/audiences/{listId} ends a following (audited); the list can be deleted afterwards', async () => {
    const si = await createSi('Static audience SI');
    const list = await createList({ name: 'Followed static', kind: 'static' });
    await t.call('POST', `/account-lists/${list}/members`, { accountIds: [tenant.accounts[1]!] });
    expect((await runJob({ solutionInterestId: si, audienceId: list })).status).toBe('succeeded');
    expectProblem(await t.call('DELETE', `/solution-interests/${si}/audiences/${list}`, undefined, { as: 'viewer' }), 403, 'forbidden');
    expect((await t.call('DELETE', `/solution-interests/${si}/audiences/${list}`)).status).toBe(204);
    const again = expectProblem(await t.call('DELETE', `/solution-interests/${si}/audiences/${list}`), 404, 'not_found');
    expect(again.detail).toContain(`does not follow account list ${list}`);
    expectProblem(await t.call('DELETE', `/solution-interests/si_NOPE/audiences/${list}`), 404, 'not_found');
    expect((await t.call('DELETE', `/account-lists/${list}`, undefined, ANY_VERSION)).status).toBe(204);
    await dataWritesSucceed(await createList({ name: 'Another static', kind: 'static' }));
  });

  it('deleting a solution interest whose job found no accounts ends its following; POST /accounts keeps working', async () => {
    const si = await createSi('Empty audience SI');
    const empty = await createList({ name: 'Empty audience', kind: 'static' });
    expect(await runJob({ solutionInterestId: si, audienceId: empty })).toMatchObject({ status: 'succeeded', counts: { groupsCreated: 0 } });
    expect((await t.call<FollowedBody>('GET', `/solution-interests/${si}/audiences`)).body.data).toHaveLength(1);
    expect((await t.call('DELETE', `/solution-interests/${si}`, undefined, ANY_VERSION)).status).toBe(204);
    expect(await t.db.db.selectFrom('followed_audiences').select('audience_id').where('solution_interest_id', '=', si).execute()).toEqual([]);
    expect((await t.call('POST', '/accounts', { name: 'After the SI went' })).status).toBe(201);
    // The list is free again.
    expect((await t.call('DELETE', `/account-lists/${empty}`, undefined, ANY_VERSION)).status).toBe(204);
  });

  it('jobs, explain and preview agree on the depth: another depth is refused (409) unless updateScope', async () => {
    const si = tenant.solutionInterestId;
    const acme = tenant.accounts[0]!;
    // A division of Acme with two directors: Influencers of Acme's group only through descendants.
    const division = await createAccount(t.db.db, SYSTEM_ACTOR, accountFields('Acme Labs', acme), T0);
    const directors: string[] = [];
    for (const email of ['d1@labs.example', 'd2@labs.example']) {
      const p = await createPerson(t.db.db, SYSTEM_ACTOR, personFields(email, 'Director of Research'), T0);
      await createRelation(t.db.db, SYSTEM_ACTOR, division.id, p.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
      directors.push(p.id);
    }
    const deep = await runJob({ solutionInterestId: si, audienceId: tenant.listId, options: { descendantDepth: 1 } });
    expect(deep).toMatchObject({ status: 'succeeded', options: { descendantDepth: 1, updateScope: false } });
    const group = (await t.db.db.selectFrom('buying_groups').select('id').where('account_id', '=', acme).where('solution_interest_id', '=', si).executeTakeFirstOrThrow()).id;
    const inGroup = async () =>
      (await t.db.db.selectFrom('buying_group_members').select('person_id').where('buying_group_id', '=', group).where('removed', '=', 0).where('person_id', 'in', directors).execute()).length;
    expect(await inGroup()).toBe(directors.length);

    // The re-run at depth 0 that removed members "no longer matching" is refused, naming the stored depth and the way out.
    const conflict = expectProblem(await t.call('POST', '/buying-group-jobs', { solutionInterestId: si, audienceId: tenant.listId, options: { descendantDepth: 0 } }), 409, 'conflict');
    expect(conflict.errors?.[0]?.field).toBe('/options/descendantDepth');
    expect(conflict.detail).toContain('descendantDepth 1');
    expect(conflict.detail).toContain('updateScope');

    // Without a depth, the job uses the stored scope: nobody is removed.
    const same = await runJob({ solutionInterestId: si, audienceId: tenant.listId });
    expect(same).toMatchObject({ status: 'succeeded', options: { descendantDepth: 1 }, counts: { membersRemoved: 0 } });
    expect(await inGroup()).toBe(directors.length);

    // Explain and preview (by default) read the same scope.
    const explained = await t.call<{ descendantDepth: number; ruleRole: { roleId: string } | null }>('GET', `/buying-groups/${group}/members/${directors[0]}/explain`);
    expect(explained.body).toMatchObject({ descendantDepth: 1, ruleRole: { roleId: 'rol_influencer' } });
    const preview = await t.call<{ descendantDepth: number; diff: { membersRemoved: number; membersAdded: number } }>('POST', `/roles-templates/${tenant.templateId}/preview`, {
      audienceId: tenant.listId,
      solutionInterestId: si,
    });
    expect(preview.body).toMatchObject({ descendantDepth: 1, diff: { membersRemoved: 0, membersAdded: 0 } });

    // Changing the scope explicitly: the job reconciles the groups with the new depth, and explain follows.
    const flat = await runJob({ solutionInterestId: si, audienceId: tenant.listId, options: { descendantDepth: 0, updateScope: true } });
    expect(flat).toMatchObject({ status: 'succeeded', options: { descendantDepth: 0, updateScope: true }, counts: { membersRemoved: directors.length } });
    expect(await inGroup()).toBe(0);
    expect((await t.call<FollowedBody>('GET', `/solution-interests/${si}/audiences`)).body.data.map((f) => f.descendantDepth)).toEqual([0]);
    expect((await t.call<{ descendantDepth: number }>('GET', `/buying-groups/${group}/members/${directors[0]}/explain`)).body.descendantDepth).toBe(0);
    const previewFlat = await t.call<{ descendantDepth: number; diff: { membersRemoved: number; membersAdded: number } }>('POST', `/roles-templates/${tenant.templateId}/preview`, {
      audienceId: tenant.listId,
      solutionInterestId: si,
    });
    expect(previewFlat.body).toMatchObject({ descendantDepth: 0, diff: { membersRemoved: 0, membersAdded: 0 } });
    const changed = await t.db.db.selectFrom('audit_log').select('after').where('action', '=', 'change_scope').where('entity_id', '=', si).execute();
    expect(changed).toHaveLength(1);
  });
});
