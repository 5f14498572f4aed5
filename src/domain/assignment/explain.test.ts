import { describe, expect, it } from 'vitest';
import type { PersonFacts } from '../conditions/index.ts';
import { explainPerson, reconcileRules, type CurrentMembership, type ExplainInput, type ExplainRole, type MemberState } from './index.ts';

const NOW = Date.UTC(2026, 5, 1, 12);

function facts(over: Partial<PersonFacts> = {}): PersonFacts {
  return {
    id: 'per_1',
    email: 'ann@example.com',
    firstName: 'Ann',
    lastName: null,
    jobTitle: 'Director of IT',
    department: null,
    seniority: null,
    phone: null,
    country: null,
    state: null,
    city: null,
    postalCode: null,
    externalId: null,
    derivedSeniority: 'director',
    derivedFunction: 'information_technology',
    derivedFunctions: ['information_technology'],
    derivedSpecialties: [],
    titleConfidence: 0.95,
    emailInvalid: false,
    emailSuspended: false,
    unsubscribed: false,
    engagementScore: 0,
    createdAt: NOW,
    updatedAt: NOW,
    custom: {},
    relations: [{ accountId: 'acc_1', roles: [], endedOn: null }],
    activities: [],
    ...over,
  };
}

const ROLES: ExplainRole[] = [
  { roleId: 'dm', roleName: 'Decision Maker', autoAssign: true, condition: { field: 'derivedSeniority', op: 'is', value: 'cxo' } },
  { roleId: 'inf', roleName: 'Influencer', autoAssign: true, condition: { any: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['vp', 'director'] }, { field: 'jobTitle', op: 'contains', value: 'head of' }] } },
  { roleId: 'pra', roleName: 'Practitioner', autoAssign: true, condition: { not: { field: 'jobTitle', op: 'contains', value: 'intern' } } },
  { roleId: 'chp', roleName: 'Champion', autoAssign: false, condition: null },
];

function input(over: Partial<ExplainInput> = {}): ExplainInput {
  return {
    roles: ROLES,
    facts: facts(),
    ctx: { now: NOW },
    groupAccount: { id: 'acc_1', name: 'Acme' },
    descendantDepth: 0,
    scope: [{ accountId: 'acc_1', accountName: 'Acme', depth: 0, endedOn: null, active: true }],
    membership: null,
    ...over,
  };
}

const member = (roleId: string, roleName: string, source: CurrentMembership['source'], removed = false): CurrentMembership => ({ personId: 'per_1', roleId, roleName, source, removed });

describe('explainPerson', () => {
  it('gives the first matching role and keeps every match, with reasons', () => {
    const x = explainPerson(input());
    expect(x.ruleRoleId).toBe('inf');
    expect(x.matchedRoleIds).toEqual(['inf', 'pra']);
    expect(x.roles.map((r) => r.outcome)).toEqual(['not_matched', 'first_match', 'also_matched', 'not_auto_assigned']);
    expect(x.roles[1]!.reason).toBe('matched: derived seniority is “director”');
    expect(x.roles[2]!.reason).toBe('matched (job title is “Director of IT”), but Influencer (priority 2) comes first');
    expect(x.summary).toBe('Not a member yet: rules give Influencer (matched Influencer (priority 2) and Practitioner (priority 3); the first match wins): the next refresh adds them');
    expect(x.decision).toMatchObject({ kind: 'would_add', change: { kind: 'member_added', roleId: 'inf', source: 'rule' } });
  });

  it('explains failures of any / not with the values seen', () => {
    const x = explainPerson(input({ facts: facts({ jobTitle: 'IT Intern', derivedSeniority: null }) }));
    expect(x.roles[1]!.reason).toBe('failed: derived seniority is empty, not one of “vp”, “director” and job title is “IT Intern” (needed: job title contains “head of”)');
    expect(x.roles[2]!.reason).toBe('failed: job title is “IT Intern” (needed: not (job title contains “intern”))');
    expect(x.summary).toMatch(/^Not a member: no auto-assigned role's conditions hold: Decision Maker failed because derived seniority is empty, not “cxo”; Influencer failed because/);
  });

  it('says what rules would change at the next refresh', () => {
    expect(explainPerson(input({ membership: member('pra', 'Practitioner', 'rule') })).summary).toBe(
      'Holds Practitioner (rule), but rules now give Influencer (matched Influencer (priority 2) and Practitioner (priority 3); the first match wins): the next refresh changes the role',
    );
    const gone = explainPerson(input({ facts: facts({ jobTitle: 'Intern', derivedSeniority: null }), membership: member('inf', 'Influencer', 'suggestion') }));
    expect(gone.decision.kind).toBe('would_remove');
    expect(gone.summary).toMatch(/^Holds Influencer \(suggestion\), but no auto-assigned role's conditions hold: .*: the next refresh removes them$/);
    expect(explainPerson(input({ membership: member('inf', 'Influencer', 'rule', true) })).summary).toBe(
      'Not a member (removed by rules (rule)), but rules give Influencer again (matched Influencer (priority 2) and Practitioner (priority 3); the first match wins): the next refresh adds them back',
    );
  });

  it('respects stronger sources, naming them', () => {
    expect(explainPerson(input({ membership: member('chp', 'Champion', 'journey') })).summary).toBe('Holds Champion set by a journey; rules (Influencer) cannot change it');
    expect(explainPerson(input({ membership: member('inf', 'Influencer', 'import', true) })).summary).toBe(
      'Would be Influencer by rules, but was removed by an import (import); rules never re-add people removed by a stronger source',
    );
    const kept = explainPerson(input({ facts: facts({ jobTitle: 'Intern', derivedSeniority: null }), membership: member('chp', 'Champion', 'manual') }));
    expect(kept.decision).toEqual({ kind: 'kept_by_stronger_source', decidedBy: 'manual', change: null });
    expect(kept.summary).toMatch(/^Holds Champion set manually; no auto-assigned role's conditions hold: .*, but rules cannot remove a member set manually$/);
  });

  it('does not consider people without an active relation in scope', () => {
    const notRelated = explainPerson(input({ scope: [], membership: member('chp', 'Champion', 'manual') }));
    expect(notRelated.considered).toBe(false);
    expect(notRelated.summary).toBe('Holds Champion set manually; they are not related to “Acme”, but rules cannot remove a member set manually');
    const deep = explainPerson(input({ scope: [], descendantDepth: 2 }));
    expect(deep.summary).toBe('Not a member: they are not related to “Acme” or its accounts down to 2 levels below; rules consider only people with an active relation to the account');
    const endedBelow = explainPerson(input({ scope: [{ accountId: 'acc_2', accountName: 'Acme Labs', depth: 1, endedOn: '2026-05-01', active: false }], descendantDepth: 1 }));
    expect(endedBelow.summary).toBe(
      'Not a member: their relation with “Acme Labs” (below “Acme”) ended on 2026-05-01 (they left the account); rules consider only people with an active relation to the account',
    );
  });

  it('decides exactly as reconcileRules for every source and state', () => {
    const sources = ['manual', 'journey', 'import', 'rule', 'suggestion'] as const;
    const states: (MemberState | null)[] = [null];
    for (const source of sources) for (const removed of [false, true]) for (const roleId of ['inf', 'chp']) states.push({ personId: 'per_1', roleId, source, removed });
    for (const matches of [true, false]) {
      const f = matches ? facts() : facts({ jobTitle: 'Intern', derivedSeniority: null });
      for (const st of states) {
        const x = explainPerson(input({ facts: f, membership: st ? { ...st, roleName: st.roleId } : null }));
        const desired = new Map(x.ruleRoleId ? [['per_1', x.ruleRoleId]] : []);
        const expected = reconcileRules(new Map(st ? [['per_1', st]] : []), desired);
        expect(x.decision.change ? [x.decision.change] : [], JSON.stringify(st)).toEqual(expected);
      }
    }
  });
});
