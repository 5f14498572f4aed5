import { describe, expect, it } from 'vitest';
import type { Condition } from './ast.ts';
import { activityTypeLeaves, buyingGroupLeaves, conditionFacts, conditionLeaves, idLeaves, walkCondition } from './walk.ts';
import { checkPersonaReferences } from './personas.ts';
import { collectReferences } from './validate.ts';

const title: Condition = { field: 'title', op: 'contains', value: 'cto' };
const every: Condition = {
  all: [
    { field: 'industry', op: 'is', value: 'software' },
    { any: [{ memberOfList: 'lst_a' }, { descendantOf: 'acc_root' }] },
    { not: { buyingGroup: { solutionInterestId: 'si_x', roleCount: [{ roleId: 'rol_1', atLeast: 1 }] } } },
    {
      people: {
        atLeast: 2,
        where: {
          any: [
            { activity: { type: ['email_opened', 'web_visit'], atLeast: 1, inLastDays: 30 } },
            { roleInAccount: { op: 'is', value: 'buyer' } },
            { persona: 'psn_a' },
            { memberOfList: 'lst_b' },
          ],
        },
      },
    },
  ],
};

describe('walkCondition', () => {
  it('visits every leaf kind in order with its JSON pointer, people first then its where', () => {
    const seen = conditionLeaves(every).map(({ leaf, at }) => [Object.keys(leaf)[0], at.path, at.inPeople]);
    expect(seen).toEqual([
      ['field', '/all/0', false],
      ['memberOfList', '/all/1/any/0', false],
      ['descendantOf', '/all/1/any/1', false],
      ['buyingGroup', '/all/2/not', false],
      ['people', '/all/3', false],
      ['activity', '/all/3/people/where/any/0', true],
      ['roleInAccount', '/all/3/people/where/any/1', true],
      ['persona', '/all/3/people/where/any/2', true],
      ['memberOfList', '/all/3/people/where/any/3', true],
    ]);
  });

  it('starts paths at the given base and walks several conditions in order', () => {
    const paths: string[] = [];
    walkCondition([title, { not: title }], (_, at) => paths.push(at.path), { path: '/condition' });
    expect(paths).toEqual(['/condition', '/condition/not']);
  });

  it('inlines personas once each, marks their leaves and survives cycles', () => {
    const personas = new Map<string, Condition>([
      ['psn_a', { all: [title, { persona: 'psn_b' }] }],
      ['psn_b', { any: [{ persona: 'psn_a' }, { activity: { type: 'call', atLeast: 1, inLastDays: 7 } }] }],
    ]);
    const seen = conditionLeaves({ all: [{ persona: 'psn_a' }, { persona: 'psn_a' }] }, { personas }).map(({ leaf, at }) => [Object.keys(leaf)[0], at.path, at.persona ?? null]);
    expect(seen).toEqual([
      ['persona', '/all/0', null],
      ['field', '/all/0', 'psn_a'],
      ['persona', '/all/1', 'psn_a'],
      ['persona', '/any/0', 'psn_b'],
      ['activity', '/any/1', 'psn_b'],
      ['persona', '/all/1', null],
    ]);
  });

  it('skips unknown personas and does not inline without a persona map', () => {
    expect(conditionLeaves({ persona: 'psn_missing' }, { personas: new Map() })).toHaveLength(1);
    expect(conditionLeaves({ persona: 'psn_a' })).toHaveLength(1);
  });
});

describe('conditionFacts', () => {
  it('collects the references of every kind, each once, in order', () => {
    const f = conditionFacts([every, { memberOfList: 'lst_a' }]);
    expect(f.personaIds).toEqual(['psn_a']);
    expect(f.listIds).toEqual(['lst_a', 'lst_b']);
    expect(f.accountIds).toEqual(['acc_root']);
    expect(f.solutionInterestIds).toEqual(['si_x']);
    expect(f.roleIds).toEqual(['rol_1']);
    expect(f.activityTypes).toEqual(['email_opened', 'web_visit']);
    expect(f.activityDays).toBe(30);
    expect(collectReferences(every)).toEqual({ personaIds: ['psn_a'], listIds: ['lst_a', 'lst_b'], accountIds: ['acc_root'], solutionInterestIds: ['si_x'], roleIds: ['rol_1'] });
  });

  it('reads the account only for roleInAccount outside people.where', () => {
    expect(conditionFacts({ not: { roleInAccount: { op: 'is_empty' } } }).readsAccount).toBe(true);
    expect(conditionFacts(every).readsAccount).toBe(false);
    expect(conditionFacts(title).readsAccount).toBe(false);
  });

  it('depends on now for activity windows and in_last_days, counts activities only for activity leaves', () => {
    expect(conditionFacts(title)).toMatchObject({ dependsOnNow: false, countsActivities: false, activityDays: 0 });
    expect(conditionFacts({ field: 'created_at', op: 'in_last_days', value: 5 })).toMatchObject({ dependsOnNow: true, countsActivities: false });
    expect(conditionFacts({ people: { atLeast: 1, where: { activity: { type: 'x', atLeast: 2, inLastDays: 90 } } } })).toMatchObject({ dependsOnNow: true, countsActivities: true, activityDays: 90 });
  });

  it('follows personas (transitively, cycles included) when given', () => {
    const personas = new Map<string, Condition>([
      ['psn_a', { any: [{ persona: 'psn_b' }, { memberOfList: 'lst_p' }] }],
      ['psn_b', { all: [{ persona: 'psn_a' }, { roleInAccount: { op: 'is', value: 'x' } }, { activity: { type: 't', atLeast: 1, inLastDays: 3 } }] }],
    ]);
    const direct = conditionFacts({ persona: 'psn_a' });
    expect(direct).toMatchObject({ personaIds: ['psn_a'], listIds: [], readsAccount: false, countsActivities: false });
    const inlined = conditionFacts({ persona: 'psn_a' }, personas);
    expect(inlined).toMatchObject({ personaIds: ['psn_a', 'psn_b'], listIds: ['lst_p'], readsAccount: true, countsActivities: true, dependsOnNow: true, activityDays: 3, activityTypes: ['t'] });
  });
});

describe('leaf lists with paths', () => {
  it('id leaves, activity type leaves and buying group leaves point at the value', () => {
    expect(idLeaves(every, 'memberOfList', '/c')).toEqual([
      { path: '/c/all/1/any/0/memberOfList', id: 'lst_a' },
      { path: '/c/all/3/people/where/any/3/memberOfList', id: 'lst_b' },
    ]);
    expect(idLeaves(every, 'persona')).toEqual([{ path: '/all/3/people/where/any/2/persona', id: 'psn_a' }]);
    expect(activityTypeLeaves(every)).toEqual([
      { path: '/all/3/people/where/any/0/activity/type/0', type: 'email_opened' },
      { path: '/all/3/people/where/any/0/activity/type/1', type: 'web_visit' },
    ]);
    expect(activityTypeLeaves({ activity: { type: 'call', atLeast: 1, inLastDays: 1 } })).toEqual([{ path: '/activity/type', type: 'call' }]);
    expect(buyingGroupLeaves(every).map((l) => l.path)).toEqual(['/all/2/not/buyingGroup']);
  });

  it('persona reference checks (built on the walker) report cycles and unknown personas at the leaf', () => {
    const personas = new Map<string, Condition>([
      ['psn_a', { all: [{ persona: 'psn_b' }] }],
      ['psn_b', { not: { persona: 'psn_a' } }],
    ]);
    expect(() => checkPersonaReferences({ people: { atLeast: 1, where: { persona: 'psn_a' } } }, personas, { basePath: '/c' })).toThrow(/refers to itself \(psn_a → psn_b → psn_a\) \(at \/c\/people\/where\/persona\)/);
    expect(() => checkPersonaReferences({ any: [title, { persona: 'psn_zz' }] }, personas)).toThrow(/persona psn_zz does not exist \(at \/any\/1\/persona\)/);
    expect(() => checkPersonaReferences({ persona: 'psn_b' }, new Map([['psn_b', title]]))).not.toThrow();
  });
});
