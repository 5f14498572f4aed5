import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { QuorumError } from '../domain/errors.ts';
import { DAY_MS } from '../domain/clock.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import { createPersona } from '../store/personas.ts';
import { createRolesTemplate, publishRolesTemplate } from '../store/roles-templates.ts';
import { createSolutionInterest } from '../store/solution-interests.ts';
import { addAccountListMembers, createAccountList } from '../store/account-lists.ts';
import { ingestActivities } from '../store/activities.ts';
import { loadPersonFacts, factsNeeds, descendantScope } from '../store/facts.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from './jobs.ts';
import { loadPlan, ruleAssignments } from './generation/index.ts';
import { explainMember, type MemberExplanation } from './explain.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

async function runJob(t: TestDatabase, solutionInterestId: string, audienceId: string, descendantDepth = 0) {
  const job = await enqueueCreationJob(t.db, SYSTEM_ACTOR, { solutionInterestId, audienceId, options: { descendantDepth } }, T0);
  await claimNextJob(t.db, t.engine, 'w', T0);
  const done = await runCreationJob(t, job.id, { now: () => T0 });
  expect(done.status).toBe('succeeded');
  return done;
}

const leaves = (x: MemberExplanation, roleId: string) => {
  const r = x.roles.find((y) => y.roleId === roleId);
  return r?.explanation;
};

describe(`explain (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let acmeGroup: string;
  let globexGroup: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    await runJob(t, tenant.solutionInterestId, tenant.listId);
    const groups = await t.db.selectFrom('buying_groups').select(['id', 'account_id']).execute();
    acmeGroup = groups.find((g) => g.account_id === tenant.accounts[0])!.id;
    globexGroup = groups.find((g) => g.account_id === tenant.accounts[1])!.id;
  });
  afterAll(async () => t.drop());

  it('explains a person matching two roles: the first match wins, both are in the output with their leaves', async () => {
    const x = await explainMember(t.db, t.engine, acmeGroup, tenant.people.vp!, T0);
    expect(x.summary).toBe('Holds Influencer (rule): matched Influencer (priority 2) and Practitioner (priority 3); the first match wins');
    expect(x.membership).toMatchObject({ roleId: 'rol_influencer', source: 'rule', removed: false });
    expect(x.ruleRole).toEqual({ roleId: 'rol_influencer', roleName: 'Influencer' });
    expect(x.matchedRoleIds).toEqual(['rol_influencer', 'rol_practitioner']);
    expect(x.decision).toEqual({ kind: 'in_sync', decidedBy: null, change: null });
    expect(x.considered).toBe(true);
    expect(x.roles.map((r) => [r.priority, r.roleName, r.matched, r.outcome])).toEqual([
      [1, 'Decision Maker', false, 'not_matched'],
      [2, 'Influencer', true, 'first_match'],
      [3, 'Practitioner', true, 'also_matched'],
    ]);
    expect(leaves(x, 'rol_decision_maker')).toMatchObject({ kind: 'field', field: 'derivedSeniority', op: 'is', matched: false, actual: 'vp' });
    expect(leaves(x, 'rol_influencer')).toMatchObject({ kind: 'field', field: 'derivedSeniority', matched: true, actual: 'vp' });
    expect(leaves(x, 'rol_practitioner')).toMatchObject({ kind: 'field', field: 'jobTitle', op: 'contains', matched: true, actual: 'VP, Security Engineering' });
    expect(x.roles[0]!.reason).toBe('failed: derived seniority is “vp”, not “cxo”');
    expect(x.roles[1]!.reason).toBe('matched: derived seniority is “vp”');
    expect(x.roles[2]!.reason).toBe('matched (job title is “VP, Security Engineering”), but Influencer (priority 2) comes first');
    expect(x.roles[0]!.conditionText).toBe('derived seniority is “cxo”');
  });

  it('explains a non-member: every role failed, with the values seen', async () => {
    const x = await explainMember(t.db, t.engine, acmeGroup, tenant.people.clerk!, T0);
    expect(x.membership).toBeNull();
    expect(x.ruleRole).toBeNull();
    expect(x.roles.every((r) => r.matched === false)).toBe(true);
    expect(x.summary).toMatch(/^Not a member: no auto-assigned role's conditions hold: Decision Maker failed because derived seniority is (empty|“[^”]+”), not “cxo”; Influencer failed because derived seniority is (empty|“[^”]+”), not one of “vp”, “director”; Practitioner failed because job title is “Office clerk” \(needed: job title contains “engineer”\)$/);
  });

  it('explains a person removed by hand: rules would add them, the stronger source decides', async () => {
    const eng = tenant.people.eng!;
    await t.db.updateTable('buying_group_members').set({ removed: 1, source: 'manual', removed_at: T0 + 1000 }).where('person_id', '=', eng).execute();
    const x = await explainMember(t.db, t.engine, acmeGroup, eng, T0);
    expect(x.summary).toBe('Would be Practitioner by rules, but was removed by hand (manual); rules never re-add people removed by a stronger source');
    expect(x.decision).toEqual({ kind: 'removed_by_stronger_source', decidedBy: 'manual', change: null });
    expect(x.membership).toMatchObject({ roleId: 'rol_practitioner', source: 'manual', removed: true, removedAt: T0 + 1000 });
    expect(x.ruleRole?.roleId).toBe('rol_practitioner');
  });

  it('explains a member whose role was set manually: rules cannot change it', async () => {
    const vp = tenant.people.vp!;
    await t.db.updateTable('buying_group_members').set({ role_id: 'rol_champion', source: 'manual' }).where('person_id', '=', vp).execute();
    const x = await explainMember(t.db, t.engine, acmeGroup, vp, T0);
    expect(x.summary).toBe('Holds Champion set manually; rules (Influencer) cannot change it');
    expect(x.decision).toEqual({ kind: 'kept_by_stronger_source', decidedBy: 'manual', change: null });
    expect(x.membership?.roleName).toBe('Champion');
    // Rules agreeing with a manual role say so.
    await t.db.updateTable('buying_group_members').set({ role_id: 'rol_influencer', source: 'manual' }).where('person_id', '=', vp).execute();
    const agree = await explainMember(t.db, t.engine, acmeGroup, vp, T0);
    expect(agree.summary).toBe('Holds Influencer set manually; rules agree: matched Influencer (priority 2) and Practitioner (priority 3); the first match wins');
    await t.db.updateTable('buying_group_members').set({ role_id: 'rol_influencer', source: 'rule' }).where('person_id', '=', vp).execute();
  });

  it('explains a person whose relation ended: not considered by rules, and says so', async () => {
    const x = await explainMember(t.db, t.engine, acmeGroup, tenant.people.left!, T0);
    expect(x.considered).toBe(false);
    expect(x.ruleRole).toBeNull();
    expect(x.relations).toEqual([{ accountId: tenant.accounts[0], accountName: 'Acme', depth: 0, endedOn: '2026-01-31', active: false, roles: [] }]);
    expect(x.summary).toBe('Not a member: their relation with “Acme” ended on 2026-01-31 (they left the account); rules consider only people with an active relation to the account');
    // Their conditions are still shown: Chief Risk Officer is a CXO.
    expect(x.roles[0]).toMatchObject({ roleName: 'Decision Maker', matched: true });
    // A rule member whose relation has ended is removed at the next refresh.
    await t.db
      .insertInto('buying_group_members')
      .values({ account_id: tenant.accounts[0]!, buying_group_id: acmeGroup, person_id: tenant.people.left!, role_id: 'rol_decision_maker', source: 'rule', removed: 0, added_at: T0, removed_at: null, updated_at: T0 })
      .execute();
    const stale = await explainMember(t.db, t.engine, acmeGroup, tenant.people.left!, T0);
    expect(stale.summary).toBe('Holds Decision Maker (rule), but their relation with “Acme” ended on 2026-01-31 (they left the account); rules no longer consider them, so the next refresh removes them');
    expect(stale.decision.kind).toBe('would_remove');
    await t.db.deleteFrom('buying_group_members').where('person_id', '=', tenant.people.left!).execute();
  });

  it('refuses unknown groups and people, and a person of another account, with a clear message', async () => {
    const err = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        return e as QuorumError;
      }
      throw new Error('expected an error');
    };
    expect((await err(explainMember(t.db, t.engine, 'bg_nope', tenant.people.vp!, T0))).code).toBe('not_found');
    const noPerson = await err(explainMember(t.db, t.engine, acmeGroup, 'per_nope', T0));
    expect(noPerson.code).toBe('not_found');
    expect(noPerson.message).toBe('person per_nope does not exist');
    const other = await err(explainMember(t.db, t.engine, acmeGroup, tenant.people.gdir!, T0));
    expect(other.code).toBe('not_found');
    expect(other.message).toMatch(/^person gdir@example\.com \(per_\w+\) is not related to account “Acme” \(acc_\w+\) and has never been a member of buying group bg_\w+; they work at “Globex” \(acc_\w+\)/);
    expect(other.errors[0]?.field).toBe('/personId');
  });

  it("agrees with generation: for every person of the fixture, explain's rule role is ruleAssignments' role", async () => {
    const plan = await loadPlan(t.db, t.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    const sql = await ruleAssignments(t.db, plan, tenant.accounts, T0);
    let compared = 0;
    for (const [accountId, groupId] of [
      [tenant.accounts[0]!, acmeGroup],
      [tenant.accounts[1]!, globexGroup],
    ] as const) {
      const related = await t.db.selectFrom('account_people').select('person_id').where('account_id', '=', accountId).execute();
      for (const { person_id } of related) {
        const x = await explainMember(t.db, t.engine, groupId, person_id, T0);
        expect(x.ruleRole?.roleId ?? null, person_id).toBe(sql.get(accountId)?.get(person_id) ?? null);
        compared++;
      }
    }
    expect(compared).toBe(6);
  });
});

describe(`explain with personas, lists, activities, roles in the account and descendants (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  const people: Record<string, string> = {};
  let parent: string;
  let child: string;
  let siId: string;
  let groupId: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    parent = (await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech'), T0)).id;
    child = (await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech Labs', parent), T0)).id;
    const grandchild = (await createAccount(t.db, SYSTEM_ACTOR, accountFields('Initech Labs Berlin', child), T0)).id;
    const vipList = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'VIP', description: null, kind: 'static' }, T0);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, vipList.id, [child], T0);
    const audience = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Audience', description: null, kind: 'static' }, T0);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, audience.id, [parent], T0);
    const engaged = await createPersona(t.db, SYSTEM_ACTOR, { name: 'Engaged', description: null, condition: { activity: { type: ['email_clicked', 'form_filled'], atLeast: 2, inLastDays: 30 } } }, T0);
    const add = async (key: string, account: string, title: string, roles: string[] = []) => {
      const p = await createPerson(t.db, SYSTEM_ACTOR, personFields(`${key}@initech.example`, title, { custom: { tier: key === 'boss' ? 'Gold' : 'Silver' } }), T0);
      people[key] = p.id;
      await createRelation(t.db, SYSTEM_ACTOR, account, p.id, { relationType: 'employee', roles, startedOn: null, endedOn: null }, T0);
    };
    await add('boss', parent, 'CEO');
    await add('buyer', child, 'Procurement specialist', ['Budget owner']);
    await add('fan', child, 'Analyst');
    await add('deep', grandchild, 'CTO'); // two levels below: outside depth 1
    await add('plain', parent, 'Analyst');
    await ingestActivities(
      t.db,
      SYSTEM_ACTOR,
      [
        { personId: people.fan!, type: 'email_clicked', occurredAt: T0 - DAY_MS, accountId: null, metadata: {} },
        { personId: people.fan!, type: 'form_filled', occurredAt: T0 - 2 * DAY_MS, accountId: null, metadata: {} },
        { personId: people.plain!, type: 'email_clicked', occurredAt: T0 - 40 * DAY_MS, accountId: null, metadata: {} },
        { personId: people.plain!, type: 'form_filled', occurredAt: T0 - DAY_MS, accountId: null, metadata: {} },
      ],
      T0,
    );
    const tpl = await createRolesTemplate(
      t.db,
      SYSTEM_ACTOR,
      {
        name: 'Rich',
        description: null,
        roles: [
          { roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { all: [{ field: 'derivedSeniority', op: 'is', value: 'cxo' }, { field: 'custom.tier', op: 'is', value: 'gold' }] }, required: true, membersRequired: 1 },
          { roleId: 'rol_influencer', weightingBand: 'important', autoAssign: true, condition: { roleInAccount: { op: 'is', value: 'budget owner' } }, required: false, membersRequired: 1 },
          { roleId: 'rol_champion', weightingBand: 'normal', autoAssign: true, condition: { all: [{ persona: engaged.id }, { memberOfList: vipList.id }] }, required: false, membersRequired: 1 },
          { roleId: 'rol_other', weightingBand: 'trivial', autoAssign: false, condition: null, required: false, membersRequired: 1 },
        ],
      },
      T0,
    );
    await publishRolesTemplate(t.db, SYSTEM_ACTOR, tpl.id, T0, undefined);
    siId = (await createSolutionInterest(t.db, SYSTEM_ACTOR, { name: 'Rich SI', description: null, products: [], templateId: tpl.id, stageModelId: null, followMembershipChanges: true }, T0)).id;
    await runJob(t, siId, audience.id, 1);
    groupId = (await t.db.selectFrom('buying_groups').select('id').where('account_id', '=', parent).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t.drop());

  it('loads facts: fields, custom, relations with roles, activities within the window, list memberships', async () => {
    const personas = new Map([[(await t.db.selectFrom('personas').select(['id', 'condition']).executeTakeFirstOrThrow()).id, { activity: { type: 'email_clicked', atLeast: 1, inLastDays: 30 } }]]);
    const needs = factsNeeds([{ persona: [...personas.keys()][0]! }, { memberOfList: 'lst_x' }], personas);
    expect(needs).toEqual({ activityDays: 30, activityTypes: ['email_clicked'], listIds: ['lst_x'] });
    const loaded = await loadPersonFacts(t.db, [people.plain!, people.buyer!, 'per_missing'], T0);
    expect(loaded.people.size).toBe(2);
    const plain = loaded.people.get(people.plain!)!;
    expect(plain).toMatchObject({ email: 'plain@initech.example', jobTitle: 'Analyst', emailInvalid: false, custom: { tier: 'Silver' }, createdAt: T0 });
    expect(plain.activities.map((a) => a.type)).toEqual(['email_clicked', 'form_filled']);
    expect(loaded.people.get(people.buyer!)!.relations).toEqual([{ accountId: child, roles: ['Budget owner'], endedOn: null }]);
    expect([...(loaded.listMembers.values())].some((s) => s.has(child))).toBe(true);
    const windowed = await loadPersonFacts(t.db, [people.plain!], T0, { activityDays: 30, activityTypes: ['email_clicked', 'form_filled'], listIds: [] });
    expect(windowed.people.get(people.plain!)!.activities.map((a) => a.type)).toEqual(['form_filled']);
    const scope = await descendantScope(t.db, [parent], 1);
    expect([...scope.get(parent)!.entries()]).toEqual([
      [parent, 0],
      [child, 1],
    ]);
  });

  it('explains through a descendant account, roles in that account, personas and lists', async () => {
    const buyer = await explainMember(t.db, t.engine, groupId, people.buyer!, T0);
    expect(buyer.descendantDepth).toBe(1);
    expect(buyer.relations).toMatchObject([{ accountId: child, accountName: 'Initech Labs', depth: 1, active: true, roles: ['Budget owner'] }]);
    expect(buyer.summary).toBe('Holds Influencer (rule): matched Influencer (priority 2)');
    expect(buyer.roles[1]).toMatchObject({ viaAccountId: child, reason: 'matched: they have the role “Budget owner” in the account' });
    expect(buyer.roles[3]).toMatchObject({ roleName: 'Other', matched: null, outcome: 'not_auto_assigned' });

    const fan = await explainMember(t.db, t.engine, groupId, people.fan!, T0);
    expect(fan.summary).toBe('Holds Champion (rule): matched Champion (priority 3)');
    expect(fan.roles[2]!.reason).toBe('matched: they match persona “Engaged” (2 “email_clicked” or “form_filled” activities in the last 30 days) and they work at “Initech Labs”, in list “VIP”');

    const plain = await explainMember(t.db, t.engine, groupId, people.plain!, T0);
    expect(plain.summary).toContain('Champion failed because they do not match persona “Engaged” (1 “email_clicked” or “form_filled” activity in the last 30 days, fewer than the 2 needed) and they work at “Initech”, which is not in list “VIP”');
    expect(plain.summary).toContain('Influencer failed because they have no role in the account (needed: role in account is “budget owner”)');

    const boss = await explainMember(t.db, t.engine, groupId, people.boss!, T0);
    expect(boss.roles[0]!.reason).toBe('matched: derived seniority is “cxo” and custom attribute tier is “Gold”');

    const deep = explainMember(t.db, t.engine, groupId, people.deep!, T0);
    await expect(deep).rejects.toThrow(/or its accounts down to 1 level below and has never been a member/);
  });

  it("agrees with generation for every person in scope", async () => {
    const plan = await loadPlan(t.db, t.engine, siId, { descendantDepth: 1 }, null);
    const sql = (await ruleAssignments(t.db, plan, [parent], T0)).get(parent)!;
    expect(sql.size).toBe(3);
    for (const key of ['boss', 'buyer', 'fan', 'plain']) {
      const x = await explainMember(t.db, t.engine, groupId, people[key]!, T0);
      expect(x.ruleRole?.roleId ?? null, key).toBe(sql.get(people[key]!) ?? null);
    }
  });
});
