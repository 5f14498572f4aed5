import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { loadDemo } from '../cli/demo.ts';
import { buyingGroupStats, countBuyingGroups } from './buying-group-stats.ts';
import { listBuyingGroups, type BuyingGroupQuery } from './buying-groups.ts';

/** Every group matching a query, through the list's own paging. */
async function all(db: TestDatabase, query: Omit<BuyingGroupQuery, 'limit'>, now: number): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listBuyingGroups(db.db, { ...query, limit: 500, ...(cursor ? { cursor } : {}) }, now);
    out.push(...page.data.map((g) => g.id));
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
}

describe(`buying group stats (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  const now = Date.now();
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadDemo(t, { accounts: 60, people: 1200, now });
  }, 120_000);
  afterAll(async () => t.drop());

  it('agrees with the list: totals, every band (by its exact bounds), every solution interest, stage and missing role', async () => {
    const stats = await buyingGroupStats(t.db, {}, now);
    const everything = await all(t, {}, now);
    expect(stats.total).toBe(everything.length);
    expect(stats.total).toBeGreaterThan(10);
    expect(await countBuyingGroups(t.db, {}, now)).toBe(stats.total);
    expect(stats.active).toBe((await all(t, { active: true }, now)).length);
    expect(stats.withMissingRoles).toBe((await all(t, { hasMissingRoles: true }, now)).length);
    for (const field of ['completeness', 'engagement'] as const) {
      const bands = stats[field];
      expect(bands.map((b) => b.label)).toEqual(['0–25', '26–50', '51–75', '76–100']);
      expect(bands.reduce((s, b) => s + b.count, 0)).toBe(stats.total);
      for (const b of bands) {
        const q: Omit<BuyingGroupQuery, 'limit'> = { [`${field}Min`]: b.minExact, ...(b.belowExact <= 100 ? { [`${field}Below`]: b.belowExact } : {}) };
        expect((await all(t, q, now)).length, `${field} ${b.label}`).toBe(b.count);
      }
    }
    expect(stats.bySolutionInterest.reduce((s, x) => s + x.count, 0)).toBe(stats.total);
    for (const x of stats.bySolutionInterest) expect((await all(t, { solutionInterestId: [x.solutionInterestId] }, now)).length).toBe(x.count);
    expect(stats.byStage.reduce((s, x) => s + x.count, 0)).toBe(stats.total);
    for (const x of stats.byStage.filter((s) => s.stage != null)) {
      expect((await all(t, { solutionInterestId: [x.solutionInterestId], stage: [x.stage as string] }, now)).length).toBe(x.count);
    }
    expect(stats.missingRoles.length).toBeGreaterThan(0);
    for (const m of stats.missingRoles) expect((await all(t, { missingRoleId: [m.roleId] }, now)).length, m.roleId).toBe(m.count);
    // Filters narrow every number alike.
    const si = stats.bySolutionInterest[0]?.solutionInterestId ?? '';
    const narrowed = await buyingGroupStats(t.db, { solutionInterestId: [si] }, now);
    expect(narrowed.total).toBe(stats.bySolutionInterest[0]?.count);
    expect(narrowed.bySolutionInterest).toEqual([{ solutionInterestId: si, count: narrowed.total }]);
  });
});
