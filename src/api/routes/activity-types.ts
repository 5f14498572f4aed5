import { z } from 'zod';
import type { AppContext } from '../app.ts';
import type { Api } from './index.ts';
import { actorOf } from '../auth.ts';
import { nameText, optText, toIsoOrNull } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { ACTIVITY_TYPE_PATTERN, MAX_CUSTOM_ACTIVITY_TYPES, activityTypeLabel } from '../../domain/activities.ts';
import { createActivityType, deleteActivityType, getActivityType, listActivityTypes, updateActivityType, type ActivityType } from '../../store/activity-types.ts';

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
  })
  .meta({ id: 'ActivityType' });

const createBody = z
  .strictObject({ key: keyText, label: nameText(100).optional().describe('Default: the key in words ("Webinar watched")'), description: optText(1000) })
  .meta({ id: 'ActivityTypeCreate' });
const patchBody = z.strictObject({ label: nameText(100).optional(), description: optText(1000) }).meta({ id: 'ActivityTypeUpdate' });

const out = (t: ActivityType): z.infer<typeof typeOut> => ({ ...t, createdAt: toIsoOrNull(t.createdAt), updatedAt: toIsoOrNull(t.updatedAt) });
const tags = ['activity types'];
const keyParam = z.strictObject({ key: keyText });

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
    { schema: { tags, summary: `Register a custom activity type (at most ${MAX_CUSTOM_ACTIVITY_TYPES}); it weighs 0 until a weighting model weighs it`, body: createBody, response: { 201: typeOut } } },
    async (req, reply) => {
      const { key, label, description } = req.body;
      const type = await createActivityType(db, actorOf(req), { key, label: label ?? activityTypeLabel(key), description: description ?? null }, ctx.clock.now());
      return reply.status(201).send(out(type));
    },
  );

  api.get('/activity-types/:key', { schema: { tags, summary: 'Get an activity type', params: keyParam, response: { 200: typeOut } } }, async (req) =>
    out(await getActivityType(db, req.params.key)),
  );

  api.patch(
    '/activity-types/:key',
    { schema: { tags, summary: 'Change the label or description of a custom activity type (the key is fixed)', params: keyParam, body: patchBody, response: { 200: typeOut } } },
    async (req) => out(await updateActivityType(db, actorOf(req), req.params.key, definedKeys(req.body), ctx.clock.now())),
  );

  api.delete(
    '/activity-types/:key',
    {
      schema: {
        tags,
        summary: 'Delete a custom activity type nobody uses (refused for defaults, and while activities, a weighting model or a stored condition use it)',
        params: keyParam,
      },
    },
    async (req, reply) => {
      await deleteActivityType(db, actorOf(req), req.params.key, ctx.clock.now());
      return reply.status(204).send();
    },
  );
}
