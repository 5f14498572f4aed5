import type { Kysely, Selectable } from 'kysely';
import type { DB, RolesTemplatesTable } from './schema.ts';
import { QuorumError, notFound, type ErrorDetail, normText, type WeightingBand } from '../domain/index.ts';
import { checkRoleDefinitions, publishProblems, type RoleDefinition, type RoleDefinitionInput } from '../domain/templates/index.ts';
import type { Condition } from '../domain/conditions/index.ts';
import { bit, bool, parseJson, toJson } from './db.ts';
import type { Actor } from './audit.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { bump, checkNameFree, checkRename, CONFIG_KINDS, createConfig, deleteConfig, duplicateConfig, publishConfig, refuseLive, updateConfig } from './config-entity.ts';
import { checkConditionReferences, loadPersonaConditions } from './references.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, sortBy, toPage, type Page, type PageRequest } from './pagination.ts';
import { checkFilterIds } from './filter-references.ts';

export interface RolesTemplateFields {
  name: string;
  description: string | null;
  roles: RoleDefinitionInput[];
}

export interface TemplateRole extends RoleDefinition {
  roleName: string;
}

export interface RolesTemplate {
  id: string;
  name: string;
  description: string | null;
  status: 'draft' | 'live';
  duplicatedFrom: string | null;
  publishedAt: number | null;
  roles: TemplateRole[];
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<RolesTemplatesTable>;

/** Role definitions of the given templates, in priority order, by template id. */
async function loadDefinitions(db: Kysely<DB>, templateIds: string[]): Promise<Map<string, TemplateRole[]>> {
  const out = new Map<string, TemplateRole[]>(templateIds.map((id) => [id, []]));
  if (templateIds.length === 0) return out;
  const rows = await db
    .selectFrom('template_roles')
    .innerJoin('roles', 'roles.id', 'template_roles.role_id')
    .select([
      'template_roles.template_id',
      'template_roles.role_id',
      'roles.name as role_name',
      'template_roles.weighting_band',
      'template_roles.auto_assign',
      'template_roles.condition',
      'template_roles.required',
      'template_roles.members_required',
    ])
    .where('template_roles.template_id', 'in', templateIds)
    .orderBy('template_roles.template_id')
    .orderBy('template_roles.position')
    .execute();
  for (const r of rows) {
    out.get(r.template_id)?.push({
      roleId: r.role_id,
      roleName: r.role_name,
      weightingBand: r.weighting_band as WeightingBand,
      autoAssign: bool(r.auto_assign),
      condition: r.condition == null ? null : parseJson<Condition>(r.condition),
      required: bool(r.required),
      membersRequired: r.members_required,
    });
  }
  return out;
}

function templateFromRow(r: Row, roles: TemplateRole[]): RolesTemplate {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    status: r.status,
    duplicatedFrom: r.duplicated_from,
    publishedAt: r.published_at,
    roles,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function getRolesTemplate(db: Kysely<DB>, id: string): Promise<RolesTemplate> {
  const row = await db.selectFrom('roles_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('roles template', id);
  return templateFromRow(row, (await loadDefinitions(db, [id])).get(id) ?? []);
}

const KIND = CONFIG_KINDS.rolesTemplate;

/** Rules of the definitions, then that roles, personas and lists they name exist. */
async function checkedDefinitions(db: Kysely<DB>, input: RoleDefinitionInput[]): Promise<RoleDefinition[]> {
  const defs = checkRoleDefinitions(input, '/roles');
  const roleIds = [...new Set(defs.map((d) => d.roleId))];
  const known = new Set(roleIds.length ? (await db.selectFrom('roles').select('id').where('id', 'in', roleIds).execute()).map((r) => r.id) : []);
  const missing: ErrorDetail[] = [];
  defs.forEach((d, i) => {
    if (!known.has(d.roleId)) missing.push({ field: `/roles/${i}/roleId`, message: `role ${d.roleId} does not exist` });
  });
  if (missing.length) throw new QuorumError('validation_failed', `The role definitions are not valid: ${missing[0]?.message} (at ${missing[0]?.field})`, missing);
  const withConditions = defs.map((d, i) => ({ d, i })).filter(({ d }) => d.condition);
  if (withConditions.length) {
    const personas = await loadPersonaConditions(db);
    const errors: ErrorDetail[] = [];
    for (const { d, i } of withConditions) {
      try {
        await checkConditionReferences(db, d.condition as Condition, { basePath: `/roles/${i}/condition`, personas });
      } catch (e) {
        if (!(e instanceof QuorumError)) throw e;
        errors.push(...e.errors);
      }
    }
    if (errors.length) throw new QuorumError('invalid_condition', `A role condition is not valid: ${errors[0]?.message} (at ${errors[0]?.field})`, errors);
  }
  return defs;
}

async function writeDefinitions(db: Kysely<DB>, templateId: string, defs: RoleDefinition[]): Promise<void> {
  await db.deleteFrom('template_roles').where('template_id', '=', templateId).execute();
  if (defs.length === 0) return;
  await db
    .insertInto('template_roles')
    .values(
      defs.map((d, position) => ({
        template_id: templateId,
        position,
        role_id: d.roleId,
        weighting_band: d.weightingBand,
        auto_assign: bit(d.autoAssign),
        condition: d.condition ? toJson(d.condition) : null,
        required: bit(d.required),
        members_required: d.membersRequired,
      })),
    )
    .execute();
}

export async function createRolesTemplate(db: Kysely<DB>, actor: Actor, fields: RolesTemplateFields, now: number): Promise<RolesTemplate> {
  return createConfig(db, actor, KIND, getRolesTemplate, now, async (trx, id) => {
    const defs = await checkedDefinitions(trx, fields.roles);
    await checkNameFree(trx, KIND, fields.name, null);
    await trx
      .insertInto('roles_templates')
      .values({ id, name: fields.name, name_norm: normText(fields.name), description: fields.description, status: 'draft', duplicated_from: null, published_at: null, created_at: now, updated_at: now, version: 1 })
      .execute();
    await writeDefinitions(trx, id, defs);
  });
}

export async function updateRolesTemplate(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: Partial<RolesTemplateFields>,
  now: number,
  expected: ExpectedVersion,
): Promise<RolesTemplate> {
  const { after } = await updateConfig(db, actor, KIND, getRolesTemplate, id, now, expected, async (trx, before) => {
    refuseLive(KIND, before, 'changed');
    const defs = patch.roles === undefined ? undefined : await checkedDefinitions(trx, patch.roles);
    const name = patch.name ?? before.name;
    await checkRename(trx, KIND, before, name);
    const description = patch.description === undefined ? before.description : patch.description;
    await trx
      .updateTable('roles_templates')
      .set({ name, name_norm: normText(name), description, ...bump(before, now) })
      .where('id', '=', id)
      .execute();
    if (defs) await writeDefinitions(trx, id, defs);
  });
  return after;
}

export async function deleteRolesTemplate(db: Kysely<DB>, actor: Actor, id: string, now: number, expected: ExpectedVersion): Promise<void> {
  await deleteConfig(db, actor, KIND, getRolesTemplate, id, now, expected, async (trx, before) => {
    refuseLive(KIND, before, 'deleted');
    const interest = await trx.selectFrom('solution_interests').select(['id', 'name']).where('template_id', '=', id).orderBy('name_norm').executeTakeFirst();
    if (interest) {
      throw QuorumError.field('in_use', '/id', `roles template "${before.name}" is used by solution interest "${interest.name}" (${interest.id}); choose another template there first`);
    }
    const group = await trx.selectFrom('buying_groups').select('id').where('template_id', '=', id).executeTakeFirst();
    if (group) throw QuorumError.field('in_use', '/id', `roles template "${before.name}" is used by buying group ${group.id}; it cannot be deleted`);
    await trx.deleteFrom('template_roles').where('template_id', '=', id).execute();
  });
}

export async function publishRolesTemplate(db: Kysely<DB>, actor: Actor, id: string, now: number, expected: ExpectedVersion): Promise<RolesTemplate> {
  return publishConfig(db, actor, KIND, getRolesTemplate, id, now, expected, (before) => {
    const problems = publishProblems(before.roles);
    return problems.length ? new QuorumError('invalid_state', `roles template "${before.name}" cannot be published: ${problems[0]?.message}`, problems) : null;
  });
}

/** A new Draft with the same role definitions, named "<name> (copy)" (or "(copy 2)", …). */
export async function duplicateRolesTemplate(db: Kysely<DB>, actor: Actor, id: string, now: number): Promise<RolesTemplate> {
  return duplicateConfig(db, actor, KIND, getRolesTemplate, id, now, async (trx, source, copy) => {
    await trx
      .insertInto('roles_templates')
      .values({ id: copy.id, name: copy.name, name_norm: normText(copy.name), description: source.description, status: 'draft', duplicated_from: id, published_at: null, created_at: now, updated_at: now, version: 1 })
      .execute();
    await writeDefinitions(trx, copy.id, source.roles);
  });
}

export interface RolesTemplateQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  status?: 'draft' | 'live' | undefined;
  roleId?: string | undefined;
}

const SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.id('id'), updatedAt: sortBy.integer('updated_at') };

export async function listRolesTemplates(db: Kysely<DB>, query: RolesTemplateQuery): Promise<Page<RolesTemplate>> {
  const { column, desc, kind } = parseSort(query.sort, SORTS, 'name');
  let qb = db.selectFrom('roles_templates').selectAll();
  if (query.q) qb = qb.where(likeEscaped('name_norm', likeContains(normText(query.q))));
  if (query.status) qb = qb.where('status', '=', query.status);
  if (query.roleId) {
    await checkFilterIds(db, 'roles', 'roleId', query.roleId);
    const roleId = query.roleId;
    qb = qb.where((eb) => eb.exists(eb.selectFrom('template_roles').select('template_roles.position').whereRef('template_roles.template_id', '=', 'roles_templates.id').where('template_roles.role_id', '=', roleId)));
  }
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'name_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('id', dir))
    .limit(query.limit + 1)
    .execute();
  const page = toPage(rows, query.limit, (r) => (r as Record<string, string | number>)[column] ?? null, (r) => r);
  const defs = await loadDefinitions(db, page.data.map((r) => r.id));
  return { data: page.data.map((r) => templateFromRow(r, defs.get(r.id) ?? [])), nextCursor: page.nextCursor };
}

/**
 * Role definitions as being edited (not stored), checked exactly as a template save checks them
 * (rules, then that roles, personas and lists exist; errors at /roles/i/…), with their role names:
 * what the preview of unsaved edits evaluates instead of the stored definitions.
 */
export async function resolveRoleDefinitions(db: Kysely<DB>, input: RoleDefinitionInput[]): Promise<TemplateRole[]> {
  const defs = await checkedDefinitions(db, input);
  const ids = [...new Set(defs.map((d) => d.roleId))];
  const names = new Map(ids.length ? (await db.selectFrom('roles').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, r.name]) : []);
  return defs.map((d) => ({ ...d, roleName: names.get(d.roleId) ?? d.roleId }));
}
