/**
 * References between stored conditions and the things they name (personas, account lists,
 * accounts, activity types): existence checks when a condition is saved, and "who refers to this?" when
 * something is about to be deleted.
 *
 * Conditions are stored as JSON in personas.condition, template_roles.condition and
 * account_lists.condition. Reverse look-ups pre-filter rows by the id's text inside the JSON
 * (cheap, a superset) and confirm with `collectReferences` on the parsed condition.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from './schema.ts';
import { QuorumError, type ErrorDetail } from '../domain/index.ts';
import {
  activityTypeLeaves,
  buyingGroupLeaves,
  checkPersonaReferences,
  collectReferences,
  idLeaves,
  type Condition,
  type PersonaConditions,
} from '../domain/conditions/index.ts';
import type { StageModelDefinition } from '../domain/stages/index.ts';
import { parseJson } from './db.ts';
import { likeContains } from './pagination.ts';
import { knownActivityTypes, unknownActivityTypeMessage } from './known-activity-types.ts';

/** Every persona's condition by id (personas are few: hundreds at most). */
export async function loadPersonaConditions(db: Kysely<DB>): Promise<Map<string, Condition>> {
  const rows = await db.selectFrom('personas').select(['id', 'condition']).execute();
  return new Map(rows.map((r) => [r.id, parseJson<Condition>(r.condition)]));
}

/**
 * The personas a condition needs for compiling or evaluating (account conditions reach personas
 * inside `people.where`): every persona when it names one, none (no query) otherwise.
 */
export async function personasFor(db: Kysely<DB>, cond: Condition): Promise<Map<string, Condition>> {
  return collectReferences(cond).personaIds.length ? loadPersonaConditions(db) : new Map();
}

export { buyingGroupLeaves };

/**
 * `buyingGroup` leaves: the solution interest exists, the roles exist, and the stage keys are
 * stages of the solution interest's stage model.
 */
async function checkBuyingGroupReferences(db: Kysely<DB>, cond: Condition, basePath: string, errors: ErrorDetail[]): Promise<void> {
  const found = buyingGroupLeaves(cond, basePath);
  if (found.length === 0) return;
  const siIds = [...new Set(found.map((l) => l.test.solutionInterestId))];
  const sis = new Map(
    (
      await db
        .selectFrom('solution_interests as si')
        .leftJoin('stage_models as sm', 'sm.id', 'si.stage_model_id')
        .select(['si.id', 'si.name', 'sm.definition'])
        .where('si.id', 'in', siIds)
        .execute()
    ).map((r) => [r.id, { name: r.name, stages: r.definition == null ? null : parseJson<StageModelDefinition>(r.definition).stages.map((s) => s.key) }]),
  );
  const roleIds = [...new Set(found.flatMap((l) => (l.test.roleCount ?? []).map((r) => r.roleId)))];
  const roles = new Set(roleIds.length ? (await db.selectFrom('roles').select('id').where('id', 'in', roleIds).execute()).map((r) => r.id) : []);
  for (const { path, test } of found) {
    const si = sis.get(test.solutionInterestId);
    if (!si) errors.push({ field: `${path}/solutionInterestId`, message: `solution interest ${test.solutionInterestId} does not exist` });
    else if (test.stage !== undefined) {
      const keys = Array.isArray(test.stage) ? test.stage : [test.stage];
      keys.forEach((k, i) => {
        const at = Array.isArray(test.stage) ? `${path}/stage/${i}` : `${path}/stage`;
        if (si.stages === null) errors.push({ field: at, message: `solution interest "${si.name}" has no stage model, so its buying groups have no stage` });
        else if (!si.stages.includes(k)) errors.push({ field: at, message: `“${k}” is not a stage of solution interest "${si.name}" — its stages are ${si.stages.join(', ')}` });
      });
    }
    (test.roleCount ?? []).forEach((r, i) => {
      if (!roles.has(r.roleId)) errors.push({ field: `${path}/roleCount/${i}/roleId`, message: `role ${r.roleId} does not exist` });
    });
  }
}

/**
 * Checks that every persona, list, account, solution interest, role and stage a (validated)
 * condition names exists (stages: in the solution interest's stage model), that every activity
 * type it counts is known (a default or a registered custom type), that no
 * persona reaches itself again (`selfPersonaId`: the persona this condition belongs to), and
 * that lists are static: a dynamic list's members are computed on demand and are not stored, so
 * a `memberOfList` leaf could not see them. Throws `invalid_condition` listing every problem.
 */
export async function checkConditionReferences(
  db: Kysely<DB>,
  cond: Condition,
  opts: { basePath: string; selfPersonaId?: string; selfListId?: string; personas?: PersonaConditions },
): Promise<void> {
  const errors: ErrorDetail[] = [];
  const refs = collectReferences(cond);
  if (refs.personaIds.length) {
    const personas = opts.personas ?? (await loadPersonaConditions(db));
    try {
      checkPersonaReferences(cond, personas, { basePath: opts.basePath, ...(opts.selfPersonaId ? { selfId: opts.selfPersonaId } : {}) });
    } catch (e) {
      if (!(e instanceof QuorumError)) throw e;
      errors.push(...e.errors);
    }
  }
  if (refs.listIds.length) {
    const lists = new Map(
      (await db.selectFrom('account_lists').select(['id', 'name', 'kind']).where('id', 'in', refs.listIds).execute()).map((l) => [l.id, l]),
    );
    for (const leaf of idLeaves(cond, 'memberOfList', opts.basePath)) {
      const list = lists.get(leaf.id);
      if (leaf.id === opts.selfListId) errors.push({ field: leaf.path, message: 'a list cannot refer to itself' });
      else if (!list) errors.push({ field: leaf.path, message: `account list ${leaf.id} does not exist` });
      else if (list.kind === 'dynamic') {
        errors.push({
          field: leaf.path,
          message: `account list "${list.name}" (${leaf.id}) is dynamic; conditions can refer to static lists only (use the dynamic list's own condition instead)`,
        });
      }
    }
  }
  if (refs.accountIds.length) {
    const found = new Set((await db.selectFrom('accounts').select('id').where('id', 'in', refs.accountIds).execute()).map((a) => a.id));
    for (const leaf of idLeaves(cond, 'descendantOf', opts.basePath)) {
      if (!found.has(leaf.id)) errors.push({ field: leaf.path, message: `account ${leaf.id} does not exist` });
    }
  }
  const typeLeaves = activityTypeLeaves(cond, opts.basePath);
  if (typeLeaves.length) {
    const known = await knownActivityTypes(db);
    for (const leaf of typeLeaves) {
      const message = unknownActivityTypeMessage(leaf.type, known);
      if (message) errors.push({ field: leaf.path, message });
    }
  }
  await checkBuyingGroupReferences(db, cond, opts.basePath, errors);
  if (errors.length) {
    const first = errors[0] as ErrorDetail;
    const more = errors.length > 1 ? `, and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}` : '';
    throw new QuorumError('invalid_condition', `The condition is not valid: ${first.message} (at ${first.field})${more}`, errors);
  }
}

export type ReferenceKind = 'persona' | 'list' | 'account' | 'activityType' | 'solution_interest' | 'role';

export interface Referrer {
  entityType: 'persona' | 'roles_template' | 'account_list';
  id: string;
  name: string;
  /** For a roles template: the role whose condition holds the reference. */
  roleName?: string;
}

const idsOfKind = (cond: Condition, kind: ReferenceKind): string[] => {
  if (kind === 'activityType') return activityTypeLeaves(cond, '').map((l) => l.type);
  const refs = collectReferences(cond);
  switch (kind) {
    case 'persona':
      return refs.personaIds;
    case 'list':
      return refs.listIds;
    case 'account':
      return refs.accountIds;
    case 'solution_interest':
      return refs.solutionInterestIds;
    case 'role':
      return refs.roleIds;
  }
};

/** `column` (JSON) mentions `text` — a superset pre-filter; callers confirm on the parsed value. */
function jsonMentions(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`cast(${sql.ref(column)} as text) like ${likeContains(text)} escape '\\'`;
}

/** Stored conditions that refer to `id` directly, in a stable order (up to `limit`). */
export async function findReferrers(db: Kysely<DB>, kind: ReferenceKind, id: string, limit = 5): Promise<Referrer[]> {
  const out: Referrer[] = [];
  const personas = await db.selectFrom('personas').select(['id', 'name', 'condition']).where(jsonMentions('personas.condition', id)).orderBy('name_norm').execute();
  for (const p of personas) {
    if (p.id !== id && idsOfKind(parseJson<Condition>(p.condition), kind).includes(id)) out.push({ entityType: 'persona', id: p.id, name: p.name });
  }
  const templateRoles = await db
    .selectFrom('template_roles')
    .innerJoin('roles_templates', 'roles_templates.id', 'template_roles.template_id')
    .innerJoin('roles', 'roles.id', 'template_roles.role_id')
    .select(['roles_templates.id', 'roles_templates.name', 'roles.name as role_name', 'template_roles.condition'])
    .where('template_roles.condition', 'is not', null)
    .where(jsonMentions('template_roles.condition', id))
    .orderBy('roles_templates.name_norm')
    .orderBy('template_roles.position')
    .execute();
  for (const r of templateRoles) {
    if (idsOfKind(parseJson<Condition>(r.condition), kind).includes(id)) out.push({ entityType: 'roles_template', id: r.id, name: r.name, roleName: r.role_name });
  }
  const lists = await db
    .selectFrom('account_lists')
    .select(['id', 'name', 'condition'])
    .where('condition', 'is not', null)
    .where(jsonMentions('account_lists.condition', id))
    .orderBy('name_norm')
    .execute();
  for (const l of lists) {
    if (l.id !== id && idsOfKind(parseJson<Condition>(l.condition), kind).includes(id)) out.push({ entityType: 'account_list', id: l.id, name: l.name });
  }
  return out.slice(0, limit);
}

const WORDS: Record<Referrer['entityType'], string> = { persona: 'persona', roles_template: 'roles template', account_list: 'account list' };

/** "persona \"IT leaders\" (psn_…), roles template \"Security\" (tpl_…, role Decision Maker)" */
export function describeReferrers(refs: Referrer[]): string {
  return refs.map((r) => `${WORDS[r.entityType]} "${r.name}" (${r.id}${r.roleName ? `, role ${r.roleName}` : ''})`).join(', ');
}
