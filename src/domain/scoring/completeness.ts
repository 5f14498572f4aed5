/**
 * Completeness (SPEC §5): for each role required for completeness, with threshold T (members
 * required, ≥ 1) and A members currently holding it, role completeness = min(A, T) / T × 100.
 * The group's completeness is the mean over its required roles, 0 when none is required.
 * Values are exact (not rounded); display with `displayScore`.
 */
export interface RequiredRole {
  roleId: string;
  required: boolean;
  membersRequired: number;
}

export interface Completeness {
  score: number;
  roles: { roleId: string; members: number; membersRequired: number; score: number }[];
  /** Required roles with no member at all. */
  missingRoleIds: string[];
}

export function roleCompleteness(members: number, membersRequired: number): number {
  const t = Math.max(1, membersRequired);
  // Multiply first: 1 × 100 / 3 is the double nearest 100/3, (1 / 3) × 100 is not.
  return (Math.min(Math.max(0, members), t) * 100) / t;
}

export function completeness(definitions: readonly RequiredRole[], membersByRole: ReadonlyMap<string, number>): Completeness {
  const roles = definitions
    .filter((d) => d.required)
    .map((d) => {
      const members = membersByRole.get(d.roleId) ?? 0;
      return { roleId: d.roleId, members, membersRequired: d.membersRequired, score: roleCompleteness(members, d.membersRequired) };
    });
  const score = roles.length === 0 ? 0 : roles.reduce((s, r) => s + r.score, 0) / roles.length;
  return { score, roles, missingRoleIds: roles.filter((r) => r.members === 0).map((r) => r.roleId) };
}

/** Scores are stored exactly and displayed as whole numbers rounded half up. */
export function displayScore(score: number): number {
  // Guard against binary representation (e.g. 2.4999999999 for 2.5) before rounding half up.
  return Math.floor(Number(score.toPrecision(12)) + 0.5);
}
