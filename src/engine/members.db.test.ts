import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { parseJson } from '../store/db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createAccount } from '../store/accounts.ts';
import { createPerson } from '../store/people.ts';
import { createRelation } from '../store/relations.ts';
import { QuorumError } from '../domain/errors.ts';
import type { MemberAction } from '../domain/assignment/index.ts';
import { generateForAccounts, loadPlan } from './generation/index.ts';
import { applyMemberActions } from './members.ts';
import { accountFields, personFields, smallTenant, T0, type Tenant } from './test-fixtures.ts';

const ALICE = { userId: 'usr_alice' };

describe(`manual member actions (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let tenant: Tenant;
  let acmeGroup: string;
  let p: Record<string, string>;

  const generate = async () => {
    const plan = await loadPlan(t.db, t.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    return t.db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    tenant = await smallTenant(t.db);
    p = tenant.people;
    await generate();
    acmeGroup = (await t.db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[0]!).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t.drop());

  const members = async (groupId = acmeGroup) =>
    (
      await t.db
        .selectFrom('buying_group_members as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(['p.email', 'm.role_id', 'm.source', 'm.removed'])
        .where('m.buying_group_id', '=', groupId)
        .orderBy('p.email')
        .execute()
    ).map((m) => `${m.email.split('@')[0]}:${m.role_id.slice(4)}:${m.source}${m.removed ? ':removed' : ''}`);
  const lastSeq = async () => (await t.db.selectFrom('events').select('seq').orderBy('seq', 'desc').executeTakeFirst())?.seq ?? 0;
  const eventsSince = async (seq: number) =>
    (await t.db.selectFrom('events').select(['type', 'payload', 'buying_group_id']).where('seq', '>', seq).orderBy('seq').execute()).map((e) => ({
      type: e.type,
      group: e.buying_group_id,
      ...parseJson<Record<string, unknown>>(e.payload),
    }));
  const group = async () => t.db.selectFrom('buying_groups').select(['completeness', 'updated_at']).where('id', '=', acmeGroup).executeTakeFirstOrThrow();
  const snapshot = async () => ({
    members: await members(),
    events: await lastSeq(),
    group: await group(),
    audit: (await t.db.selectFrom('audit_log').select('id').where('entity_type', '=', 'buying_group').execute()).length,
  });
  const refused = async (actions: MemberAction[], groupId = acmeGroup) => {
    try {
      await applyMemberActions(t.db, ALICE, groupId, actions, T0 + 1000);
    } catch (e) {
      if (e instanceof QuorumError) return e;
      throw e;
    }
    throw new Error('expected a refusal');
  };

  it('applies adds, removals and role changes in one go, with events, scores and an audit entry', async () => {
    expect(await members()).toEqual(['ciso:decision_maker:rule', 'eng:practitioner:rule', 'vp:influencer:rule']);
    expect((await group()).completeness).toBe(75);
    const seq = await lastSeq();
    const result = await applyMemberActions(
      t.db,
      ALICE,
      acmeGroup,
      [
        { op: 'remove', personId: p.eng! },
        { op: 'add', personId: p.clerk!, roleId: 'rol_influencer' },
        { op: 'add', personId: p.ciso!, roleId: 'rol_decision_maker' }, // confirms a rule member
      ],
      T0 + 1000,
    );
    expect(result).toEqual({
      buyingGroupId: acmeGroup,
      changes: [
        { index: 0, kind: 'member_removed', personId: p.eng, roleId: 'rol_practitioner', source: 'manual', previousSource: 'rule' },
        { index: 1, kind: 'member_added', personId: p.clerk, roleId: 'rol_influencer', source: 'manual' },
      ],
      unchanged: [{ index: 2, personId: p.ciso, reason: 'already holds this role; the membership is now manual' }],
    });
    expect(await members()).toEqual(['ciso:decision_maker:manual', 'clerk:influencer:manual', 'eng:practitioner:manual:removed', 'vp:influencer:rule']);
    expect(await group()).toEqual({ completeness: 100, updated_at: T0 + 1000 }); // DM 1/1, Influencer 2/2
    expect(await eventsSince(seq)).toEqual([
      { type: 'member_removed', group: acmeGroup, personId: p.eng, roleId: 'rol_practitioner', source: 'manual', previousSource: 'rule', reasonCode: 'removed_by_hand', reason: 'removed by hand (usr_alice)' },
      { type: 'member_added', group: acmeGroup, personId: p.clerk, roleId: 'rol_influencer', source: 'manual' },
      { type: 'completeness_changed', group: acmeGroup, from: 75, to: 100 },
    ]);
    const entry = await t.db.selectFrom('audit_log').select(['actor_id', 'action', 'entity_id']).where('entity_type', '=', 'buying_group').executeTakeFirstOrThrow();
    expect(entry).toEqual({ actor_id: 'usr_alice', action: 'member_actions', entity_id: acmeGroup });
    const row = await t.db.selectFrom('buying_group_members').select(['added_at', 'removed_at']).where('person_id', '=', p.eng!).executeTakeFirstOrThrow();
    expect(row.removed_at).toBe(T0 + 1000);
  });

  it('keeps what was done by hand when the rules run again: the removed person stays out, the added one stays in', async () => {
    const counts = await generate();
    expect(counts).toMatchObject({ membersAdded: 0, membersRemoved: 0, rolesChanged: 0 });
    expect(await members()).toEqual(['ciso:decision_maker:manual', 'clerk:influencer:manual', 'eng:practitioner:manual:removed', 'vp:influencer:rule']);
  });

  it('changes roles and re-adds a removed member', async () => {
    const seq = await lastSeq();
    const result = await applyMemberActions(
      t.db,
      ALICE,
      acmeGroup,
      [
        { op: 'change_role', personId: p.vp!, roleId: 'rol_practitioner' },
        { op: 'add', personId: p.eng!, roleId: 'rol_influencer' },
      ],
      T0 + 2000,
    );
    expect(result.changes.map((c) => c.kind)).toEqual(['role_changed', 'member_added']);
    expect(result.changes[0]).toEqual({ index: 0, kind: 'role_changed', personId: p.vp, fromRoleId: 'rol_influencer', toRoleId: 'rol_practitioner', source: 'manual', previousSource: 'rule' });
    expect(await members()).toEqual(['ciso:decision_maker:manual', 'clerk:influencer:manual', 'eng:influencer:manual', 'vp:practitioner:manual']);
    const row = await t.db.selectFrom('buying_group_members').select(['added_at', 'removed_at']).where('person_id', '=', p.eng!).executeTakeFirstOrThrow();
    expect(row).toEqual({ added_at: T0 + 2000, removed_at: null });
    // Influencer still 2/2 (clerk, eng): completeness unchanged, so no completeness event.
    expect((await eventsSince(seq)).map((e) => e.type)).toEqual(['role_changed', 'member_added']);
  });

  it('adds people of descendant accounts, but not people who left or belong elsewhere', async () => {
    const division = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Acme Labs', tenant.accounts[0]!), T0);
    const team = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Acme Labs Red Team', division.id), T0);
    const deep = await createPerson(t.db, SYSTEM_ACTOR, personFields('deep@example.com', 'Pen tester'), T0);
    await createRelation(t.db, SYSTEM_ACTOR, team.id, deep.id, { relationType: 'contractor', roles: [], startedOn: null, endedOn: null }, T0);
    const result = await applyMemberActions(t.db, ALICE, acmeGroup, [{ op: 'add', personId: deep.id, roleId: 'rol_practitioner' }], T0 + 3000);
    expect(result.changes).toEqual([{ index: 0, kind: 'member_added', personId: deep.id, roleId: 'rol_practitioner', source: 'manual' }]);

    const before = await snapshot();
    const e = await refused([
      { op: 'add', personId: p.left!, roleId: 'rol_decision_maker' },
      { op: 'add', personId: p.gdir!, roleId: 'rol_influencer' },
    ]);
    expect(e.code).toBe('validation_failed');
    expect(e.errors).toEqual([
      { field: '/actions/0/personId', message: `person ${p.left} left account "Acme" (${tenant.accounts[0]}): their relation ended on 2026-01-31` },
      { field: '/actions/1/personId', message: `person ${p.gdir} is not related to account "Acme" (${tenant.accounts[0]}) or its descendant accounts; add a relation first` },
    ]);
    expect(e.message).toBe(`2 actions are not valid, so none was applied: ${e.errors[0]?.message} (at /actions/0/personId)`);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a batch with any invalid action and writes nothing', async () => {
    const before = await snapshot();
    const e = await refused([
      { op: 'remove', personId: p.ciso! }, // valid on its own
      { op: 'add', personId: 'per_NOBODY', roleId: 'rol_influencer' },
      { op: 'add', personId: p.clerk!, roleId: 'rol_champion' },
      { op: 'change_role', personId: p.gdir!, roleId: 'rol_influencer' },
      { op: 'remove', personId: p.ciso! },
    ]);
    expect(e.errors.map((x) => x.field)).toEqual(['/actions/1/personId', '/actions/2/roleId', '/actions/3/personId', '/actions/4/personId']);
    expect(e.errors[1]?.message).toBe(
      'role "Champion" (rol_champion) is not in this buying group\'s roles template "Security"; use one of "Decision Maker" (rol_decision_maker), "Influencer" (rol_influencer), "Practitioner" (rol_practitioner)',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('takes at most 500 actions and at least one; an unknown group is not found', async () => {
    const many: MemberAction[] = Array.from({ length: 501 }, (_, i) => ({ op: 'remove', personId: `per_${i}` }));
    const tooMany = await refused(many);
    expect(tooMany.errors).toEqual([{ field: '/actions', message: 'at most 500 actions per call (got 501); send them in several calls' }]);
    expect((await refused([])).errors[0]?.field).toBe('/actions');
    expect((await refused([{ op: 'remove', personId: p.ciso! }], 'bg_NOPE')).code).toBe('not_found');
  });

  it('applies 500 actions in one transaction', async () => {
    const people = [];
    for (let i = 0; i < 500; i++) people.push({ id: `per_bulk_${String(i).padStart(3, '0')}`, email: `bulk${i}@example.com` });
    await t.db
      .insertInto('people')
      .values(people.map((x) => ({ id: x.id, email: x.email, email_norm: x.email, email_invalid: 0, email_suspended: 0, unsubscribed: 0, engagement_score: 0, custom: '{}', custom_norm: '{}', created_at: T0, updated_at: T0, version: 1 })))
      .execute();
    await t.db
      .insertInto('account_people')
      .values(people.map((x) => ({ account_id: tenant.accounts[1]!, person_id: x.id, id: `rel_${x.id}`, relation_type: 'employee' as const, roles: '[]', roles_norm: '[]', started_on: null, ended_on: null, created_at: T0, updated_at: T0 })))
      .execute();
    const globexGroup = (await t.db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[1]!).executeTakeFirstOrThrow()).id;
    const seq = await lastSeq();
    const result = await applyMemberActions(t.db, ALICE, globexGroup, people.map((x, i) => ({ op: 'add', personId: x.id, roleId: i === 0 ? 'rol_decision_maker' : 'rol_practitioner' })), T0 + 4000);
    expect(result.changes).toHaveLength(500);
    expect((await members(globexGroup)).length).toBe(501);
    const types = (await eventsSince(seq)).map((e) => e.type);
    expect(types.filter((x) => x === 'member_added')).toHaveLength(500);
    expect(types.at(-1)).toBe('completeness_changed'); // DM 0 → 1: 25 → 75
    expect((await t.db.selectFrom('buying_groups').select('completeness').where('id', '=', globexGroup).executeTakeFirstOrThrow()).completeness).toBe(75);
  });
});
