/**
 * /journeys: account journey definitions (issue 12) — CRUD with If-Match, validate, and the life
 * cycle (publish, close, abort, duplicate). Publishing refuses a graph with problems as
 * problem+json listing each with its node id (`errors[].nodeId`) and reason (`errors[].code`).
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, isoTime, nameText, optText, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { JOURNEY_STATUSES, PROBLEM_CODES, definitionSchema, layoutSchema } from '../../domain/journeys/index.ts';
import {
  createJourney,
  deleteJourney,
  duplicateJourney,
  endJourney,
  getJourney,
  journeyEntryCounts,
  journeyProblems,
  listJourneys,
  publishJourney,
  updateJourney,
  type Journey,
  type JourneyFields,
} from '../../store/index.ts';

const instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset, e.g. 2027-03-01T09:00:00Z' })
  .transform((s) => Date.parse(s))
  .nullable()
  .optional();

const journeyOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    status: z.enum(JOURNEY_STATUSES),
    definition: definitionSchema,
    layout: layoutSchema.describe('Where the editor draws each node: node id → {x, y}; cosmetic, not part of the definition (empty: none stored)'),
    startAt: isoTime.nullable().describe('When accounts start to enter (null: when published)'),
    endAt: isoTime.nullable().describe('When the journey ends (required to publish; at most 3 years after the start)'),
    publishedAt: isoTime.nullable(),
    closedAt: isoTime.nullable(),
    endedAt: isoTime.nullable().describe('When it finished or was aborted'),
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z.number().int().describe('Also sent as the ETag header; send it back in If-Match to avoid overwriting a concurrent change'),
  })
  .meta({ id: 'Journey' });

const journeyListItem = journeyOut
  .extend({ counts: z.object({ entered: z.number().int().describe('Entries so far'), active: z.number().int().describe('Entries still inside') }) })
  .meta({ id: 'JourneyListItem' });

const problemOut = z
  .object({
    code: z.enum(PROBLEM_CODES),
    nodeId: z.string().nullable().describe('The node at fault; null for the journey\'s dates'),
    field: z.string().describe('JSON pointer, e.g. /definition/nodes/2/paths/0/condition or /endAt'),
    message: z.string(),
  })
  .meta({ id: 'JourneyProblem' });
const validationOut = z.object({ valid: z.boolean(), problems: z.array(problemOut) }).meta({ id: 'JourneyValidation' });

const createBody = z
  .strictObject({
    name: nameText(255),
    description: optText(2000),
    definition: definitionSchema.default({ format: 1, nodes: [], reentry: { enabled: false, from: 'end' } }),
    layout: layoutSchema.optional().describe('Node positions in the editor; only ids of the definition\'s nodes (400 naming /layout/<id> otherwise)'),
    startAt: instant.describe('When accounts start to enter once published (absent: at publication)'),
    endAt: instant.describe('Required to publish; at most 3 years after the start'),
  })
  .meta({ id: 'JourneyCreate' });
const patchBody = z
  .strictObject({
    name: nameText(255).optional(),
    description: optText(2000),
    definition: definitionSchema.optional(),
    layout: layoutSchema
      .optional()
      .describe('Node positions in the editor, replaced whole; may change in any status. Only ids of the definition\'s nodes (400 naming /layout/<id> otherwise); a definition sent without a layout drops the positions of nodes it no longer has'),
    startAt: instant,
    endAt: instant,
  })
  .meta({ id: 'JourneyUpdate' });

export function journeyOutOf(j: Journey): z.infer<typeof journeyOut> {
  return {
    ...j,
    startAt: toIsoOrNull(j.startAt),
    endAt: toIsoOrNull(j.endAt),
    publishedAt: toIsoOrNull(j.publishedAt),
    closedAt: toIsoOrNull(j.closedAt),
    endedAt: toIsoOrNull(j.endedAt),
    createdAt: toIso(j.createdAt),
    updatedAt: toIso(j.updatedAt),
  };
}

const tags = ['journeys'];
const journeyId = idParam('jny', 'journey');
const ifMatch = ifMatchHeader('configuration');
const IF_MATCH = 'Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).';

export function journeyRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/journeys',
    {
      schema: {
        tags,
        summary: 'List journeys',
        description: 'Account journeys in every status (draft, live, closed, finished, aborted), each with its entry counts (entered so far, still inside). Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in the name'),
          status: z.enum(JOURNEY_STATUSES).optional(),
        }),
        response: { 200: pageOf(journeyListItem) },
      },
    },
    async (req) => {
      const page = await listJourneys(db, req.query);
      const counts = await journeyEntryCounts(db, page.data.map((j) => j.id));
      return { data: page.data.map((j) => ({ ...journeyOutOf(j), counts: counts.get(j.id)! })), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/journeys',
    {
      schema: {
        tags,
        summary: 'Create a Draft journey',
        description:
          'Creates a Draft from a definition: a graph of nodes (entry, accountSplit, peopleSplit, merge, wait, listen, action), each naming the nodes it leads to by id. Drafts may be incomplete (conditions and action settings are checked when publishing). The ETag header carries its version.',
        body: createBody,
        response: { 201: journeyOut },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const j = await createJourney(db, actorOf(req), { name: b.name, description: b.description ?? null, definition: b.definition, ...(b.layout ? { layout: b.layout } : {}), startAt: b.startAt ?? null, endAt: b.endAt ?? null }, ctx.clock.now());
      setEtag(reply, j.version);
      return reply.status(201).send(journeyOutOf(j));
    },
  );

  api.get(
    '/journeys/:id',
    { schema: { tags, summary: 'Get a journey (ETag: its version)', description: 'One journey with its definition, status and dates. The ETag header carries its version.', params: journeyId, response: { 200: journeyOut } } },
    async (req, reply) => {
      const j = await getJourney(db, req.params.id);
      setEtag(reply, j.version);
      return journeyOutOf(j);
    },
  );

  api.patch(
    '/journeys/:id',
    {
      schema: {
        tags,
        summary: 'Update a journey (a Draft: anything; Live or Closed: only the end date; the layout: always)',
        description: `Changes a Draft (the definition is replaced whole). Once Live or Closed only endAt may change — in the future and at most 3 years after the start (409 immutable for other fields; 400 for a bad end date); nothing once Finished or Aborted. The layout (node positions in the editor) is cosmetic and changes in any status. ${IF_MATCH}`,
        params: journeyId,
        headers: ifMatch,
        body: patchBody,
        response: { 200: journeyOut },
      },
    },
    async (req, reply) => {
      const j = await updateJourney(db, actorOf(req), req.params.id, definedKeys(req.body) as Partial<JourneyFields>, ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, j.version);
      return journeyOutOf(j);
    },
  );

  api.delete(
    '/journeys/:id',
    { schema: { tags, summary: 'Delete a Draft journey', description: `Deletes a Draft; a journey that has been published cannot be deleted (409 invalid_state): abort it instead. ${IF_MATCH}`, params: journeyId, headers: ifMatch } },
    async (req, reply) => {
      await deleteJourney(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      return reply.status(204).send();
    },
  );

  api.post(
    '/journeys/:id/validate',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'List the problems that would stop this journey from being published',
        description: 'Checks a Draft as publishing would — unreachable nodes, paths without a condition, actions without their settings, stage updates without a stage model, loops without a wait, entry node, end date — and lists every problem on its node; changes nothing. No body.',
        params: journeyId,
        response: { 200: validationOut },
      },
    },
    async (req) => {
      const problems = await journeyProblems(db, req.params.id, ctx.clock.now());
      return { valid: problems.length === 0, problems };
    },
  );

  api.post(
    '/journeys/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a Draft journey: Live now, or from its start date',
        description: `Validates the Draft and makes it Live; accounts enter from its start date (or now when it has none or it has passed). Refused with 409 invalid_state listing every problem in errors[] with its nodeId and code. No body. ${IF_MATCH}`,
        params: journeyId,
        headers: ifMatch,
        response: { 200: journeyOut },
      },
    },
    async (req, reply) => {
      const j = await publishJourney(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, j.version);
      return journeyOutOf(j);
    },
  );

  for (const action of ['close', 'abort'] as const) {
    api.post(
      `/journeys/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'close' ? 'Close a Live journey: no new entries' : 'Abort a journey: everyone leaves at once',
          description:
            action === 'close'
              ? `Live → Closed: no account enters any more; those inside carry on to the end. 409 invalid_state otherwise. No body. ${IF_MATCH}`
              : `Draft, Live or Closed → Aborted: every active enrollment ends now. 409 invalid_state when already Finished or Aborted. No body. ${IF_MATCH}`,
          params: journeyId,
          headers: ifMatch,
          response: { 200: journeyOut },
        },
      },
      async (req, reply) => {
        const j = await endJourney(db, actorOf(req), req.params.id, action, ctx.clock.now(), expectedVersion(req, 'configuration'));
        setEtag(reply, j.version);
        return journeyOutOf(j);
      },
    );
  }

  api.post(
    '/journeys/:id/duplicate',
    {
      schema: {
        tags,
        summary: 'Copy a journey into a new Draft named "<name> (copy)"',
        description: 'From any status: a new Draft with the same definition, layout and dates — the way to change a Live journey. No body; no If-Match (nothing is changed). The ETag header carries its version.',
        params: journeyId,
        response: { 201: journeyOut },
      },
    },
    async (req, reply) => {
      const j = await duplicateJourney(db, actorOf(req), req.params.id, ctx.clock.now());
      setEtag(reply, j.version);
      return reply.status(201).send(journeyOutOf(j));
    },
  );
}
