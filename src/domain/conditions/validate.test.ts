import { describe, expect, it } from 'vitest';
import { QuorumError } from '../errors.ts';
import { DERIVED_FUNCTIONS, DERIVED_SENIORITIES } from '../people/derive.ts';
import { MAX_DEPTH, MAX_NODES, checkPersonaReferences, collectReferences, conditionSchema, validateCondition, type Condition } from './index.ts';

/** The errors validateCondition reports (fails the test when it does not throw). */
function errorsOf(input: unknown, subject: 'person' | 'account' = 'person', basePath = ''): { field: string; message: string }[] {
  try {
    validateCondition(input, subject, basePath);
  } catch (e) {
    expect(e).toBeInstanceOf(QuorumError);
    expect((e as QuorumError).code).toBe('invalid_condition');
    return (e as QuorumError).errors;
  }
  throw new Error('expected the condition to be invalid');
}

describe('validateCondition: valid conditions', () => {
  const person: Condition[] = [
    { field: 'jobTitle', op: 'starts_with', value: 'Director' },
    { field: 'jobTitle', op: 'contains', value: ['security', 'infosec'] },
    { field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'cxo'] },
    { field: 'derivedFunctions', op: 'is_one_of', value: ['sales', 'marketing'] },
    { field: 'titleConfidence', op: 'gte', value: 0.5 },
    { field: 'department', op: 'is_empty' },
    { field: 'engagementScore', op: 'between', value: [10, 10] },
    { field: 'engagementScore', op: 'gte', value: 12.5 },
    { field: 'createdAt', op: 'in_last_days', value: 30 },
    { field: 'createdAt', op: 'between', value: ['2024-02-29', '2024-03-31'] },
    { field: 'updatedAt', op: 'before', value: '2024-01-01' },
    { field: 'unsubscribed', op: 'is_false' },
    { field: 'custom.tier', op: 'is', value: 'gold' },
    { field: 'custom.score', type: 'number', op: 'lt', value: -3 },
    { field: 'custom.renewal-date', type: 'date', op: 'after', value: '2025-01-01' },
    { field: 'custom.vip', type: 'boolean', op: 'is_true' },
    { activity: { type: ['email_opened', 'email_clicked'], atLeast: 3, inLastDays: 30 } },
    { persona: 'psn_01' },
    { memberOfList: 'lst_01' },
    { roleInAccount: { op: 'is', value: 'Budget owner' } },
    { roleInAccount: { op: 'is_not_empty' } },
    { all: [] },
    { any: [{ not: { all: [{ field: 'email', op: 'ends_with', value: '@example.com' }] } }] },
  ];
  it.each(person.map((c) => [JSON.stringify(c), c]))('person: %s', (_, c) => {
    expect(validateCondition(c, 'person')).toEqual(c);
  });

  const account: Condition[] = [
    { field: 'name', op: 'is', value: 'Acme' },
    { field: 'employees', op: 'is_not_empty' },
    { field: 'annualRevenue', op: 'neq', value: 0 },
    { descendantOf: 'acc_1' },
    { memberOfList: 'lst_1' },
    { all: [{ field: 'industry', op: 'is_none_of', value: ['Retail'] }, { field: 'custom.segment', op: 'is_not_empty' }] },
  ];
  it.each(account.map((c) => [JSON.stringify(c), c]))('account: %s', (_, c) => {
    expect(validateCondition(c, 'account')).toEqual(c);
  });

  it('returns what the structural schema parses (activity types trimmed)', () => {
    const c = validateCondition({ activity: { type: ' email_opened ', atLeast: 1, inLastDays: 7 } }, 'person');
    expect(c).toEqual({ activity: { type: 'email_opened', atLeast: 1, inLastDays: 7 } });
    expect(conditionSchema.safeParse(c).success).toBe(true);
  });
});

describe('validateCondition: errors', () => {
  it('reports every problem with its JSON-pointer path below basePath', () => {
    const errors = errorsOf(
      {
        all: [
          { field: 'jobTitle', op: 'gt', value: 5 },
          { field: 'employees', op: 'gte', value: 5 },
          { field: 'derivedSeniority', op: 'is_one_of', value: 'vp' },
          { field: 'jobtitle', op: 'is', value: 'x' },
          { any: [{ field: 'engagementScore', op: 'between', value: [5, 1] }] },
        ],
      },
      'person',
      '/roles/2/condition',
    );
    expect(errors).toEqual([
      {
        field: '/roles/2/condition/all/0/op',
        message:
          "operator 'gt' does not apply to text field 'jobTitle'; use one of is, is_not, starts_with, not_starts_with, contains, not_contains, ends_with, not_ends_with, is_one_of, is_none_of, is_empty, is_not_empty",
      },
      { field: '/roles/2/condition/all/1/field', message: expect.stringContaining("unknown person field 'employees' ('employees' is an account field)") },
      { field: '/roles/2/condition/all/2/value', message: "operator 'is_one_of' needs a list of values, e.g. [\"Director\", \"VP\"]" },
      { field: '/roles/2/condition/all/3/field', message: "unknown person field 'jobtitle'; did you mean 'jobTitle'?" },
      { field: '/roles/2/condition/all/4/any/0/value', message: 'the minimum 5 is greater than the maximum 1; write [min, max]' },
    ]);
  });

  it('summarises the first problem and counts the rest in the error message', () => {
    try {
      validateCondition({ any: [{ field: 'city', op: 'is' }, { field: 'city', op: 'is_empty', value: 'x' }] }, 'person');
      expect.unreachable();
    } catch (e) {
      expect((e as QuorumError).message).toBe(
        'The condition is not valid: operator \'is\' needs a value, e.g. "Director" (at /any/0/value), and 1 more problem',
      );
      expect((e as QuorumError).status).toBe(400);
    }
  });

  const cases: [string, unknown, 'person' | 'account', { field: string; message: string }[]][] = [
    ['not an object', 5, 'person', [{ field: '', message: 'each condition must be an object, e.g. {"field": "jobTitle", "op": "contains", "value": "security"}' }]],
    [
      'two kinds in one node',
      { all: [], any: [] },
      'person',
      [
        {
          field: '',
          message:
            "a condition has exactly one of all, any, not, field, activity, persona, memberOfList, roleInAccount, descendantOf, people, buyingGroup; this one has 'all' and 'any' — combine them with {\"all\": [...]} or {\"any\": [...]}",
        },
      ],
    ],
    [
      'unknown node',
      { foo: 1 },
      'person',
      [{ field: '', message: "not a condition: expected one of all, any, not, field, activity, persona, memberOfList, roleInAccount, descendantOf, people, buyingGroup (found 'foo')" }],
    ],
    ['missing field', { op: 'is', value: 'x' }, 'person', [{ field: '/field', message: "missing 'field': name the attribute to test, e.g. \"jobTitle\"" }]],
    ['unknown key', { field: 'city', op: 'is', value: 'x', extra: true }, 'person', [{ field: '/extra', message: "unknown key 'extra' in field condition; remove it" }]],
    ['all is not a list', { all: { field: 'city', op: 'is_empty' } }, 'person', [{ field: '/all', message: "'all' must be a list of conditions" }]],
    [
      'missing op',
      { field: 'engagementScore' },
      'person',
      [{ field: '/op', message: "'op' is missing; for number field 'engagementScore' use one of eq, neq, lt, lte, gt, gte, between, is_empty, is_not_empty" }],
    ],
    ['value missing', { field: 'city', op: 'starts_with' }, 'person', [{ field: '/value', message: "operator 'starts_with' needs a value, e.g. \"Director\"" }]],
    ['value not allowed', { field: 'city', op: 'is_not_empty', value: 'x' }, 'person', [{ field: '/value', message: "operator 'is_not_empty' takes no value; remove 'value'" }]],
    ['boolean takes no value', { field: 'unsubscribed', op: 'is_true', value: true }, 'person', [{ field: '/value', message: "operator 'is_true' takes no value; remove 'value'" }]],
    ['empty operand', { field: 'city', op: 'is', value: '  ' }, 'person', [{ field: '/value', message: "must not be empty; to test for a missing value use the operator 'is_empty'" }]],
    [
      'bad items in a list',
      { field: 'city', op: 'is_one_of', value: ['Paris', '', 3] },
      'person',
      [
        { field: '/value/1', message: "must not be empty; to test for a missing value use the operator 'is_empty'" },
        { field: '/value/2', message: 'must be text (got 3)' },
      ],
    ],
    ['empty list', { field: 'city', op: 'is_none_of', value: [] }, 'person', [{ field: '/value', message: 'the list of values is empty; give at least one' }]],
    ['number in quotes', { field: 'employees', op: 'eq', value: '5' }, 'account', [{ field: '/value', message: 'must be a number, written without quotes (got “5”)' }]],
    ['number list', { field: 'employees', op: 'gt', value: [1, 2] }, 'account', [{ field: '/value', message: "operator 'gt' takes a single number, not a list" }]],
    ['between shape', { field: 'employees', op: 'between', value: [1] }, 'account', [{ field: '/value', message: "operator 'between' needs two numbers [min, max], e.g. [100, 500]" }]],
    ['date format', { field: 'createdAt', op: 'eq', value: '2024-1-1' }, 'account', [{ field: '/value', message: 'must be a date written YYYY-MM-DD, e.g. 2024-03-31 (got “2024-1-1”)' }]],
    ['calendar date', { field: 'createdAt', op: 'between', value: ['2024-02-30', '2024-03-01'] }, 'account', [{ field: '/value/0', message: '2024-02-30 is not a real calendar date' }]],
    ['date order', { field: 'createdAt', op: 'between', value: ['2024-03-02', '2024-03-01'] }, 'account', [{ field: '/value', message: 'the first date 2024-03-02 is after the second 2024-03-01; write [from, to]' }]],
    [
      'in_last_days',
      { field: 'createdAt', op: 'in_last_days', value: 1.5 },
      'account',
      [{ field: '/value', message: "operator 'in_last_days' needs a whole number of days from 1 to 36500, e.g. 30" }],
    ],
    [
      'type on a built-in field',
      { field: 'emailInvalid', op: 'is_true', type: 'boolean' },
      'person',
      [{ field: '/type', message: "'type' applies only to custom attributes (custom.<key>); 'emailInvalid' is a built-in field — remove 'type'" }],
    ],
    [
      'custom attribute read as text',
      { field: 'custom.score', op: 'gt', value: 3 },
      'person',
      [
        {
          field: '/op',
          message:
            "operator 'gt' does not apply to custom attribute 'score' (text); use one of is, is_not, starts_with, not_starts_with, contains, not_contains, ends_with, not_ends_with, is_one_of, is_none_of, is_empty, is_not_empty (custom attributes are read as text unless you set \"type\": \"number\")",
        },
      ],
    ],
    [
      'custom key',
      { field: 'custom.my key', op: 'is_empty' },
      'person',
      [{ field: '/field', message: "custom attribute key 'my key' is not valid: use letters, digits, _ and - (at most 64, not starting with a digit or -)" }],
    ],
    ['custom type', { field: 'custom.x', op: 'is_empty', type: 'money' }, 'person', [{ field: '/type', message: "'type' must be one of string, number, date, boolean" }]],
    ['activity on accounts', { activity: { type: 'email_opened', atLeast: 1, inLastDays: 1 } }, 'account', [{ field: '/activity', message: 'activity conditions apply to people, not to accounts' }]],
    ['persona on accounts', { persona: 'psn_1' }, 'account', [{ field: '/persona', message: 'persona conditions apply to people, not to accounts' }]],
    ['roleInAccount on accounts', { roleInAccount: { op: 'is_empty' } }, 'account', [{ field: '/roleInAccount', message: 'role in account conditions apply to people, not to accounts' }]],
    ['descendantOf on people', { descendantOf: 'acc_1' }, 'person', [{ field: '/descendantOf', message: 'parent account (descendantOf) conditions apply to accounts, not to people' }]],
    ['persona id', { persona: 'acc_1' }, 'person', [{ field: '/persona', message: 'must be a persona id (psn_…)' }]],
    ['list id', { memberOfList: 'psn_1' }, 'account', [{ field: '/memberOfList', message: 'must be an account list id (lst_…)' }]],
    [
      'activity fields',
      { activity: { type: ['email_opened', 'Email Clicked'], atLeast: 0, inLastDays: 4000, when: 'now' } },
      'person',
      [
        { field: '/activity/when', message: "unknown key 'when'; use type, atLeast and inLastDays" },
        { field: '/activity/type/1', message: '“Email Clicked” is not an activity type; types are lower-case identifiers such as email_opened or webinar_attended' },
        { field: '/activity/atLeast', message: 'must be a whole number from 1 to 1000000 (how many times)' },
        { field: '/activity/inLastDays', message: 'must be a whole number of days from 1 to 3650' },
      ],
    ],
    [
      'roleInAccount operator',
      { roleInAccount: { op: 'gte', value: 'x' } },
      'person',
      [
        {
          field: '/roleInAccount/op',
          message:
            "operator 'gte' does not apply to roles in the account (text); use one of is, is_not, starts_with, not_starts_with, contains, not_contains, ends_with, not_ends_with, is_one_of, is_none_of, is_empty, is_not_empty",
        },
      ],
    ],
    ['roleInAccount value', { roleInAccount: { op: 'is_one_of', value: 'x' } }, 'person', [{ field: '/roleInAccount/value', message: "operator 'is_one_of' needs a list of values, e.g. [\"Director\", \"VP\"]" }]],
  ];
  it.each(cases)('%s', (_, input, subject, expected) => {
    expect(errorsOf(input, subject)).toEqual(expected);
  });

  it(`limits nesting to ${MAX_DEPTH} levels`, () => {
    let deep: unknown = { field: 'city', op: 'is_empty' };
    for (let i = 0; i < MAX_DEPTH - 1; i++) deep = { not: deep };
    expect(() => validateCondition(deep, 'person')).not.toThrow();
    expect(errorsOf({ not: deep })).toEqual([
      { field: '/not'.repeat(MAX_DEPTH), message: `conditions can be nested at most ${MAX_DEPTH} levels deep; simplify this part` },
    ]);
  });

  it(`limits a condition to ${MAX_NODES} parts`, () => {
    const leaf = { field: 'city', op: 'is_empty' };
    const ok = { all: [{ any: Array.from({ length: 249 }, () => leaf) }, { any: Array.from({ length: 248 }, () => leaf) }] };
    expect(() => validateCondition(ok, 'person')).not.toThrow();
    const tooMany = { all: [{ any: Array.from({ length: 250 }, () => leaf) }, { any: Array.from({ length: 250 }, () => leaf) }] };
    expect(errorsOf(tooMany, 'person', '/condition')).toEqual([
      { field: '/condition', message: `the condition has 503 parts; at most ${MAX_NODES} are allowed — simplify it or use a persona` },
    ]);
  });

  it('limits the values listed in one condition', () => {
    const many = (n: number) => ({ field: 'city', op: 'is_one_of', value: Array.from({ length: n }, (_, i) => `c${i}`) });
    expect(() => validateCondition({ any: Array.from({ length: 10 }, () => many(1000)) }, 'person')).not.toThrow();
    expect(errorsOf({ any: [...Array.from({ length: 10 }, () => many(1000)), many(1)] })).toEqual([
      { field: '', message: 'the condition lists 10001 values in total; at most 10000 are allowed' },
    ]);
  });

  it('escapes JSON-pointer segments of unknown keys', () => {
    expect(errorsOf({ field: 'city', op: 'is_empty', 'a/b~c': 1 })).toEqual([{ field: '/a~1b~0c', message: "unknown key 'a/b~c' in field condition; remove it" }]);
  });
});

describe('collectReferences', () => {
  it('lists persona, list and account ids once each, in order', () => {
    const c: Condition = {
      all: [
        { persona: 'psn_2' },
        { any: [{ memberOfList: 'lst_1' }, { not: { persona: 'psn_1' } }, { descendantOf: 'acc_9' }] },
        { persona: 'psn_2' },
        { memberOfList: 'lst_1' },
        { field: 'custom.persona', op: 'is', value: 'psn_3' },
      ],
    };
    expect(collectReferences(c)).toEqual({ personaIds: ['psn_2', 'psn_1'], listIds: ['lst_1'], accountIds: ['acc_9'], solutionInterestIds: [], roleIds: [] });
  });
  it('lists the references inside people and buying-group leaves', () => {
    const c: Condition = {
      all: [
        { people: { atLeast: 1, where: { any: [{ persona: 'psn_1' }, { memberOfList: 'lst_2' }] } } },
        { buyingGroup: { solutionInterestId: 'si_1', roleCount: [{ roleId: 'rol_a', atLeast: 1 }, { roleId: 'rol_b', atMost: 0 }] } },
      ],
    };
    expect(collectReferences(c)).toEqual({ personaIds: ['psn_1'], listIds: ['lst_2'], accountIds: [], solutionInterestIds: ['si_1'], roleIds: ['rol_a', 'rol_b'] });
  });
});

describe('validateCondition: people and buying-group leaves (issue 6, finding 26)', () => {
  it('accepts them on accounts, with a person condition inside', () => {
    const c: Condition = {
      all: [
        { people: { atLeast: 2, relationType: ['employee'], where: { all: [{ field: 'derivedSeniority', op: 'is', value: 'vp' }, { roleInAccount: { op: 'is_not_empty' } }, { persona: 'psn_1' }] } } },
        {
          buyingGroup: {
            solutionInterestId: 'si_1',
            active: true,
            stage: ['qualified'],
            status: { op: 'is', value: 'Hot' },
            completeness: { op: 'lt', value: 50 },
            engagement: { op: 'between', value: [10, 90] },
            roleCount: [{ roleId: 'rol_decision_maker', atMost: 0 }],
          },
        },
      ],
    };
    expect(validateCondition(c, 'account')).toEqual(c);
  });
  it('refuses them on people', () => {
    expect(errorsOf({ people: { atLeast: 1 } }, 'person').map((e) => e.field)).toEqual(['/people']);
    expect(errorsOf({ buyingGroup: { solutionInterestId: 'si_1' } }, 'person').map((e) => e.field)).toEqual(['/buyingGroup']);
  });
  it('validates the person condition inside as a person condition, at its path', () => {
    const errors = errorsOf({ people: { atLeast: 1, where: { all: [{ descendantOf: 'acc_1' }, { field: 'derivedFunction', op: 'is', value: 'legall' }] } } }, 'account', '/condition');
    expect(errors.map((e) => e.field)).toEqual(['/condition/people/where/all/0/descendantOf', '/condition/people/where/all/1/value']);
  });
  it('names every problem of a people leaf', () => {
    const errors = errorsOf({ people: { atLeast: 0, relationType: ['employee', 'freelancer'], extra: 1 } }, 'account');
    expect(errors.map((e) => e.field)).toEqual(['/people/extra', '/people/atLeast', '/people/relationType/1']);
    expect(errors[2]!.message).toContain('employee, contractor');
  });
  it('names every problem of a buying-group leaf', () => {
    const errors = errorsOf(
      {
        buyingGroup: {
          solutionInterestId: 'acc_1',
          active: 'yes',
          stage: [],
          status: { op: 'gt', value: 1 },
          completeness: { op: 'is_empty' },
          engagement: { op: 'lt', value: '50' },
          roleCount: [{ roleId: 'rol_a' }, { roleId: 'x', atLeast: 3, atMost: 1 }],
        },
      },
      'account',
    );
    expect(errors.map((e) => e.field)).toEqual([
      '/buyingGroup/solutionInterestId',
      '/buyingGroup/active',
      '/buyingGroup/stage',
      '/buyingGroup/status/op',
      '/buyingGroup/completeness/op',
      '/buyingGroup/engagement/value',
      '/buyingGroup/roleCount/0',
      '/buyingGroup/roleCount/1/roleId',
      '/buyingGroup/roleCount/1',
    ]);
  });
});

describe('checkPersonaReferences', () => {
  const leaf: Condition = { field: 'city', op: 'is', value: 'Paris' };
  const personas = new Map<string, Condition>([
    ['psn_a', leaf],
    ['psn_b', { any: [{ persona: 'psn_a' }, leaf] }],
    ['psn_c', { all: [{ persona: 'psn_a' }, { persona: 'psn_b' }] }], // a diamond, not a cycle
    ['psn_self', { not: { persona: 'psn_self' } }],
    ['psn_x', { persona: 'psn_y' }],
    ['psn_y', { all: [leaf, { persona: 'psn_x' }] }],
    ['psn_dangling', { persona: 'psn_gone' }],
  ]);
  const problems = (c: Condition, opts?: { basePath?: string; selfId?: string }) => {
    try {
      checkPersonaReferences(c, personas, opts);
      return [];
    } catch (e) {
      return (e as QuorumError).errors;
    }
  };

  it('accepts known personas, shared sub-personas included', () => {
    expect(problems({ all: [{ persona: 'psn_c' }, { persona: 'psn_b' }] })).toEqual([]);
  });
  it('refuses unknown personas, directly or through another persona', () => {
    expect(problems({ any: [{ persona: 'psn_nope' }, { persona: 'psn_dangling' }] }, { basePath: '/condition' })).toEqual([
      { field: '/condition/any/0/persona', message: 'persona psn_nope does not exist' },
      { field: '/condition/any/1/persona', message: 'persona psn_gone (used by psn_dangling) does not exist' },
    ]);
  });
  it('refuses personas that refer to themselves', () => {
    expect(problems({ persona: 'psn_self' })).toEqual([{ field: '/persona', message: 'persona psn_self refers to itself (psn_self → psn_self)' }]);
    expect(problems({ not: { persona: 'psn_x' } })).toEqual([{ field: '/not/persona', message: 'persona psn_x refers to itself (psn_x → psn_y → psn_x)' }]);
  });
  it('refuses a persona condition that would reach the persona being saved', () => {
    expect(problems({ persona: 'psn_b' }, { selfId: 'psn_a' })).toEqual([{ field: '/persona', message: 'persona psn_a refers to itself (psn_a → psn_b → psn_a)' }]);
    expect(problems({ persona: 'psn_a' }, { selfId: 'psn_b' })).toEqual([]);
  });
});

describe('validateCondition: closed sets of values (issue 6, finding 9)', () => {
  it('refuses a derived function that does not exist, naming the allowed values and a guess', () => {
    const [e, ...rest] = errorsOf({ all: [{ field: 'derivedFunction', op: 'is', value: 'legall' }] }, 'person', '/condition');
    expect(rest).toEqual([]);
    expect(e!.field).toBe('/condition/all/0/value');
    expect(e!.message).toContain('did you mean “legal”?');
    for (const v of DERIVED_FUNCTIONS) expect(e!.message).toContain(v);
  });
  it('checks every value of a list, at its own index, for positive and negative operators', () => {
    const errors = errorsOf({ field: 'derivedSeniority', op: 'is_none_of', value: ['vp', 'Chief', 'director', 'boss'] });
    expect(errors.map((e) => e.field)).toEqual(['/value/1', '/value/3']);
    for (const v of DERIVED_SENIORITIES) expect(errors[0]!.message).toContain(v);
  });
  it('refuses partial operands that match no allowed value, and accepts those that do', () => {
    expect(errorsOf({ field: 'derivedFunction', op: 'starts_with', value: 'xyz' }).map((e) => e.field)).toEqual(['/value']);
    expect(errorsOf({ field: 'derivedSeniority', op: 'not_contains', value: 'boss' }).map((e) => e.field)).toEqual(['/value']);
    for (const c of [
      { field: 'derivedFunction', op: 'contains', value: ' engin' },
      { field: 'derivedSeniority', op: 'ends_with', value: 'XO' },
      { field: 'derivedFunctions', op: 'starts_with', value: 'information' },
      { field: 'derivedSpecialties', op: 'is_none_of', value: ['security', 'data_and_analytics'] },
      { field: 'derivedSeniority', op: 'is', value: ' C-Level ' },
      { field: 'derivedFunction', op: 'is_empty' },
    ] as Condition[])
      expect(() => validateCondition(c, 'person')).not.toThrow();
  });
  it('refuses list fields’ values that are not in their set, naming the allowed ones', () => {
    const [e] = errorsOf({ field: 'derivedSpecialties', op: 'is', value: 'securty' });
    expect(e!.message).toContain('did you mean “security”?');
    expect(e!.message).toContain('data_and_analytics');
    expect(errorsOf({ field: 'derivedFunctions', op: 'contains', value: 'a|b' }).map((x) => x.field)).toEqual(['/value']);
  });
  it('accepts the values of before the title classifier and returns them rewritten (people/legacy.ts)', () => {
    expect(validateCondition({ field: 'derivedSeniority', op: 'is', value: ' C-Level ' }, 'person')).toEqual({ field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'owner', 'partner'] });
    expect(validateCondition({ field: 'derivedFunction', op: 'is_none_of', value: ['it', 'security'] }, 'person')).toEqual({
      not: { any: [{ field: 'derivedFunction', op: 'is_one_of', value: ['information_technology'] }, { field: 'derivedSpecialties', op: 'is_one_of', value: ['security'] }] },
    });
  });
  it('accepts every allowed value', () => {
    expect(() => validateCondition({ field: 'derivedFunction', op: 'is_one_of', value: [...DERIVED_FUNCTIONS] }, 'person')).not.toThrow();
    expect(() => validateCondition({ field: 'derivedSeniority', op: 'is_one_of', value: [...DERIVED_SENIORITIES] }, 'person')).not.toThrow();
  });
});
