import { describe, expect, it } from 'vitest';
import { upgradeChanges } from './upgrade.ts';
import type { MemberState } from './precedence.ts';

const st = (personId: string, roleId: string, source: MemberState['source'], removed = false): MemberState => ({ personId, roleId, source, removed });

describe('upgrading a group to another template', () => {
  const current = new Map([
    ['p_rule', st('p_rule', 'r_old', 'rule')], // rules of the new template give r_new
    ['p_rule_out', st('p_rule_out', 'r_dm', 'rule')], // rules give nothing now
    ['p_manual_kept', st('p_manual_kept', 'r_dm', 'manual')], // role in the new template: kept
    ['p_manual_orphan', st('p_manual_orphan', 'r_old', 'manual')], // role gone, rules give r_dm
    ['p_import_orphan', st('p_import_orphan', 'r_old', 'import')], // role gone, rules give nothing
    ['p_kicked', st('p_kicked', 'r_old', 'manual', true)], // removed by hand: stays removed
  ]);
  const desired = new Map([
    ['p_rule', 'r_new'],
    ['p_manual_kept', 'r_new'],
    ['p_manual_orphan', 'r_dm'],
    ['p_kicked', 'r_new'],
    ['p_joiner', 'r_dm'],
  ]);
  const roles = new Set(['r_dm', 'r_new']);

  it('reconciles rule members, keeps stronger members whose role exists, hands the others back to rules', () => {
    const r = upgradeChanges(current, desired, roles);
    expect(r.released).toEqual(['p_manual_orphan', 'p_import_orphan']);
    expect(r.changes).toEqual([
      { kind: 'role_changed', personId: 'p_manual_orphan', fromRoleId: 'r_old', toRoleId: 'r_dm', source: 'rule', previousSource: 'manual' },
      { kind: 'member_removed', personId: 'p_import_orphan', roleId: 'r_old', source: 'rule', previousSource: 'import' },
      { kind: 'member_removed', personId: 'p_rule_out', roleId: 'r_dm', source: 'rule', previousSource: 'rule' },
      { kind: 'role_changed', personId: 'p_rule', fromRoleId: 'r_old', toRoleId: 'r_new', source: 'rule', previousSource: 'rule' },
      { kind: 'member_added', personId: 'p_joiner', roleId: 'r_dm', source: 'rule' },
    ]);
  });

  it('is the plain reconciliation when every stronger member keeps a role of the template', () => {
    const r = upgradeChanges(current, desired, new Set(['r_dm', 'r_new', 'r_old']));
    expect(r.released).toEqual([]);
    expect(r.changes.map((c) => c.personId)).toEqual(['p_rule_out', 'p_rule', 'p_joiner']);
  });
});
