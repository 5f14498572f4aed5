/**
 * Finding 12: one concurrency rule for every mutable resource. GET sends the version as ETag;
 * a stale If-Match is 412 naming the current version; a missing If-Match is required (428) for
 * configuration and optional for data; an unquoted tag is 400 malformed_if_match.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from './test-app.ts';
import { smallTenant, T0, type Tenant } from '../engine/test-fixtures.ts';
import { generateForAccounts, loadPlan } from '../engine/generation/index.ts';
import type { ConcurrencyKind } from './etag.ts';

interface Resource {
  name: string;
  kind: ConcurrencyKind;
  /** Creates one and returns its path (`/personas/psn_…`). */
  create(t: TestApp, n: number): Promise<string>;
  /** A PATCH body that changes something; `n` differs per call. */
  patch(n: number): Record<string, unknown>;
  deletable: boolean;
}

const created = async (t: TestApp, path: string, body: unknown, prefix = path): Promise<string> => {
  const res = await t.call<{ id: string }>('POST', path, body);
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return `${prefix}/${res.body.id}`;
};

const stageModel = { stages: [{ key: 'new', name: 'New', kind: 'entry' }], transitions: [] };
const cio = { field: 'jobTitle', op: 'contains', value: 'CIO' };

let tenant: Tenant;
let groupId: string;

const RESOURCES: Resource[] = [
  { name: 'account', kind: 'data', deletable: true, create: (t, n) => created(t, '/accounts', { name: `Account ${n}` }), patch: (n) => ({ industry: `Industry ${n}` }) },
  { name: 'person', kind: 'data', deletable: true, create: (t, n) => created(t, '/people', { email: `p${n}@example.com` }), patch: (n) => ({ jobTitle: `Title ${n}` }) },
  {
    name: 'relation',
    kind: 'data',
    deletable: true,
    create: async (t, n) => {
      const account = (await created(t, '/accounts', { name: `Employer ${n}` })).split('/')[2];
      const person = (await created(t, '/people', { email: `r${n}@example.com` })).split('/')[2];
      return created(t, '/relations', { accountId: account, personId: person });
    },
    patch: (n) => ({ roles: [`Role ${n}`] }),
  },
  { name: 'buying group', kind: 'data', deletable: false, create: async () => `/buying-groups/${groupId}`, patch: (n) => ({ statusLabel: `Status ${n}` }) },
  { name: 'role', kind: 'configuration', deletable: true, create: (t, n) => created(t, '/roles', { name: `Custom role ${n}` }), patch: (n) => ({ description: `d${n}` }) },
  { name: 'persona', kind: 'configuration', deletable: true, create: (t, n) => created(t, '/personas', { name: `Persona ${n}`, condition: cio }), patch: (n) => ({ description: `d${n}` }) },
  {
    name: 'roles template',
    kind: 'configuration',
    deletable: true,
    create: (t, n) => created(t, '/roles-templates', { name: `Template ${n}`, roles: [{ roleId: 'rol_decision_maker', weightingBand: 'vital', autoAssign: true, condition: cio, required: true }] }),
    patch: (n) => ({ description: `d${n}` }),
  },
  {
    name: 'solution interest',
    kind: 'configuration',
    deletable: true,
    create: (t, n) => created(t, '/solution-interests', { name: `Interest ${n}`, templateId: tenant.templateId }),
    patch: (n) => ({ description: `d${n}` }),
  },
  { name: 'account list', kind: 'configuration', deletable: true, create: (t, n) => created(t, '/account-lists', { name: `List ${n}`, kind: 'static' }), patch: (n) => ({ description: `d${n}` }) },
  { name: 'stage model', kind: 'configuration', deletable: true, create: (t, n) => created(t, '/stage-models', { name: `Pipeline ${n}`, ...stageModel }), patch: (n) => ({ description: `d${n}` }) },
  { name: 'journey', kind: 'configuration', deletable: true, create: (t, n) => created(t, '/journeys', { name: `Journey ${n}` }), patch: (n) => ({ description: `d${n}` }) },
  { name: 'weighting model', kind: 'configuration', deletable: true, create: (t, n) => created(t, '/weighting-models', { name: `Weights ${n}`, weights: { form_filled: 'vital' } }), patch: (n) => ({ name: `Weights ${n}` }) },
];

describe('one concurrency rule for every mutable resource', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp();
    tenant = await smallTenant(t.db.db);
    const plan = await loadPlan(t.db.db, t.db.engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
    await t.db.db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
    groupId = (await t.db.db.selectFrom('buying_groups').select('id').where('account_id', '=', tenant.accounts[0] as string).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => t.close());

  const tag = (v: number | string) => ({ headers: { 'if-match': typeof v === 'number' ? `"${v}"` : v } });
  const read = async (path: string) => {
    const res = await t.call<{ version: number }>('GET', path);
    expect(res.status).toBe(200);
    return res;
  };

  for (const r of RESOURCES) {
    it(`${r.name} (${r.kind}): ETag on GET, 412 when stale, ${r.kind === 'configuration' ? '428' : 'accepted'} without If-Match, 400 when unquoted`, async () => {
      const path = await r.create(t, ++n);
      const first = await read(path);
      const v = first.body.version;
      expect(typeof v).toBe('number');
      expect(first.headers.get('etag')).toBe(`"${v}"`);

      const saved = await t.call<{ version: number }>('PATCH', path, r.patch(++n), tag(v));
      expect(saved.status).toBe(200);
      expect(saved.body.version).toBe(v + 1);
      expect(saved.headers.get('etag')).toBe(`"${v + 1}"`);

      // A second editor who read version v is told, not silently overwritten.
      const stale = expectProblem(await t.call('PATCH', path, r.patch(++n), tag(v)), 412, 'precondition_failed');
      expect(stale.detail).toContain(`version ${v + 1}`);
      expect((await read(path)).body.version).toBe(v + 1);

      // Unquoted: the header is malformed (not "changed since you read it").
      const unquoted = expectProblem(await t.call('PATCH', path, r.patch(++n), tag(String(v + 1))), 400, 'malformed_if_match');
      expect(unquoted.detail).toMatch(/malformed/i);
      expect(unquoted.detail).not.toMatch(/changed since/);

      const bare = await t.call('PATCH', path, r.patch(++n));
      if (r.kind === 'configuration') {
        const p = expectProblem(bare, 428, 'precondition_required');
        expect(p.detail).toMatch(/ETag/);
        expect((await read(path)).body.version).toBe(v + 1);
      } else {
        expect(bare.status).toBe(200);
        expect((await read(path)).body.version).toBe(v + 2);
      }
      const current = (await read(path)).body.version;

      if (r.deletable) {
        expectProblem(await t.call('DELETE', path, undefined, tag(current - 1)), 412, 'precondition_failed');
        expectProblem(await t.call('DELETE', path, undefined, tag(String(current))), 400, 'malformed_if_match');
        if (r.kind === 'configuration') expectProblem(await t.call('DELETE', path), 428, 'precondition_required');
        expect((await t.call('DELETE', path, undefined, tag(current))).status).toBe(204);
        expectProblem(await t.call('GET', path), 404, 'not_found');
      }
    });
  }

  it('buying group stage moves and member actions honour If-Match too', async () => {
    const path = `/buying-groups/${groupId}`;
    const v = (await read(path)).body.version;
    const stale = tag(v - 1 > 0 ? v - 1 : v + 7);
    expectProblem(await t.call('POST', `${path}/stage`, { to: 'new' }, stale), 412, 'precondition_failed');
    expectProblem(await t.call('POST', `${path}/members/actions`, { actions: [{ op: 'remove', personId: tenant.people.ciso }] }, stale), 412, 'precondition_failed');
    const done = await t.call<{ group: { version: number } }>('POST', `${path}/members/actions`, { actions: [{ op: 'remove', personId: tenant.people.ciso }] }, tag(v));
    expect(done.status).toBe(200);
    expect(done.body.group.version).toBe(v + 1);
    expect(done.headers.get('etag')).toBe(`"${v + 1}"`);
  });

  it('a missing configuration resource is 404 before any If-Match rule', async () => {
    expectProblem(await t.call('PATCH', '/personas/psn_MISSING', { description: 'x' }), 404, 'not_found');
    expectProblem(await t.call('DELETE', '/roles/rol_MISSING'), 404, 'not_found');
  });

  it('If-Match: * matches any current version; a weak tag never matches (strong comparison)', async () => {
    const path = await created(t, '/personas', { name: 'Star', condition: cio });
    const v = (await read(path)).body.version;
    expectProblem(await t.call('PATCH', path, { description: 'weak' }, tag(`W/"${v}"`)), 412, 'precondition_failed');
    expect((await t.call('PATCH', path, { description: 'any' }, tag('*'))).status).toBe(200);
    expect((await t.call('PATCH', path, { description: 'list' }, tag(`"${v}", "${v + 1}"`))).status).toBe(200);
  });
});
