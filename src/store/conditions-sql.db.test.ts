/**
 * The condition semantics at their edges (day boundaries, windows, wrong-typed custom values,
 * LIKE wildcards in the data, Unicode, ended relations, hierarchy), checked on the real engine
 * QUORUM_TEST_ENGINE selects AND by the TypeScript evaluator, against hand-written answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../domain/clock.ts';
import { evaluateCondition, type Condition, type EvaluationContext } from '../domain/conditions/index.ts';
import type { CustomAttributes } from '../domain/text.ts';
import { compileAccountCondition, compilePersonCondition, type SqlConditionContext } from './conditions-sql.ts';
import { NOW, accountFacts, insertDataset, personFacts, type AccountRow, type Dataset, type PersonRow } from './conditions-sql.testdata.ts';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';

const MIDNIGHT = Date.UTC(2025, 2, 15); // day of NOW (2025-03-15T13:27:45.123Z)

function acc(id: string, over: Partial<AccountRow> = {}): AccountRow {
  return { id, parentId: null, text: { name: id }, employees: null, annualRevenue: null, custom: {}, createdAt: MIDNIGHT, updatedAt: MIDNIGHT, ...over };
}
function per(id: string, over: Partial<Omit<PersonRow, 'text'>> & { text?: Record<string, string | null>; custom?: CustomAttributes } = {}): PersonRow {
  return {
    id,
    email: `${id}@example.com`,
    derivedSeniority: null,
    derivedFunction: null,
    derivedFunctions: [],
    derivedSpecialties: [],
    titleConfidence: 0,
    emailInvalid: false,
    emailSuspended: false,
    unsubscribed: false,
    engagementScore: 0,
    custom: {},
    createdAt: MIDNIGHT,
    updatedAt: MIDNIGHT,
    relations: [],
    activities: [],
    ...over,
    text: over.text ?? {},
  };
}

const dataset: Dataset = {
  accounts: [
    acc('acc_root', { employees: 0 }),
    acc('acc_mid', { parentId: 'acc_root', employees: 5000, annualRevenue: 2.5 }),
    acc('acc_leaf', { parentId: 'acc_mid', text: { name: 'Leaf', industry: '  ' } }),
    acc('acc_other', { text: { name: 'Other', industry: 'Software' }, custom: { segment: 'Enterprise', since: '2024-01-31', tier: 3 } }),
  ],
  lists: [{ id: 'lst_1', accountIds: ['acc_mid', 'acc_other'] }],
  personas: new Map<string, Condition>([
    ['psn_pct', { field: 'jobTitle', op: 'contains', value: '%' }],
    ['psn_not_pct', { not: { persona: 'psn_pct' } }],
  ]),
  people: [
    per('per_a', {
      createdAt: MIDNIGHT, // first ms of 2025-03-15
      updatedAt: NOW - 7 * DAY_MS, // exactly 7 days before now
      text: { jobTitle: '100% Director', city: 'İstanbul', department: 'ＩＴ' },
      custom: { score: 12, tier: 'Gold', renewal: '2025-03-08T23:59:59Z', vip: true },
      relations: [{ accountId: 'acc_mid', roles: ['Budget Owner'], endedOn: null, relationType: 'employee' }],
      activities: [
        { type: 'email_opened', occurredAt: NOW },
        { type: 'email_opened', occurredAt: NOW - 30 * DAY_MS },
      ],
      engagementScore: 99.5,
    }),
    per('per_b', {
      createdAt: MIDNIGHT - 1, // last ms of 2025-03-14
      updatedAt: NOW - 7 * DAY_MS - 1,
      text: { jobTitle: '100_Director', city: 'istanbul', department: 'it ' },
      custom: { score: '12', tier: 7, renewal: '2025-03-07', vip: 'true' },
      relations: [
        { accountId: 'acc_other', roles: ['Champion'], endedOn: '2025-03-15', relationType: 'employee' }, // ended today
        { accountId: 'acc_leaf', roles: ['  '], endedOn: '2025-03-16', relationType: 'contractor' }, // ends tomorrow
      ],
      activities: [
        { type: 'email_opened', occurredAt: NOW + 1 },
        { type: 'email_opened', occurredAt: NOW - 30 * DAY_MS - 1 },
      ],
    }),
    per('per_c', {
      createdAt: MIDNIGHT + DAY_MS, // tomorrow
      text: { jobTitle: 'Back\\slash Manager', city: null, department: '   ' },
      custom: { score: null, tier: ['Gold'], renewal: 'soon', vip: false },
      relations: [{ accountId: 'acc_other', roles: ['Champion', 'Straße'], endedOn: null, relationType: 'contractor' }],
      emailInvalid: true,
    }),
    per('per_d', {
      text: { jobTitle: null, city: 'ISTANBUL', department: null },
      custom: { score: 12.0, tier: { name: 'Gold' }, renewal: '2025-03-15', vip: 1 },
    }),
  ],
  groups: [
    { id: 'bg_1', accountId: 'acc_mid', solutionInterestId: 'si_a', active: true, stage: 'qualified', statusLabel: ' Hot ', completeness: 50, engagement: 12.5, members: [{ personId: 'per_a', roleId: 'rol_prop_a', removed: false }] },
    { id: 'bg_2', accountId: 'acc_other', solutionInterestId: 'si_a', active: false, stage: null, statusLabel: null, completeness: 0, engagement: 0, members: [{ personId: 'per_c', roleId: 'rol_prop_a', removed: true }] },
    { id: 'bg_3', accountId: 'acc_other', solutionInterestId: 'si_b', active: true, stage: 'won', statusLabel: 'Cold', completeness: 100, engagement: 99.9, members: [{ personId: 'per_c', roleId: 'rol_prop_b', removed: false }] },
  ],
};

describe(`condition semantics at the edges (${TEST_ENGINE} and TypeScript)`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await insertDataset(t.db, dataset);
  });
  afterAll(async () => t?.drop());

  const listMembers = new Map(dataset.lists.map((l) => [l.id, new Set(l.accountIds)]));

  async function people(cond: Condition, extra: Partial<SqlConditionContext & EvaluationContext> = {}): Promise<string[]> {
    const ctx = { engine: t.engine, now: NOW, personas: dataset.personas, listMembers, ...extra };
    const rows = await t.db.selectFrom('people').select('id').where(compilePersonCondition(cond, ctx)).orderBy('id').execute();
    const ts = dataset.people.filter((p) => evaluateCondition(cond, 'person', personFacts(p), ctx).matched).map((p) => p.id);
    expect(rows.map((r) => r.id), 'SQL and TypeScript agree').toEqual(ts);
    return ts;
  }
  async function accounts(cond: Condition): Promise<string[]> {
    const ctx = { engine: t.engine, now: NOW, personas: dataset.personas, listMembers };
    const rows = await t.db.selectFrom('accounts').select('id').where(compileAccountCondition(cond, ctx)).orderBy('id').execute();
    const ts = dataset.accounts.filter((a) => evaluateCondition(cond, 'account', accountFacts(a, dataset), ctx).matched).map((a) => a.id).sort();
    expect(rows.map((r) => r.id), 'SQL and TypeScript agree').toEqual(ts);
    return ts;
  }

  const personCases: [string, Condition, string[], { accountId?: string }?][] = [
    // built-in dates: UTC days
    ['eq day includes its first ms only', { field: 'createdAt', op: 'eq', value: '2025-03-15' }, ['per_a', 'per_d']],
    ['eq previous day includes its last ms', { field: 'createdAt', op: 'eq', value: '2025-03-14' }, ['per_b']],
    ['lt excludes the day', { field: 'createdAt', op: 'lt', value: '2025-03-15' }, ['per_b']],
    ['lte includes the whole day', { field: 'createdAt', op: 'lte', value: '2025-03-15' }, ['per_a', 'per_b', 'per_d']],
    ['gt starts the next day', { field: 'createdAt', op: 'gt', value: '2025-03-14' }, ['per_a', 'per_c', 'per_d']],
    ['after = gt', { field: 'createdAt', op: 'after', value: '2025-03-15' }, ['per_c']],
    ['gte includes the day', { field: 'createdAt', op: 'gte', value: '2025-03-15' }, ['per_a', 'per_c', 'per_d']],
    ['between is inclusive', { field: 'createdAt', op: 'between', value: ['2025-03-14', '2025-03-15'] }, ['per_a', 'per_b', 'per_d']],
    ['neq', { field: 'createdAt', op: 'neq', value: '2025-03-15' }, ['per_b', 'per_c']],
    ['in_last_days includes now − N days exactly', { field: 'updatedAt', op: 'in_last_days', value: 7 }, ['per_a', 'per_c', 'per_d']],
    ['in_last_days is N × 24 h back from now, the future excluded', { field: 'createdAt', op: 'in_last_days', value: 1 }, ['per_a', 'per_b', 'per_d']],
    // text
    ['% in the data is literal', { field: 'jobTitle', op: 'starts_with', value: '100%' }, ['per_a']],
    ['_ in the data is literal', { field: 'jobTitle', op: 'contains', value: '0_d' }, ['per_b']],
    ['\\ in the data is literal', { field: 'jobTitle', op: 'contains', value: 'k\\s' }, ['per_c']],
    ['no wildcard matching', { field: 'jobTitle', op: 'contains', value: '_' }, ['per_b']],
    ['İ lower-cases to i + dot', { field: 'city', op: 'is', value: 'i̇stanbul' }, ['per_a']],
    ['ascii I', { field: 'city', op: 'is', value: 'Istanbul' }, ['per_b', 'per_d']],
    ['full-width letters fold', { field: 'department', op: 'is', value: 'IT' }, ['per_a', 'per_b']],
    ['is_empty: null, empty, whitespace', { field: 'department', op: 'is_empty' }, ['per_c', 'per_d']],
    ['negative operators hold for missing values', { field: 'jobTitle', op: 'not_contains', value: 'director' }, ['per_c', 'per_d']],
    ['is_none_of', { field: 'city', op: 'is_none_of', value: ['istanbul', 'ISTANBUL'] }, ['per_a', 'per_c']],
    // custom attributes: another JSON type counts as missing
    ['custom number', { field: 'custom.score', type: 'number', op: 'eq', value: 12 }, ['per_a', 'per_d']],
    ['custom number: text "12" is missing', { field: 'custom.score', type: 'number', op: 'is_empty' }, ['per_b', 'per_c']],
    ['custom number neq holds for missing', { field: 'custom.score', type: 'number', op: 'neq', value: 12 }, ['per_b', 'per_c']],
    ['custom text ignores numbers, arrays, objects', { field: 'custom.tier', op: 'is_not_empty' }, ['per_a']],
    ['custom text', { field: 'custom.tier', op: 'is', value: 'GOLD' }, ['per_a']],
    ['custom date: day of an ISO time', { field: 'custom.renewal', type: 'date', op: 'eq', value: '2025-03-08' }, ['per_a']],
    ['custom date window by day', { field: 'custom.renewal', type: 'date', op: 'in_last_days', value: 7 }, ['per_a', 'per_d']],
    ['custom date: not a date is missing', { field: 'custom.renewal', type: 'date', op: 'is_empty' }, ['per_c']],
    ['custom date before', { field: 'custom.renewal', type: 'date', op: 'before', value: '2025-03-08' }, ['per_b']],
    ['custom boolean true', { field: 'custom.vip', type: 'boolean', op: 'is_true' }, ['per_a']],
    ['custom boolean false (1 and "true" are not booleans)', { field: 'custom.vip', type: 'boolean', op: 'is_false' }, ['per_c']],
    ['custom missing key', { field: 'custom.nothing', op: 'is_empty' }, ['per_a', 'per_b', 'per_c', 'per_d']],
    ['built-in boolean', { field: 'emailInvalid', op: 'is_true' }, ['per_c']],
    ['number', { field: 'engagementScore', op: 'gt', value: 99 }, ['per_a']],
    // activity window [now − D days, now]
    ['activity window is inclusive, future excluded', { activity: { type: 'email_opened', atLeast: 2, inLastDays: 30 } }, ['per_a']],
    ['activity one ms outside the window', { activity: { type: 'email_opened', atLeast: 1, inLastDays: 30 } }, ['per_a']],
    ['activity wider window', { activity: { type: ['form_filled', 'email_opened'], atLeast: 1, inLastDays: 31 } }, ['per_a', 'per_b']],
    // relations: active when ended_on is null or after today
    ['role in a relation ended today does not count', { roleInAccount: { op: 'is', value: 'champion' } }, ['per_c']],
    ['whitespace-only roles are no roles', { roleInAccount: { op: 'is_empty' } }, ['per_b', 'per_d']],
    ['roleInAccount scoped to ctx.accountId', { roleInAccount: { op: 'is_not_empty' } }, ['per_c'], { accountId: 'acc_other' }],
    ['roleInAccount negative operator', { roleInAccount: { op: 'is_not', value: 'Champion' } }, ['per_a', 'per_b', 'per_d']],
    ['list via active relations only', { memberOfList: 'lst_1' }, ['per_a', 'per_c']],
    ['persona', { persona: 'psn_not_pct' }, ['per_b', 'per_c', 'per_d']],
  ];
  it.each(personCases)('people: %s', async (_, cond, expected, extra) => {
    expect(await people(cond, extra)).toEqual(expected);
  });

  it('runs the largest valid condition (10,000 values, 500 parts) within both engines’ parameter limits', async () => {
    const list = (n: number, k: number): Condition => ({ field: k % 2 ? 'custom.tier' : 'city', op: 'is_one_of', value: Array.from({ length: n }, (_, i) => `v${k}-${i}`).concat(k === 0 ? ['istanbul'] : []) });
    const big: Condition = {
      any: [
        ...Array.from({ length: 9 }, (_, k) => list(1000, k)),
        list(999, 9),
        ...Array.from({ length: 438 }, (_, i) => ({ field: 'email', op: 'starts_with' as const, value: `nobody${i}` })),
        ...Array.from({ length: 50 }, () => ({ roleInAccount: { op: 'is' as const, value: 'nobody' } })),
      ],
    };
    expect(await people(big)).toEqual(['per_b', 'per_d']);
  });

  const accountCases: [string, Condition, string[]][] = [
    ['descendants at any depth, not the account itself', { descendantOf: 'acc_root' }, ['acc_leaf', 'acc_mid']],
    ['descendants of a leaf', { descendantOf: 'acc_leaf' }, []],
    ['not descendantOf', { not: { descendantOf: 'acc_mid' } }, ['acc_mid', 'acc_other', 'acc_root']],
    ['list', { memberOfList: 'lst_1' }, ['acc_mid', 'acc_other']],
    ['nullable number: missing fails comparisons', { field: 'employees', op: 'lt', value: 100 }, ['acc_root']],
    ['nullable number: neq holds for missing', { field: 'employees', op: 'neq', value: 0 }, ['acc_leaf', 'acc_mid', 'acc_other']],
    ['float column', { field: 'annualRevenue', op: 'between', value: [2.5, 2.5] }, ['acc_mid']],
    ['whitespace-only text is empty', { field: 'industry', op: 'is_empty' }, ['acc_leaf', 'acc_mid', 'acc_root']],
    ['custom date on accounts', { field: 'custom.since', type: 'date', op: 'lte', value: '2024-01-31' }, ['acc_other']],
    ['custom number on accounts', { field: 'custom.tier', type: 'number', op: 'gte', value: 3 }, ['acc_other']],
    // related people: active relations only, each person once, the person condition in this account's context
    ['people: any active relation', { people: { atLeast: 1 } }, ['acc_leaf', 'acc_mid', 'acc_other']],
    ['people: a relation ended today does not count', { people: { atLeast: 2 } }, []],
    ['people: fewer than one', { not: { people: { atLeast: 1 } } }, ['acc_root']],
    ['people: by relation type', { people: { atLeast: 1, relationType: 'contractor' } }, ['acc_leaf', 'acc_other']],
    ['people: by relation types', { people: { atLeast: 1, relationType: ['employee', 'contractor'] } }, ['acc_leaf', 'acc_mid', 'acc_other']],
    ['people: roleInAccount reads roles in this account', { people: { atLeast: 1, where: { roleInAccount: { op: 'is', value: 'champion' } } } }, ['acc_other']],
    ['people: person fields', { people: { atLeast: 1, where: { field: 'jobTitle', op: 'contains', value: 'director' } } }, ['acc_leaf', 'acc_mid']],
    ['people: personas', { people: { atLeast: 1, where: { persona: 'psn_pct' } } }, ['acc_mid']],
    ['people: memberOfList of the person', { people: { atLeast: 1, where: { memberOfList: 'lst_1' } } }, ['acc_mid', 'acc_other']],
    // buying groups
    ['buyingGroup: has one', { buyingGroup: { solutionInterestId: 'si_a' } }, ['acc_mid', 'acc_other']],
    ['buyingGroup: active', { buyingGroup: { solutionInterestId: 'si_a', active: true } }, ['acc_mid']],
    ['buyingGroup: inactive', { buyingGroup: { solutionInterestId: 'si_a', active: false } }, ['acc_other']],
    ['buyingGroup: stage', { buyingGroup: { solutionInterestId: 'si_a', stage: ['qualified', 'won'] } }, ['acc_mid']],
    ['buyingGroup: status normalised', { buyingGroup: { solutionInterestId: 'si_a', status: { op: 'is', value: 'HOT' } } }, ['acc_mid']],
    ['buyingGroup: missing status is empty', { buyingGroup: { solutionInterestId: 'si_a', status: { op: 'is_empty' } } }, ['acc_other']],
    ['buyingGroup: negative status test holds for a missing status', { buyingGroup: { solutionInterestId: 'si_a', status: { op: 'is_not', value: 'hot' } } }, ['acc_other']],
    ['buyingGroup: completeness', { buyingGroup: { solutionInterestId: 'si_a', completeness: { op: 'lt', value: 50 } } }, ['acc_other']],
    ['buyingGroup: completeness between', { buyingGroup: { solutionInterestId: 'si_a', completeness: { op: 'between', value: [50, 100] } } }, ['acc_mid']],
    ['buyingGroup: engagement', { buyingGroup: { solutionInterestId: 'si_b', engagement: { op: 'gte', value: 99.9 } } }, ['acc_other']],
    ['buyingGroup: removed members do not count', { buyingGroup: { solutionInterestId: 'si_a', roleCount: [{ roleId: 'rol_prop_a', atLeast: 1 }] } }, ['acc_mid']],
    ['buyingGroup: nobody in a role', { buyingGroup: { solutionInterestId: 'si_a', roleCount: [{ roleId: 'rol_prop_a', atMost: 0 }] } }, ['acc_other']],
    ['buyingGroup: no group', { not: { buyingGroup: { solutionInterestId: 'si_b' } } }, ['acc_leaf', 'acc_mid', 'acc_root']],
  ];
  it.each(accountCases)('accounts: %s', async (_, cond, expected) => {
    expect(await accounts(cond)).toEqual(expected);
  });
});
