/**
 * Suggestions over HTTP (issue 10): train as a job (the runner: a worker thread on SQLite), list
 * a group's suggestions with reasons, confirm one (a manual member) and dismiss in bulk, induce
 * a Draft template; bad input is problem+json naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { suggestionTenant, type SuggestionTenant } from '../../engine/suggestions.testdata.ts';
import { addAccountListMembers, createAccountList } from '../../store/account-lists.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { accountFields, personFields, T0 } from '../../engine/test-fixtures.ts';
import { createAccount } from '../../store/accounts.ts';
import { createPerson } from '../../store/people.ts';
import { createRelation } from '../../store/relations.ts';

type JobBody = { id: string; status: string; error: string | null; counts: { suggestionsProposed: number; groupsTrained: number } };
type Suggestion = { buyingGroupId: string; personId: string; roleId: string; source: string; probability: number; reasonsText: string; reasons: { text: string }[]; buyingGroupName: string; accountName: string };

/** A problem+json answer with this status and code whose errors name `field` (when given). */
function problemAt(res: Parameters<typeof expectProblem>[0], status: number, code: string, field?: string): void {
  const body = expectProblem(res, status, code);
  if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
}

async function waitFor(t: TestApp, id: string): Promise<JobBody> {
  for (let i = 0; i < 1200; i++) {
    const res = await t.call<JobBody>('GET', `/suggestion-jobs/${id}`);
    if (['succeeded', 'failed', 'cancelled'].includes(res.body.status)) return res.body;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not end`);
}

describe('suggestions API', () => {
  let t: TestApp;
  let tenant: SuggestionTenant;
  let audienceId: string;
  let newAccounts: string[];
  beforeAll(async () => {
    t = await createTestApp({ runner: 'thread' });
    tenant = await suggestionTenant(t.db.db, t.db.engine, { accounts: 24, peoplePerAccount: 10, trainShare: 0.75 });
    // Three new accounts (no group yet) staffed like three test accounts: the audience of generation from suggestions.
    const clones: string[] = [];
    for (const [i, source] of tenant.testAccounts.slice(0, 3).entries()) {
      const account = await createAccount(t.db.db, SYSTEM_ACTOR, accountFields(`New account ${i}`), T0);
      for (const p of tenant.people.filter((x) => x.accountId === source)) {
        const person = await createPerson(t.db.db, SYSTEM_ACTOR, personFields(`new${i}-${p.personId}@example.com`, p.jobTitle, { department: p.department }), T0);
        await createRelation(t.db.db, SYSTEM_ACTOR, account.id, person.id, { relationType: p.relationType, roles: [], startedOn: null, endedOn: null }, T0);
      }
      clones.push(account.id);
    }
    newAccounts = clones;
    const list = await createAccountList(t.db.db, SYSTEM_ACTOR, { name: 'New accounts', description: null, kind: 'static' }, T0);
    await addAccountListMembers(t.db.db, SYSTEM_ACTOR, list.id, clones, T0);
    audienceId = list.id;
  }, 120_000);
  afterAll(async () => t.close());

  it('refuses bad input with problem+json naming the field', async () => {
    problemAt(await t.call('POST', `/solution-interests/${tenant.solutionInterestId}/suggestions/train`, { options: { epochs: 0 } }), 400, 'validation_failed', '/options/epochs');
    problemAt(await t.call('POST', `/solution-interests/${tenant.solutionInterestId}/suggestions/run`, {}), 409, 'conflict');
    problemAt(await t.call('POST', '/suggestions/confirm', { items: [] }), 400, 'validation_failed', '/items');
    problemAt(await t.call('POST', '/suggestions/dismiss', { items: [{ buyingGroupId: 'x', personId: 'per_1' }] }), 400, 'validation_failed', '/items/0/buyingGroupId');
    problemAt(await t.call('POST', '/solution-interests/si_nope/suggestions/train', {}), 404, 'not_found');
    expect((await t.call('GET', '/suggestion-models')).body).toEqual({ data: [], nextCursor: null });
    const job = (options: object) => t.call('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId, options });
    problemAt(await job({ method: 'suggestions' }), 409, 'invalid_state', '/options/method');
    problemAt(await job({ method: 'learned' }), 400, 'validation_failed', '/options/method');
    problemAt(await job({ method: 'suggestions', suggestionThreshold: 1 }), 400, 'validation_failed', '/options/suggestionThreshold');
    problemAt(await job({ method: 'suggestions', updateScope: true }), 400, 'validation_failed', '/options/updateScope');
  });

  it('trains and proposes in a job; confirms one, dismisses in bulk; induces a Draft template', async () => {
    const queued = await t.call<JobBody>('POST', `/solution-interests/${tenant.solutionInterestId}/suggestions/train`, { run: true });
    expect(queued.status).toBe(202);
    const done = await waitFor(t, queued.body.id);
    expect(done).toMatchObject({ status: 'succeeded', error: null });
    expect(done.counts.suggestionsProposed).toBeGreaterThan(0);
    problemAt(await t.call('GET', `/buying-group-jobs/${queued.body.id}`), 404, 'not_found');
    const models = await t.call<{ data: { solutionInterestId: string; trainedAt: string; jobId: string | null }[] }>('GET', '/suggestion-models');
    expect(models.body.data).toEqual([{ solutionInterestId: tenant.solutionInterestId, trainedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), jobId: queued.body.id }]);

    const model = await t.call<{ stats: { groups: number }; topFeatures: Record<string, { feature: string; text: string }[]> }>('GET', `/solution-interests/${tenant.solutionInterestId}/suggestion-model`);
    expect(model.status).toBe(200);
    expect(model.body.stats.groups).toBe(tenant.trainAccounts.length);
    // Each strong feature is said in words too, as reasons say it ("title contains 'leiter'").
    const features = Object.values(model.body.topFeatures).flat();
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) expect(f.text).not.toBe(f.feature);
    expect(features.find((f) => f.feature.startsWith('t:'))?.text).toMatch(/^title contains '/);

    const all = await t.call<{ data: Suggestion[] }>('GET', `/suggestions?solutionInterestId=${tenant.solutionInterestId}&limit=500`);
    expect(all.status).toBe(200);
    const top = all.body.data[0]!;
    expect(top).toMatchObject({ source: 'suggestion' });
    expect(top.reasonsText).toMatch(/\(\+\d+\.\d\)/);
    const group = await t.call<{ data: Suggestion[] }>('GET', `/buying-groups/${top.buyingGroupId}/suggestions`);
    expect(group.body.data.map((s) => s.personId)).toContain(top.personId);
    // Lists across groups say where each suggestion is: the group's and its account's names.
    const named = await t.call<{ name: string; accountName: string }>('GET', `/buying-groups/${top.buyingGroupId}`);
    expect(top).toMatchObject({ buyingGroupName: named.body.name, accountName: named.body.accountName });

    const confirmed = await t.call('POST', '/suggestions/confirm', { items: [{ buyingGroupId: top.buyingGroupId, personId: top.personId }] });
    expect(confirmed).toMatchObject({ status: 200, body: { confirmed: 1 } });
    const members = await t.call<{ data: { personId: string; roleId: string; source: string }[] }>('GET', `/buying-groups/${top.buyingGroupId}/members`);
    expect(members.body.data.find((m) => m.personId === top.personId)).toMatchObject({ roleId: top.roleId, source: 'manual' });

    const rest = all.body.data.slice(1, 4).map((s) => ({ buyingGroupId: s.buyingGroupId, personId: s.personId }));
    expect((await t.call('POST', '/suggestions/dismiss', { items: rest })).body).toEqual({ confirmed: 0, dismissed: rest.length });
    const dismissed = await t.call<{ data: Suggestion[] }>('GET', `/suggestions?solutionInterestId=${tenant.solutionInterestId}&state=dismissed`);
    expect(dismissed.body.data).toHaveLength(rest.length);
    problemAt(await t.call('POST', '/suggestions/confirm', { items: [rest[0]] }), 404, 'not_found', '/items/0');

    const induced = await t.call<{ templateId: string; roles: { roleId: string; precision: number; recall: number }[] }>('POST', `/solution-interests/${tenant.solutionInterestId}/induce-template`, {});
    expect(induced.status).toBe(201);
    expect(induced.body.roles.length).toBeGreaterThan(0);
    const tpl = await t.call<{ status: string; roles: { roleId: string; condition: unknown }[] }>('GET', `/roles-templates/${induced.body.templateId}`);
    expect(tpl.body.status).toBe('draft');
  });

  it('generates buying groups from suggestions alone in a creation job (method suggestions)', async () => {
    const queued = await t.call<{ id: string; options: { method: string; suggestionThreshold: number | null } }>('POST', '/buying-group-jobs', { solutionInterestId: tenant.solutionInterestId, audienceId, options: { method: 'suggestions', suggestionThreshold: 0.5 } });
    expect(queued.status).toBe(202);
    expect(queued.body.options).toMatchObject({ method: 'suggestions', suggestionThreshold: 0.5 });
    type CreationJob = { status: string; error: string | null; counts: { groupsCreated: number; membersAdded: number; suggestionGeneration: { accountsWithSuggestions: number; accountsWithoutSuggestions: number; proposed: number } | null } };
    let done: CreationJob | null = null;
    for (let i = 0; i < 1200 && !done; i++) {
      const res = await t.call<CreationJob>('GET', `/buying-group-jobs/${queued.body.id}`);
      if (['succeeded', 'failed', 'cancelled'].includes(res.body.status)) done = res.body;
      else await new Promise((r) => setTimeout(r, 50));
    }
    expect(done).toMatchObject({ status: 'succeeded', error: null, counts: { membersAdded: 0 } });
    const g = done!.counts.suggestionGeneration!;
    expect(g.accountsWithSuggestions + g.accountsWithoutSuggestions).toBe(newAccounts.length);
    expect(done!.counts.groupsCreated).toBe(g.accountsWithSuggestions);
    expect(g.accountsWithSuggestions).toBeGreaterThan(0);
    const groups = await t.call<{ data: { id: string; accountId: string }[] }>('GET', `/buying-groups?solutionInterestId=${tenant.solutionInterestId}&limit=500`);
    const created = groups.body.data.filter((x) => newAccounts.includes(x.accountId));
    expect(created).toHaveLength(g.accountsWithSuggestions);
    const pending = await t.call<{ data: Suggestion[] }>('GET', `/buying-groups/${created[0]!.id}/suggestions`);
    expect(pending.body.data.length).toBeGreaterThan(0);
    for (const s of pending.body.data) expect(s.probability).toBeGreaterThanOrEqual(0.5);
  });
});
