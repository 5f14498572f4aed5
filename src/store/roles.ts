import { describeReferrers, findReferrers } from './references.ts';
import type { Kysely, Selectable } from 'kysely';
import type { DB, RolesTable } from './schema.ts';
import { QuorumError, notFound, MAX_ROLES, normText } from '../domain/index.ts';
import { bool } from './db.ts';
import type { Actor } from './audit.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { bump, checkNameFree, checkRename, CONFIG_KINDS, createConfig, deleteConfig, updateConfig } from './config-entity.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, sortBy, toPage, type Page, type PageRequest } from './pagination.ts';

export interface RoleFields {
  name: string;
  description: string | null;
}

export interface Role extends RoleFields {
  id: string;
  isDefault: boolean;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<RolesTable>;

export function roleFromRow(r: Row): Role {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    isDefault: bool(r.is_default),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function getRole(db: Kysely<DB>, id: string): Promise<Role> {
  const row = await db.selectFrom('roles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('role', id);
  return roleFromRow(row);
}

const KIND = CONFIG_KINDS.role;

export async function createRole(db: Kysely<DB>, actor: Actor, fields: RoleFields, now: number): Promise<Role> {
  return createConfig(db, actor, KIND, getRole, now, async (trx, id) => {
    const { n } = await trx.selectFrom('roles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) >= MAX_ROLES) {
      throw QuorumError.field('limit_reached', '/name', `there are already ${MAX_ROLES} roles (the six defaults included), the most Quorum holds; delete an unused custom role first`);
    }
    await checkNameFree(trx, KIND, fields.name, null);
    await trx
      .insertInto('roles')
      .values({ id, name: fields.name, name_norm: normText(fields.name), description: fields.description, is_default: 0, created_at: now, updated_at: now })
      .execute();
  });
}

export async function updateRole(db: Kysely<DB>, actor: Actor, id: string, patch: Partial<RoleFields>, now: number, expected?: ExpectedVersion): Promise<Role> {
  const { after } = await updateConfig(db, actor, KIND, getRole, id, now, expected, async (trx, before) => {
    const merged: RoleFields = { ...before, ...patch };
    if (merged.name !== before.name && before.isDefault) throw QuorumError.field('immutable', '/name', `"${before.name}" is a default role; default roles cannot be renamed`);
    await checkRename(trx, KIND, before, merged.name);
    await trx
      .updateTable('roles')
      .set({ name: merged.name, name_norm: normText(merged.name), description: merged.description, ...bump(before, now) })
      .where('id', '=', id)
      .execute();
  });
  return after;
}

export async function deleteRole(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await deleteConfig(db, actor, KIND, getRole, id, now, expected, async (trx, before) => {
    if (before.isDefault) throw QuorumError.field('immutable', '/id', `"${before.name}" is a default role; default roles cannot be deleted`);
    const template = await trx
      .selectFrom('template_roles')
      .innerJoin('roles_templates', 'roles_templates.id', 'template_roles.template_id')
      .select(['roles_templates.id', 'roles_templates.name'])
      .where('template_roles.role_id', '=', id)
      .orderBy('roles_templates.name_norm')
      .executeTakeFirst();
    if (template) {
      throw QuorumError.field('in_use', '/id', `role "${before.name}" is used by roles template "${template.name}" (${template.id}); remove it from the template first`);
    }
    const member = await trx.selectFrom('buying_group_members').select('buying_group_id').where('role_id', '=', id).executeTakeFirst();
    if (member) {
      throw QuorumError.field('in_use', '/id', `role "${before.name}" is held by members of buying group ${member.buying_group_id}; it cannot be deleted`);
    }
    const referrers = await findReferrers(trx, 'role', id);
    if (referrers.length) throw QuorumError.field('in_use', '/id', `role "${before.name}" is named in conditions of ${describeReferrers(referrers)}; change those first`);
  });
}

export interface RoleQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  isDefault?: boolean | undefined;
}

const ROLE_SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.integer('created_at'), updatedAt: sortBy.integer('updated_at') };

export async function listRoles(db: Kysely<DB>, query: RoleQuery): Promise<Page<Role>> {
  const { column, desc, kind } = parseSort(query.sort, ROLE_SORTS, 'name');
  let qb = db.selectFrom('roles').selectAll();
  if (query.q) qb = qb.where(likeEscaped('name_norm', likeContains(normText(query.q))));
  if (query.isDefault !== undefined) qb = qb.where('is_default', '=', query.isDefault ? 1 : 0);
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'name_norm', dir)
    .orderBy('id', dir)
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as Record<string, string | number>)[column] ?? null, roleFromRow);
}
