/**
 * One condition language, two executions: for random conditions over a random dataset, the ids
 * matched by SQL (on the engine QUORUM_TEST_ENGINE selects) equal the ids matched by the
 * TypeScript evaluator. Reproduce a failure with QUORUM_PROP_SEED=<seed printed below>.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { compileAccountCondition, compilePersonCondition, type SqlConditionContext } from './conditions-sql.ts';
import { sql, type SqlBool } from 'kysely';
import { evaluateCondition, matchesCondition, validateCondition, type AccountFacts, type Condition, type EvaluationContext, type PersonFacts } from '../domain/conditions/index.ts';
import { NOW, accountFacts, addPersonas, buildDataset, conditionArb, insertDataset, personFacts, type Dataset } from './conditions-sql.testdata.ts';

const SEED = Number(process.env.QUORUM_PROP_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.QUORUM_PROP_RUNS ?? 1000);

describe(`conditions: SQL (${TEST_ENGINE}) = TypeScript [seed ${SEED}]`, () => {
  let t: TestDatabase;
  let d: Dataset;
  let people: PersonFacts[];
  let accounts: AccountFacts[];
  let listMembers: Map<string, Set<string>>;

  beforeAll(async () => {
    console.log(`condition property tests: engine ${TEST_ENGINE}, seed ${SEED} (QUORUM_PROP_SEED=${SEED} to reproduce)`);
    t = await createTestDatabase();
    d = buildDataset(SEED);
    addPersonas(d, SEED);
    await insertDataset(t.db, d);
    people = d.people.map(personFacts);
    accounts = d.accounts.map((a) => accountFacts(a, d));
    listMembers = new Map(d.lists.map((l) => [l.id, new Set(l.accountIds)]));
  });
  afterAll(async () => t?.drop());

  const stats = { some: 0, none: 0, all: 0 };
  const tally = (n: number, total: number) => {
    if (n === 0) stats.none++;
    else if (n === total) stats.all++;
    else stats.some++;
  };

  it('person conditions select the same people', async () => {
    const arb = fc.record({
      cond: conditionArb({ subject: 'person', dataset: d, personas: true }),
      accountId: fc.option(fc.constantFrom(...d.accounts.map((a) => a.id)), { freq: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ cond, accountId }) => {
        const valid = validateCondition(cond, 'person');
        const ctx: EvaluationContext & SqlConditionContext = {
          engine: t.engine,
          now: NOW,
          personas: d.personas,
          listMembers,
          ...(accountId === null ? {} : { accountId }),
        };
        const where = compilePersonCondition(valid, ctx);
        const rows = await t.db.selectFrom('people').select('id').where(where).orderBy('id').execute();
        const expected = people.filter((p) => evaluateCondition(valid, 'person', p, ctx).matched).map((p) => p.id);
        tally(expected.length, people.length);
        expect(rows.map((r) => r.id)).toEqual(expected);
        expect(people.filter((p) => matchesCondition(valid, 'person', p, ctx)).map((p) => p.id)).toEqual(expected);
        // two-valued logic: NOT selects exactly the others (a NULL would fall out of both)
        const others = await t.db.selectFrom('people').select('id').where(sql<SqlBool>`not (${where})`).orderBy('id').execute();
        expect(others.length + rows.length).toBe(people.length);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('account conditions select the same accounts', async () => {
    // personas: inside `people.where` (account conditions have no persona leaf of their own)
    const arb = conditionArb({ subject: 'account', dataset: d, personas: true });
    await fc.assert(
      fc.asyncProperty(arb, async (cond: Condition) => {
        const valid = validateCondition(cond, 'account');
        const ctx = { engine: t.engine, now: NOW, personas: d.personas, listMembers };
        const where = compileAccountCondition(valid, ctx);
        const rows = await t.db.selectFrom('accounts').select('id').where(where).orderBy('id').execute();
        const expected = accounts.filter((a) => evaluateCondition(valid, 'account', a, ctx).matched).map((a) => a.id);
        tally(expected.length, accounts.length);
        expect(rows.map((r) => r.id)).toEqual(expected);
        expect(accounts.filter((a) => matchesCondition(valid, 'account', a, ctx)).map((a) => a.id)).toEqual(expected);
        const others = await t.db.selectFrom('accounts').select('id').where(sql<SqlBool>`not (${where})`).orderBy('id').execute();
        expect(others.length + rows.length).toBe(accounts.length);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });

  it('the random conditions are informative: most select some but not all rows', () => {
    const total = stats.some + stats.none + stats.all;
    console.log(`condition property tests: ${total} conditions; ${stats.some} matched some rows, ${stats.none} none, ${stats.all} all`);
    expect(stats.some / total).toBeGreaterThan(0.3);
  });
});
