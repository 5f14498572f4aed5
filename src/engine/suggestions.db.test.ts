import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { getSuggestionModel, listSuggestions, replacePendingSuggestions } from '../store/suggestions.ts';
import { getRolesTemplate } from '../store/roles-templates.ts';
import { getBuyingGroup } from '../store/buying-groups.ts';
import { validateCondition } from '../domain/conditions/index.ts';
import { QuorumError } from '../domain/errors.ts';
import { JobRunner } from './runner.ts';
import { confirmSuggestions, dismissSuggestions, enqueueSuggestionsJob, getSuggestionsJob, induceTemplateFor, proposeSuggestions, trainSuggestionModel } from './suggestions.ts';
import { explainMember } from './explain.ts';
import { suggestionTenant, type SuggestionTenant } from './suggestions.testdata.ts';
import { T0 } from './test-fixtures.ts';

const ALICE = { userId: null };

describe(`learned member suggestions (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: SuggestionTenant;

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await suggestionTenant(t.db, t.engine, { accounts: 40, peoplePerAccount: 10, trainShare: 0.75 });
  }, 120_000);
  afterAll(async () => t.drop());

  const pendingOf = async (groupId: string) => (await listSuggestions(t.db, { buyingGroupId: groupId, limit: 500 })).data;
  /** The test accounts' groups, most pending suggestions first. */
  const busiest = async () => {
    const counted = await Promise.all(tenant.testAccounts.map(async (a) => ({ groupId: tenant.groups.get(a)!, n: (await pendingOf(tenant.groups.get(a)!)).length })));
    return counted.sort((x, y) => y.n - x.n || (x.groupId < y.groupId ? -1 : 1)).map((c) => c.groupId);
  };

  it('refuses to run without a model, and to train with no confirmed member', async () => {
    await expect(proposeSuggestions(t.db, tenant.solutionInterestId, T0)).rejects.toMatchObject({ code: 'conflict' });
    await expect(enqueueSuggestionsJob(t.db, ALICE, tenant.solutionInterestId, { train: false, run: true }, T0)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('trains in a job (the runner, a worker thread on SQLite) and proposes members for the groups nobody confirmed', async () => {
    const job = await enqueueSuggestionsJob(t.db, ALICE, tenant.solutionInterestId, { train: true, run: true }, T0);
    const runner = new JobRunner({ database: t, clock: { now: () => T0 } });
    const [done] = await runner.drain();
    expect(done).toMatchObject({ id: job.id, status: 'succeeded', error: null });
    const finished = await getSuggestionsJob(t.db, job.id);
    expect(finished.counts.suggestions).toMatchObject({ groupsRead: 40, groupsTrained: tenant.trainAccounts.length });
    expect(finished.progress).toEqual({ done: 80, total: 80 }); // every group read to train, then to propose
    expect(finished.counts.suggestions!.suggestionsProposed).toBeGreaterThan(10);
    const model = await getSuggestionModel(t.db, tenant.solutionInterestId);
    expect(model?.model.roleIds).toEqual(['rol_decision_maker', 'rol_influencer', 'rol_practitioner', 'rol_champion']);
    expect(model?.jobId).toBe(job.id);

    let right = 0;
    let all = 0;
    for (const accountId of tenant.testAccounts) {
      const groupId = tenant.groups.get(accountId)!;
      const members = new Set((await t.db.selectFrom('buying_group_members').select('person_id').where('buying_group_id', '=', groupId).where('removed', '=', 0).execute()).map((m) => m.person_id));
      for (const s of await pendingOf(groupId)) {
        expect(members.has(s.personId)).toBe(false); // never a current member (rule members included)
        expect(s.probability).toBeGreaterThanOrEqual(0.6);
        expect(s.reasons.length).toBeGreaterThan(0);
        all++;
        if (tenant.truth.get(s.personId) === s.roleId) right++;
      }
    }
    expect(all).toBeGreaterThan(5);
    expect(right / all).toBeGreaterThanOrEqual(0.7);
  });

  it('pending suggestions are not members: completeness and explain ignore them', async () => {
    const groupId = (await busiest())[0]!;
    const before = await getBuyingGroup(t.db, groupId);
    const [s] = await pendingOf(groupId);
    expect(s).toBeDefined();
    const explained = await explainMember(t.db, t.engine, groupId, s!.personId, T0);
    expect(explained.membership).toBeNull();
    expect((await getBuyingGroup(t.db, groupId)).completeness).toBe(before.completeness);
  });

  it('confirm makes a manual member; dismiss is remembered and never proposed again for that role', async () => {
    const groupId = (await busiest())[0]!;
    const list = await pendingOf(groupId);
    expect(list.length).toBeGreaterThanOrEqual(2);
    const [a, b] = list;
    await confirmSuggestions(t.db, ALICE, [{ buyingGroupId: groupId, personId: a!.personId }], T0);
    const m = await t.db.selectFrom('buying_group_members').selectAll().where('buying_group_id', '=', groupId).where('person_id', '=', a!.personId).executeTakeFirstOrThrow();
    expect(m).toMatchObject({ role_id: a!.roleId, source: 'manual', removed: 0 });
    await dismissSuggestions(t.db, ALICE, [{ buyingGroupId: groupId, personId: b!.personId }], T0);
    expect((await listSuggestions(t.db, { buyingGroupId: groupId, state: 'dismissed', limit: 10 })).data.map((x) => [x.personId, x.roleId])).toEqual([[b!.personId, b!.roleId]]);
    // Deciding again: the suggestion is no longer pending (404 at the item), and nothing changed.
    await expect(dismissSuggestions(t.db, ALICE, [{ buyingGroupId: groupId, personId: a!.personId }], T0)).rejects.toMatchObject({ code: 'not_found', errors: [{ field: '/items/0' }] });
    await proposeSuggestions(t.db, tenant.solutionInterestId, T0, { groupIds: [groupId] });
    const again = await pendingOf(groupId);
    expect(again.find((x) => x.personId === a!.personId)).toBeUndefined(); // a member now
    expect(again.find((x) => x.personId === b!.personId && x.roleId === b!.roleId)).toBeUndefined();
    // The dismissal feeds the next training as a judged negative.
    const retrained = await trainSuggestionModel(t.db, tenant.solutionInterestId, {}, T0);
    expect(retrained.stats.dismissals).toBeGreaterThanOrEqual(1);
  });

  it('a bulk decision is all or nothing', async () => {
    const groupId = (await busiest())[1]!;
    const [s] = await pendingOf(groupId);
    const err = await confirmSuggestions(t.db, ALICE, [{ buyingGroupId: groupId, personId: s!.personId }, { buyingGroupId: groupId, personId: 'per_nobody' }], T0).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuorumError);
    expect((await pendingOf(groupId)).map((x) => x.personId)).toContain(s!.personId);
    await expect(confirmSuggestions(t.db, ALICE, [{ buyingGroupId: groupId, personId: s!.personId }, { buyingGroupId: groupId, personId: s!.personId }], T0)).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('lists across groups by probability with keyset pages', async () => {
    const first = await listSuggestions(t.db, { solutionInterestId: tenant.solutionInterestId, limit: 3 });
    expect(first.data).toHaveLength(3);
    const second = await listSuggestions(t.db, { solutionInterestId: tenant.solutionInterestId, limit: 3, cursor: first.nextCursor! });
    const probs = [...first.data, ...second.data].map((s) => s.probability);
    expect(probs).toEqual([...probs].sort((x, y) => y - x));
    expect(new Set([...first.data, ...second.data].map((s) => `${s.buyingGroupId}${s.personId}`)).size).toBe(6);
  });

  it('induces a Draft template whose conditions are valid, with precision and recall per role', async () => {
    const induced = await induceTemplateFor(t.db, ALICE, tenant.solutionInterestId, T0);
    expect(induced.template.status).toBe('draft');
    const stored = await getRolesTemplate(t.db, induced.template.id);
    expect(stored.roles.map((r) => r.roleId).sort()).toEqual(['rol_champion', 'rol_decision_maker', 'rol_influencer', 'rol_practitioner']);
    expect(induced.roles.length).toBeGreaterThanOrEqual(2);
    for (const r of induced.roles) {
      expect(() => validateCondition(r.condition, 'person')).not.toThrow();
      expect(r.precision).toBeGreaterThan(0.5);
      expect(r.recall).toBeGreaterThan(0);
    }
    expect(stored.roles.filter((r) => r.autoAssign).map((r) => r.roleId)).toEqual(induced.roles.map((r) => r.roleId));
  });
  it('pages through suggestions that tie on probability, group and person (one person in two roles): none skipped, none repeated', async () => {
    // Runs last: it replaces one test group's pending suggestions with its own.
    const accountId = tenant.testAccounts[0]!;
    const groupId = tenant.groups.get(accountId)!;
    const [x, y] = tenant.people.filter((p) => p.accountId === accountId);
    const reasons: never[] = [];
    await t.db.transaction().execute((trx) =>
      replacePendingSuggestions(trx, { accountId, groupId, solutionInterestId: tenant.solutionInterestId }, [
        { personId: x!.id, roleId: 'rol_champion', probability: 0.5, reasons },
        { personId: x!.id, roleId: 'rol_influencer', probability: 0.5, reasons },
        { personId: y!.id, roleId: 'rol_champion', probability: 0.5, reasons },
      ], T0),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await listSuggestions(t.db, { buyingGroupId: groupId, limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.data.map((s) => `${s.personId}/${s.roleId}`));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen.sort()).toEqual([`${x!.id}/rol_champion`, `${x!.id}/rol_influencer`, `${y!.id}/rol_champion`].sort());
  });
});
