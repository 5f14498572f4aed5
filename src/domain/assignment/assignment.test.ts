import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChanges, applyOperation, assignRole, MEMBER_SOURCES, reconcileRules, strength, type MemberOperation, type MemberState } from './index.ts';

describe('assignRole', () => {
  const defs = [
    { roleId: 'dm', autoAssign: true },
    { roleId: 'manual-only', autoAssign: false },
    { roleId: 'inf', autoAssign: true },
    { roleId: 'pra', autoAssign: true },
  ];
  it('gives the first matching role in priority order and keeps every match', () => {
    expect(assignRole(defs, (i) => i !== 0)).toEqual({ roleId: 'inf', matchedRoleIds: ['inf', 'pra'] });
    expect(assignRole(defs, () => true)).toEqual({ roleId: 'dm', matchedRoleIds: ['dm', 'inf', 'pra'] });
    expect(assignRole(defs, () => false)).toEqual({ roleId: null, matchedRoleIds: [] });
  });
  it('never auto-assigns a role whose definition is not auto-assigned', () => {
    expect(assignRole(defs, (i) => i === 1).roleId).toBeNull();
  });
});

describe('source precedence', () => {
  it('orders manual > journey > import > rule = suggestion', () => {
    expect(MEMBER_SOURCES.map(strength)).toEqual([4, 3, 2, 1, 1]);
  });

  it('does not let rules re-add a member removed by hand', () => {
    const removed: MemberState = { personId: 'p', roleId: 'dm', source: 'manual', removed: true };
    const r = applyOperation(removed, { kind: 'set', personId: 'p', roleId: 'dm', source: 'rule' });
    expect(r.change).toBeNull();
    expect(r.refusal?.decidedBy).toBe('manual');
    expect(reconcileRules(new Map([['p', removed]]), new Map([['p', 'dm']]))).toEqual([]);
  });

  it('lets rules add, change and remove their own members', () => {
    const current = new Map<string, MemberState>([
      ['a', { personId: 'a', roleId: 'dm', source: 'rule', removed: false }],
      ['b', { personId: 'b', roleId: 'inf', source: 'rule', removed: false }],
      ['m', { personId: 'm', roleId: 'inf', source: 'manual', removed: false }],
    ]);
    const changes = reconcileRules(current, new Map([['a', 'inf'], ['c', 'pra']]));
    expect(changes).toEqual([
      { kind: 'member_removed', personId: 'b', roleId: 'inf', source: 'rule', previousSource: 'rule' },
      { kind: 'role_changed', personId: 'a', fromRoleId: 'dm', toRoleId: 'inf', source: 'rule', previousSource: 'rule' },
      { kind: 'member_added', personId: 'c', roleId: 'pra', source: 'rule' },
    ]);
  });

  it('property: a weaker source never undoes or changes what a stronger one set', () => {
    const people = ['p1', 'p2', 'p3'];
    const roles = ['dm', 'inf', 'pra'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('set' as const), personId: fc.constantFrom(...people), roleId: fc.constantFrom(...roles), source: fc.constantFrom(...MEMBER_SOURCES) }),
      fc.record({ kind: fc.constant('remove' as const), personId: fc.constantFrom(...people), source: fc.constantFrom(...MEMBER_SOURCES) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops: MemberOperation[]) => {
        let state = new Map<string, MemberState>();
        for (const o of ops) {
          const before = state.get(o.personId);
          const r = applyOperation(before, o);
          if (before && strength(o.source) < strength(before.source)) {
            // weaker: nothing changes
            if (r.change !== null || r.next !== before) return false;
          }
          if (r.change) state = applyChanges(state, [r.change]);
          else if (r.next) state.set(o.personId, r.next);
          const after = state.get(o.personId);
          // The state's owner is never weaker than a stronger owner it replaced.
          if (before && after && strength(after.source) < strength(before.source)) return false;
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});
