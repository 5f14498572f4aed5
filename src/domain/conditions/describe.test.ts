import { describe, expect, it } from 'vitest';
import { describeCondition, type Condition } from './index.ts';

describe('describeCondition', () => {
  it('reads a nested condition in English, parenthesising nested groups', () => {
    const c: Condition = {
      all: [
        { field: 'jobTitle', op: 'starts_with', value: 'Director' },
        { any: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'cxo'] }] },
      ],
    };
    expect(describeCondition(c)).toBe('job title starts with “Director” and (derived seniority is one of “vp”, “cxo”)');
  });

  it.each<[Condition, string]>([
    [{ field: 'jobTitle', op: 'is', value: 'CEO' }, 'job title is “CEO”'],
    [{ field: 'jobTitle', op: 'is', value: ['CEO', 'CFO', 'COO'] }, 'job title is “CEO”, “CFO” or “COO”'],
    [{ field: 'jobTitle', op: 'is_not', value: ['CEO', 'CFO'] }, 'job title is none of “CEO”, “CFO”'],
    [{ field: 'jobTitle', op: 'not_contains', value: 'intern' }, 'job title does not contain “intern”'],
    [{ field: 'jobTitle', op: 'not_starts_with', value: ['a', 'b'] }, 'job title does not start with “a” or “b”'],
    [{ field: 'jobTitle', op: 'ends_with', value: 'Officer' }, 'job title ends with “Officer”'],
    [{ field: 'jobTitle', op: 'not_ends_with', value: 'Officer' }, 'job title does not end with “Officer”'],
    [{ field: 'department', op: 'is_empty' }, 'department is empty'],
    [{ field: 'department', op: 'is_not_empty' }, 'department is not empty'],
    [{ field: 'engagementScore', op: 'gte', value: 50 }, 'engagement score is at least 50'],
    [{ field: 'engagementScore', op: 'between', value: [10, 20.5] }, 'engagement score is between 10 and 20.5'],
    [{ field: 'engagementScore', op: 'neq', value: 0 }, 'engagement score is not 0'],
    [{ field: 'createdAt', op: 'in_last_days', value: 30 }, 'created is in the last 30 days'],
    [{ field: 'createdAt', op: 'in_last_days', value: 1 }, 'created is in the last day'],
    [{ field: 'updatedAt', op: 'before', value: '2024-01-01' }, 'updated is before 2024-01-01'],
    [{ field: 'updatedAt', op: 'lte', value: '2024-01-01' }, 'updated is on or before 2024-01-01'],
    [{ field: 'updatedAt', op: 'eq', value: '2024-01-01' }, 'updated is on 2024-01-01'],
    [{ field: 'updatedAt', op: 'between', value: ['2024-01-01', '2024-03-31'] }, 'updated is between 2024-01-01 and 2024-03-31'],
    [{ field: 'unsubscribed', op: 'is_false' }, 'unsubscribed is false'],
    [{ field: 'custom.tier', op: 'is', value: 'Gold' }, 'custom attribute tier is “Gold”'],
    [{ field: 'custom.score', type: 'number', op: 'lt', value: 3 }, 'custom attribute score is less than 3'],
    [{ field: 'custom.renewal', type: 'date', op: 'after', value: '2025-01-01' }, 'custom attribute renewal is after 2025-01-01'],
    [{ activity: { type: 'email_opened', atLeast: 1, inLastDays: 7 } }, 'has activity “email_opened” at least once in the last 7 days'],
    [{ activity: { type: ['email_opened', 'email_clicked'], atLeast: 2, inLastDays: 30 } }, 'has activity “email_opened” or “email_clicked” at least twice in the last 30 days'],
    [{ roleInAccount: { op: 'is', value: 'Budget owner' } }, 'role in account is “Budget owner”'],
    [{ roleInAccount: { op: 'is_empty' } }, 'has no role in the account'],
    [{ persona: 'psn_1' }, 'matches persona psn_1'],
    [{ memberOfList: 'lst_1' }, 'is in list lst_1'],
    [{ descendantOf: 'acc_1' }, 'is below account acc_1 in the hierarchy'],
    [{ not: { field: 'city', op: 'is', value: 'Paris' } }, 'not (city is “Paris”)'],
    [{ any: [{ field: 'city', op: 'is', value: 'Paris' }, { not: { any: [] } }] }, 'city is “Paris” or not (never)'],
    [{ all: [] }, 'always'],
  ])('%j → %s', (c, text) => {
    expect(describeCondition(c)).toBe(text);
  });

  it('uses names for personas, lists and accounts, and phrases lists for people', () => {
    const names = new Map([
      ['psn_1', 'IT leaders'],
      ['lst_1', 'Strategic accounts'],
    ]);
    expect(describeCondition({ all: [{ persona: 'psn_1' }, { memberOfList: 'lst_1' }] }, names, { subject: 'person' })).toBe(
      'matches persona “IT leaders” and works at an account in list “Strategic accounts”',
    );
    expect(describeCondition({ descendantOf: 'acc_1' }, { acc_1: 'Acme Group' })).toBe('is below account “Acme Group” in the hierarchy');
  });
});

describe('describeCondition: related people and buying groups', () => {
  it.each<[Condition, string]>([
    [{ people: { atLeast: 1 } }, 'has at least 1 related person'],
    [
      { people: { atLeast: 3, relationType: 'employee', where: { field: 'derivedFunction', op: 'is', value: 'information_technology' } } },
      'has at least 3 related people (as employee) matching: derived function is “information_technology”',
    ],
    [{ buyingGroup: { solutionInterestId: 'si_1' } }, 'has a buying group for “Security”'],
    [
      { buyingGroup: { solutionInterestId: 'si_1', active: true, completeness: { op: 'lt', value: 50 }, roleCount: [{ roleId: 'rol_dm', atMost: 0 }, { roleId: 'rol_x', atLeast: 2 }] } },
      'has a buying group for “Security” that is active, completeness is less than 50, nobody in role “Decision Maker” and at least 2 in role rol_x',
    ],
    [{ buyingGroup: { solutionInterestId: 'si_1', stage: ['qualified', 'won'] } }, 'has a buying group for “Security” that is in stage qualified or won'],
  ])('%j', (c, words) => {
    expect(describeCondition(c, new Map([['si_1', 'Security'], ['rol_dm', 'Decision Maker']]))).toBe(words);
  });
});

describe('describeCondition: every operator and node kind', () => {
  it.each<[Condition, string]>([
    [{ field: 'engagementScore', op: 'eq', value: 40 }, 'engagement score is 40'],
    [{ field: 'engagementScore', op: 'lt', value: 40 }, 'engagement score is less than 40'],
    [{ field: 'engagementScore', op: 'lte', value: 40 }, 'engagement score is at most 40'],
    [{ field: 'engagementScore', op: 'gt', value: 40 }, 'engagement score is more than 40'],
    [{ field: 'engagementScore', op: 'is_empty' }, 'engagement score is empty'],
    [{ field: 'createdAt', op: 'neq', value: '2024-01-01' }, 'created is not on 2024-01-01'],
    [{ field: 'createdAt', op: 'lt', value: '2024-01-01' }, 'created is before 2024-01-01'],
    [{ field: 'createdAt', op: 'gt', value: '2024-01-01' }, 'created is after 2024-01-01'],
    [{ field: 'createdAt', op: 'gte', value: '2024-01-01' }, 'created is on or after 2024-01-01'],
    [{ field: 'createdAt', op: 'after', value: '2024-01-01' }, 'created is after 2024-01-01'],
    [{ field: 'createdAt', op: 'is_not_empty' }, 'created is not empty'],
    [{ field: 'emailInvalid', op: 'is_true' }, 'email invalid is true'],
    [{ field: 'jobTitle', op: 'contains', value: ['security', 'risk'] }, 'job title contains “security” or “risk”'],
    [{ field: 'jobTitle', op: 'is_none_of', value: ['a', 'b', 'c'] }, 'job title is none of “a”, “b”, “c”'],
    [{ field: 'derivedSeniority', op: 'is_one_of', value: ['vp'] }, 'derived seniority is one of “vp”'],
    [{ field: 'custom.active', type: 'boolean', op: 'is_true' }, 'custom attribute active is true'],
    [{ field: 'custom.renewal', type: 'date', op: 'in_last_days', value: 90 }, 'custom attribute renewal is in the last 90 days'],
    [{ field: 'custom.seats', type: 'number', op: 'between', value: [5, 10] }, 'custom attribute seats is between 5 and 10'],
    [{ roleInAccount: { op: 'is_not_empty' } }, 'has a role in the account'],
    [{ roleInAccount: { op: 'contains', value: ['budget', 'owner'] } }, 'role in account contains “budget” or “owner”'],
    [{ people: { atLeast: 2, relationType: ['employee', 'contractor'] } }, 'has at least 2 related people (as employee or contractor)'],
    [{ not: { all: [{ field: 'city', op: 'is', value: 'Paris' }, { field: 'country', op: 'is', value: 'FR' }] } }, 'not (city is “Paris” and country is “FR”)'],
    [{ any: [] }, 'never'],
  ])('%j → %s', (c, text) => {
    expect(describeCondition(c)).toBe(text);
  });

  it('names account fields as the condition builder does, for the account subject', () => {
    expect(describeCondition({ all: [{ field: 'sicCode', op: 'starts_with', value: '73' }, { field: 'annualRevenue', op: 'gte', value: 1e6 }] }, undefined, { subject: 'account' })).toBe(
      'SIC code starts with “73” and annual revenue is at least 1000000',
    );
    expect(describeCondition({ memberOfList: 'lst_1' }, { lst_1: 'Tier 1' }, { subject: 'account' })).toBe('is in list “Tier 1”');
  });

  it('names activity types by their label when given, else by key', () => {
    expect(describeCondition({ activity: { type: ['email_opened', 'webinar'], atLeast: 3, inLastDays: 1 } }, { email_opened: 'Email opened' })).toBe(
      'has activity “Email opened” or “webinar” at least 3 times in the last day',
    );
  });

  it('reads every buying-group constraint', () => {
    const c: Condition = {
      buyingGroup: {
        solutionInterestId: 'si_1',
        active: false,
        stage: 'won',
        status: { op: 'is_empty' },
        engagement: { op: 'between', value: [10, 20] },
        roleCount: [
          { roleId: 'rol_dm', atLeast: 1, atMost: 1 },
          { roleId: 'rol_x', atLeast: 1, atMost: 3 },
          { roleId: 'rol_y', atMost: 2 },
        ],
      },
    };
    expect(describeCondition(c, { si_1: 'Security', rol_dm: 'Decision Maker' })).toBe(
      'has a buying group for “Security” that is inactive, is in stage won, status is empty, engagement is between 10 and 20, exactly 1 in role “Decision Maker”, 1 to 3 in role rol_x and at most 2 in role rol_y',
    );
  });

  it('reads a role condition as a data vendor would need it (the gap export’s words)', () => {
    const c: Condition = { all: [{ field: 'jobTitle', op: 'starts_with', value: ['CISO', 'CIO'] }, { field: 'seniority', op: 'is', value: 'C-level' }, { persona: 'psn_1' }] };
    expect(describeCondition(c, { psn_1: 'IT leaders' }, { subject: 'person' })).toBe('job title starts with “CISO” or “CIO” and seniority is “C-level” and matches persona “IT leaders”');
  });

  it('still reads operators that validation would refuse (a string field with a number operator, an unknown operator)', () => {
    expect(describeCondition({ field: 'jobTitle', op: 'gte', value: 3 })).toBe('job title is at least 3');
    expect(describeCondition({ field: 'jobTitle', op: 'frobs' as never, value: ['a', 'b'] })).toBe('job title frobs “a” or “b”');
    expect(describeCondition({ roleInAccount: { op: 'lt' as never, value: 'x' } })).toBe('role in account lt “x”');
  });
});

describe('describeCondition: personas spelled out', () => {
  const personas = new Map<string, Condition>([
    ['psn_it', { field: 'derivedFunction', op: 'is', value: 'information_technology' }],
    ['psn_lead', { all: [{ persona: 'psn_it' }, { field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'cxo'] }] }],
    ['psn_loop', { any: [{ persona: 'psn_loop' }, { field: 'city', op: 'is', value: 'Oslo' }] }],
  ]);
  const names = { psn_it: 'IT', psn_lead: 'IT leaders', psn_loop: 'Loop' };

  it('reads a persona with its condition, nested personas too', () => {
    expect(describeCondition({ persona: 'psn_lead' }, names, { personas })).toBe(
      'matches persona “IT leaders” (matches persona “IT” (derived function is “information_technology”) and derived seniority is one of “vp”, “cxo”)',
    );
  });

  it('spells a persona out once per path, so a cycle ends', () => {
    expect(describeCondition({ persona: 'psn_loop' }, names, { personas })).toBe('matches persona “Loop” (matches persona “Loop” or city is “Oslo”)');
  });

  it('names an unknown persona only', () => {
    expect(describeCondition({ persona: 'psn_x' }, names, { personas })).toBe('matches persona psn_x');
  });
});
