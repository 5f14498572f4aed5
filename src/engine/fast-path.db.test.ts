/**
 * The fast path for new groups (`createGroups`: members INSERT … SELECT from the role CASE,
 * scores from the same rows, one group_created event) must give exactly what the reconcile path
 * gives for the same accounts: the same members with the same roles and sources, the same exact
 * scores. The fixture: the small tenant plus a hierarchy where one person is reachable through two
 * descendant accounts with different roles (roleInAccount differs per account), engaged people
 * (raw engagement), a person who left, a person matching two roles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { parseJson } from '../store/db.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import { createRolesTemplate, publishRolesTemplate } from '../store/roles-templates.ts';
import { createSolutionInterest } from '../store/solution-interests.ts';
import { newId } from '../domain/ids.ts';
import { normText } from '../domain/text.ts';
import { generateForAccounts, groupName, loadPlan, recomputeGroupScores, type GenerationCounts } from './generation/index.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

describe(`new groups: fast path = reconcile path (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let templateId: string;
  let accounts: string[];
  let solutionInterests = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    const holding = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Holding'), T0);
    const europe = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Holding Europe', holding.id), T0);
    const france = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Holding France', europe.id), T0);
    const rel = (roles: string[] = [], endedOn: string | null = null) => ({ relationType: 'employee' as const, roles, startedOn: null, endedOn });
    const add = async (email: string, title: string | null, ...links: [string, string[], string | null][]) => {
      const p = await createPerson(t.db, SYSTEM_ACTOR, personFields(email, title), T0);
      for (const [accountId, roles, endedOn] of links) await createRelation(t.db, SYSTEM_ACTOR, accountId, p.id, rel(roles, endedOn), T0);
      return p.id;
    };
    // Reachable from Holding through Europe (Budget owner → Decision Maker) and France (no role there → Influencer).
    await add('cfo@holding.example', 'VP Finance', [europe.id, ['Budget owner'], null], [france.id, [], null]);
    await add('ops@holding.example', 'Director of Operations', [france.id, [], null]);
    await add('gone@holding.example', 'Chief Information Officer', [holding.id, [], '2026-01-31']);
    await add('eng@holding.example', 'Security Engineer', [holding.id, [], null]);
    await add('clerk@holding.example', null, [holding.id, [], null]);
    // Engagement: some people engaged (raw values that do not add up exactly in any order).
    const engaged = await t.db.selectFrom('people').select('id').orderBy('id').execute();
    for (const [i, p] of engaged.entries()) {
      if (i % 3 === 2) continue;
      const raw = [0.1, 17.3, 2.2, 33.33, 0.7][i % 5] as number;
      await t.db.updateTable('people').set({ engagement_raw: raw, engagement_score: 100 * (1 - Math.exp(-raw / 20)) }).where('id', '=', p.id).execute();
    }
    const tpl = await createRolesTemplate(
      t.db,
      SYSTEM_ACTOR,
      {
        name: 'Hierarchy',
        description: null,
        roles: [
          { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { any: [{ roleInAccount: { op: 'is', value: 'Budget owner' } }, { field: 'derivedSeniority', op: 'is', value: 'c-level' }] }, required: true, membersRequired: 1 },
          { roleId: 'rol_influencer', weightingBand: 'important', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'director'] }, required: true, membersRequired: 2 },
          { roleId: 'rol_practitioner', weightingBand: 'normal', autoAssign: true, condition: { field: 'jobTitle', op: 'contains', value: 'engineer' }, required: true, membersRequired: 3 },
          { roleId: 'rol_champion', weightingBand: 'trivial', autoAssign: false, required: false, membersRequired: 1 },
        ],
      },
      T0,
    );
    await publishRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0, undefined);
    templateId = tpl.id;
    accounts = [...tenant.accounts, holding.id, europe.id, france.id].sort();
  });
  afterAll(async () => t.drop());

  const newSolutionInterest = async () =>
    (await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: `Hierarchy ${++solutionInterests}`, description: null, products: [], templateId, stageModelId: null, followMembershipChanges: true }, T0)).id;

  /** Members and scores per account for a solution interest. */
  const state = async (solutionInterestId: string) => {
    const groups = await t.db
      .selectFrom('buying_groups')
      .select(['id', 'account_id', 'name', 'completeness', 'engagement', 'engagement_raw', 'active'])
      .where('solution_interest_id', '=', solutionInterestId)
      .orderBy('account_id')
      .execute();
    const out: Record<string, unknown> = {};
    for (const g of groups) {
      const members = await t.db
        .selectFrom('buying_group_members')
        .select(['person_id', 'role_id', 'source', 'removed'])
        .where('buying_group_id', '=', g.id)
        .orderBy('person_id')
        .execute();
      out[g.account_id] = { name: g.name, completeness: g.completeness, engagement: g.engagement, engagementRaw: g.engagement_raw, active: g.active, members };
    }
    return out;
  };

  const run = async (depth: number, preCreate: boolean): Promise<{ si: string; counts: GenerationCounts }> => {
    const si = await newSolutionInterest();
    const plan = await loadPlan(t.db, t.engine, si, { descendantDepth: depth }, null);
    if (preCreate) {
      // The groups exist, empty: generation goes through the reconcile path.
      const names = new Map((await t.db.selectFrom('accounts').select(['id', 'name']).execute()).map((a) => [a.id, a.name]));
      for (const accountId of accounts) {
        const name = groupName(plan.solutionInterestName, names.get(accountId) ?? '');
        await t.db
          .insertInto('buying_groups')
          .values({ account_id: accountId, id: newId('buyingGroup', T0), solution_interest_id: si, template_id: templateId, name, name_norm: normText(name), status_label: null, stage: null, completeness: 0, engagement: 0, engagement_raw: 0, active: 1, job_id: null, created_at: T0, updated_at: T0 })
          .execute();
      }
    }
    const counts = await t.db.transaction().execute((trx) => generateForAccounts(trx, plan, accounts, T0));
    return { si, counts };
  };

  for (const depth of [0, 2]) {
    it(`gives the same members and exact scores at depth ${depth}`, async () => {
      const fast = await run(depth, false);
      const slow = await run(depth, true);
      expect(fast.counts.groupsCreated).toBe(accounts.length);
      expect(slow.counts.groupsCreated).toBe(0);
      expect(fast.counts.membersAdded).toBe(slow.counts.membersAdded);
      expect(fast.counts.membersAdded).toBeGreaterThan(4);
      const a = await state(fast.si);
      const b = await state(slow.si);
      // Names differ by solution interest only.
      const strip = (s: Record<string, unknown>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { ...(v as object), name: undefined }]));
      expect(strip(a)).toEqual(strip(b));
      if (depth === 2) {
        // The person reachable through two descendants holds the higher-priority role.
        const cfo = await t.db.selectFrom('people').select('id').where('email_norm', '=', 'cfo@holding.example').executeTakeFirstOrThrow();
        const holding = accounts.find((id) => (a[id] as { name: string }).name.endsWith('for Holding'));
        expect((a[holding!] as { members: { person_id: string; role_id: string }[] }).members.find((m) => m.person_id === cfo.id)?.role_id).toBe('rol_decision_maker');
      }

      // The group_created events carry exactly the members and scores stored.
      const events = await t.db
        .selectFrom('events')
        .innerJoin('buying_groups as g', 'g.id', 'events.buying_group_id')
        .select(['events.type', 'events.account_id', 'events.payload'])
        .where('g.solution_interest_id', '=', fast.si)
        .orderBy('events.seq')
        .execute();
      expect(events.every((e) => e.type === 'group_created')).toBe(true);
      for (const e of events) {
        const payload = parseJson<{ members: { personId: string; roleId: string }[]; completeness: number; engagement: number }>(e.payload);
        const stored = a[e.account_id] as { members: { person_id: string; role_id: string }[]; completeness: number; engagement: number };
        expect(payload.members).toEqual(stored.members.map((m) => ({ personId: m.person_id, roleId: m.role_id })));
        expect([payload.completeness, payload.engagement]).toEqual([stored.completeness, stored.engagement]);
      }
    });
  }

  it('stores scores that a recompute leaves unchanged, and a second run changes nothing', async () => {
    const { si } = await run(2, false);
    expect((await recomputeGroupScores(t.db, T0)).changed).toBe(0);
    const plan = await loadPlan(t.db, t.engine, si, { descendantDepth: 2 }, null);
    const again = await t.db.transaction().execute((trx) => generateForAccounts(trx, plan, accounts, T0));
    expect(again).toMatchObject({ groupsCreated: 0, membersAdded: 0, membersRemoved: 0, rolesChanged: 0 });

    // A wrong stored score is put right, with its event, by the recompute (and only once).
    const group = await t.db.selectFrom('buying_groups').select(['id', 'completeness', 'engagement']).where('solution_interest_id', '=', si).orderBy('id').executeTakeFirstOrThrow();
    await t.db.updateTable('buying_groups').set({ completeness: 12.5 }).where('id', '=', group.id).execute();
    const fixed = await recomputeGroupScores(t.db, T0, 2);
    expect(fixed).toMatchObject({ changed: 1, events: 1 });
    expect((await t.db.selectFrom('buying_groups').select('completeness').where('id', '=', group.id).executeTakeFirstOrThrow()).completeness).toBe(group.completeness);
    const event = await t.db.selectFrom('events').select(['type', 'payload']).where('buying_group_id', '=', group.id).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect({ type: event.type, ...parseJson<object>(event.payload) }).toEqual({ type: 'completeness_changed', from: 12.5, to: group.completeness });
    expect((await recomputeGroupScores(t.db, T0, 2)).changed).toBe(0);
  });
});
