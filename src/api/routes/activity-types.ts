import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { nameText, optText, toIsoOrNull } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { ACTIVITY_TYPE_PATTERN, MAX_CUSTOM_ACTIVITY_TYPES, activityTypeLabel } from '../../domain/index.ts';
import {
  createActivityType,
  deleteActivityType,
  getActivityType,
  listActivityTypes,
  updateActivityType,
  type ActivityType,
} from '../../store/index.ts';

const keyText = z
  .string()
  .regex(ACTIVITY_TYPE_PATTERN, 'activity type keys use lower-case letters, digits and _ (starting with a letter), at most 64 characters')
  .describe('The key activities, weights and conditions use, e.g. webinar_watched');

const typeOut = z
  .object({
    key: z.string(),
    label: z.string(),
    description: z.string().nullable(),
    isDefault: z.boolean().describe('One of the SPEC §2 defaults: cannot be changed or deleted'),
    createdAt: z.string().nullable().describe('null for the defaults'),
    updatedAt: z.string().nullable(),
    version: z.number().int().describe('Also sent as the ETag header; PATCH and DELETE need it in If-Match'),
  })
  .meta({ id: 'ActivityType' });

const createBody = z
  .strictObject({ key: keyText, label: nameText(100).optional().describe('Default: the key in words ("Webinar watched")'), description: optText(1000) })
  .meta({ id: 'ActivityTypeCreate' });
const patchBody = z.strictObject({ label: nameText(100).optional(), description: optText(1000) }).meta({ id: 'ActivityTypeUpdate' });

const out = (t: ActivityType): z.infer<typeof typeOut> => ({ ...t, createdAt: toIsoOrNull(t.createdAt), updatedAt: toIsoOrNull(t.updatedAt) });
const tags = ['activity types'];
const keyParam = z.strictObject({ key: keyText });
const ifMatch = ifMatchHeader('configuration');
const IF_MATCH_RULE = 'Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).';

export function activityTypeRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/activity-types',
    {
      schema: {
        tags,
        summary: 'The known activity types: the defaults, then the custom ones by key (all of them, no paging)',
        description:
          'Activities (POST /activities, /activities/bulk), the weights of a weighting model and `activity` conditions may name only these types; anything else is refused with this list. A custom type weighs 0 until a weighting model gives it a weight.',
        response: { 200: z.object({ data: z.array(typeOut) }) },
      },
    },
    async () => ({ data: (await listActivityTypes(db)).map(out) }),
  );

  api.post(
    '/activity-types',
    {
      schema: {
        tags,
        summary: `Register a custom activity type (at most ${MAX_CUSTOM_ACTIVITY_TYPES}); it weighs 0 until a weighting model weighs it`,
        description:
          'Activities of unknown types are refused at ingestion; register a custom type here first. Keys are lower-case letters, digits and _ (409 duplicate when taken, also by a default type). The ETag header carries its version.',
        body: createBody,
        response: { 201: typeOut },
      },
    },
    async (req, reply) => {
      const { key, label, description } = req.body;
      const type = await createActivityType(db, actorOf(req), { key, label: label ?? activityTypeLabel(key), description: description ?? null }, ctx.clock.now());
      setEtag(reply, type.version);
      return reply.status(201).send(out(type));
    },
  );

  api.get(
    '/activity-types/:key',
    { schema: { tags, summary: 'Get an activity type', description: 'A default or custom activity type. The ETag header carries its version.', params: keyParam, response: { 200: typeOut } } },
    async (req, reply) => {
      const type = await getActivityType(db, req.params.key);
      setEtag(reply, type.version);
      return out(type);
    },
  );

  api.patch(
    '/activity-types/:key',
    {
      schema: {
        tags,
        summary: 'Change the label or description of a custom activity type (the key is fixed)',
        description: `Default types cannot be changed (409 immutable). ${IF_MATCH_RULE}`,
        params: keyParam,
        headers: ifMatch,
        body: patchBody,
        response: { 200: typeOut },
      },
    },
    async (req, reply) => {
      const type = await updateActivityType(db, actorOf(req), req.params.key, definedKeys(req.body), ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, type.version);
      return out(type);
    },
  );

  api.delete(
    '/activity-types/:key',
    {
      schema: {
        tags,
        summary: 'Delete a custom activity type nobody uses (refused for defaults, and while activities, a weighting model or a stored condition use it)',
        description: `Refused with 409 immutable for the defaults and 409 in_use (naming the user) while activities, a weighting model or a stored condition use it. ${IF_MATCH_RULE}`,
        params: keyParam,
        headers: ifMatch,
      },
    },
    async (req, reply) => {
      await deleteActivityType(db, actorOf(req), req.params.key, ctx.clock.now(), expectedVersion(req, 'configuration'));
      return reply.status(204).send();
    },
  );
}
