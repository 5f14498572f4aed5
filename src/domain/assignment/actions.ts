/**
 * Manual member actions on one buying group (add, remove, change role), pure.
 *
 * A call carries a list of actions; either every action is valid and all are applied, or none is
 * and every invalid action is reported at its index (`/actions/3/personId`). Each action becomes a
 * `set` or `remove` operation of the given source (manual, for people acting through the API) and
 * goes through {@link applyOperation}, so precedence holds here exactly as for rules and imports:
 * a manual removal is remembered and rules never add the person again.
 *
 * Rules (decided here, documented in the API):
 * - a person appears at most once per call (the order of two actions on one person would matter);
 * - roles must be roles of the group's roles template (a role outside it carries no weight and no
 *   completeness, and rules would never produce it);
 * - add: the person must exist and, unless already a current member, be eligible — the store
 *   decides eligibility (an active relation with the account or one of its descendant accounts)
 *   and passes the reason when not; adding a current member sets their role (a role change when
 *   it differs) and makes the membership manual;
 * - remove: the person must be or have been a member (a removed member may be removed again: the
 *   removal becomes the acting source's, e.g. manual, and is then kept against rules);
 * - change_role: the person must be a current (not removed) member; the same role again keeps the
 *   membership and makes it manual;
 * - release ("hand back to rules"): the person must have a decision by a source stronger than
 *   rules (manual, journey, import: added or removed); it is cleared and rules decide again in the
 *   same call (`releaseToRules`, with the role rules give the person now, passed in `ruleRoles`).
 */
import type { ErrorDetail } from '../errors.ts';
import { applyOperation, releaseToRules, strength, type MemberOperation, type MemberSource, type MemberState, type MembershipChange, type OperationResult } from './precedence.ts';

export type MemberAction =
  | { op: 'add'; personId: string; roleId: string }
  | { op: 'remove'; personId: string }
  | { op: 'change_role'; personId: string; roleId: string }
  | { op: 'release'; personId: string };

export const MEMBER_ACTION_OPS = ['add', 'remove', 'change_role', 'release'] as const;

export interface MemberActionContext {
  source: MemberSource;
  /** Current state of the people the actions name (absent: never a member). */
  current: ReadonlyMap<string, MemberState>;
  /** People that exist. */
  people: ReadonlySet<string>;
  /** Every role that exists, id → name. */
  roleNames: ReadonlyMap<string, string>;
  /** The group's template: its name and its roles in priority order. */
  template: { name: string; roleIds: readonly string[] };
  /** People who may not be added, with the reason (e.g. not related to the account). */
  ineligible: ReadonlyMap<string, string>;
  /** For release actions: the role rules give each released person now (absent or null: none). */
  ruleRoles?: ReadonlyMap<string, string | null>;
}

export interface PlannedAction {
  index: number;
  action: MemberAction;
  before: MemberState | undefined;
  after: MemberState | undefined;
  change: MembershipChange | null;
  /** Why nothing changed in membership (when `change` is null). */
  note: string | null;
}

export interface MemberActionPlan {
  errors: ErrorDetail[];
  planned: PlannedAction[];
}

/** Whether a stored row must be written: the state differs in role, source or removal. */
export function stateChanged(before: MemberState | undefined, after: MemberState | undefined): boolean {
  if (!after) return false;
  if (!before) return true;
  return before.roleId !== after.roleId || before.source !== after.source || before.removed !== after.removed;
}

export function planMemberActions(actions: readonly MemberAction[], ctx: MemberActionContext): MemberActionPlan {
  const errors: ErrorDetail[] = [];
  const err = (index: number, key: string, message: string) => errors.push({ field: `/actions/${index}/${key}`, message });
  const inTemplate = new Set(ctx.template.roleIds);
  const roleLabel = (id: string) => `"${ctx.roleNames.get(id) ?? id}" (${id})`;
  const templateRoles = ctx.template.roleIds.map(roleLabel).join(', ');
  const firstIndex = new Map<string, number>();
  const planned: PlannedAction[] = [];

  actions.forEach((action, index) => {
    const { personId } = action;
    const seen = firstIndex.get(personId);
    if (seen !== undefined) {
      err(index, 'personId', `person ${personId} already has an action in this call (/actions/${seen}); send one action per person`);
      return;
    }
    firstIndex.set(personId, index);
    let valid = true;
    if (action.op === 'add' || action.op === 'change_role') {
      const roleId = action.roleId;
      if (!ctx.roleNames.has(roleId)) {
        err(index, 'roleId', `role ${roleId} does not exist`);
        valid = false;
      } else if (!inTemplate.has(roleId)) {
        err(index, 'roleId', `role ${roleLabel(roleId)} is not in this buying group's roles template "${ctx.template.name}"; use one of ${templateRoles || '(the template has no roles)'}`);
        valid = false;
      }
    }
    if (!ctx.people.has(personId)) {
      err(index, 'personId', `person ${personId} does not exist`);
      return;
    }
    const before = ctx.current.get(personId);
    const isMember = before !== undefined && !before.removed;
    switch (action.op) {
      case 'add': {
        const reason = ctx.ineligible.get(personId);
        if (!isMember && reason !== undefined) {
          err(index, 'personId', reason);
          valid = false;
        }
        break;
      }
      case 'remove':
        if (!before) {
          err(index, 'personId', `person ${personId} is not a member of this buying group`);
          valid = false;
        }
        break;
      case 'change_role':
        if (!isMember) {
          err(index, 'personId', before ? `person ${personId} was removed from this buying group; add them again instead` : `person ${personId} is not a member of this buying group; add them instead`);
          valid = false;
        }
        break;
      case 'release':
        if (!before) {
          err(index, 'personId', `person ${personId} is not a member of this buying group; there is no decision to hand back to rules`);
          valid = false;
        } else if (strength(before.source) <= strength('rule')) {
          err(index, 'personId', `person ${personId} is already ${before.removed ? 'removed' : 'a member'} by ${before.source}; only a decision by hand, a journey or an import can be handed back to rules`);
          valid = false;
        }
        break;
    }
    if (!valid) return;

    let result: OperationResult;
    if (action.op === 'release') {
      result = releaseToRules(before as MemberState, ctx.ruleRoles?.get(personId) ?? null);
    } else {
      const op: MemberOperation =
        action.op === 'remove' ? { kind: 'remove', personId, source: ctx.source } : { kind: 'set', personId, roleId: action.roleId, source: ctx.source };
      result = applyOperation(before, op);
    }
    if (result.refusal) {
      // Only a weaker source than the current one is refused; for manual actions it cannot happen.
      err(index, 'personId', `person ${personId}: ${result.refusal.reason}`);
      return;
    }
    let note: string | null = null;
    if (!result.change) {
      if (action.op === 'release') note = result.next?.removed ? 'handed back to rules; rules do not add them, so they stay out' : 'handed back to rules; rules give them the same role';
      else if (action.op === 'remove') note = before?.source === ctx.source ? 'already removed' : `already removed; the removal is now ${ctx.source} and kept against weaker sources`;
      else note = before?.source === ctx.source ? 'already holds this role' : `already holds this role; the membership is now ${ctx.source}`;
    }
    planned.push({ index, action, before, after: result.next, change: result.change, note });
  });

  return { errors, planned: errors.length ? [] : planned };
}
