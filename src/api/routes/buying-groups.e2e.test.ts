import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface GroupBody {
  id: string;
  accountId: string;
  accountName: string;
  solutionInterestId: string;
  name: string;
  completeness: number;
  engagement: number;
  active: boolean;
  memberCount: number;
  [k: string]: unknown;
}
interface MemberBody {
  personId: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  roleId: string;
  roleName: string;
  source: string;
  removed: boolean;
  addedAt: string;
  removedAt: string | null;
}
type PageBody<T> = { data: T[]; nextCursor: string | null };

const T0 = Date.parse('2026-05-01T00:00:00Z');

describe('buying groups API (read)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const db = t.db.db;
    const acc = (id: string, name: string, industry: string, country: string) => ({
      id,
      name,
      name_norm: name.toLowerCase(),
      industry,
      industry_norm: industry.toLowerCase(),
      country,
      country_norm: country.toLowerCase(),
      employees: name.length * 100,
      custom: '{}',
      custom_norm: '{}',
      created_at: T0,
      updated_at: T0,
      version: 1,
    });
    await db.insertInto('accounts').values([acc('acc_A', 'Acme', 'Software', 'Germany'), acc('acc_B', 'Globex', 'Energy', 'United States'), acc('acc_C', 'Initech', 'Software', 'United States')]).execute();
    const tpl = (id: string, name: string) => ({ id, name, name_norm: name.toLowerCase(), description: null, status: 'live' as const, duplicated_from: null, published_at: T0, created_at: T0, updated_at: T0, version: 1 });
    await db.insertInto('roles_templates').values([tpl('tpl_1', 'T'), tpl('tpl_2', 'T2')]).execute();
    // tpl_1 requires a Decision Maker and two Influencers; tpl_2 (Data) requires a Champion only.
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
      .values([def('tpl_1', 0, 'rol_decision_maker', true), def('tpl_1', 1, 'rol_influencer', true, 2), def('tpl_1', 2, 'rol_practitioner', false), def('tpl_2', 0, 'rol_champion', true), def('tpl_2', 1, 'rol_decision_maker', false)])
      .execute();
    const si = (id: string, name: string, templateId: string) => ({ id, name, name_norm: name.toLowerCase(), description: null, products: '[]', template_id: templateId, stage_model_id: null, follow_membership_changes: 1, created_at: T0, updated_at: T0, version: 1 });
    await db.insertInto('solution_interests').values([si('si_SEC', 'Security', 'tpl_1'), si('si_DATA', 'Data', 'tpl_2')]).execute();
    const bg = (id: string, accountId: string, siId: string, name: string, completeness: number, engagement: number, active: number, at: number) => ({
      account_id: accountId,
      id,
      solution_interest_id: siId,
      template_id: siId === 'si_SEC' ? 'tpl_1' : 'tpl_2',
      name,
      name_norm: name.toLowerCase(),
      status_label: null,
      stage: null,
      completeness,
      engagement,
      active,
      created_at: T0 + at,
      updated_at: T0 + at,
    });
    await db
      .insertInto('buying_groups')
      .values([
        bg('bg_1', 'acc_A', 'si_SEC', 'Security for Acme', 50, 12.5, 1, 3),
        bg('bg_2', 'acc_B', 'si_SEC', 'Security for Globex', 100, 80, 1, 1),
        bg('bg_3', 'acc_C', 'si_SEC', 'security for Initech', 50, 40, 0, 2),
        bg('bg_4', 'acc_A', 'si_DATA', 'Data for Acme', 33.333333333333336, 0, 1, 4),
      ])
      .execute();
    const person = (id: string, email: string, first: string, last: string, title: string) => ({
      id,
      email,
      email_norm: email,
      first_name: first,
      first_name_norm: first.toLowerCase(),
      last_name: last,
      last_name_norm: last.toLowerCase(),
      job_title: title,
      job_title_norm: title.toLowerCase(),
      email_invalid: 0,
      email_suspended: 0,
      unsubscribed: 0,
      engagement_score: 0,
      custom: '{}',
      custom_norm: '{}',
      created_at: T0,
      updated_at: T0,
      version: 1,
    });
    await db.insertInto('people').values([person('per_1', 'ann@acme.com', 'Ann', 'Lee', 'CISO'), person('per_2', 'bob@acme.com', 'Bob', 'Ray', 'IT Director'), person('per_3', 'cy@acme.com', 'Cy', 'Ng', 'Analyst')]).execute();
    const member = (personId: string, roleId: string, source: 'manual' | 'rule', removed: number, at: number) => ({
      account_id: 'acc_A',
      buying_group_id: 'bg_1',
      person_id: personId,
      role_id: roleId,
      source,
      removed,
      added_at: T0 + at,
      removed_at: removed ? T0 + at + 1000 : null,
      updated_at: T0 + at,
    });
    await db.insertInto('buying_group_members').values([member('per_1', 'rol_decision_maker', 'rule', 0, 10), member('per_2', 'rol_influencer', 'manual', 0, 20), member('per_3', 'rol_practitioner', 'rule', 1, 30)]).execute();
    // The stage keys the stage filter accepts are those of the stage models.
    const stages = [
      { key: 'new', name: 'New', kind: 'entry' },
      { key: 'won', name: 'Won', kind: 'success' },
      { key: 'Lost', name: 'Lost', kind: 'failure' },
    ];
    const definition = JSON.stringify({ stages, transitions: [{ from: 'new', to: 'won' }, { from: 'new', to: 'Lost' }] });
    await db.insertInto('stage_models').values({ id: 'stm_1', name: 'Funnel', name_norm: 'funnel', description: null, status: 'live', definition, published_at: T0, created_at: T0, updated_at: T0, version: 1 }).execute();
  });
  afterAll(async () => t.close());

  const ids = (res: { body: PageBody<GroupBody> }) => res.body.data.map((g) => g.id);

  it('lists buying groups sorted by name (case-insensitively), filtered by solution interest, account and active', async () => {
    const all = await t.call<PageBody<GroupBody>>('GET', '/buying-groups', undefined, { as: 'viewer' });
    expect(all.status).toBe(200);
    expect(ids(all)).toEqual(['bg_4', 'bg_1', 'bg_2', 'bg_3']);
    expect(all.body.data[1]).toMatchObject({ accountId: 'acc_A', accountName: 'Acme', solutionInterestId: 'si_SEC', completeness: 50, engagement: 12.5, active: true, memberCount: 2 });
    expect(ids(await t.call('GET', '/buying-groups?solutionInterestId=si_SEC'))).toEqual(['bg_1', 'bg_2', 'bg_3']);
    expect(ids(await t.call('GET', '/buying-groups?accountId=acc_A'))).toEqual(['bg_4', 'bg_1']);
    expect(ids(await t.call('GET', '/buying-groups?solutionInterestId=si_SEC&active=false'))).toEqual(['bg_3']);
    expect(ids(await t.call('GET', '/buying-groups?active=true&sort=-name'))).toEqual(['bg_2', 'bg_1', 'bg_4']);
  });

  it('sorts by completeness, engagement and creation, paging with a cursor through ties', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: PageBody<GroupBody> } = await t.call('GET', `/buying-groups?sort=-completeness&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...ids(res));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['bg_2', 'bg_3', 'bg_1', 'bg_4']);
    expect(ids(await t.call('GET', '/buying-groups?sort=completeness'))).toEqual(['bg_4', 'bg_1', 'bg_3', 'bg_2']);
    expect(ids(await t.call('GET', '/buying-groups?sort=-engagement'))).toEqual(['bg_2', 'bg_3', 'bg_1', 'bg_4']);
    expect(ids(await t.call('GET', '/buying-groups?sort=createdAt'))).toEqual(['bg_2', 'bg_3', 'bg_1', 'bg_4']);
    const firstTwo = await t.call<PageBody<GroupBody>>('GET', '/buying-groups?sort=completeness&limit=2');
    expect(ids(firstTwo)).toEqual(['bg_4', 'bg_1']);
    expect(firstTwo.body.data[0]?.completeness).toBe(33.333333333333336);
    expect(ids(await t.call('GET', `/buying-groups?sort=completeness&limit=2&cursor=${firstTwo.body.nextCursor}`))).toEqual(['bg_3', 'bg_2']);
  });

  it('gets one buying group', async () => {
    const g = await t.call<GroupBody>('GET', '/buying-groups/bg_3');
    expect(g.status).toBe(200);
    expect(g.body).toMatchObject({ id: 'bg_3', name: 'security for Initech', accountName: 'Initech', active: false, memberCount: 0, createdAt: '2026-05-01T00:00:00.002Z' });
  });

  it('lists members with role, source, removed flag and the person’s name, email and title', async () => {
    const all = await t.call<PageBody<MemberBody>>('GET', '/buying-groups/bg_1/members');
    expect(all.status).toBe(200);
    expect(all.body.data).toEqual([
      { personId: 'per_1', email: 'ann@acme.com', firstName: 'Ann', lastName: 'Lee', jobTitle: 'CISO', roleId: 'rol_decision_maker', roleName: 'Decision Maker', source: 'rule', removed: false, personEngagement: 0, personEngagementDisplay: 0, addedAt: '2026-05-01T00:00:00.010Z', removedAt: null, updatedAt: '2026-05-01T00:00:00.010Z' },
      { personId: 'per_2', email: 'bob@acme.com', firstName: 'Bob', lastName: 'Ray', jobTitle: 'IT Director', roleId: 'rol_influencer', roleName: 'Influencer', source: 'manual', removed: false, personEngagement: 0, personEngagementDisplay: 0, addedAt: '2026-05-01T00:00:00.020Z', removedAt: null, updatedAt: '2026-05-01T00:00:00.020Z' },
      { personId: 'per_3', email: 'cy@acme.com', firstName: 'Cy', lastName: 'Ng', jobTitle: 'Analyst', roleId: 'rol_practitioner', roleName: 'Practitioner', source: 'rule', removed: true, personEngagement: 0, personEngagementDisplay: 0, addedAt: '2026-05-01T00:00:00.030Z', removedAt: '2026-05-01T00:00:01.030Z', updatedAt: '2026-05-01T00:00:00.030Z' },
    ]);
    expect((await t.call<PageBody<MemberBody>>('GET', '/buying-groups/bg_1/members?removed=false')).body.data.map((m) => m.personId)).toEqual(['per_1', 'per_2']);
    expect((await t.call<PageBody<MemberBody>>('GET', '/buying-groups/bg_1/members?roleId=rol_practitioner')).body.data.map((m) => m.personId)).toEqual(['per_3']);
    const page1 = await t.call<PageBody<MemberBody>>('GET', '/buying-groups/bg_1/members?limit=2');
    expect(page1.body.data.map((m) => m.personId)).toEqual(['per_1', 'per_2']);
    const page2 = await t.call<PageBody<MemberBody>>('GET', `/buying-groups/bg_1/members?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toMatchObject({ nextCursor: null });
    expect(page2.body.data.map((m) => m.personId)).toEqual(['per_3']);
    expect((await t.call<PageBody<MemberBody>>('GET', '/buying-groups/bg_2/members')).body).toEqual({ data: [], nextCursor: null });
  });

  it('carries missing roles, role coverage and display scores with every group', async () => {
    const all = await t.call<PageBody<GroupBody>>('GET', '/buying-groups');
    const byId = new Map(all.body.data.map((g) => [g.id, g]));
    expect(byId.get('bg_1')).toMatchObject({
      missingRoleIds: [],
      requiredRoles: [
        { roleId: 'rol_decision_maker', members: 1, membersRequired: 1, score: 100 },
        { roleId: 'rol_influencer', members: 1, membersRequired: 2, score: 50 },
      ],
      completeness: 50,
      completenessDisplay: 50,
      engagement: 12.5,
      engagementDisplay: 13, // half up
    });
    expect(byId.get('bg_2')?.missingRoleIds).toEqual(['rol_decision_maker', 'rol_influencer']);
    expect(byId.get('bg_4')).toMatchObject({ missingRoleIds: ['rol_champion'], completeness: 33.333333333333336, completenessDisplay: 33, engagementDisplay: 0 });
    const one = await t.call<GroupBody>('GET', '/buying-groups/bg_1');
    expect(one.body).toMatchObject({ missingRoleIds: [], completenessDisplay: 50, engagementDisplay: 13 });
  });

  it('finds the gaps: missing required roles, with score ranges, paging through the result', async () => {
    const q = async (query: string) => ids(await t.call('GET', `/buying-groups?${query}`));
    // bg_4's template does not require a Decision Maker; bg_1 has one.
    expect(await q('missingRoleId=rol_decision_maker')).toEqual(['bg_2', 'bg_3']);
    expect(await q('missingRoleId=rol_decision_maker&completenessBelow=50')).toEqual([]);
    expect(await q('missingRoleId=rol_decision_maker&completenessMax=50')).toEqual(['bg_3']);
    expect(await q('missingRoleId=rol_decision_maker&completenessBelow=50.5&active=true')).toEqual([]);
    expect(await q('missingRoleId=rol_decision_maker&missingRoleId=rol_influencer')).toEqual(['bg_2', 'bg_3']);
    expect(await q('missingRoleId=rol_champion')).toEqual(['bg_4']);
    expect(await q('missingRoleId=rol_champion&missingRoleId=rol_decision_maker')).toEqual([]);
    // any of them missing: the union, in the list's order
    expect(await q('missingRoleId=rol_champion&missingRoleId=rol_decision_maker&missingRoleMatch=any')).toEqual(['bg_4', 'bg_2', 'bg_3']);
    expect(await q('missingRoleId=rol_champion&missingRoleMatch=all')).toEqual(['bg_4']);
    expect((await t.call('GET', '/buying-groups?missingRoleMatch=some')).status).toBe(400);
    expect(await q('missingRoleId=rol_other')).toEqual([]); // no template requires it
    expect(await q('hasMissingRoles=true')).toEqual(['bg_4', 'bg_2', 'bg_3']);
    expect(await q('hasMissingRoles=false')).toEqual(['bg_1']);
    expect(await q('missingRoleId=rol_decision_maker&sort=-completeness')).toEqual(['bg_2', 'bg_3']);
    const first = await t.call<PageBody<GroupBody>>('GET', '/buying-groups?missingRoleId=rol_decision_maker&limit=1');
    expect(ids(first)).toEqual(['bg_2']);
    const second = await t.call<PageBody<GroupBody>>('GET', `/buying-groups?missingRoleId=rol_decision_maker&limit=1&cursor=${first.body.nextCursor}`);
    expect(ids(second)).toEqual(['bg_3']);
    expect(second.body.nextCursor).toBeNull();
    // A member removed by hand no longer counts.
    await t.db.db.updateTable('buying_group_members').set({ removed: 1 }).where('person_id', '=', 'per_1').execute();
    expect(await q('missingRoleId=rol_decision_maker')).toEqual(['bg_1', 'bg_2', 'bg_3']);
    await t.db.db.updateTable('buying_group_members').set({ removed: 0 }).where('person_id', '=', 'per_1').execute();
  });

  it('filters by template, solution interests, score ranges, stage, status label and account attributes; sorts by update time', async () => {
    const q = async (query: string) => ids(await t.call('GET', `/buying-groups?${query}`));
    expect(await q('templateId=tpl_2')).toEqual(['bg_4']);
    expect(await q('templateId=tpl_1&templateId=tpl_2')).toEqual(['bg_4', 'bg_1', 'bg_2', 'bg_3']);
    expect(await q('solutionInterestId=si_DATA&solutionInterestId=si_SEC&active=false')).toEqual(['bg_3']);
    expect(await q('completenessMin=50&completenessMax=50')).toEqual(['bg_1', 'bg_3']);
    expect(await q('completenessMin=33.4')).toEqual(['bg_1', 'bg_2', 'bg_3']);
    expect(await q('engagementMin=40&engagementMax=80')).toEqual(['bg_2', 'bg_3']);
    expect(await q('engagementBelow=40')).toEqual(['bg_4', 'bg_1']);

    const db = t.db.db;
    await db.updateTable('buying_groups').set({ stage: 'new', status_label: 'Hot Lead', status_label_norm: 'hot lead' }).where('id', '=', 'bg_1').execute();
    await db.updateTable('buying_groups').set({ stage: 'won' }).where('id', '=', 'bg_2').execute();
    await db.updateTable('buying_groups').set({ status_label: 'Cold', status_label_norm: 'cold' }).where('id', '=', 'bg_3').execute();
    expect(await q('stage=new&stage=won')).toEqual(['bg_1', 'bg_2']);
    expect(await q('stage=won')).toEqual(['bg_2']);
    expect(await q('statusLabel=%20hot%20LEAD%20')).toEqual(['bg_1']);
    expect(await q('statusLabel=hot%20lead&statusLabel=COLD')).toEqual(['bg_1', 'bg_3']);
    expect(await q('hasStatusLabel=false')).toEqual(['bg_4', 'bg_2']);
    expect(await q('hasStatusLabel=true&stage=new')).toEqual(['bg_1']);
    const labelled = await t.call<PageBody<GroupBody>>('GET', '/buying-groups?statusLabel=cold');
    expect(labelled.body.data[0]).toMatchObject({ statusLabel: 'Cold', stage: null });

    expect(await q('accountIndustry=SOFTWARE')).toEqual(['bg_4', 'bg_1', 'bg_3']);
    expect(await q('accountIndustry=software&accountCountry=united%20states')).toEqual(['bg_3']);
    expect(await q('accountCountry=Germany&accountCountry=united%20states&solutionInterestId=si_SEC')).toEqual(['bg_1', 'bg_2', 'bg_3']);
    const cond = (c: unknown) => `accountCondition=${encodeURIComponent(JSON.stringify(c))}`;
    expect(await q(cond({ field: 'employees', op: 'gt', value: 500 }))).toEqual(['bg_2', 'bg_3']);
    expect(await q(cond({ any: [{ field: 'industry', op: 'is', value: 'energy' }, { field: 'country', op: 'is', value: ' GERMANY ' }] }))).toEqual(['bg_4', 'bg_1', 'bg_2']);
    expect(await q(`${cond({ not: { field: 'industry', op: 'is', value: 'energy' } })}&missingRoleId=rol_decision_maker`)).toEqual(['bg_3']);
    // account conditions over buying-group state: groups of accounts that have (or lack) a group for another solution interest
    expect(await q(`${cond({ buyingGroup: { solutionInterestId: 'si_DATA' } })}&solutionInterestId=si_SEC`)).toEqual(['bg_1']);
    expect(await q(`${cond({ not: { buyingGroup: { solutionInterestId: 'si_DATA', completeness: { op: 'lt', value: 50 } } } })}&solutionInterestId=si_SEC`)).toEqual(['bg_2', 'bg_3']);

    expect(await q('sort=-updatedAt')).toEqual(['bg_4', 'bg_1', 'bg_3', 'bg_2']);
    expect(await q('sort=updatedAt&limit=2')).toEqual(['bg_2', 'bg_3']);
  });

  it('refuses bad filters with problem+json naming the parameter', async () => {
    const field = async (query: string, code = 'validation_failed') => expectProblem(await t.call('GET', `/buying-groups?${query}`), 400, code).errors?.[0]?.field;
    const range = expectProblem(await t.call('GET', '/buying-groups?completenessMin=60&completenessMax=40'), 400, 'validation_failed');
    expect(range.errors?.[0]).toEqual({ field: '/completenessMin', message: 'completenessMin (60) is greater than completenessMax (40); no buying group can match' });
    expect(await field('completenessMin=101')).toBe('/completenessMin');
    expect(await field('engagementBelow=abc')).toBe('/engagementBelow');
    expect(await field('engagementMin=-1')).toBe('/engagementMin');
    expect(await field('missingRoleId=decision')).toBe('/missingRoleId');
    expect(await field('hasMissingRoles=maybe')).toBe('/hasMissingRoles');
    expect(await field('hasStatusLabel=1')).toBe('/hasStatusLabel');
    expect(await field('sort=-size')).toBe('/sort');
    expect(await field('accountCondition=%7Bnot%20json')).toBe('/accountCondition');
    const cond = (c: unknown) => `accountCondition=${encodeURIComponent(JSON.stringify(c))}`;
    expect(await field(cond({ field: 'colour', op: 'is', value: 'red' }), 'invalid_condition')).toMatch(/^\/accountCondition/);
    expect(await field(cond({ field: 'employees', op: 'gt', value: 'many' }), 'invalid_condition')).toMatch(/^\/accountCondition/);
    expect(await field(cond({ persona: 'psn_x' }), 'invalid_condition')).toMatch(/^\/accountCondition/);
    expect(await field(cond({ memberOfList: 'lst_NOPE' }), 'invalid_condition')).toMatch(/^\/accountCondition/);
  });

  it('refuses unknown ids in filters with a 400 naming the parameter and the value, suggesting what was meant', async () => {
    const problem = async (query: string) => expectProblem(await t.call('GET', `/buying-groups?${query}`), 400, 'validation_failed');
    const typo = await problem('missingRoleId=rol_decison_maker');
    expect(typo.errors).toEqual([{ field: '/missingRoleId', message: 'role rol_decison_maker does not exist; did you mean rol_decision_maker (Decision Maker)?' }]);
    expect(typo.detail).toContain('/missingRoleId');
    const unlike = await problem('missingRoleId=rol_procurement');
    expect(unlike.errors?.[0]?.message).toMatch(/^role rol_procurement does not exist; the roles are .*rol_decision_maker \(Decision Maker\)/);
    expect((await problem('solutionInterestId=si_SEC&solutionInterestId=si_NOPE')).errors).toEqual([{ field: '/solutionInterestId', message: 'solution interest si_NOPE does not exist; the solution interests are si_DATA (Data), si_SEC (Security)' }]);
    expect((await problem('templateId=tpl_3')).errors?.[0]).toMatchObject({ field: '/templateId', message: expect.stringContaining('roles template tpl_3 does not exist') });
    expect((await problem('accountId=acc_NOPE')).errors?.[0]).toEqual({ field: '/accountId', message: 'account acc_NOPE does not exist (GET /accounts lists them)' });
    const members = expectProblem(await t.call('GET', '/buying-groups/bg_1/members?roleId=rol_nope'), 400, 'validation_failed');
    expect(members.errors?.[0]?.field).toBe('/roleId');
  });

  it('takes role, solution interest and template names as well as ids (case-insensitive); unknown names list close ones', async () => {
    const q = async (query: string) => ids(await t.call('GET', `/buying-groups?${query}`));
    expect(await q('missingRole=Decision%20Maker')).toEqual(await q('missingRoleId=rol_decision_maker'));
    expect(await q('missingRole=%20decision%20MAKER%20&completenessBelow=60')).toEqual(['bg_3']);
    expect(await q('missingRole=Champion&missingRoleId=rol_decision_maker')).toEqual([]);
    expect(await q('missingRole=champion')).toEqual(['bg_4']);
    expect(await q('solutionInterest=security')).toEqual(['bg_1', 'bg_2', 'bg_3']);
    expect(await q('solutionInterest=DATA&solutionInterestId=si_SEC')).toEqual(['bg_4', 'bg_1', 'bg_2', 'bg_3']);
    expect(await q('template=t2')).toEqual(['bg_4']);
    const problem = async (query: string) => expectProblem(await t.call('GET', `/buying-groups?${query}`), 400, 'validation_failed');
    expect((await problem('missingRole=Decison%20Maker')).errors).toEqual([{ field: '/missingRole', message: 'no role is named "Decison Maker"; did you mean "Decision Maker"?' }]);
    expect((await problem('missingRole=Procurement')).errors?.[0]?.message).toBe(
      'no role is named "Procurement"; the roles are "Champion", "Decision Maker", "Executive Steering Committee", "Influencer", "Other", "Practitioner"',
    );
    expect((await problem('solutionInterest=Securty')).errors).toEqual([{ field: '/solutionInterest', message: 'no solution interest is named "Securty"; did you mean "Security"?' }]);
    expect((await problem('template=Nope')).errors?.[0]?.field).toBe('/template');
  });

  it('searches group names with q (case-insensitive substring) and matches stage keys case-insensitively', async () => {
    const q = async (query: string) => ids(await t.call('GET', `/buying-groups?${query}`));
    expect(await q('q=ACME')).toEqual(['bg_4', 'bg_1']);
    expect(await q('q=security%20for%20i')).toEqual(['bg_3']);
    expect(await q('q=50%25')).toEqual([]);
    expect(await q('q=zzz')).toEqual([]);
    const db = t.db.db;
    await db.updateTable('buying_groups').set({ stage: 'Lost' }).where('id', '=', 'bg_4').execute();
    try {
      expect(await q('stage=LOST')).toEqual(['bg_4']);
      expect(await q('stage=%20lost%20&q=data')).toEqual(['bg_4']);
      const bad = expectProblem(await t.call('GET', '/buying-groups?stage=wonn'), 400, 'validation_failed');
      expect(bad.errors).toEqual([{ field: '/stage', message: 'no stage model has a stage "wonn" (did you mean "won"?); the stage keys are "Lost", "new", "won"' }]);
    } finally {
      await db.updateTable('buying_groups').set({ stage: null }).where('id', '=', 'bg_4').execute();
    }
  });

  it('refuses bad input with problem+json naming the parameter', async () => {
    const sort = expectProblem(await t.call('GET', '/buying-groups?sort=size'), 400, 'validation_failed');
    expect(sort.errors?.[0]?.field).toBe('/sort');
    const active = expectProblem(await t.call('GET', '/buying-groups?active=yes'), 400, 'validation_failed');
    expect(active.errors?.[0]?.field).toBe('/active');
    const extra = expectProblem(await t.call('GET', '/buying-groups?size=3'), 400, 'validation_failed');
    expect(extra.errors?.[0]?.field).toBe('/size');
    expectProblem(await t.call('GET', '/buying-groups?limit=0'), 400, 'validation_failed');
    expectProblem(await t.call('GET', '/buying-groups?cursor=nonsense'), 400, 'invalid_cursor');
    expectProblem(await t.call('GET', '/buying-groups/bg_1/members?cursor=nonsense'), 400, 'invalid_cursor');
    expectProblem(await t.call('GET', '/buying-groups/bg_1/members?removed=maybe'), 400, 'validation_failed');
    expectProblem(await t.call('GET', '/buying-groups/acc_A'), 404, 'not_found');
    expectProblem(await t.call('GET', '/buying-groups/bg_NOPE'), 404, 'not_found');
    expectProblem(await t.call('GET', '/buying-groups/bg_NOPE/members'), 404, 'not_found');
    expectProblem(await t.call('GET', '/buying-groups', undefined, { as: null }), 401, 'unauthenticated');
    // Groups are made by creation jobs, not created directly.
    expectProblem(await t.call('POST', '/buying-groups', { name: 'x' }), 404, 'not_found');
    expect(Number((await t.db.db.selectFrom('buying_groups').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)).toBe(4);
  });
});
