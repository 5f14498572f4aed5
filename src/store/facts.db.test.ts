/**
 * The facts conditions are evaluated on in TypeScript (explain, preview, suggestions) are the
 * stored row as SQL sees it: list fields (`|a|b|` text) become their elements, so TS and SQL agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createPerson } from './people.ts';
import { loadPersonFacts } from './facts.ts';
import { compilePersonCondition } from './conditions-sql.ts';
import { matchesCondition, type Condition } from '../domain/conditions/index.ts';
import { personFields, T0 } from '../engine/test-fixtures.ts';

describe(`person facts (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.drop());

  it('reads list fields as their elements, and a condition over them holds in TypeScript exactly when it holds in SQL', async () => {
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('mei@example.com', 'IAM Manager, IT Security'), T0);
    const facts = (await loadPersonFacts(t.db, [p.id], T0)).people.get(p.id)!;
    expect(facts.derivedFunctions).toEqual(p.derivedFunctions);
    expect(facts.derivedFunctions).toContain('information_technology');
    for (const condition of [
      { field: 'derivedFunctions', op: 'is', value: 'information_technology' },
      { field: 'derivedSpecialties', op: 'is_one_of', value: ['security'] },
      { field: 'derivedFunctions', op: 'is', value: 'legal' },
    ] as Condition[]) {
      const inSql = await t.db.selectFrom('people').select('id').where('id', '=', p.id).where(compilePersonCondition(condition, { engine: t.engine, now: T0 })).execute();
      expect(matchesCondition(condition, 'person', facts, { now: T0 }), JSON.stringify(condition)).toBe(inSql.length === 1);
    }
  });
});
