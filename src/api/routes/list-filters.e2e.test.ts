import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../test-app.ts';

type Body = Record<string, unknown> & { id: string };

/** Every id-valued filter of every list endpoint: an unknown id is a 400 naming the parameter. */
describe('id filters of the list endpoints', () => {
  let t: TestApp;
  let account: Body;
  let person: Body;
  beforeAll(async () => {
    t = await createTestApp();
    account = (await t.call<Body>('POST', '/accounts', { name: 'Filter Co' })).body;
    person = (await t.call<Body>('POST', '/people', { email: 'filter@example.com' })).body;
    await t.call('POST', '/relations', { accountId: account.id, personId: person.id });
  });
  afterAll(async () => t.close());

  const cases: [path: string, param: string, value: string, message: RegExp][] = [
    ['/accounts', 'parentId', 'acc_NOPE', /^account acc_NOPE does not exist/],
    ['/people', 'accountId', 'acc_NOPE', /^account acc_NOPE does not exist/],
    ['/relations', 'accountId', 'acc_NOPE', /^account acc_NOPE does not exist/],
    ['/relations', 'personId', 'per_NOPE', /^person per_NOPE does not exist/],
    ['/activities', 'personId', 'per_NOPE', /^person per_NOPE does not exist/],
    ['/activities', 'accountId', 'acc_NOPE', /^account acc_NOPE does not exist/],
    ['/roles-templates', 'roleId', 'rol_decison_maker', /^role rol_decison_maker does not exist; did you mean rol_decision_maker \(Decision Maker\)\?$/],
    ['/solution-interests', 'templateId', 'tpl_NOPE', /^roles template tpl_NOPE does not exist/],
    ['/solution-interests', 'stageModelId', 'stm_NOPE', /^stage model stm_NOPE does not exist/],
    ['/buying-groups', 'accountId', 'acc_NOPE', /^account acc_NOPE does not exist/],
  ];

  it.each(cases)('GET %s?%s=%s is a 400 at /%s', async (path, param, value, message) => {
    const res = expectProblem(await t.call('GET', `${path}?${param}=${value}`), 400, 'validation_failed');
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.field).toBe(`/${param}`);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.detail).toContain(`/${param}`);
  });

  it('answers known ids (and the "none" sentinels) as before', async () => {
    for (const path of [`/people?accountId=${account.id}`, `/relations?accountId=${account.id}&personId=${person.id}`, `/activities?personId=${person.id}`, '/accounts?parentId=none', '/solution-interests?stageModelId=none', '/roles-templates?roleId=rol_decision_maker']) {
      expect((await t.call('GET', path)).status, path).toBe(200);
    }
    expect((await t.call<{ data: Body[] }>('GET', `/people?accountId=${account.id}`)).body.data.map((p) => p.id)).toEqual([person.id]);
  });
});
