/** `quorum suggest train|run|list|induce` as child processes, against a test database of the engine under test. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { suggestionTenant, type SuggestionTenant } from '../engine/suggestions.testdata.ts';
import { dropSafely, quorum } from './test-cli.ts';
import { addAccountListMembers, createAccountList } from '../store/account-lists.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { T0 } from '../engine/test-fixtures.ts';

describe(`quorum suggest (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: SuggestionTenant;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await suggestionTenant(t.db, t.engine, { accounts: 30, peoplePerAccount: 10, trainShare: 0.75 });
  }, 120_000);
  afterAll(async () => dropSafely(t));

  const pendingCount = async () => Number((await t.db.selectFrom('member_suggestions').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'pending').executeTakeFirstOrThrow()).n);

  it('run before train is refused and says what to do; train --run stores a model and pending suggestions; list prints them; induce saves a Draft template', async () => {
    const early = await quorum(t.url, 'suggest', 'run', '--solution-interest', tenant.solutionInterestId);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toMatch(/has no trained model yet: train one first/);

    const none = await quorum(t.url, 'suggest', 'list', '--solution-interest', tenant.solutionInterestId);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^No pending suggestions \(train a model and propose: quorum suggest train --solution-interest <id> --run\)\.\n$/);

    const train = await quorum(t.url, 'suggest', 'train', '--solution-interest', tenant.solutionInterestId, '--run');
    expect(train.code).toBe(0);
    const job = JSON.parse(train.stdout) as { status: string; counts: { suggestionsProposed: number; groupsTrained: number } };
    expect(job.status).toBe('succeeded');
    expect(job.counts.groupsTrained).toBeGreaterThan(0);
    expect(job.counts.suggestionsProposed).toBeGreaterThan(0);
    expect(await pendingCount()).toBe(job.counts.suggestionsProposed);
    expect(await t.db.selectFrom('suggestion_models').select('solution_interest_id').where('solution_interest_id', '=', tenant.solutionInterestId).executeTakeFirst()).toBeDefined();

    const list = await quorum(t.url, 'suggest', 'list', '--solution-interest', tenant.solutionInterestId, '--limit', '5');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n').map((l) => JSON.parse(l) as { roleId: string; probability: number; email: string; reasons: string });
    expect(lines).toHaveLength(Math.min(5, job.counts.suggestionsProposed));
    if (job.counts.suggestionsProposed > 5) expect(list.stderr).toMatch(/Showing the 5 most probable; there are more/);
    const probs = lines.map((l) => l.probability);
    expect(probs).toEqual([...probs].sort((a, b) => b - a));
    for (const l of lines) {
      expect(l.roleId).toMatch(/^rol_/);
      expect(l.email).toMatch(/@example\.com$/);
      expect(l.reasons).toMatch(/\([+-]\d+\.\d\)/);
    }

    const induce = await quorum(t.url, 'suggest', 'induce', '--solution-interest', tenant.solutionInterestId, '--name', 'Induced by the CLI');
    expect(induce.code).toBe(0);
    const induced = JSON.parse(induce.stdout) as { templateId: string; templateName: string; roles: unknown[] };
    expect(induced.templateName).toBe('Induced by the CLI');
    expect(induced.roles.length).toBeGreaterThan(0);
    const row = await t.db.selectFrom('roles_templates').select(['status']).where('id', '=', induced.templateId).executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  }, 120_000);

  it('generate --from-suggestions runs a creation job by the trained model and says what it did', async () => {
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Test accounts', description: null, kind: 'static' }, T0);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, list.id, tenant.testAccounts, T0);
    const bad = await quorum(t.url, 'generate', '--solution-interest', tenant.solutionInterestId, '--audience', list.id, '--from-suggestions', '--suggestion-threshold', '2');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/a probability is between 0 and 1 \(got 2\)/);
    const both = await quorum(t.url, 'generate', '--solution-interest', tenant.solutionInterestId, '--audience', list.id, '--from-suggestions', '--suggest-where-rules-find-none');
    expect(both.code).not.toBe(0);
    expect(both.stderr).toMatch(/suggestWhereRulesFindNone: does not apply with method 'suggestions'|does not apply with method 'suggestions'/);

    const res = await quorum(t.url, 'generate', '--solution-interest', tenant.solutionInterestId, '--audience', list.id, '--from-suggestions', '--suggestion-threshold', '0.5');
    expect(res.code, res.stderr).toBe(0);
    const job = JSON.parse(res.stdout) as { status: string; counts: { groupsCreated: number; suggestionGeneration: { accountsWithSuggestions: number; accountsWithoutSuggestions: number; proposed: number } } };
    expect(job.status).toBe('succeeded');
    // The test accounts have their rule groups already: the job refreshes their suggestions.
    expect(job.counts.groupsCreated).toBe(0);
    const g = job.counts.suggestionGeneration;
    expect(g.accountsWithSuggestions + g.accountsWithoutSuggestions).toBe(tenant.testAccounts.length);
    expect(g.proposed).toBeGreaterThan(0);
    expect(res.stderr).toContain(`From suggestions: ${g.proposed} pending suggestions in the groups of ${g.accountsWithSuggestions} accounts`);
    const low = Number((await t.db.selectFrom('member_suggestions').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'pending').where('probability', '<', 0.5).where('account_id', 'in', tenant.testAccounts).executeTakeFirstOrThrow()).n);
    expect(low).toBe(0);
  }, 120_000);
});
