/**
 * Upgrading a buying group to another roles template (issue 6, finding 4), pure: what the
 * group's membership becomes when the rules of the new template decide.
 *
 * - Rule (and suggestion) members are reconciled as always (`reconcileRules` with what the new
 *   template's rules give: `desired`).
 * - Members set by a stronger source (manual, journey, import) keep their membership when their
 *   role is in the new template: the new template does not overrule a person.
 * - Members set by a stronger source whose role is NOT in the new template cannot keep it (a role
 *   outside the template carries no weight and no completeness, and manual actions could not set
 *   it): they are handed back to rules (`releaseToRules`) — they take the role rules give them, or
 *   leave with the reason role_not_in_template. The event and the preview name them.
 * - Removals by a stronger source stay: "keep this person out" does not depend on the role.
 */
import { releaseToRules, reconcileRules, strength, type MemberState, type MembershipChange } from './precedence.ts';

export interface UpgradeResult {
  changes: MembershipChange[];
  /** People handed back to rules because their role is not in the new template (changed or removed). */
  released: string[];
}

export function upgradeChanges(current: ReadonlyMap<string, MemberState>, desired: ReadonlyMap<string, string>, templateRoleIds: ReadonlySet<string>): UpgradeResult {
  const changes: MembershipChange[] = [];
  const released: string[] = [];
  const rest = new Map(current);
  for (const [personId, state] of current) {
    if (state.removed || strength(state.source) <= strength('rule') || templateRoleIds.has(state.roleId)) continue;
    const r = releaseToRules(state, desired.get(personId) ?? null);
    if (r.change) changes.push(r.change);
    released.push(personId);
    rest.delete(personId);
  }
  const others = new Map([...desired].filter(([p]) => !released.includes(p)));
  changes.push(...reconcileRules(rest, others));
  return { changes, released };
}
