import { describe, expect, it } from 'vitest';
import { planMemberActions, stateChanged, type MemberActionContext } from './actions.ts';
import type { MemberState } from './precedence.ts';

const state = (personId: string, roleId: string, source: MemberState['source'], removed = false): MemberState => ({ personId, roleId, source, removed });

const ctx = (over: Partial<MemberActionContext> = {}): MemberActionContext => ({
  source: 'manual',
  current: new Map([
    ['p_rule', state('p_rule', 'r_dm', 'rule')],
    ['p_manual', state('p_manual', 'r_inf', 'manual')],
    ['p_gone', state('p_gone', 'r_inf', 'rule', true)],
    ['p_kicked', state('p_kicked', 'r_inf', 'manual', true)],
  ]),
  people: new Set(['p_rule', 'p_manual', 'p_gone', 'p_kicked', 'p_new', 'p_far', 'p_other']),
  roleNames: new Map([
    ['r_dm', 'Decision Maker'],
    ['r_inf', 'Influencer'],
    ['r_champ', 'Champion'],
  ]),
  template: { name: 'Security', roleIds: ['r_dm', 'r_inf'] },
  ineligible: new Map([['p_far', 'person p_far is not related to account Acme']]),
  ...over,
});

describe('planMemberActions', () => {
  it('turns actions into typed changes through the precedence rules', () => {
    const plan = planMemberActions(
      [
        { op: 'add', personId: 'p_new', roleId: 'r_inf' },
        { op: 'remove', personId: 'p_rule' },
        { op: 'change_role', personId: 'p_manual', roleId: 'r_dm' },
        { op: 'add', personId: 'p_gone', roleId: 'r_dm' },
      ],
      ctx(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.planned.map((p) => p.change)).toEqual([
      { kind: 'member_added', personId: 'p_new', roleId: 'r_inf', source: 'manual' },
      { kind: 'member_removed', personId: 'p_rule', roleId: 'r_dm', source: 'manual', previousSource: 'rule' },
      { kind: 'role_changed', personId: 'p_manual', fromRoleId: 'r_inf', toRoleId: 'r_dm', source: 'manual', previousSource: 'manual' },
      { kind: 'member_added', personId: 'p_gone', roleId: 'r_dm', source: 'manual' },
    ]);
    // The removal is remembered as manual: rules cannot re-add the person.
    expect(plan.planned[1]?.after).toEqual(state('p_rule', 'r_dm', 'manual', true));
    expect(plan.planned.every((p) => stateChanged(p.before, p.after))).toBe(true);
  });

  it('records ownership without a membership change: same role again, removal of a removed member', () => {
    const plan = planMemberActions(
      [
        { op: 'add', personId: 'p_rule', roleId: 'r_dm' },
        { op: 'remove', personId: 'p_gone' },
        { op: 'change_role', personId: 'p_manual', roleId: 'r_inf' },
        { op: 'remove', personId: 'p_kicked' },
      ],
      ctx(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.planned.map((p) => [p.change, p.note, stateChanged(p.before, p.after)])).toEqual([
      [null, 'already holds this role; the membership is now manual', true],
      [null, 'already removed; the removal is now manual and kept against weaker sources', true],
      [null, 'already holds this role', false],
      [null, 'already removed', false],
    ]);
    expect(plan.planned[0]?.after).toEqual(state('p_rule', 'r_dm', 'manual'));
  });

  it('reports every invalid action at its index and plans nothing', () => {
    const plan = planMemberActions(
      [
        { op: 'add', personId: 'p_new', roleId: 'r_dm' }, // valid on its own
        { op: 'add', personId: 'p_nobody', roleId: 'r_dm' },
        { op: 'add', personId: 'p_far', roleId: 'r_dm' },
        { op: 'change_role', personId: 'p_rule', roleId: 'r_champ' },
        { op: 'change_role', personId: 'p_rule', roleId: 'r_dm' },
        { op: 'add', personId: 'p_manual', roleId: 'r_zzz' },
        { op: 'remove', personId: 'p_other' },
        { op: 'change_role', personId: 'p_gone', roleId: 'r_dm' },
        { op: 'change_role', personId: 'p_new', roleId: 'r_dm' },
      ],
      ctx(),
    );
    expect(plan.planned).toEqual([]);
    expect(plan.errors).toEqual([
      { field: '/actions/1/personId', message: 'person p_nobody does not exist' },
      { field: '/actions/2/personId', message: 'person p_far is not related to account Acme' },
      { field: '/actions/3/roleId', message: 'role "Champion" (r_champ) is not in this buying group\'s roles template "Security"; use one of "Decision Maker" (r_dm), "Influencer" (r_inf)' },
      { field: '/actions/4/personId', message: 'person p_rule already has an action in this call (/actions/3); send one action per person' },
      { field: '/actions/5/roleId', message: 'role r_zzz does not exist' },
      { field: '/actions/6/personId', message: 'person p_other is not a member of this buying group' },
      { field: '/actions/7/personId', message: 'person p_gone was removed from this buying group; add them again instead' },
      // p_new's first action (index 0) is valid, so index 8 is a repeat
      { field: '/actions/8/personId', message: 'person p_new already has an action in this call (/actions/0); send one action per person' },
    ]);
  });

  it('does not ask a current member to be eligible again (a manual member may stay after leaving the account)', () => {
    const plan = planMemberActions([{ op: 'add', personId: 'p_manual', roleId: 'r_dm' }], ctx({ ineligible: new Map([['p_manual', 'left']]) }));
    expect(plan.errors).toEqual([]);
    expect(plan.planned[0]?.change?.kind).toBe('role_changed');
  });

  it('refuses, for a weaker acting source, what a stronger source decided', () => {
    const plan = planMemberActions([{ op: 'remove', personId: 'p_manual' }], ctx({ source: 'journey' }));
    expect(plan.errors).toEqual([{ field: '/actions/0/personId', message: 'person p_manual: a stronger source set their role (manual); journey cannot override it' }]);
  });
});

describe('release (hand back to rules)', () => {
  it('clears a stronger decision and lets the rule role decide, as source rule', () => {
    const plan = planMemberActions(
      [
        { op: 'release', personId: 'p_manual' },
        { op: 'release', personId: 'p_kicked' },
      ],
      ctx({ ruleRoles: new Map([['p_kicked', 'r_dm']]) }),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.planned.map((p) => [p.change, p.after])).toEqual([
      [{ kind: 'member_removed', personId: 'p_manual', roleId: 'r_inf', source: 'rule', previousSource: 'manual' }, state('p_manual', 'r_inf', 'rule', true)],
      [{ kind: 'member_added', personId: 'p_kicked', roleId: 'r_dm', source: 'rule' }, state('p_kicked', 'r_dm', 'rule')],
    ]);
  });

  it('a released member whom rules give the same role stays, now owned by rules', () => {
    const plan = planMemberActions([{ op: 'release', personId: 'p_manual' }], ctx({ ruleRoles: new Map([['p_manual', 'r_inf']]) }));
    expect(plan.planned[0]).toMatchObject({ change: null, after: state('p_manual', 'r_inf', 'rule'), note: expect.stringContaining('same role') });
  });

  it('refuses people without a stronger decision and non-members', () => {
    const plan = planMemberActions(
      [
        { op: 'release', personId: 'p_rule' },
        { op: 'release', personId: 'p_new' },
      ],
      ctx(),
    );
    expect(plan.errors.map((e) => e.field)).toEqual(['/actions/0/personId', '/actions/1/personId']);
    expect(plan.planned).toEqual([]);
  });
});
