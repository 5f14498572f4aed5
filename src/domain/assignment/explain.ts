/**
 * Why a person holds a role in a buying group, or why not (SPEC §4, issue 3 "Explain"). Pure:
 * the caller loads the person's facts, the template's role definitions, the person's relations
 * with the group's account (and its descendants, when the group considers them) and their
 * current membership; this module evaluates every role definition with explanations, decides
 * what the rules give exactly as generation does (first matching auto-assigned role, over the
 * person's active relations in scope), applies source precedence with `applyOperation` exactly as
 * `reconcileRules` does, and says it all in one plain-English summary.
 */
import {
  conditionFacts,
  describeCondition,
  describeField,
  evaluateCondition,
  fieldLabel,
  resolveField,
  type Condition,
  type EvaluationContext,
  type Explanation,
  type FieldCondition,
  type Names,
  type PersonaConditions,
  type PersonFacts,
} from '../conditions/index.ts';
import type { JsonValue } from '../text.ts';
import { assignRole } from './assign.ts';
import { applyOperation, type MemberSource, type MemberState, type MembershipChange } from './precedence.ts';

export interface ExplainRole {
  roleId: string;
  roleName: string;
  autoAssign: boolean;
  condition: Condition | null;
}

/** A relation of the person with the group's account or a descendant in scope. */
export interface ScopeRelation {
  accountId: string;
  accountName: string;
  /** 0: the group's account; n: a descendant n levels below. */
  depth: number;
  endedOn: string | null;
  active: boolean;
}

export interface CurrentMembership extends MemberState {
  roleName: string;
}

export interface ExplainInput {
  roles: readonly ExplainRole[];
  facts: PersonFacts;
  /** now, personas, listMembers, names (accountId is set per relation here). */
  ctx: Omit<EvaluationContext, 'accountId'>;
  groupAccount: { id: string; name: string };
  /** How deep below the group's account rules look for people (0: the account only). */
  descendantDepth: number;
  /** The person's relations within scope, active or ended. */
  scope: readonly ScopeRelation[];
  membership: CurrentMembership | null;
}

export type RoleOutcome = 'first_match' | 'also_matched' | 'not_matched' | 'not_auto_assigned';

export interface RoleExplanation {
  /** 1 = highest priority. */
  priority: number;
  roleId: string;
  roleName: string;
  autoAssign: boolean;
  condition: Condition | null;
  /** The condition in words. */
  conditionText: string | null;
  /** Whether the condition holds (null: the role is not assigned by conditions). */
  matched: boolean | null;
  outcome: RoleOutcome;
  /** One sentence: what held or failed, with the values seen. */
  reason: string;
  /** The evaluation tree: every leaf with the value it saw. */
  explanation: Explanation | null;
  /** The account whose relation the condition was evaluated through (roleInAccount reads it). */
  viaAccountId: string | null;
}

export type DecisionKind =
  /** Rules and the stored membership agree (including: not a member, and rules give no role). */
  | 'in_sync'
  /** Rules give the role a stronger source already set. */
  | 'agrees_with_stronger_source'
  /** A stronger source set a member whom rules would change or remove: kept. */
  | 'kept_by_stronger_source'
  /** A stronger source removed the person; rules would add them but never do. */
  | 'removed_by_stronger_source'
  /** Rules would add, change or remove: the next refresh of the group does it. */
  | 'would_add'
  | 'would_change_role'
  | 'would_remove';

export interface Decision {
  kind: DecisionKind;
  /** The source whose decision stands against the rules (for kept / removed by a stronger source). */
  decidedBy: MemberSource | null;
  /** The change rules would make (what reconcileRules computes for this person). */
  change: MembershipChange | null;
}

export interface PersonExplanation {
  /** Whether rules consider the person: an active relation with the account (or a descendant in scope). */
  considered: boolean;
  /** The role rules give (null: none, or not considered). */
  ruleRoleId: string | null;
  /** Auto-assigned roles whose condition holds, in priority order. */
  matchedRoleIds: string[];
  roles: RoleExplanation[];
  decision: Decision;
  summary: string;
}

// ---- words ----------------------------------------------------------------------------------

const quote = (s: string): string => `“${s}”`;

function nameOf(names: Names | undefined, id: string): string {
  const n = names instanceof Map ? names.get(id) : names && Object.hasOwn(names, id) ? (names as Record<string, string>)[id] : undefined;
  return n === undefined ? id : quote(n);
}

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function showValue(field: FieldCondition, raw: JsonValue): string {
  const rf = resolveField('person', field.field, field.type);
  if (raw === null) return 'empty';
  if (typeof raw === 'string') {
    if (raw.trim() === '') return 'empty';
    if (rf?.type === 'number' || rf?.type === 'boolean') return `${quote(raw)} (not ${rf.type === 'number' ? 'a number' : 'true or false'}, so it counts as empty)`;
    return quote(raw);
  }
  if (rf?.kind === 'builtin' && rf.type === 'date' && typeof raw === 'number') return new Date(raw).toISOString();
  const text = JSON.stringify(raw);
  if (rf && rf.type === 'string' && typeof raw !== 'string') return `${text} (not text, so it counts as empty)`;
  return text;
}

function operandWords(value: unknown): string {
  const values = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? quote(v) : String(v)));
  return values.length === 1 ? (values[0] ?? '') : `one of ${values.join(', ')}`;
}

function joinOr(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

function activityWords(e: Extract<Explanation, { kind: 'activity' }>): string {
  const types = joinOr(e.types.map(quote));
  const days = e.inLastDays === 1 ? 'the last day' : `the last ${e.inLastDays} days`;
  return `${e.actual} ${types} ${e.actual === 1 ? 'activity' : 'activities'} in ${days}`;
}

/**
 * Why `e` (the evaluation of `c`) came out as it did, with the values seen: for a failed
 * condition the leaves that failed, for a held one the leaves that made it hold.
 */
export function reasonOf(c: Condition, e: Explanation, personas: PersonaConditions | undefined, names: Names | undefined, plain = false): string {
  const r = (cc: Condition, ee: Explanation, p = plain) => reasonOf(cc, ee, personas, names, p);
  if ('all' in c && (e.kind === 'all' || e.kind === 'any')) {
    if (c.all.length === 0) return 'it always holds (no conditions)';
    const pick = c.all.map((x, i) => ({ x, ex: e.children[i] })).filter((p) => p.ex !== undefined && p.ex.matched === e.matched);
    return joinAnd(pick.map((p) => r(p.x, p.ex as Explanation)));
  }
  if ('any' in c && (e.kind === 'all' || e.kind === 'any')) {
    if (c.any.length === 0) return 'it never holds (no conditions)';
    const pick = c.any.map((x, i) => ({ x, ex: e.children[i] })).filter((p) => p.ex !== undefined && p.ex.matched === e.matched);
    return e.matched ? r(pick[0]!.x, pick[0]!.ex as Explanation) : joinAnd(pick.map((p) => r(p.x, p.ex as Explanation)));
  }
  if ('not' in c && e.kind === 'not') {
    // Under `not`, the inner condition's values are what matter, not what it needed.
    const inner = r(c.not, e.child, true);
    return e.matched || plain ? inner : `${inner} (needed: ${describeCondition(c, names, { subject: 'person' })})`;
  }
  if ('field' in c && e.kind === 'field') {
    const label = fieldLabel(c.field, 'person');
    const shown = showValue(c, e.actual);
    if (e.matched || plain) return `${label} is ${shown}`;
    if (c.op === 'is' || c.op === 'is_one_of') return `${label} is ${shown}, not ${operandWords(c.value)}`;
    if (c.op === 'is_not_empty') return `${label} is empty`;
    return `${label} is ${shown} (needed: ${describeField(c, 'person')})`;
  }
  if ('activity' in c && e.kind === 'activity') {
    return e.matched || plain ? activityWords(e) : `${activityWords(e)}, fewer than the ${e.atLeast} needed`;
  }
  if ('persona' in c && e.kind === 'persona') {
    const inner = personas?.get(c.persona);
    const why = inner ? r(inner, e.child) : '';
    return `they ${e.matched ? 'match' : 'do not match'} persona ${nameOf(names, c.persona)}${why ? ` (${why})` : ''}`;
  }
  if ('memberOfList' in c && e.kind === 'memberOfList') {
    const list = nameOf(names, c.memberOfList);
    if (e.matched) return `they work at ${joinAnd((e.via ?? []).map((a) => nameOf(names, a)))}, in list ${list}`;
    if (e.actual.length === 0) return `they work at no account now, so at none in list ${list}`;
    const at = joinAnd(e.actual.map((a) => nameOf(names, a)));
    return e.actual.length === 1 ? `they work at ${at}, which is not in list ${list}` : `they work at ${at}, none of which is in list ${list}`;
  }
  if ('roleInAccount' in c && e.kind === 'roleInAccount') {
    const roles = e.actual.filter((x) => x.trim() !== '');
    const have = roles.length === 0 ? 'they have no role in the account' : `they have the role${roles.length === 1 ? '' : 's'} ${roles.map(quote).join(', ')} in the account`;
    return e.matched || plain ? have : `${have} (needed: ${describeCondition(c, names, { subject: 'person' })})`;
  }
  return e.sentence;
}

// ---- evaluation -----------------------------------------------------------------------------

/** Whether a condition reads the evaluation account (roleInAccount), personas followed. */
function readsAccount(c: Condition, personas: PersonaConditions | undefined): boolean {
  return conditionFacts(c, personas).readsAccount;
}

interface Evaluated {
  matched: boolean;
  explanation: Explanation;
  viaAccountId: string;
}

/**
 * Evaluates one condition the way generation does: through each active relation in scope (the
 * relation's account is the one `roleInAccount` reads); it holds when it holds through any.
 */
function evaluateInScope(cond: Condition, input: ExplainInput, through: readonly string[]): Evaluated {
  const accounts = readsAccount(cond, input.ctx.personas) ? through : through.slice(0, 1);
  let first: Evaluated | undefined;
  for (const accountId of accounts) {
    const ev = evaluateCondition(cond, 'person', input.facts, { ...input.ctx, accountId });
    const out = { matched: ev.matched, explanation: ev.explanation, viaAccountId: accountId };
    if (ev.matched) return out;
    first ??= out;
  }
  return first as Evaluated;
}

const REMOVED_BY: Record<MemberSource, string> = {
  manual: 'removed by hand (manual)',
  journey: 'removed by a journey (journey)',
  import: 'removed by an import (import)',
  rule: 'removed by rules (rule)',
  suggestion: 'removed (suggestion)',
};
const HOLDS_AS: Record<MemberSource, string> = {
  manual: 'set manually',
  journey: 'set by a journey',
  import: 'set by an import',
  rule: '(rule)',
  suggestion: '(suggestion)',
};

export function explainPerson(input: ExplainInput): PersonExplanation {
  const active = [...input.scope].filter((r) => r.active).sort((a, b) => a.depth - b.depth || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const considered = active.length > 0;
  const through = considered ? active.map((r) => r.accountId) : [input.groupAccount.id];

  const evaluated: (Evaluated | null)[] = input.roles.map((r) => (r.autoAssign && r.condition ? evaluateInScope(r.condition, input, through) : null));
  const assignment = assignRole(
    input.roles.map((r) => ({ roleId: r.roleId, autoAssign: r.autoAssign && r.condition !== null })),
    (i) => evaluated[i]?.matched === true,
  );
  const firstIndex = evaluated.findIndex((e) => e?.matched === true);
  const names = input.ctx.names;
  const personas = input.ctx.personas;

  const roles: RoleExplanation[] = input.roles.map((r, i) => {
    const ev = evaluated[i] ?? null;
    const base = {
      priority: i + 1,
      roleId: r.roleId,
      roleName: r.roleName,
      autoAssign: r.autoAssign,
      condition: r.condition,
      conditionText: r.condition ? describeCondition(r.condition, names, { subject: 'person' }) : null,
      explanation: ev?.explanation ?? null,
      viaAccountId: ev?.viaAccountId ?? null,
    };
    if (!ev || !r.condition) {
      return { ...base, matched: null, outcome: 'not_auto_assigned' as const, reason: 'not assigned by conditions: people get this role by hand, from a journey or from an import' };
    }
    const why = reasonOf(r.condition, ev.explanation, personas, names);
    if (!ev.matched) return { ...base, matched: false, outcome: 'not_matched' as const, reason: `failed: ${why}` };
    if (i === firstIndex) return { ...base, matched: true, outcome: 'first_match' as const, reason: `matched: ${why}` };
    const winner = input.roles[firstIndex]!;
    return { ...base, matched: true, outcome: 'also_matched' as const, reason: `matched (${why}), but ${winner.roleName} (priority ${firstIndex + 1}) comes first` };
  });

  const ruleRoleId = considered ? assignment.roleId : null;
  const decision = decide(input.membership, ruleRoleId, input.facts.id);
  return {
    considered,
    ruleRoleId,
    matchedRoleIds: assignment.matchedRoleIds,
    roles,
    decision,
    summary: summarize(input, roles, considered, ruleRoleId, decision),
  };
}

/** What `reconcileRules` does for this one person, with the reason when it does nothing. */
function decide(current: MemberState | null, ruleRoleId: string | null, personId: string): Decision {
  const state = current ?? undefined;
  const result = ruleRoleId
    ? applyOperation(state, { kind: 'set', personId, roleId: ruleRoleId, source: 'rule' })
    : state && !state.removed
      ? applyOperation(state, { kind: 'remove', personId, source: 'rule' })
      : null;
  if (!result) return { kind: 'in_sync', decidedBy: null, change: null };
  if (result.change) {
    const kind = result.change.kind === 'member_added' ? 'would_add' : result.change.kind === 'member_removed' ? 'would_remove' : 'would_change_role';
    return { kind, decidedBy: null, change: result.change };
  }
  if (result.refusal && state) {
    if (state.removed) return { kind: 'removed_by_stronger_source', decidedBy: state.source, change: null };
    if (state.roleId === ruleRoleId) return { kind: 'agrees_with_stronger_source', decidedBy: state.source, change: null };
    return { kind: 'kept_by_stronger_source', decidedBy: state.source, change: null };
  }
  return { kind: 'in_sync', decidedBy: null, change: null };
}

/** "matched Influencer (priority 2) and Practitioner (priority 3); the first match wins" */
export function matchedWords(roles: readonly RoleExplanation[]): string {
  const matched = roles.filter((r) => r.matched === true).map((r) => `${r.roleName} (priority ${r.priority})`);
  if (matched.length === 0) return 'matched no role';
  return `matched ${joinAnd(matched)}${matched.length > 1 ? '; the first match wins' : ''}`;
}

/** "no auto-assigned role's conditions hold: Decision Maker failed because …; Influencer failed because …" */
export function failedWords(roles: readonly RoleExplanation[]): string {
  const auto = roles.filter((r) => r.matched !== null);
  if (auto.length === 0) return 'the roles template assigns no role by conditions';
  return `no auto-assigned role's conditions hold: ${auto.map((r) => `${r.roleName} failed because ${r.reason.replace(/^failed: /, '')}`).join('; ')}`;
}

function summarize(input: ExplainInput, roles: readonly RoleExplanation[], considered: boolean, ruleRoleId: string | null, d: Decision): string {
  const m = input.membership;
  const roleName = (id: string | null) => roles.find((r) => r.roleId === id)?.roleName ?? id ?? '';
  const ruleName = roleName(ruleRoleId);
  const holds = m && !m.removed ? `Holds ${m.roleName} ${HOLDS_AS[m.source]}` : null;

  if (!considered) {
    const rel = relationWords(input);
    if (!m || m.removed) {
      const was = m ? ` (${REMOVED_BY[m.source]})` : '';
      return `Not a member${was}: ${rel}; rules consider only people with an active relation to the account`;
    }
    if (d.kind === 'would_remove') return `${holds}, but ${rel}; rules no longer consider them, so the next refresh removes them`;
    return `${holds}; ${rel}, but rules cannot remove a member ${HOLDS_AS[m.source]}`;
  }

  switch (d.kind) {
    case 'in_sync':
      if (m && !m.removed) return `${holds}: ${matchedWords(roles)}`;
      if (m && m.removed) return `Not a member (${REMOVED_BY[m.source]}): ${failedWords(roles)}`;
      return `Not a member: ${failedWords(roles)}`;
    case 'agrees_with_stronger_source':
      return `${holds}; rules agree: ${matchedWords(roles)}`;
    case 'kept_by_stronger_source':
      return ruleRoleId
        ? `${holds}; rules (${ruleName}) cannot change it`
        : `${holds}; ${failedWords(roles)}, but rules cannot remove a member ${HOLDS_AS[m!.source]}`;
    case 'removed_by_stronger_source':
      return `Would be ${ruleName} by rules, but was ${REMOVED_BY[m!.source]}; rules never re-add people removed by a stronger source`;
    case 'would_add':
      return m?.removed
        ? `Not a member (${REMOVED_BY[m.source]}), but rules give ${ruleName} again (${matchedWords(roles)}): the next refresh adds them back`
        : `Not a member yet: rules give ${ruleName} (${matchedWords(roles)}): the next refresh adds them`;
    case 'would_change_role':
      return `${holds}, but rules now give ${ruleName} (${matchedWords(roles)}): the next refresh changes the role`;
    case 'would_remove':
      return `${holds}, but ${failedWords(roles)}: the next refresh removes them`;
  }
}

function relationWords(input: ExplainInput): string {
  const account = quote(input.groupAccount.name);
  const ended = [...input.scope].filter((r) => !r.active).sort((a, b) => a.depth - b.depth);
  const below = input.descendantDepth > 0 ? ` or its accounts down to ${input.descendantDepth} level${input.descendantDepth === 1 ? '' : 's'} below` : '';
  const rel = ended[0];
  if (!rel) return `they are not related to ${account}${below}`;
  const where = rel.depth === 0 ? account : `${quote(rel.accountName)} (below ${account})`;
  return `their relation with ${where} ended on ${rel.endedOn} (they left the account)`;
}
