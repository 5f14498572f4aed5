import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';
import { DM_WORDS, INFLUENCER_WORDS, accountName, seedExportData } from '../../engine/exports.testdata.ts';

interface Group {
  id: string;
  accountId: string;
  name: string;
  memberCount: number;
  missingRoleIds: string[];
  requiredRoles: { roleId: string; members: number; membersRequired: number }[];
}
type Page<T> = { data: T[]; nextCursor: string | null };

// More than one export page (500) and one list page, so that page boundaries are crossed.
const GROUPS = 1200;

describe('exports API (groups, members, gaps)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedExportData(t.db.db, { groups: GROUPS });
  }, 120_000);
  afterAll(async () => t.close());

  const raw = async (path: string, as: 'admin' | 'viewer' = 'admin') => {
    const res = await fetch(`${t.baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${t.tokens[as]}` } });
    return { status: res.status, headers: res.headers, text: await res.text() };
  };
  const csv = (text: string) => parse(text, { columns: true, bom: false }) as Record<string, string>[];
  const jsonl = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

  /** Every group GET /buying-groups lists for the filters, in its order (all pages). */
  async function listAll(filters: string): Promise<Group[]> {
    const out: Group[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: Page<Group> } = await t.call<Page<Group>>('GET', `/buying-groups?limit=500&${filters}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      out.push(...res.body.data);
      cursor = res.body.nextCursor;
    } while (cursor);
    return out;
  }

  const FILTERS = [
    '',
    'sort=-engagement',
    'missingRole=Decision%20Maker&completenessBelow=50',
    'solutionInterest=security&active=true&sort=-completeness',
    `accountCondition=${encodeURIComponent(JSON.stringify({ field: 'country', op: 'is', value: 'Germany' }))}&hasStatusLabel=true`,
    'q=acme',
  ];

  it.each(FILTERS)('groups: CSV and JSON Lines hold the list’s ids in its order (%s)', async (filters) => {
    const expected = (await listAll(filters)).map((g) => g.id);
    expect(expected.length).toBeGreaterThan(0);
    const c = await raw(`/buying-groups/export?${filters}`);
    expect(c.status).toBe(200);
    expect(csv(c.text).map((r) => r.id)).toEqual(expected);
    const j = await raw(`/buying-groups/export?format=jsonl&${filters}`);
    expect(j.status).toBe(200);
    expect(jsonl(j.text).map((r) => r.id)).toEqual(expected);
  });

  it('groups: headers, Browse columns with ids, and text that needs quoting survives the round trip', async () => {
    const res = await raw('/buying-groups/export?sort=name');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="buying-groups-2026-06-01.csv"');
    expect(res.text.split('\r\n')[0]).toBe(
      'id,name,account_id,account_name,solution_interest_id,solution_interest,template_id,template,active,status_label,stage,stage_name,completeness,completeness_exact,engagement,engagement_exact,members,missing_role_ids,missing_roles,updated_at',
    );
    const rows = new Map(csv(res.text).map((r) => [r.id, r]));
    const quoted = rows.get('bg_0000003')!;
    expect(quoted.account_name).toBe(accountName(3));
    expect(quoted.account_name).toContain('\n');
    expect(quoted.name).toBe(`Data for ${accountName(3)}`);
    expect(quoted.missing_roles).toBe('');
    expect(quoted.members).toBe('3');
    const none = rows.get('bg_0000000')!;
    expect(none).toMatchObject({ solution_interest: 'Data', template: 'Security template', active: 'false', status_label: 'Nurture, "hot"', missing_role_ids: 'rol_decision_maker; rol_influencer', missing_roles: 'Decision Maker; Influencer', completeness: '0' });
    // Formula injection: a cell starting with "=" is neutralised in CSV, kept as is in JSON Lines.
    expect(rows.get('bg_0000005')!.account_name).toBe(`'${accountName(5)}`);
    const j = jsonl((await raw('/buying-groups/export?format=jsonl&accountId=acc_0000005')).text);
    expect(j).toEqual([expect.objectContaining({ id: 'bg_0000005', account_name: accountName(5), missing_role_ids: ['rol_influencer'], active: true, completeness_exact: 50 })]);
  });

  it('groups: columns picks Browse columns (in Browse order, id first), as a list or repeated', async () => {
    const a = await raw('/buying-groups/export?columns=completeness,name&accountId=acc_0000001');
    expect(csv(a.text)).toEqual([{ id: 'bg_0000001', name: `Security for ${accountName(1)}`, completeness: '50', completeness_exact: '50' }]);
    const b = await raw('/buying-groups/export?format=jsonl&columns=missingRoles&columns=members&accountId=acc_0000001');
    expect(jsonl(b.text)).toEqual([{ id: 'bg_0000001', members: 1, missing_role_ids: ['rol_influencer'], missing_roles: ['Influencer'] }]);
  });

  it('members: one row per current member, groups in the list’s order, members as the group lists them', async () => {
    const filters = 'missingRole=Influencer&missingRoleMatch=any&sort=-engagement';
    const groups = await listAll(filters);
    const expected: string[] = [];
    for (const g of groups.slice(0, 40)) {
      const m = await t.call<Page<{ personId: string }>>('GET', `/buying-groups/${g.id}/members?removed=false&limit=500`);
      expected.push(...m.body.data.map((x) => `${g.id} ${x.personId}`));
    }
    const res = await raw(`/buying-groups/members/export?${filters}`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="buying-group-members-2026-06-01.csv"');
    const rows = csv(res.text);
    expect(rows.length).toBe(groups.reduce((n, g) => n + g.memberCount, 0));
    expect(rows.slice(0, expected.length).map((r) => `${r.group_id} ${r.person_id}`)).toEqual(expected);
    expect(Object.keys(rows[0]!)).toEqual(['group_id', 'group_name', 'account_id', 'account_name', 'person_id', 'email', 'first_name', 'last_name', 'job_title', 'role_id', 'role', 'source', 'added_at', 'engagement']);
    const one = csv((await raw('/buying-groups/members/export?accountId=acc_0000002')).text).find((r) => r.person_id === 'per_0000002_1')!;
    expect(one).toMatchObject({ group_id: 'bg_0000002', email: 'p2.1@a2.example.com', job_title: 'IT Director, "Infra"', role: 'Influencer', source: 'rule', added_at: '2026-05-01T00:00:02.001Z', engagement: '12' });
    const j = jsonl((await raw('/buying-groups/members/export?format=jsonl&accountId=acc_0000003')).text);
    expect(j.map((r) => [r.person_id, r.job_title])).toEqual([
      ['per_0000003_0', 'CISO'],
      ['per_0000003_1', 'IT Director, "Infra"'],
      ['per_0000003_2', '+Lead engineer'],
    ]);
  });

  it('gaps: one row per group × missing required role, the list’s order, conditions in words', async () => {
    const groups = await listAll('sort=name');
    const res = await raw('/buying-groups/gaps/export?sort=name');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="buying-group-gaps-2026-06-01.csv"');
    const rows = csv(res.text);
    expect(rows.map((r) => `${r.group_id} ${r.role_id}`)).toEqual(groups.flatMap((g) => g.missingRoleIds.map((r) => `${g.id} ${r}`)));
    const byKey = new Map(rows.map((r) => [`${r.group_id} ${r.role_id}`, r]));
    expect(byKey.get('bg_0000004 rol_decision_maker')).toEqual({
      group_id: 'bg_0000004',
      group_name: `Security for ${accountName(4)}`,
      account_id: 'acc_0000004',
      account_name: accountName(4),
      account_domain: 'a4.example.com',
      account_country: 'United States',
      solution_interest_id: 'si_sec',
      solution_interest: 'Security',
      role_id: 'rol_decision_maker',
      role: 'Decision Maker',
      members_required: '1',
      members_present: '0',
      conditions_in_words: DM_WORDS,
    });
    expect(byKey.get('bg_0000001 rol_influencer')).toMatchObject({ members_required: '2', members_present: '0', conditions_in_words: INFLUENCER_WORDS });
  });

  it('gaps: missing-role filters limit the rows to those roles; shortRoles adds roles held by too few', async () => {
    const dm = csv((await raw('/buying-groups/gaps/export?missingRole=decision%20maker')).text);
    expect(dm.length).toBe(GROUPS / 4);
    expect(new Set(dm.map((r) => r.role_id))).toEqual(new Set(['rol_decision_maker']));
    const short = jsonl((await raw('/buying-groups/gaps/export?format=jsonl&shortRoles=true&accountId=acc_0000002')).text);
    expect(short).toEqual([expect.objectContaining({ group_id: 'bg_0000002', role_id: 'rol_influencer', members_required: 2, members_present: 1 })]);
    expect(jsonl((await raw('/buying-groups/gaps/export?format=jsonl&accountId=acc_0000002')).text)).toEqual([]);
  });

  it('an export with no rows is the header alone (CSV) or nothing (JSON Lines)', async () => {
    const c = await raw('/buying-groups/gaps/export?accountId=acc_0000003');
    expect(c.text).toBe('group_id,group_name,account_id,account_name,account_domain,account_country,solution_interest_id,solution_interest,role_id,role,members_required,members_present,conditions_in_words\r\n');
    const j = await raw('/buying-groups/export?format=jsonl&completenessBelow=0');
    expect(j.status).toBe(200);
    expect(j.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(j.text).toBe('');
  });

  it('refuses bad parameters with a 400 problem naming the field, before any byte is streamed', async () => {
    const get = (path: string) => t.call('GET', path);
    expect(expectProblem(await get('/buying-groups/export?format=xlsx'), 400, 'validation_failed').errors?.[0]?.field).toBe('/format');
    expect(expectProblem(await get('/buying-groups/export?columns=name,salary'), 400, 'validation_failed').errors?.[0]).toMatchObject({ field: '/columns', message: expect.stringContaining('salary') });
    expect(expectProblem(await get('/buying-groups/members/export?solutionInterest=Nope'), 400, 'validation_failed').errors?.[0]?.field).toBe('/solutionInterest');
    expect(expectProblem(await get('/buying-groups/gaps/export?missingRole=Nobody'), 400, 'validation_failed').errors?.[0]?.field).toBe('/missingRole');
    expect(expectProblem(await get('/buying-groups/export?sort=salary'), 400, 'validation_failed').errors?.[0]?.field).toBe('/sort');
    expect(expectProblem(await get('/buying-groups/export?completenessMin=80&completenessMax=10'), 400, 'validation_failed').errors?.[0]?.field).toBe('/completenessMin');
    expect(expectProblem(await get('/buying-groups/export?accountCondition=%7Bnope'), 400, 'validation_failed').errors?.[0]?.field).toBe('/accountCondition');
    expect((await get('/buying-groups/gaps/export?shortRoles=maybe')).status).toBe(400);
  });

  it('viewers may export; without credentials it is a 401', async () => {
    expect((await raw('/buying-groups/gaps/export?accountId=acc_0000000', 'viewer')).status).toBe(200);
    expect((await t.call('GET', '/buying-groups/export', undefined, { as: null })).status).toBe(401);
  });
});
