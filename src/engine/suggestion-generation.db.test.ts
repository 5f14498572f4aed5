/** Creation jobs with method 'suggestions': generation of buying groups by the trained model alone (engine/suggestion-generation.ts), on both engines. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createAccount } from '../store/accounts.ts';
import { addAccountListMembers, createAccountList } from '../store/account-lists.ts';
import { parseJson } from '../store/db.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob, type CreationJobRequest } from './jobs.ts';
import { trainSuggestionModel } from './suggestions.ts';
import { suggestionTenant, type SuggestionTenant } from './suggestions.testdata.ts';
import { accountFields, T0 } from './test-fixtures.ts';

describe(`creation jobs that generate groups from suggestions alone (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: SuggestionTenant;
  let listId: string;
  let nobody: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    // Rule groups (and confirmed members to learn from) on the training accounts only.
    tenant = await suggestionTenant(t.db, t.engine, { accounts: 40, peoplePerAccount: 10, trainShare: 0.75, ruleGroups: 'train' });
    nobody = (await createAccount(t.db, SYSTEM_ACTOR, accountFields('Nobody Inc'), T0)).id;
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'New markets', description: null, kind: 'static' }, T0);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, list.id, [...tenant.testAccounts, nobody], T0);
    listId = list.id;
  }, 120_000);
  afterAll(async () => t.drop());

  const request = (options: CreationJobRequest['options']): CreationJobRequest => ({ solutionInterestId: tenant.solutionInterestId, audienceId: listId, options });
  const run = async (options: CreationJobRequest['options'], at: number) => {
    const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, request(options), at);
    await claimNextJob(t.db, t.engine, 'w', at);
    return runCreationJob(t, job.id, { now: () => at, batchSize: 4 });
  };
  const audienceGroups = async () =>
    t.db.selectFrom('buying_groups').select(['id', 'account_id']).where('solution_interest_id', '=', tenant.solutionInterestId).where('account_id', 'in', [...tenant.testAccounts, nobody]).execute();
  const pendingIn = async (groupIds: string[]) =>
    groupIds.length ? t.db.selectFrom('member_suggestions').select(['buying_group_id', 'person_id', 'role_id', 'probability']).where('state', '=', 'pending').where('buying_group_id', 'in', groupIds).execute() : [];

  it('is refused without a trained model, and with options that do not go with it, each naming its field', async () => {
    await expect(enqueueCreationJob(t.db, SYSTEM_ACTOR, request({ method: 'suggestions' }), T0)).rejects.toMatchObject({ code: 'invalid_state', errors: [{ field: '/options/method' }] });
    const refused = async (options: CreationJobRequest['options']) => {
      const e = await enqueueCreationJob(t.db, SYSTEM_ACTOR, request(options), T0).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'validation_failed' });
      return (e as { errors: { field: string }[] }).errors.map((d) => d.field);
    };
    expect(await refused({ method: 'suggestions', suggestWhereRulesFindNone: true, updateScope: true, descendantDepth: 1 })).toEqual(['/options/suggestWhereRulesFindNone', '/options/updateScope', '/options/descendantDepth']);
    expect(await refused({ method: 'suggestions', suggestionThreshold: 1 })).toEqual(['/options/suggestionThreshold']);
    expect(await refused({ suggestionThreshold: 0.7 })).toEqual(['/options/suggestionThreshold']);
    expect(await audienceGroups()).toEqual([]);
  });

  it('creates a group only where the model proposes someone, holding its pending suggestions and no member, and does not follow the audience', async () => {
    await trainSuggestionModel(t.db, tenant.solutionInterestId, {}, T0);
    const job = await run({ method: 'suggestions' }, T0 + 1000);
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.params).toMatchObject({ options: { method: 'suggestions', descendantDepth: 0 } });
    const g = job.counts.suggestionGeneration!;
    expect(g.accountsWithSuggestions + g.accountsWithoutSuggestions).toBe(tenant.testAccounts.length + 1);
    expect(g.accountsWithSuggestions).toBeGreaterThan(0);
    expect(g.accountsWithoutSuggestions).toBeGreaterThanOrEqual(1);

    const groups = await audienceGroups();
    expect(groups.length).toBe(g.accountsWithSuggestions);
    expect(job.counts.groupsCreated).toBe(groups.length);
    expect(job.counts.membersAdded).toBe(0);
    expect(groups.map((x) => x.account_id)).not.toContain(nobody);
    const ids = groups.map((x) => x.id);
    const members = await t.db.selectFrom('buying_group_members').select('person_id').where('buying_group_id', 'in', ids).execute();
    expect(members).toEqual([]);
    const pending = await pendingIn(ids);
    expect(pending.length).toBe(g.proposed);
    // Every group holds at least one proposal, each above the default threshold.
    expect(new Set(pending.map((p) => p.buying_group_id))).toEqual(new Set(ids));
    for (const p of pending) expect(Number(p.probability)).toBeGreaterThanOrEqual(0.6);
    // The model learned the hidden roles, not noise: most proposals name the person's true role.
    const right = pending.filter((p) => tenant.truth.get(p.person_id) === p.role_id).length;
    expect(right / pending.length).toBeGreaterThan(0.7);

    const created = await t.db.selectFrom('events').select(['buying_group_id', 'payload']).where('type', '=', 'group_created').where('buying_group_id', 'in', ids).execute();
    expect(created.length).toBe(ids.length);
    for (const e of created) expect(parseJson<{ source: string; members: unknown[] }>(e.payload)).toMatchObject({ source: 'suggestion', members: [] });
    const followed = await t.db.selectFrom('followed_audiences').select('audience_id').where('solution_interest_id', '=', tenant.solutionInterestId).execute();
    expect(followed.map((f) => f.audience_id)).not.toContain(listId);
  });

  it('a rerun at a higher threshold keeps the groups and replaces their suggestions with fewer, all above it', async () => {
    const before = await pendingIn((await audienceGroups()).map((x) => x.id));
    const job = await run({ method: 'suggestions', suggestionThreshold: 0.9 }, T0 + 2000);
    expect(job.status, job.error ?? '').toBe('succeeded');
    expect(job.counts.groupsCreated).toBe(0);
    const after = await pendingIn((await audienceGroups()).map((x) => x.id));
    expect(after.length).toBe(job.counts.suggestionGeneration!.proposed);
    expect(after.length).toBeLessThan(before.length);
    for (const p of after) expect(Number(p.probability)).toBeGreaterThanOrEqual(0.9);
    const key = (p: { person_id: string; role_id: string }) => `${p.person_id} ${p.role_id}`;
    const earlier = new Set(before.map(key));
    for (const p of after) expect(earlier.has(key(p))).toBe(true);
  });
});
