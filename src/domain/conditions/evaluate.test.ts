import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../clock.ts';
import { QuorumError } from '../errors.ts';
import { evaluateCondition, type AccountFacts, type Condition, type EvaluationContext, type PersonFacts } from './index.ts';

const NOW = Date.UTC(2025, 2, 15, 12, 0, 0); // 2025-03-15T12:00Z

function person(over: Partial<PersonFacts> = {}): PersonFacts {
  return {
    id: 'per_1',
    email: 'Ann.Lee@Example.com',
    firstName: 'Ann',
    lastName: 'Lee',
    jobTitle: '  Sr. Director, IT Security ',
    department: 'ＩＴ',
    seniority: null,
    phone: null,
    country: 'Deutschland',
    state: '',
    city: 'München',
    postalCode: '   ',
    externalId: null,
    derivedSeniority: 'director',
    derivedFunction: 'information_technology',
    derivedFunctions: ['information_technology'],
    derivedSpecialties: ['security'],
    titleConfidence: 0.9,
    emailInvalid: false,
    emailSuspended: false,
    unsubscribed: true,
    engagementScore: 42,
    createdAt: Date.UTC(2025, 0, 2, 10),
    updatedAt: NOW - DAY_MS,
    custom: { tier: 'Gold', score: 12, scoreText: '12', renewal: '2025-04-01T00:00:00Z', vip: true, odd: 'soon', list: ['a'] },
    relations: [
      { accountId: 'acc_1', roles: ['Budget Owner', ' '], endedOn: null },
      { accountId: 'acc_2', roles: ['Champion'], endedOn: '2025-03-15' }, // ended today: not active
      { accountId: 'acc_3', roles: ['Straße Lead'], endedOn: '2025-03-16' }, // ends tomorrow: active
    ],
    activities: [
      { type: 'email_opened', occurredAt: NOW },
      { type: 'email_opened', occurredAt: NOW - 30 * DAY_MS },
      { type: 'email_opened', occurredAt: NOW - 30 * DAY_MS - 1 },
      { type: 'form_filled', occurredAt: NOW + 1 },
    ],
    ...over,
  };
}

function account(over: Partial<AccountFacts> = {}): AccountFacts {
  return {
    id: 'acc_9',
    name: 'Acme GmbH',
    domain: 'acme.de',
    industry: null,
    country: 'DE',
    region: null,
    state: null,
    city: 'Berlin',
    sicCode: null,
    externalId: null,
    employees: 1200,
    annualRevenue: null,
    createdAt: Date.UTC(2024, 5, 1),
    updatedAt: NOW,
    custom: {},
    ancestorIds: ['acc_5', 'acc_1'],
    listIds: ['lst_strategic'],
    people: [],
    buyingGroups: [],
    ...over,
  };
}

const ctx: EvaluationContext = {
  now: NOW,
  personas: new Map<string, Condition>([
    ['psn_sec', { field: 'derivedSpecialties', op: 'is', value: 'Security' }],
    ['psn_leaders', { all: [{ persona: 'psn_sec' }, { field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'director'] }] }],
    ['psn_loop', { not: { persona: 'psn_loop' } }],
  ]),
  listMembers: new Map([
    ['lst_a', new Set(['acc_2'])],
    ['lst_b', new Set(['acc_3', 'acc_7'])],
  ]),
};

const p = (c: Condition, over: Partial<EvaluationContext> = {}, facts = person()) => evaluateCondition(c, 'person', facts, { ...ctx, ...over }).matched;
const a = (c: Condition, facts = account()) => evaluateCondition(c, 'account', facts, ctx).matched;

describe('evaluateCondition: text', () => {
  it.each<[Condition, boolean]>([
    [{ field: 'jobTitle', op: 'is', value: 'sr. director, it security' }, true],
    [{ field: 'jobTitle', op: 'starts_with', value: ' SR. DIR' }, true],
    [{ field: 'jobTitle', op: 'ends_with', value: 'Security' }, true],
    [{ field: 'jobTitle', op: 'contains', value: ['nothing', 'IT'] }, true],
    [{ field: 'jobTitle', op: 'not_contains', value: ['nothing', 'IT'] }, false],
    [{ field: 'jobTitle', op: 'not_starts_with', value: 'VP' }, true],
    [{ field: 'department', op: 'is', value: 'it' }, true], // full-width letters fold (NFKC)
    [{ field: 'city', op: 'is', value: 'MÜNCHEN' }, true],
    [{ field: 'city', op: 'is_one_of', value: ['Berlin', 'münchen'] }, true],
    [{ field: 'city', op: 'is_none_of', value: ['Berlin', 'münchen'] }, false],
    [{ field: 'state', op: 'is_empty' }, true], // ''
    [{ field: 'postalCode', op: 'is_empty' }, true], // whitespace only
    [{ field: 'externalId', op: 'is_empty' }, true], // null
    [{ field: 'externalId', op: 'is_not', value: 'x' }, true], // missing: every negative operator holds
    [{ field: 'externalId', op: 'not_ends_with', value: 'x' }, true],
    [{ field: 'externalId', op: 'contains', value: 'x' }, false],
    [{ field: 'email', op: 'ends_with', value: '@example.COM' }, true],
    [{ field: 'jobTitle', op: 'contains', value: '%' }, false], // no wildcards
  ])('%j → %s', (c, expected) => {
    expect(p(c)).toBe(expected);
  });
});

describe('evaluateCondition: numbers, dates, booleans', () => {
  it.each<[Condition, boolean]>([
    [{ field: 'engagementScore', op: 'eq', value: 42 }, true],
    [{ field: 'engagementScore', op: 'between', value: [42, 50] }, true],
    [{ field: 'engagementScore', op: 'lt', value: 42 }, false],
    [{ field: 'custom.score', type: 'number', op: 'gte', value: 12 }, true],
    [{ field: 'custom.scoreText', type: 'number', op: 'gte', value: 12 }, false], // text is not a number: missing
    [{ field: 'custom.scoreText', type: 'number', op: 'is_empty' }, true],
    [{ field: 'custom.scoreText', type: 'number', op: 'neq', value: 12 }, true],
    [{ field: 'custom.score', op: 'is_empty' }, true], // read as text, a number counts as missing
    [{ field: 'custom.tier', op: 'is', value: 'GOLD' }, true],
    [{ field: 'custom.list', op: 'is_empty' }, true],
    [{ field: 'createdAt', op: 'eq', value: '2025-01-02' }, true],
    [{ field: 'createdAt', op: 'before', value: '2025-01-02' }, false],
    [{ field: 'createdAt', op: 'lte', value: '2025-01-02' }, true],
    [{ field: 'createdAt', op: 'after', value: '2025-01-01' }, true],
    [{ field: 'createdAt', op: 'gt', value: '2025-01-02' }, false],
    [{ field: 'createdAt', op: 'between', value: ['2025-01-02', '2025-01-02'] }, true],
    [{ field: 'createdAt', op: 'neq', value: '2025-01-02' }, false],
    [{ field: 'createdAt', op: 'is_empty' }, false],
    [{ field: 'updatedAt', op: 'in_last_days', value: 1 }, true], // exactly now − 1 day
    [{ field: 'createdAt', op: 'in_last_days', value: 30 }, false],
    [{ field: 'custom.renewal', type: 'date', op: 'eq', value: '2025-04-01' }, true],
    [{ field: 'custom.renewal', type: 'date', op: 'in_last_days', value: 30 }, false], // in the future
    [{ field: 'custom.odd', type: 'date', op: 'is_empty' }, true], // not a date
    [{ field: 'custom.odd', type: 'date', op: 'before', value: '2999-01-01' }, false],
    [{ field: 'unsubscribed', op: 'is_true' }, true],
    [{ field: 'emailInvalid', op: 'is_false' }, true],
    [{ field: 'custom.vip', type: 'boolean', op: 'is_true' }, true],
    [{ field: 'custom.tier', type: 'boolean', op: 'is_false' }, false], // wrong type: false for both
    [{ field: 'custom.none', type: 'boolean', op: 'is_false' }, false],
  ])('%j → %s', (c, expected) => {
    expect(p(c)).toBe(expected);
  });

  it('dates: custom day of an in_last_days window is inclusive on both ends', () => {
    const f = (renewal: string) => person({ custom: { renewal } });
    const c: Condition = { field: 'custom.renewal', type: 'date', op: 'in_last_days', value: 10 };
    expect(p(c, {}, f('2025-03-05'))).toBe(true);
    expect(p(c, {}, f('2025-03-15T23:59:59Z'))).toBe(true);
    expect(p(c, {}, f('2025-03-04'))).toBe(false);
    expect(p(c, {}, f('2025-03-16'))).toBe(false);
  });
});

describe('evaluateCondition: activity, relations, lists, hierarchy, personas', () => {
  it.each<[Condition, boolean]>([
    [{ activity: { type: 'email_opened', atLeast: 2, inLastDays: 30 } }, true], // now and exactly now − 30 days
    [{ activity: { type: 'email_opened', atLeast: 3, inLastDays: 30 } }, false],
    [{ activity: { type: 'email_opened', atLeast: 3, inLastDays: 31 } }, true],
    [{ activity: { type: 'form_filled', atLeast: 1, inLastDays: 30 } }, false], // in the future
    [{ activity: { type: ['form_filled', 'email_opened'], atLeast: 1, inLastDays: 1 } }, true],
    [{ roleInAccount: { op: 'is', value: 'budget owner' } }, true],
    [{ roleInAccount: { op: 'is', value: 'Champion' } }, false], // relation ended today
    [{ roleInAccount: { op: 'starts_with', value: 'STRASSE' } }, false], // ß is not folded to ss
    [{ roleInAccount: { op: 'contains', value: 'straße' } }, true],
    [{ roleInAccount: { op: 'is_not_empty' } }, true],
    [{ memberOfList: 'lst_a' }, false], // only via the ended relation
    [{ memberOfList: 'lst_b' }, true],
    [{ memberOfList: 'lst_unknown' }, false],
    [{ persona: 'psn_leaders' }, true],
    [{ not: { persona: 'psn_sec' } }, false],
  ])('%j → %s', (c, expected) => {
    expect(p(c)).toBe(expected);
  });

  it('roleInAccount reads the roles in ctx.accountId only', () => {
    expect(p({ roleInAccount: { op: 'is', value: 'Budget owner' } }, { accountId: 'acc_3' })).toBe(false);
    expect(p({ roleInAccount: { op: 'is', value: 'Straße lead' } }, { accountId: 'acc_3' })).toBe(true);
    expect(p({ roleInAccount: { op: 'is_empty' } }, { accountId: 'acc_2' })).toBe(true); // ended
    expect(p({ roleInAccount: { op: 'is_empty' } }, { accountId: 'acc_1' })).toBe(false);
    expect(p({ roleInAccount: { op: 'is_empty' } }, { accountId: 'acc_1' }, person({ relations: [{ accountId: 'acc_1', roles: [' ', ''], endedOn: null }] }))).toBe(true);
  });

  it('accounts: descendantOf, lists, fields', () => {
    expect(a({ descendantOf: 'acc_1' })).toBe(true);
    expect(a({ descendantOf: 'acc_9' })).toBe(false); // not below itself
    expect(a({ memberOfList: 'lst_strategic' })).toBe(true);
    expect(a({ all: [{ field: 'employees', op: 'gt', value: 1000 }, { field: 'annualRevenue', op: 'is_empty' }, { field: 'industry', op: 'is_not', value: 'x' }] })).toBe(true);
    expect(a({ field: 'annualRevenue', op: 'neq', value: 5 })).toBe(true);
    expect(a({ field: 'annualRevenue', op: 'lte', value: 5 })).toBe(false);
    expect(a({ not: { field: 'annualRevenue', op: 'lte', value: 5 } })).toBe(true);
  });

  it('empty groups: all [] always matches, any [] never', () => {
    expect(p({ all: [] })).toBe(true);
    expect(p({ any: [] })).toBe(false);
  });

  it('refuses unknown and self-referring personas', () => {
    expect(() => p({ any: [{ field: 'city', op: 'is_empty' }, { persona: 'psn_loop' }] })).toThrowError(
      expect.objectContaining({ code: 'invalid_condition', errors: [{ field: '/any/1/persona', message: 'persona psn_loop refers to itself (psn_loop → psn_loop)' }] }),
    );
    expect(() => p({ persona: 'psn_missing' })).toThrow(QuorumError);
    expect(() => a({ activity: { type: 'email_opened', atLeast: 1, inLastDays: 1 } })).toThrow('activity conditions apply to people only');
  });

  it('needs ctx.listMembers for a person’s list membership', () => {
    expect(() => evaluateCondition({ memberOfList: 'lst_a' }, 'person', person(), { now: NOW })).toThrow(/listMembers/);
  });
});

describe('evaluateCondition: explanations', () => {
  it('mirrors the condition, with the values compared (as entered) and a sentence per node', () => {
    const c: Condition = {
      all: [
        { field: 'jobTitle', op: 'starts_with', value: 'Sr. Director' },
        { any: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'cxo'] }] },
        { field: 'custom.scoreText', type: 'number', op: 'gt', value: 10 },
        { not: { activity: { type: 'email_opened', atLeast: 3, inLastDays: 30 } } },
        { roleInAccount: { op: 'contains', value: ['budget', 'champ'] } },
        { persona: 'psn_sec' },
        { memberOfList: 'lst_b' },
      ],
    };
    const { matched, explanation } = evaluateCondition(c, 'person', person(), { ...ctx, names: new Map([['psn_sec', 'Security people'], ['lst_b', 'Strategic']]) });
    expect(matched).toBe(false);
    expect(explanation).toEqual({
      kind: 'all',
      matched: false,
      sentence: 'all of 7 conditions: no (5 of 7 matched)',
      children: [
        {
          kind: 'field',
          matched: true,
          field: 'jobTitle',
          op: 'starts_with',
          value: 'Sr. Director',
          actual: '  Sr. Director, IT Security ',
          sentence: 'job title starts with “Sr. Director”: yes (job title is “  Sr. Director, IT Security ”)',
        },
        {
          kind: 'any',
          matched: false,
          sentence: 'any of 1 condition: no (0 of 1 matched)',
          children: [
            {
              kind: 'field',
              matched: false,
              field: 'derivedSeniority',
              op: 'is_one_of',
              value: ['vp', 'cxo'],
              actual: 'director',
              sentence: 'derived seniority is one of “vp”, “cxo”: no (derived seniority is “director”)',
            },
          ],
        },
        {
          kind: 'field',
          matched: false,
          field: 'custom.scoreText',
          op: 'gt',
          value: 10,
          actual: '12',
          sentence: 'custom attribute scoreText is more than 10: no (scoreText is “12”, which is not a number, so it counts as empty)',
        },
        {
          kind: 'not',
          matched: true,
          sentence: 'not (has activity “email_opened” at least 3 times in the last 30 days): yes (the inner condition did not match)',
          child: {
            kind: 'activity',
            matched: false,
            types: ['email_opened'],
            atLeast: 3,
            inLastDays: 30,
            actual: 2,
            sentence: 'has activity “email_opened” at least 3 times in the last 30 days: no (2 matching activities in that window)',
          },
        },
        {
          kind: 'roleInAccount',
          matched: true,
          op: 'contains',
          value: ['budget', 'champ'],
          actual: ['Budget Owner', ' ', 'Straße Lead'],
          sentence: 'role in account contains “budget” or “champ”: yes (roles: “Budget Owner”, “Straße Lead”)',
        },
        {
          kind: 'persona',
          matched: true,
          personaId: 'psn_sec',
          sentence: 'matches persona “Security people”: yes',
          child: {
            kind: 'field',
            matched: true,
            field: 'derivedSpecialties',
            op: 'is',
            value: 'Security',
            actual: ['security'],
            sentence: 'any derived specialty is “Security”: yes (any derived specialty is “security”)',
          },
        },
        {
          kind: 'memberOfList',
          matched: true,
          listId: 'lst_b',
          actual: ['acc_1', 'acc_3'],
          via: ['acc_3'],
          sentence: 'works at an account in list “Strategic”: yes (via acc_3)',
        },
      ],
    });
  });

  it('explains dates, missing values and hierarchy', () => {
    const e1 = evaluateCondition({ field: 'createdAt', op: 'in_last_days', value: 90 }, 'person', person(), ctx).explanation;
    expect(e1.sentence).toBe('created is in the last 90 days: yes (created is 2025-01-02T10:00:00.000Z)');
    const e2 = evaluateCondition({ field: 'externalId', op: 'is_not_empty' }, 'person', person(), ctx).explanation;
    expect(e2).toMatchObject({ matched: false, actual: null, sentence: 'external id is not empty: no (external id is empty)' });
    const e3 = evaluateCondition({ descendantOf: 'acc_1' }, 'account', account(), { ...ctx, names: { acc_1: 'Acme Group' } }).explanation;
    expect(e3).toMatchObject({ matched: true, actual: ['acc_5', 'acc_1'], sentence: 'is below account “Acme Group” in the hierarchy: yes (ancestors: acc_5, acc_1)' });
  });
});

describe('evaluateCondition: related people and buying groups, explained', () => {
  const group = { id: 'bg_1', solutionInterestId: 'si_1', active: true, stage: 'won', statusLabel: 'Hot', completeness: 40, engagement: 10, roleCounts: { rol_dm: 1 } };
  const acc = account({
    people: [
      { relationType: 'employee', endedOn: null, person: person({ id: 'per_2' }) },
      { relationType: 'contractor', endedOn: null, person: person({ id: 'per_1', relations: [{ accountId: 'acc_9', roles: ['Budget owner'], endedOn: null }] }) },
      { relationType: 'employee', endedOn: '2025-01-01', person: person({ id: 'per_3' }) },
    ],
    buyingGroups: [group],
  });
  it('counts active relations only and evaluates the person condition for this account', () => {
    const { matched, explanation } = evaluateCondition({ people: { atLeast: 2 } }, 'account', acc, ctx);
    expect(matched).toBe(true);
    expect(explanation).toMatchObject({ kind: 'people', actual: 2, personIds: ['per_1', 'per_2'] });
    const roles = evaluateCondition({ people: { atLeast: 1, where: { roleInAccount: { op: 'is', value: 'budget owner' } } } }, 'account', acc, ctx);
    expect(roles.explanation).toMatchObject({ kind: 'people', matched: true, personIds: ['per_1'], sentence: expect.stringContaining('1 matching person') });
  });
  it('names the constraints a buying group fails', () => {
    const { matched, explanation } = evaluateCondition(
      { buyingGroup: { solutionInterestId: 'si_1', stage: 'won', completeness: { op: 'gte', value: 50 }, roleCount: [{ roleId: 'rol_dm', atLeast: 1 }, { roleId: 'rol_x', atLeast: 1 }] } },
      'account',
      acc,
      ctx,
    );
    expect(matched).toBe(false);
    expect(explanation).toMatchObject({ kind: 'buyingGroup', actual: group, failed: ['completeness', 'roleCount/1'] });
    expect(evaluateCondition({ buyingGroup: { solutionInterestId: 'si_2' } }, 'account', acc, ctx).explanation).toMatchObject({ matched: false, actual: null, sentence: expect.stringContaining('no buying group') });
  });
});
