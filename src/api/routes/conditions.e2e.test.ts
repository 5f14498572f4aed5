import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

interface Field {
  path: string;
  type: string;
  operators: string[];
  values?: string[];
  group: string;
  seen?: number;
}
interface Catalogue {
  subject: string;
  fields: Field[];
  relationTypes: string[];
  customKeysTruncated: boolean;
  sampledRows: number;
}
interface Preview {
  count: number;
  samples: { id: string; name: string }[];
}

describe('condition fields and list preview API', () => {
  let t: TestApp;
  const acc: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    const seed = [
      { name: 'Acme', industry: 'Software', employees: 5000, custom: { tier: 'gold', seats: 40, renewal: '2026-09-01', strategic: true } },
      { name: 'Globex', industry: 'software ', employees: 800, custom: { tier: 'silver', seats: 'many' } },
      { name: 'Initech', industry: 'Software', employees: 1200, custom: { seats: 12, nested: { a: 1 } } },
      { name: 'Umbrella', industry: 'Pharma', employees: 90000 },
    ];
    for (const a of seed) acc[a.name] = ((await t.call('POST', '/accounts', a)).body as { id: string }).id;
    await t.call('POST', '/people', { email: 'ann@acme.test', jobTitle: 'CIO', custom: { badge: 'gold', score: 3 } });
  });
  afterAll(async () => t.close());

  it('lists built-in fields with operators and closed sets, and custom attributes found in the data with their type (viewers may read)', async () => {
    const res = await t.call<Catalogue>('GET', '/condition-fields?subject=person', undefined, { as: 'viewer' });
    expect(res.status).toBe(200);
    const byPath = new Map(res.body.fields.map((f) => [f.path, f]));
    expect(byPath.get('jobTitle')).toMatchObject({ type: 'string', group: 'person', operators: expect.arrayContaining(['contains', 'is_one_of']) });
    expect(byPath.get('derivedSeniority')).toMatchObject({ group: 'derived', values: ['unpaid', 'training', 'entry', 'senior', 'manager', 'director', 'vp', 'cxo', 'partner', 'owner'] });
    expect(byPath.get('derivedFunctions')).toMatchObject({ group: 'derived', type: 'string', values: expect.arrayContaining(['information_technology', 'customer_success_and_support']) });
    expect(byPath.get('derivedSpecialties')?.values).toContain('data_and_analytics');
    expect(byPath.get('titleConfidence')).toMatchObject({ group: 'derived', type: 'number' });
    expect(byPath.get('unsubscribed')?.operators).toEqual(['is_true', 'is_false']);
    expect(byPath.get('createdAt')?.operators).toContain('in_last_days');
    expect(byPath.get('custom.badge')).toMatchObject({ type: 'string', group: 'custom', seen: 1 });
    expect(byPath.get('custom.score')).toMatchObject({ type: 'number', operators: expect.arrayContaining(['between']) });
    expect(res.body.relationTypes).toEqual(['employee', 'contractor']);
    expect(res.body.customKeysTruncated).toBe(false);

    const accounts = await t.call<Catalogue>('GET', '/condition-fields?subject=account');
    const custom = accounts.body.fields.filter((f) => f.group === 'custom').map((f) => [f.path, f.type, f.seen]);
    // seats: two numbers beat one text; nested objects are not attributes a condition can read.
    expect(custom).toEqual([
      ['custom.renewal', 'date', 1],
      ['custom.seats', 'number', 2],
      ['custom.strategic', 'boolean', 1],
      ['custom.tier', 'string', 2],
    ]);
    expect(accounts.body.fields.find((f) => f.path === 'employees')).toMatchObject({ type: 'number', group: 'account' });
    expect(accounts.body.sampledRows).toBe(4);
  });

  it('refuses an unknown subject with the field named', async () => {
    const p = expectProblem(await t.call('GET', '/condition-fields?subject=company'), 400, 'validation_failed');
    expect(p.errors?.[0]?.field).toBe('/subject');
    expectProblem(await t.call('GET', '/condition-fields'), 400, 'validation_failed');
  });

  it('previews a dynamic list: the same count and members as a saved list with that condition', async () => {
    const condition = { all: [{ field: 'industry', op: 'is', value: 'software' }, { field: 'employees', op: 'gte', value: 1000 }] };
    const res = await t.call<Preview>('POST', '/account-lists/preview', { condition }, { as: 'viewer' });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.samples.map((s) => s.name)).toEqual(['Acme', 'Initech']);
    const saved = await t.call<{ id: string; memberCount: number }>('POST', '/account-lists', { name: 'Big software', kind: 'dynamic', condition });
    expect(saved.body.memberCount).toBe(res.body.count);
    const members = await t.call<{ data: { id: string }[] }>('GET', `/account-lists/${saved.body.id}/members`);
    expect(members.body.data.map((m) => m.id)).toEqual(res.body.samples.map((s) => s.id));

    const custom = await t.call<Preview>('POST', '/account-lists/preview', { condition: { field: 'custom.seats', type: 'number', op: 'between', value: [10, 50] } });
    expect(custom.body.samples.map((s) => s.name)).toEqual(['Acme', 'Initech']);
    const none = await t.call<Preview>('POST', '/account-lists/preview', { condition: { any: [] } });
    expect(none.body).toEqual({ count: 0, samples: [] });
  });

  it('refuses an invalid condition with the place named, and unknown references', async () => {
    const p = expectProblem(await t.call('POST', '/account-lists/preview', { condition: { all: [{ field: 'employees', op: 'contains', value: 'x' }] } }), 400, 'invalid_condition');
    expect(p.errors?.[0]?.field).toBe('/condition/all/0/op');
    const r = expectProblem(await t.call('POST', '/account-lists/preview', { condition: { memberOfList: 'lst_nope' } }), 400, 'invalid_condition');
    expect(r.errors?.[0]?.field).toBe('/condition/memberOfList');
    expectProblem(await t.call('POST', '/account-lists/preview', {}), 400, 'validation_failed');
  });

  it('names where a persona and a static list are used, and 404s for unknown ones', async () => {
    const persona = (await t.call<{ id: string }>('POST', '/personas', { name: 'CIOs', condition: { field: 'jobTitle', op: 'contains', value: 'cio' } })).body.id;
    const list = (await t.call<{ id: string }>('POST', '/account-lists', { name: 'Named', kind: 'static' })).body.id;
    expect((await t.call('GET', `/personas/${persona}/references`, undefined, { as: 'viewer' })).body).toEqual({ data: [] });
    await t.call('POST', '/personas', { name: 'CIOs in named accounts', condition: { all: [{ persona }, { memberOfList: list }] } });
    const tpl = await t.call<{ id: string }>('POST', '/roles-templates', {
      name: 'Security',
      roles: [{ roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: { persona }, required: true }],
    });
    expect(tpl.status).toBe(201);
    await t.call('POST', '/account-lists', { name: 'Named with people', kind: 'dynamic', condition: { all: [{ memberOfList: list }, { people: { atLeast: 1, where: { persona } } }] } });
    // A dynamic list whose people.where names a persona is counted like any other (it needs the personas).
    const lists = await t.call<{ data: { name: string; memberCount: number | null }[] }>('GET', '/account-lists?limit=500');
    expect(lists.status).toBe(200);
    expect(lists.body.data.find((l) => l.name === 'Named with people')?.memberCount).toBe(0);
    const refs = await t.call<{ data: { entityType: string; name: string; roleName?: string }[] }>('GET', `/personas/${persona}/references`);
    expect(refs.body.data.map((r) => [r.entityType, r.name, r.roleName])).toEqual([
      ['persona', 'CIOs in named accounts', undefined],
      ['roles_template', 'Security', 'Decision Maker'],
      ['account_list', 'Named with people', undefined],
    ]);
    const listRefs = await t.call<{ data: { entityType: string; name: string }[] }>('GET', `/account-lists/${list}/references`);
    expect(listRefs.body.data.map((r) => [r.entityType, r.name])).toEqual([
      ['persona', 'CIOs in named accounts'],
      ['account_list', 'Named with people'],
    ]);
    expectProblem(await t.call('GET', '/personas/psn_nope/references'), 404, 'not_found');
    expectProblem(await t.call('GET', '/account-lists/lst_nope/references'), 404, 'not_found');
  });
});
