import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, nameText, optText, pageOf, pageQuery, toIso } from '../schemas.ts';
import { boolQuery, definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { createRole, deleteRole, getRole, listRoles, updateRole, type Role } from '../../store/index.ts';

const roleOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    isDefault: z.boolean().describe('One of the six default roles: cannot be renamed or deleted'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header; PATCH and DELETE need it in If-Match'),
  })
  .meta({ id: 'Role' });

const roleFields = {
  name: nameText(100),
  description: optText(1000),
};
const roleCreate = z.strictObject(roleFields).meta({ id: 'RoleCreate' });
const rolePatch = z.strictObject({ ...roleFields, name: roleFields.name.optional() }).meta({ id: 'RoleUpdate' });

export function roleOutOf(r: Role): z.infer<typeof roleOut> {
  return { ...r, createdAt: toIso(r.createdAt), updatedAt: toIso(r.updatedAt) };
}

const tags = ['roles'];
const roleId = idParam('rol', 'role');
// SPEC §1: admins manage roles; everyone can read them.
const adminOnly = { access: 'admin' as const };
const ifMatch = ifMatchHeader('configuration');

export function roleRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/roles',
    {
      schema: {
        tags,
        summary: 'List buying-group roles (the six defaults and custom roles; at most 50 in all)',
        description:
          'The buying-group roles: the six defaults (Decision Maker, Influencer, …) and custom roles, at most 50 in all. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in the name'),
          isDefault: boolQuery.describe('true: only the defaults; false: only custom roles'),
        }),
        response: { 200: pageOf(roleOut) },
      },
    },
    async (req) => {
      const page = await listRoles(db, req.query);
      return { data: page.data.map(roleOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/roles',
    { config: adminOnly, schema: { tags, summary: 'Create a custom role (admin)', description: 'Admins only. Names are unique regardless of case and surrounding spaces; at most 50 roles in all (409 limit_reached). The ETag header carries its version.', body: roleCreate, response: { 201: roleOut } } },
    async (req, reply) => {
      const role = await createRole(db, actorOf(req), { name: req.body.name, description: req.body.description ?? null }, ctx.clock.now());
      setEtag(reply, role.version);
      return reply.status(201).send(roleOutOf(role));
    },
  );

  api.get(
    '/roles/:id',
    { schema: { tags, summary: 'Get a role', description: 'One role. The ETag header carries its version.', params: roleId, response: { 200: roleOut } } },
    async (req, reply) => {
      const role = await getRole(db, req.params.id);
      setEtag(reply, role.version);
      return roleOutOf(role);
    },
  );

  api.patch(
    '/roles/:id',
    {
      config: adminOnly,
      schema: { tags, summary: 'Rename a custom role or change a role’s description (admin)', description: 'Admins only. Custom roles can be renamed (names stay unique); default roles keep their name (409 immutable) but their description may change. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: roleId, headers: ifMatch, body: rolePatch, response: { 200: roleOut } },
    },
    async (req, reply) => {
      const role = await updateRole(db, actorOf(req), req.params.id, definedKeys(req.body), ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, role.version);
      return roleOutOf(role);
    },
  );

  api.delete(
    '/roles/:id',
    {
      config: adminOnly,
      schema: { tags, summary: 'Delete a custom role (admin; refused for defaults and while a roles template or a member uses it)', description: 'Admins only. Default roles cannot be deleted; a custom role is refused (409 in_use) while a roles template or a buying-group member uses it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: roleId, headers: ifMatch },
    },
    async (req, reply) => {
      await deleteRole(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      return reply.status(204).send();
    },
  );
}
