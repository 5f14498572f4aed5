/**
 * Reads behind the exports of buying groups, members and gaps (engine/exports.ts): members and
 * accounts of one page of groups (one query each), and the configuration the rows name —
 * roles, solution interests and their stages, templates, and the role conditions with the
 * names their words need. Configuration tables are small; they are read once per export.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import type { BuyingGroupMember } from './buying-groups.ts';
import type { Condition } from '../domain/conditions/index.ts';
import { parseJson } from './db.ts';
import { ACTIVITY_TYPES, activityTypeLabel } from '../domain/index.ts';

/** A current member as exports write it: the member fields of the group page, less the display and removal ones. */
export type ExportMember = Pick<
  BuyingGroupMember,
  'personId' | 'email' | 'firstName' | 'lastName' | 'jobTitle' | 'roleId' | 'roleName' | 'source' | 'addedAt' | 'personEngagement'
>;

/**
 * Current (not removed) members of each group, in the order of the group's member list (added
 * at, then person id). One query for the page; the groups' account ids lead the index.
 */
export async function currentMembersOf(db: Kysely<DB>, groups: readonly { id: string; accountId: string }[]): Promise<Map<string, ExportMember[]>> {
  const out = new Map<string, ExportMember[]>();
  if (groups.length === 0) return out;
  const rows = await db
    .selectFrom('buying_group_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('roles as r', 'r.id', 'm.role_id')
    .select(['m.buying_group_id', 'm.person_id', 'p.email', 'p.first_name', 'p.last_name', 'p.job_title', 'p.engagement_score', 'm.role_id', 'r.name as role_name', 'm.source', 'm.added_at'])
    .where('m.account_id', 'in', [...new Set(groups.map((g) => g.accountId))])
    .where('m.buying_group_id', 'in', groups.map((g) => g.id))
    .where('m.removed', '=', 0)
    .orderBy('m.buying_group_id')
    .orderBy('m.added_at')
    .orderBy('m.person_id')
    .execute();
  for (const r of rows) {
    let list = out.get(r.buying_group_id);
    if (!list) out.set(r.buying_group_id, (list = []));
    list.push({
      personId: r.person_id,
      email: r.email,
      firstName: r.first_name,
      lastName: r.last_name,
      jobTitle: r.job_title,
      roleId: r.role_id,
      roleName: r.role_name,
      source: r.source,
      addedAt: Number(r.added_at),
      personEngagement: Number(r.engagement_score),
    });
  }
  return out;
}

export interface ExportAccount {
  id: string;
  name: string;
  domain: string | null;
  country: string | null;
}

export async function accountsById(db: Kysely<DB>, ids: readonly string[]): Promise<Map<string, ExportAccount>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('accounts').select(['id', 'name', 'domain', 'country']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export interface ExportLookups {
  roles: ReadonlyMap<string, string>;
  templates: ReadonlyMap<string, string>;
  solutionInterests: ReadonlyMap<string, { name: string; stages: ReadonlyMap<string, string> }>;
  /** The condition of each template role, keyed `${templateId} ${roleId}`; null: assigned by hand only. */
  roleConditions: ReadonlyMap<string, Condition | null>;
  /** Names for conditions in words: personas, lists, roles, solution interests by id; activity types by key. */
  names: ReadonlyMap<string, string>;
  /** Persona conditions by id, so that words can spell a persona out. */
  personas: ReadonlyMap<string, Condition>;
}

export const roleConditionKey = (templateId: string, roleId: string): string => `${templateId} ${roleId}`;

export async function exportLookups(db: Kysely<DB>): Promise<ExportLookups> {
  const [roles, templates, interests, models, templateRoles, personas, lists, activityTypes] = await Promise.all([
    db.selectFrom('roles').select(['id', 'name']).execute(),
    db.selectFrom('roles_templates').select(['id', 'name']).execute(),
    db.selectFrom('solution_interests').select(['id', 'name', 'stage_model_id']).execute(),
    db.selectFrom('stage_models').select(['id', 'definition']).execute(),
    db.selectFrom('template_roles').select(['template_id', 'role_id', 'condition']).execute(),
    db.selectFrom('personas').select(['id', 'name', 'condition']).execute(),
    db.selectFrom('account_lists').select(['id', 'name']).execute(),
    db.selectFrom('activity_types').select(['key', 'label']).execute(),
  ]);
  const stagesOf = new Map(
    models.map((m) => {
      const def = parseJson<{ stages?: { key: string; name: string }[] }>(m.definition);
      return [m.id, new Map((def.stages ?? []).map((s) => [s.key, s.name]))] as const;
    }),
  );
  const names = new Map<string, string>();
  for (const key of ACTIVITY_TYPES) names.set(key, activityTypeLabel(key));
  for (const t of activityTypes) names.set(t.key, t.label);
  for (const x of [...personas, ...lists, ...roles, ...interests]) names.set(x.id, x.name);
  return {
    roles: new Map(roles.map((r) => [r.id, r.name])),
    templates: new Map(templates.map((t) => [t.id, t.name])),
    solutionInterests: new Map(interests.map((s) => [s.id, { name: s.name, stages: (s.stage_model_id ? stagesOf.get(s.stage_model_id) : undefined) ?? new Map<string, string>() }])),
    roleConditions: new Map(templateRoles.map((r) => [roleConditionKey(r.template_id, r.role_id), r.condition === null ? null : parseJson<Condition>(r.condition)])),
    names,
    personas: new Map(personas.map((p) => [p.id, parseJson<Condition>(p.condition)])),
  };
}
