import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { freeJsonObject, idParam, pageOf, pageQuery, toIso } from '../schemas.ts';
import { deleteActivity, getActivity, ingestActivities, listActivities, type Activity, type ActivityInput } from '../../store/index.ts';
import { ACTIVITY_TYPES, ACTIVITY_TYPE_PATTERN, MAX_BULK_ACTIVITIES } from '../../domain/index.ts';

const activityOut = z
  .object({
    id: z.string(),
    personId: z.string(),
    accountId: z.string().nullable(),
    type: z.string(),
    occurredAt: z.string(),
    metadata: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .meta({ id: 'Activity' });

const timestamp = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-05-01T09:30:00Z' }).transform((s) => Date.parse(s));

const activityIn = z
  .strictObject({
    personId: z.string().regex(/^per_/, 'must be a person id (per_…)').optional(),
    personEmail: z.string().max(254).optional().describe('Instead of personId'),
    accountId: z.string().regex(/^acc_/, 'must be an account id (acc_…)').nullable().optional(),
    type: z
      .string()
      .regex(ACTIVITY_TYPE_PATTERN, `must be one of ${ACTIVITY_TYPES.join(', ')} or a registered custom type (lower-case letters, digits and _)`)
      .describe('A known activity type: a default or a custom type registered with POST /activity-types (GET /activity-types lists them); an unknown type is refused'),
    occurredAt: timestamp,
    metadata: freeJsonObject(z.string().max(200), 'metadata', 8192).optional(),
  })
  .meta({ id: 'ActivityCreate' });

const bulkIn = z
  .strictObject({ activities: z.array(activityIn).min(1, 'send at least one activity').max(MAX_BULK_ACTIVITIES, `at most ${MAX_BULK_ACTIVITIES} activities per call`) })
  .meta({ id: 'ActivityBulk' });

export const BULK_BODY_LIMIT = 32 * 1024 * 1024;

const out = (a: Activity) => ({ ...a, occurredAt: toIso(a.occurredAt), createdAt: toIso(a.createdAt) });
const tags = ['activities'];

export function activityRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/activities',
    {
      schema: {
        tags,
        summary: 'List activities, newest first',
        description:
          'Activities (e-mails opened, forms filled, events attended …), newest first, filtered by person, account, type or time. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          personId: z.string().optional().describe('Activities of this person (an unknown id is a 400)'),
          accountId: z.string().optional().describe('Activities recorded for this account (an unknown id is a 400)'),
          type: z.string().optional().describe('A known activity type (an unknown one is a 400 listing them)'),
          since: timestamp.optional().describe('Inclusive lower bound (ISO date-time)'),
          until: timestamp.optional().describe('Exclusive upper bound (ISO date-time)'),
        }),
        response: { 200: pageOf(activityOut) },
      },
    },
    async (req) => {
      const page = await listActivities(db, req.query);
      return { data: page.data.map(out), nextCursor: page.nextCursor };
    },
  );

  api.post('/activities', { schema: { tags, summary: 'Record one activity', description: 'Records one activity of a person (its type must be a known activity type: a default or one created at /activity-types); engagement of the person and their buying groups is updated in the same transaction.', body: activityIn, response: { 201: activityOut } } }, async (req, reply) => {
    const [activity] = await ingestActivities(db, actorOf(req), [req.body as ActivityInput], ctx.clock.now(), null);
    // ingestActivities returns exactly one row per input
    return reply.status(201).send(out(activity as Activity));
  });

  api.post(
    '/activities/bulk',
    {
      // Up to 10,000 rows with metadata: the one route above the 1 MiB default body limit.
      bodyLimit: BULK_BODY_LIMIT,
      schema: {
        tags,
        summary: `Record up to ${MAX_BULK_ACTIVITIES} activities in one transaction (all or nothing; problems are listed per row, e.g. an unknown type at /activities/3/type)`,
        description:
          'Records up to 10,000 activities in one transaction: all or nothing, every invalid row reported at its index (/activities/3/personId, /activities/3/type for an unknown activity type, listing the known ones). Engagement is updated in the same transaction. ' +
          `The body may be up to ${BULK_BODY_LIMIT / 1024 / 1024} MiB (other routes: 1 MiB); larger is 413 payload_too_large.`,
        body: bulkIn,
        response: { 201: z.object({ inserted: z.number().int(), firstId: z.string(), lastId: z.string() }) },
      },
    },
    async (req, reply) => {
      const rows = await ingestActivities(db, actorOf(req), req.body.activities as ActivityInput[], ctx.clock.now(), '/activities');
      return reply.status(201).send({ inserted: rows.length, firstId: rows[0]?.id ?? '', lastId: rows[rows.length - 1]?.id ?? '' });
    },
  );

  const activityId = idParam('act', 'activity');
  api.get('/activities/:id', { schema: { tags, summary: 'Get an activity', description: 'One activity.', params: activityId, response: { 200: activityOut } } }, async (req) =>
    out(await getActivity(db, req.params.id)),
  );
  api.delete('/activities/:id', { schema: { tags, summary: 'Delete an activity', description: 'Deletes an activity; engagement of the person and their buying groups is updated in the same transaction. Activities are immutable otherwise.', params: activityId } }, async (req, reply) => {
    await deleteActivity(db, actorOf(req), req.params.id, ctx.clock.now());
    return reply.status(204).send();
  });
}
