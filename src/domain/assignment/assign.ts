/**
 * Role assignment (SPEC §4): role definitions are tried in priority order and a person gets the
 * first auto-assigned role whose condition holds; the explanation keeps every role they matched.
 */
export interface AssignableRole {
  roleId: string;
  autoAssign: boolean;
}

export interface Assignment {
  /** The role the person gets, or null when no auto-assigned role matched. */
  roleId: string | null;
  /** Every auto-assigned role whose condition held, in priority order (the first one won). */
  matchedRoleIds: string[];
}

/** `matches(i)` tells whether definition i's condition holds for the person. */
export function assignRole(definitions: readonly AssignableRole[], matches: (index: number) => boolean): Assignment {
  const matchedRoleIds: string[] = [];
  definitions.forEach((d, i) => {
    if (d.autoAssign && matches(i)) matchedRoleIds.push(d.roleId);
  });
  return { roleId: matchedRoleIds[0] ?? null, matchedRoleIds };
}
