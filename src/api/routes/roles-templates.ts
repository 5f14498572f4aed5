import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, nameText, optText, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { personConditionDoc } from '../condition-input.ts';
import { MAX_TEMPLATE_ROLES, WEIGHTING_BANDS, type WeightingBand } from '../../domain/index.ts';
import { MAX_MEMBERS_REQUIRED } from '../../domain/templates/index.ts';
import {
  createRolesTemplate,
  deleteRolesTemplate,
  duplicateRolesTemplate,
  getRolesTemplate,
  listRolesTemplates,
  publishRolesTemplate,
  updateRolesTemplate,
  type RolesTemplate,
  lastActors,
} from '../../store/index.ts';

const BANDS = Object.keys(WEIGHTING_BANDS) as [WeightingBand, ...WeightingBand[]];

const roleDefinitionIn = z
  .strictObject({
    roleId: z.string().regex(/^rol_/, 'must be a role id (rol_…)'),
    weightingBand: z.enum(BANDS).describe('trivial 20, minor 40, normal 60, important 80, vital 100 (SPEC §5)'),
    autoAssign: z.boolean().describe('Assign people by the condition'),
    condition: personConditionDoc.nullable().optional().describe(`Required when autoAssign is true, absent otherwise. ${personConditionDoc.description ?? 'A person condition.'}`),
    required: z.boolean().describe('Counts for completeness'),
    membersRequired: z.number().int().min(1).max(MAX_MEMBERS_REQUIRED).default(1).describe('Members the role needs to be complete (default 1)'),
  })
  .meta({ id: 'RoleDefinitionWrite' });

const roleDefinitionOut = z
  .object({
    roleId: z.string(),
    roleName: z.string(),
    weightingBand: z.enum(BANDS),
    autoAssign: z.boolean(),
    condition: personConditionDoc.nullable(),
    required: z.boolean(),
    membersRequired: z.number().int(),
  })
  .meta({ id: 'RoleDefinition' });

const templateOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    status: z.enum(['draft', 'live']),
    duplicatedFrom: z.string().nullable(),
    publishedAt: z.string().nullable(),
    roles: z.array(roleDefinitionOut).describe('In priority order: a person gets the first role whose condition holds'),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header; PATCH, DELETE and publish need it in If-Match'),
    updatedBy: z
      .object({ userId: z.string(), name: z.string() })
      .nullable()
      .describe('The user who made the last change (from the audit log); null when it was made without a user (demo data, system jobs)'),
  })
  .meta({ id: 'RolesTemplate' });

/** The role definitions of a template as written (create, update, and the preview of unsaved edits). */
export const rolesArray = z.array(roleDefinitionIn).max(MAX_TEMPLATE_ROLES, `at most ${MAX_TEMPLATE_ROLES} role definitions`);
const createBody = z
  .strictObject({ name: nameText(255), description: optText(2000), roles: rolesArray.default([]) })
  .meta({ id: 'RolesTemplateCreate' });
const patchBody = z
  .strictObject({ name: nameText(255).optional(), description: optText(2000), roles: rolesArray.optional().describe('Replaces the whole ordered list') })
  .meta({ id: 'RolesTemplateUpdate' });

type Editor = { userId: string; name: string } | null;

export function rolesTemplateOutOf(t: RolesTemplate, updatedBy: Editor = null): z.infer<typeof templateOut> {
  return { ...t, publishedAt: toIsoOrNull(t.publishedAt), createdAt: toIso(t.createdAt), updatedAt: toIso(t.updatedAt), updatedBy };
}

async function withEditors(db: AppContext['database']['db'], templates: RolesTemplate[]): Promise<z.infer<typeof templateOut>[]> {
  const editors = await lastActors(db, 'roles_template', templates.map((t) => t.id));
  return templates.map((t) => rolesTemplateOutOf(t, editors.get(t.id) ?? null));
}

async function oneOut(db: AppContext['database']['db'], t: RolesTemplate): Promise<z.infer<typeof templateOut>> {
  return (await withEditors(db, [t]))[0] as z.infer<typeof templateOut>;
}

const tags = ['roles templates'];
const templateId = idParam('tpl', 'roles template');
const ifMatch = ifMatchHeader('configuration');

export function rolesTemplateRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/roles-templates',
    {
      schema: {
        tags,
        summary: 'List roles templates',
        description:
          'Roles templates, Draft and Live. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in the name'),
          status: z.enum(['draft', 'live']).optional(),
          roleId: z.string().max(100).optional().describe('Only templates that define this role (an unknown id is a 400)'),
        }),
        response: { 200: pageOf(templateOut) },
      },
    },
    async (req) => {
      const page = await listRolesTemplates(db, req.query);
      return { data: await withEditors(db, page.data), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/roles-templates',
    { schema: { tags, summary: 'Create a Draft roles template', description: 'Creates a Draft: an ordered list of role definitions (role, weighting band, auto-assign condition, required, members required). The first matching definition wins. The ETag header carries its version.', body: createBody, response: { 201: templateOut } } },
    async (req, reply) => {
      const b = req.body;
      const template = await createRolesTemplate(db, actorOf(req), { name: b.name, description: b.description ?? null, roles: b.roles }, ctx.clock.now());
      setEtag(reply, template.version);
      return reply.status(201).send(await oneOut(db, template));
    },
  );

  api.get(
    '/roles-templates/:id',
    { schema: { tags, summary: 'Get a roles template (ETag: its version)', description: 'One roles template with its role definitions in priority order. The ETag header carries its version.', params: templateId, response: { 200: templateOut } } },
    async (req, reply) => {
      const template = await getRolesTemplate(db, req.params.id);
      setEtag(reply, template.version);
      return oneOut(db, template);
    },
  );

  api.patch(
    '/roles-templates/:id',
    {
      schema: {
        tags,
        summary: 'Update a Draft roles template (If-Match required; Live templates are immutable)',
        description:
          'Changes a Draft (role definitions are replaced whole). Live templates are immutable (409): duplicate and publish the copy. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: templateId,
        headers: ifMatch,
        body: patchBody,
        response: { 200: templateOut },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, 'configuration');
      const template = await updateRolesTemplate(db, actorOf(req), req.params.id, definedKeys(req.body), ctx.clock.now(), expected);
      setEtag(reply, template.version);
      return oneOut(db, template);
    },
  );

  api.delete(
    '/roles-templates/:id',
    {
      schema: { tags, summary: 'Delete a Draft roles template (If-Match required; refused while a solution interest uses it)', description: 'Deletes a Draft; refused (409 in_use) while a solution interest uses it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: templateId, headers: ifMatch },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, 'configuration');
      await deleteRolesTemplate(db, actorOf(req), req.params.id, ctx.clock.now(), expected);
      return reply.status(204).send();
    },
  );

  api.post(
    '/roles-templates/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a Draft roles template as Live (If-Match required; it needs at least one role definition)',
        description:
          'Freezes the Draft as Live; it needs at least one role definition (409 invalid_state). Only Live templates can be chosen by solution interests. No body. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: templateId,
        headers: ifMatch,
        response: { 200: templateOut },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, 'configuration');
      const template = await publishRolesTemplate(db, actorOf(req), req.params.id, ctx.clock.now(), expected);
      setEtag(reply, template.version);
      return oneOut(db, template);
    },
  );

  api.post(
    '/roles-templates/:id/duplicate',
    { schema: { tags, summary: 'Copy a roles template into a new Draft named "<name> (copy)"', description: 'Creates a new Draft with the same role definitions, named "<name> (copy)". No body; no If-Match (nothing is changed). The ETag header carries its version.', params: templateId, response: { 201: templateOut } } },
    async (req, reply) => {
      const template = await duplicateRolesTemplate(db, actorOf(req), req.params.id, ctx.clock.now());
      setEtag(reply, template.version);
      return reply.status(201).send(await oneOut(db, template));
    },
  );
}
