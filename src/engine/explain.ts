/**
 * Explain (issue 3): why a person holds a role in a buying group, or why not. Loads what the
 * decision depends on — the solution interest's Live template (as generation does, through
 * `loadPlan`), the person's facts, their relations with the group's account (and descendants in
 * scope), their membership — and hands it to the pure `explainPerson` (domain/assignment).
 *
 * Agreement with generation: the same template, personas and scope; conditions evaluated in
 * TypeScript, which property tests prove equal to the SQL generation runs; the first matching
 * auto-assigned role over the person's active relations in scope; precedence through the same
 * `applyOperation` that `reconcileRules` uses.
 */
import type { Kysely } from 'kysely';
import { type DB, type Engine, descendantScope, factsNeeds, loadPersonFacts } from '../store/index.ts';
import { QuorumError, notFound, utcDay } from '../domain/index.ts';
import { conditionFacts, isActiveRelation, type Condition } from '../domain/conditions/index.ts';
import {
  explainPerson,
  type CurrentMembership,
  type Decision,
  type MemberSource,
  type RoleExplanation,
  type ScopeRelation,
} from '../domain/assignment/index.ts';
import { followedDepth } from './jobs.ts';
import { loadPlan, type GenerationPlan } from './generation/index.ts';

export interface MemberExplanation {
  buyingGroupId: string;
  buyingGroupName: string;
  accountId: string;
  accountName: string;
  solutionInterestId: string;
  templateId: string;
  templateName: string;
  person: { id: string; email: string; firstName: string | null; lastName: string | null; jobTitle: string | null };
  /** The time the conditions were evaluated at (windows and relation end dates are relative to it). */
  evaluatedAt: number;
  /** How far below the group's account rules look for people (from the solution interest's creation jobs). */
  descendantDepth: number;
  /** Whether rules consider the person at all: an active relation with the account (or a descendant in scope). */
  considered: boolean;
  /** The person's relations with the group's account and its descendants in scope. */
  relations: (ScopeRelation & { roles: string[] })[];
  membership: {
    roleId: string;
    roleName: string;
    source: MemberSource;
    removed: boolean;
    addedAt: number;
    removedAt: number | null;
    updatedAt: number;
  } | null;
  /** The role rules give now (null: none). */
  ruleRole: { roleId: string; roleName: string } | null;
  matchedRoleIds: string[];
  decision: Decision;
  /** Every role definition of the template, in priority order. */
  roles: RoleExplanation[];
  summary: string;
}


/** Names for explanation sentences: personas and lists the conditions name, and accounts. */
export async function conditionNames(db: Kysely<DB>, conditions: readonly Condition[], personas: ReadonlyMap<string, Condition>, accountIds: readonly string[]): Promise<Map<string, string>> {
  const { personaIds, listIds } = conditionFacts(conditions, personas);
  const names = new Map<string, string>();
  if (personaIds.length) for (const p of await db.selectFrom('personas').select(['id', 'name']).where('id', 'in', personaIds).execute()) names.set(p.id, p.name);
  if (listIds.length) for (const l of await db.selectFrom('account_lists').select(['id', 'name']).where('id', 'in', listIds).execute()) names.set(l.id, l.name);
  const ids = [...new Set(accountIds)];
  for (let i = 0; i < ids.length; i += 500) {
    for (const a of await db.selectFrom('accounts').select(['id', 'name']).where('id', 'in', ids.slice(i, i + 500)).execute()) names.set(a.id, a.name);
  }
  return names;
}

/** The conditions of a plan's auto-assigned roles. */
export function planConditions(plan: Pick<GenerationPlan, 'roles'>): Condition[] {
  return plan.roles.filter((r) => r.autoAssign && r.condition).map((r) => r.condition as Condition);
}

export async function explainMember(db: Kysely<DB>, engine: Engine, groupId: string, personId: string, now: number): Promise<MemberExplanation> {
  const group = await db
    .selectFrom('buying_groups as g')
    .innerJoin('accounts as a', 'a.id', 'g.account_id')
    .select(['g.id', 'g.name', 'g.account_id', 'a.name as account_name', 'g.solution_interest_id'])
    .where('g.id', '=', groupId)
    .executeTakeFirst();
  if (!group) throw notFound('buying group', groupId);
  const person = await db.selectFrom('people').select(['id', 'email', 'first_name', 'last_name', 'job_title']).where('id', '=', personId).executeTakeFirst();
  if (!person) throw QuorumError.field('not_found', '/personId', `person ${personId} does not exist`);

  const depth = await followedDepth(db, group.solution_interest_id);
  const plan = await loadPlan(db, engine, group.solution_interest_id, { descendantDepth: depth }, null);
  const template = await db.selectFrom('roles_templates').select(['id', 'name']).where('id', '=', plan.templateId).executeTakeFirstOrThrow();
  const scopeAccounts = (await descendantScope(db, [group.account_id], depth)).get(group.account_id) ?? new Map<string, number>();

  const conditions = planConditions(plan);
  const loaded = await loadPersonFacts(db, [personId], now, factsNeeds(conditions, plan.personas));
  const facts = loaded.people.get(personId);
  if (!facts) throw QuorumError.field('not_found', '/personId', `person ${personId} does not exist`);

  const member = await db
    .selectFrom('buying_group_members as m')
    .innerJoin('roles as r', 'r.id', 'm.role_id')
    .select(['m.role_id', 'r.name as role_name', 'm.source', 'm.removed', 'm.added_at', 'm.removed_at', 'm.updated_at'])
    .where('m.account_id', '=', group.account_id)
    .where('m.buying_group_id', '=', group.id)
    .where('m.person_id', '=', personId)
    .executeTakeFirst();

  const today = utcDay(now);
  const inScope = facts.relations.filter((r) => scopeAccounts.has(r.accountId));
  if (inScope.length === 0 && !member) {
    const elsewhere = facts.relations.filter((r) => isActiveRelation(r.endedOn, today)).map((r) => r.accountId);
    const names = await conditionNames(db, [], plan.personas, elsewhere);
    const where = elsewhere.length ? `; they work at ${elsewhere.map((a) => `“${names.get(a) ?? a}” (${a})`).join(', ')}` : '';
    const below = depth > 0 ? ` or its accounts down to ${depth} level${depth === 1 ? '' : 's'} below` : '';
    throw QuorumError.field(
      'not_found',
      '/personId',
      `person ${person.email} (${personId}) is not related to account “${group.account_name}” (${group.account_id})${below} and has never been a member of buying group ${group.id}${where}; explain covers people of the group's account`,
    );
  }

  const names = await conditionNames(db, conditions, plan.personas, [group.account_id, ...facts.relations.map((r) => r.accountId)]);
  const relations = inScope
    .map((r) => ({
      accountId: r.accountId,
      accountName: names.get(r.accountId) ?? r.accountId,
      depth: scopeAccounts.get(r.accountId) ?? 0,
      endedOn: r.endedOn,
      active: isActiveRelation(r.endedOn, today),
      roles: [...r.roles],
    }))
    .sort((a, b) => a.depth - b.depth || (a.accountId < b.accountId ? -1 : 1));

  const membership: CurrentMembership | null = member
    ? { personId, roleId: member.role_id, roleName: member.role_name, source: member.source, removed: member.removed === 1 }
    : null;
  const result = explainPerson({
    roles: plan.roles.map((r) => ({ roleId: r.roleId, roleName: r.roleName, autoAssign: r.autoAssign, condition: r.condition })),
    facts,
    ctx: { now, personas: plan.personas, listMembers: loaded.listMembers, names },
    groupAccount: { id: group.account_id, name: group.account_name },
    descendantDepth: depth,
    scope: relations,
    membership,
  });
  const ruleRole = result.ruleRoleId ? (plan.roles.find((r) => r.roleId === result.ruleRoleId) ?? null) : null;

  return {
    buyingGroupId: group.id,
    buyingGroupName: group.name,
    accountId: group.account_id,
    accountName: group.account_name,
    solutionInterestId: group.solution_interest_id,
    templateId: template.id,
    templateName: template.name,
    person: { id: person.id, email: person.email, firstName: person.first_name, lastName: person.last_name, jobTitle: person.job_title },
    evaluatedAt: now,
    descendantDepth: depth,
    considered: result.considered,
    relations,
    membership: member
      ? {
          roleId: member.role_id,
          roleName: member.role_name,
          source: member.source,
          removed: member.removed === 1,
          addedAt: Number(member.added_at),
          removedAt: member.removed_at === null ? null : Number(member.removed_at),
          updatedAt: Number(member.updated_at),
        }
      : null,
    ruleRole: ruleRole ? { roleId: ruleRole.roleId, roleName: ruleRole.roleName } : null,
    matchedRoleIds: result.matchedRoleIds,
    decision: result.decision,
    roles: result.roles,
    summary: result.summary,
  };
}
