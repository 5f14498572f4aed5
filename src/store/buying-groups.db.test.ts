/**
 * The buying-group list's filters against the TypeScript view of the same groups, and the plan
 * of the gap query ("Decision Maker missing and completeness < 50"): a walk of a buying_groups
 * index with one probe of the members' (buying_group_id, role_id) index per group — never a scan
 * of all members — on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledQuery, sql, type Insertable, type Kysely } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import type { DB } from './schema.ts';
import { buyingGroupListQuery, listBuyingGroups, type BuyingGroup, type BuyingGroupQuery } from './buying-groups.ts';

const T0 = Date.parse('2026-06-01T00:00:00Z');
const DM = 'rol_decision_maker';
const INF = 'rol_influencer';
const PRACT = 'rol_practitioner';
const CHAMP = 'rol_champion';

/** `n` groups over two templates (tpl_sec requires DM, Influencer ×2 and Practitioner; tpl_data requires Champion), pseudo-random members. */
async function load(db: Kysely<DB>, n: number): Promise<void> {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const tpl = (id: string) => ({ id, name: id, name_norm: id, description: null, status: 'live' as const, duplicated_from: null, published_at: T0, created_at: T0, updated_at: T0, version: 1 });
  await db.insertInto('roles_templates').values([tpl('tpl_sec'), tpl('tpl_data')]).execute();
  const def = (templateId: string, position: number, roleId: string, required: boolean, membersRequired = 1) => ({
    template_id: templateId,
    position,
    role_id: roleId,
    weighting_band: 'normal',
    auto_assign: 0,
    condition: null,
    required: required ? 1 : 0,
    members_required: membersRequired,
  });
  await db
    .insertInto('template_roles')
    .values([def('tpl_sec', 0, DM, true), def('tpl_sec', 1, INF, true, 2), def('tpl_sec', 2, PRACT, true), def('tpl_sec', 3, CHAMP, false), def('tpl_data', 0, CHAMP, true), def('tpl_data', 1, DM, false)])
    .execute();
  const si = (id: string, templateId: string) => ({ id, name: id, name_norm: id, description: null, products: '[]', template_id: templateId, stage_model_id: null, follow_membership_changes: 1, created_at: T0, updated_at: T0, version: 1 });
  await db.insertInto('solution_interests').values([si('si_sec', 'tpl_sec'), si('si_data', 'tpl_data')]).execute();
  let person = 0;
  for (let start = 0; start < n; start += 500) {
    const accounts: Insertable<DB['accounts']>[] = [];
    const groups: Insertable<DB['buying_groups']>[] = [];
    const people: Insertable<DB['people']>[] = [];
    const members: Insertable<DB['buying_group_members']>[] = [];
    for (let i = start; i < Math.min(n, start + 500); i++) {
      const a = `acc_${String(i).padStart(6, '0')}`;
      const data = i % 5 === 0;
      accounts.push({ id: a, name: `A${i}`, name_norm: `a${i}`, custom: '{}', custom_norm: '{}', created_at: T0, updated_at: T0, version: 1 });
      const g = `bg_${String(i).padStart(6, '0')}`;
      groups.push({
        account_id: a,
        id: g,
        solution_interest_id: data ? 'si_data' : 'si_sec',
        template_id: data ? 'tpl_data' : 'tpl_sec',
        name: `G${i}`,
        name_norm: `g${i}`,
        status_label: null,
        stage: null,
        completeness: Math.floor(rnd() * 5) * 25,
        engagement: rnd() * 100,
        active: 1,
        created_at: T0 + i,
        updated_at: T0 + i,
      });
      const roles = [DM, INF, INF, PRACT, CHAMP].filter(() => rnd() < 0.5);
      for (const roleId of roles) {
        const pid = `per_${String(person++).padStart(7, '0')}`;
        people.push({ id: pid, email: `${pid}@x.test`, email_norm: `${pid}@x.test`, email_invalid: 0, email_suspended: 0, unsubscribed: 0, engagement_score: 0, custom: '{}', custom_norm: '{}', created_at: T0, updated_at: T0, version: 1 });
        members.push({ account_id: a, buying_group_id: g, person_id: pid, role_id: roleId, source: 'rule' as const, removed: rnd() < 0.2 ? 1 : 0, added_at: T0, removed_at: null, updated_at: T0 });
      }
    }
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < accounts.length; k += 250) await trx.insertInto('accounts').values(accounts.slice(k, k + 250)).execute();
      for (let k = 0; k < groups.length; k += 250) await trx.insertInto('buying_groups').values(groups.slice(k, k + 250)).execute();
      for (let k = 0; k < people.length; k += 250) await trx.insertInto('people').values(people.slice(k, k + 250)).execute();
      for (let k = 0; k < members.length; k += 250) await trx.insertInto('buying_group_members').values(members.slice(k, k + 250)).execute();
    });
  }
  await sql`analyze`.execute(db);
}

async function all(db: Kysely<DB>, query: Omit<BuyingGroupQuery, 'limit'>): Promise<BuyingGroup[]> {
  const out: BuyingGroup[] = [];
  let cursor: string | null = null;
  do {
    const page = await listBuyingGroups(db, { ...query, limit: 500, ...(cursor ? { cursor } : {}) }, T0);
    out.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

describe(`buying group gap queries (${TEST_ENGINE})`, () => {
  describe('filters agree with the groups’ missing roles', () => {
    let t: TestDatabase;
    let groups: BuyingGroup[];
    beforeAll(async () => {
      t = await createTestDatabase();
      await load(t.db, 400);
      groups = await all(t.db, {});
    });
    afterAll(async () => t.drop());

    it('missingRoleId (one or several) selects exactly the groups whose missingRoleIds hold them', async () => {
      expect(groups).toHaveLength(400);
      for (const roles of [[DM], [INF], [PRACT], [CHAMP], [DM, INF], [DM, CHAMP]]) {
        const expected = groups.filter((g) => roles.every((r) => g.missingRoleIds.includes(r))).map((g) => g.id);
        expect((await all(t.db, { missingRoleId: roles })).map((g) => g.id), roles.join('+')).toEqual(expected);
      }
      const withGaps = groups.filter((g) => g.missingRoleIds.length > 0).map((g) => g.id);
      expect(withGaps.length).toBeGreaterThan(50);
      expect(withGaps.length).toBeLessThan(400);
      expect((await all(t.db, { hasMissingRoles: true })).map((g) => g.id)).toEqual(withGaps);
      expect((await all(t.db, { hasMissingRoles: false })).map((g) => g.id)).toEqual(groups.filter((g) => g.missingRoleIds.length === 0).map((g) => g.id));
    });

    it('missingRoleIds and memberCount agree with the stored members', async () => {
      const rows = await t.db.selectFrom('buying_group_members').select(['buying_group_id', 'role_id']).where('removed', '=', 0).execute();
      for (const g of groups) {
        const held = new Set(rows.filter((r) => r.buying_group_id === g.id).map((r) => r.role_id));
        const required = g.templateId === 'tpl_sec' ? [DM, INF, PRACT] : [CHAMP];
        expect(g.missingRoleIds, g.id).toEqual(required.filter((r) => !held.has(r)));
        expect(g.memberCount, g.id).toBe(rows.filter((r) => r.buying_group_id === g.id).length);
      }
    });

    it('the gap query with a score bound is the intersection of both filters, in every sort order', async () => {
      const expected = groups.filter((g) => g.missingRoleIds.includes(DM) && g.completeness < 50);
      for (const sort of ['name', '-completeness', 'engagement', '-createdAt', 'updatedAt']) {
        const found = await all(t.db, { missingRoleId: [DM], completenessBelow: 50, sort });
        expect(found.map((g) => g.id).sort(), sort).toEqual(expected.map((g) => g.id).sort());
      }
    });
  });

  describe('plans at scale', () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase();
      await load(t.db, 5000);
    }, 60_000);
    afterAll(async () => t.drop());

    const plan = async (query: Omit<BuyingGroupQuery, 'limit'>): Promise<string> => {
      const { qb } = await buyingGroupListQuery(t.db, { ...query, limit: 50 }, T0);
      const c = qb.compile();
      const res = await t.db.executeQuery(CompiledQuery.raw(`${t.engine === 'postgres' ? 'explain' : 'explain query plan'} ${c.sql}`, [...c.parameters]));
      return (res.rows as Record<string, unknown>[]).map((r) => String(t.engine === 'postgres' ? r['QUERY PLAN'] : r.detail)).join('\n');
    };
    const probesMembersByIndex = (p: string) => {
      if (t.engine === 'postgres') {
        expect(p).toMatch(/Index (Only )?Scan using buying_group_members_role on buying_group_members/);
        expect(p).not.toMatch(/Seq Scan on buying_group_members/);
        expect(p).not.toMatch(/hashed SubPlan/);
      } else {
        expect(p).toMatch(/SEARCH m USING (COVERING )?INDEX buying_group_members_role \(buying_group_id=\? AND role_id=\?\)/);
        expect(p).not.toMatch(/SCAN m\b/);
      }
    };

    it('"Decision Maker missing and completeness < 50" probes the (buying_group_id, role_id) index per group', async () => {
      for (const sort of ['name', 'completeness', '-completeness']) {
        const p = await plan({ missingRoleId: [DM], completenessBelow: 50, sort });
        probesMembersByIndex(p);
        if (sort !== 'name') expect(p).toMatch(t.engine === 'postgres' ? /using buying_groups_completeness/ : /INDEX buying_groups_completeness/);
        expect(p).not.toMatch(t.engine === 'postgres' ? /Seq Scan on buying_groups/ : /SCAN buying_groups\b(?! USING)/);
      }
      probesMembersByIndex(await plan({ missingRoleId: [DM], completenessBelow: 50, solutionInterestId: ['si_sec'] }));
    });

    it('"any required role missing", sorted by engagement, walks the engagement index and probes per group', async () => {
      const p = await plan({ hasMissingRoles: true, sort: '-engagement' });
      probesMembersByIndex(p);
      expect(p).toMatch(t.engine === 'postgres' ? /using buying_groups_engagement/ : /INDEX buying_groups_engagement/);
    });

    it('answers the gap query in a few milliseconds', async () => {
      await listBuyingGroups(t.db, { missingRoleId: [DM], completenessBelow: 50, limit: 50 }, T0);
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        const page = await listBuyingGroups(t.db, { missingRoleId: [DM], completenessBelow: 50, limit: 50 }, T0);
        times.push(performance.now() - start);
        expect(page.data).toHaveLength(50);
      }
      // Generous bound (shared CI machines); measured at 50,000 groups: ~2 ms SQLite, ~8 ms PostgreSQL.
      expect(Math.min(...times)).toBeLessThan(50);
    });
  });
});
