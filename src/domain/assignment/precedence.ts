/**
 * Member sources and their precedence (SPEC §4): manual > journey > import > rule = suggestion.
 * A weaker source never removes or changes what a stronger one set, and a member removed by a
 * source stays removed for every weaker one (a member removed by hand is not re-added by rules).
 *
 * Every change is a typed diff computed here, without I/O; the store applies it.
 */
export const MEMBER_SOURCES = ['manual', 'journey', 'import', 'rule', 'suggestion'] as const;
export type MemberSource = (typeof MEMBER_SOURCES)[number];

const STRENGTH: Record<MemberSource, number> = { manual: 4, journey: 3, import: 2, rule: 1, suggestion: 1 };

export function strength(source: MemberSource): number {
  return STRENGTH[source];
}

/** The state of one person in one buying group. `source` is who set it last (or removed it). */
export interface MemberState {
  personId: string;
  roleId: string;
  source: MemberSource;
  removed: boolean;
}

export type MemberOperation =
  | { kind: 'set'; personId: string; roleId: string; source: MemberSource }
  | { kind: 'remove'; personId: string; source: MemberSource };

export type MembershipChange =
  | { kind: 'member_added'; personId: string; roleId: string; source: MemberSource }
  | { kind: 'member_removed'; personId: string; roleId: string; source: MemberSource; previousSource: MemberSource }
  | { kind: 'role_changed'; personId: string; fromRoleId: string; toRoleId: string; source: MemberSource; previousSource: MemberSource };

export type Refusal = { kind: 'refused'; personId: string; reason: string; decidedBy: MemberSource };

export interface OperationResult {
  next: MemberState | undefined;
  change: MembershipChange | null;
  refusal: Refusal | null;
}

/** Applies one operation to one member's state. Pure. */
export function applyOperation(current: MemberState | undefined, op: MemberOperation): OperationResult {
  if (current && strength(op.source) < strength(current.source)) {
    const what = current.removed ? `removed them (${current.source})` : `set their role (${current.source})`;
    return {
      next: current,
      change: null,
      refusal: { kind: 'refused', personId: op.personId, reason: `a stronger source ${what}; ${op.source} cannot override it`, decidedBy: current.source },
    };
  }
  switch (op.kind) {
    case 'set': {
      const next: MemberState = { personId: op.personId, roleId: op.roleId, source: op.source, removed: false };
      if (!current || current.removed) {
        return { next, change: { kind: 'member_added', personId: op.personId, roleId: op.roleId, source: op.source }, refusal: null };
      }
      if (current.roleId !== op.roleId) {
        return {
          next,
          change: { kind: 'role_changed', personId: op.personId, fromRoleId: current.roleId, toRoleId: op.roleId, source: op.source, previousSource: current.source },
          refusal: null,
        };
      }
      // Same role: a stronger source takes ownership silently (e.g. a manual confirmation).
      return { next, change: null, refusal: null };
    }
    case 'remove': {
      if (!current || current.removed) {
        // Remember a removal by a source stronger than the last one, so weaker sources stay out.
        const next = current ? { ...current, source: op.source } : undefined;
        return { next, change: null, refusal: null };
      }
      return {
        next: { ...current, source: op.source, removed: true },
        change: { kind: 'member_removed', personId: op.personId, roleId: current.roleId, source: op.source, previousSource: current.source },
        refusal: null,
      };
    }
  }
}

/**
 * Reconciles a group with what the rules say now: `desired` maps each person who matches to
 * their role. Rule members who no longer match leave; people who match join or change role;
 * members set by stronger sources and people removed by stronger sources are left alone.
 */
export function reconcileRules(current: ReadonlyMap<string, MemberState>, desired: ReadonlyMap<string, string>, source: MemberSource = 'rule'): MembershipChange[] {
  const changes: MembershipChange[] = [];
  for (const [personId, state] of current) {
    if (state.removed || desired.has(personId)) continue;
    const r = applyOperation(state, { kind: 'remove', personId, source });
    if (r.change) changes.push(r.change);
  }
  for (const [personId, roleId] of desired) {
    const r = applyOperation(current.get(personId), { kind: 'set', personId, roleId, source });
    if (r.change) changes.push(r.change);
  }
  return changes;
}

/**
 * Hands a member back to rules ("release"): the decision of a stronger source (added or removed
 * by hand, by a journey or an import) is cleared and the rules decide again — `ruleRoleId` is the
 * role rules give the person now (null: none). The result is owned by rules: a person rules do
 * not want leaves (or stays removed, now as a rule decision that rules may undo later); one they
 * want joins or takes the rule role. Pure.
 */
export function releaseToRules(current: MemberState, ruleRoleId: string | null): OperationResult {
  const released: MemberState = { ...current, source: 'rule' };
  if (ruleRoleId === null) {
    if (current.removed) return { next: released, change: null, refusal: null };
    return {
      next: { ...released, removed: true },
      change: { kind: 'member_removed', personId: current.personId, roleId: current.roleId, source: 'rule', previousSource: current.source },
      refusal: null,
    };
  }
  const next: MemberState = { personId: current.personId, roleId: ruleRoleId, source: 'rule', removed: false };
  if (current.removed) return { next, change: { kind: 'member_added', personId: current.personId, roleId: ruleRoleId, source: 'rule' }, refusal: null };
  if (current.roleId !== ruleRoleId) {
    return { next, change: { kind: 'role_changed', personId: current.personId, fromRoleId: current.roleId, toRoleId: ruleRoleId, source: 'rule', previousSource: current.source }, refusal: null };
  }
  return { next, change: null, refusal: null };
}

/** Applies changes to a state map (returns a new map). */
export function applyChanges(current: ReadonlyMap<string, MemberState>, changes: readonly MembershipChange[]): Map<string, MemberState> {
  const next = new Map(current);
  for (const c of changes) {
    switch (c.kind) {
      case 'member_added':
        next.set(c.personId, { personId: c.personId, roleId: c.roleId, source: c.source, removed: false });
        break;
      case 'role_changed':
        next.set(c.personId, { personId: c.personId, roleId: c.toRoleId, source: c.source, removed: false });
        break;
      case 'member_removed':
        next.set(c.personId, { personId: c.personId, roleId: c.roleId, source: c.source, removed: true });
        break;
    }
  }
  return next;
}
