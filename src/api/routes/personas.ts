import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, nameText, optText, pageOf, pageQuery, toIso } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { personConditionDoc } from '../condition-input.ts';
import { createPersona, deletePersona, getPersona, listPersonas, updatePersona, type Persona } from '../../store/index.ts';

const personaOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    condition: personConditionDoc,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header'),
  })
  .meta({ id: 'Persona' });

const fields = {
  name: nameText(255),
  description: optText(2000),
};
const createBody = z.strictObject({ ...fields, condition: personConditionDoc }).meta({ id: 'PersonaCreate' });
const patchBody = z.strictObject({ name: fields.name.optional(), description: fields.description, condition: personConditionDoc.optional() }).meta({ id: 'PersonaUpdate' });

export function personaOutOf(p: Persona): z.infer<typeof personaOut> {
  return { ...p, createdAt: toIso(p.createdAt), updatedAt: toIso(p.updatedAt) };
}

const tags = ['personas'];
const personaId = idParam('psn', 'persona');
const ifMatch = ifMatchHeader('configuration');

export function personaRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/personas',
    {
      schema: {
        tags,
        summary: 'List personas',
        description:
          'Personas: named, reusable person conditions used by role conditions and other personas. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in the name'),
        }),
        response: { 200: pageOf(personaOut) },
      },
    },
    async (req) => {
      const page = await listPersonas(db, req.query);
      return { data: page.data.map(personaOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/personas',
    { schema: { tags, summary: 'Create a persona: a named, reusable person condition', description: 'Creates a persona. The condition is validated as a person condition (invalid_condition names the exact place); a persona may refer to other personas, never to itself. The ETag header carries its version.', body: createBody, response: { 201: personaOut } } },
    async (req, reply) => {
      const persona = await createPersona(db, actorOf(req), { name: req.body.name, description: req.body.description ?? null, condition: req.body.condition }, ctx.clock.now());
      setEtag(reply, persona.version);
      return reply.status(201).send(personaOutOf(persona));
    },
  );

  api.get(
    '/personas/:id',
    { schema: { tags, summary: 'Get a persona (ETag: its version)', description: 'One persona with its condition. The ETag header carries its version.', params: personaId, response: { 200: personaOut } } },
    async (req, reply) => {
      const persona = await getPersona(db, req.params.id);
      setEtag(reply, persona.version);
      return personaOutOf(persona);
    },
  );

  api.patch(
    '/personas/:id',
    { schema: { tags, summary: 'Update a persona (only the fields sent)', description: 'Changes only the fields sent. Buying groups whose templates use the persona follow the new condition. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: personaId, headers: ifMatch, body: patchBody, response: { 200: personaOut } } },
    async (req, reply) => {
      const persona = await updatePersona(db, actorOf(req), req.params.id, definedKeys(req.body), ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, persona.version);
      return personaOutOf(persona);
    },
  );

  api.delete(
    '/personas/:id',
    { schema: { tags, summary: 'Delete a persona (refused while a template role condition or another persona refers to it)', description: 'Refused (409 in_use) while a template role condition or another persona refers to it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: personaId, headers: ifMatch } },
    async (req, reply) => {
      await deletePersona(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      return reply.status(204).send();
    },
  );
}
