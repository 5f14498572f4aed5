import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, nameText, optText, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { MAX_STAGES, MAX_TRANSITIONS, STAGE_KEY, STAGE_KINDS } from '../../domain/stages/index.ts';
import {
  createStageModel,
  deleteStageModel,
  duplicateStageModel,
  getStageModel,
  listStageModels,
  publishStageModel,
  updateStageModel,
  validateStoredStageModel,
  type StageModel,
} from '../../store/index.ts';

const stageIn = z
  .strictObject({
    key: z.string().regex(STAGE_KEY, 'stage keys use lower-case letters, digits, _ and - (start with a letter, at most 50)'),
    name: nameText(100),
    kind: z.enum(STAGE_KINDS).describe('entry: where groups start; success: the one goal; failure: optional ends; intermediate: anything else'),
  })
  .meta({ id: 'Stage' });
const transitionIn = z
  .strictObject({ from: z.string().min(1).max(50).describe('Stage key'), to: z.string().min(1).max(50).describe('Stage key') })
  .meta({ id: 'StageTransition' });

const stageModelOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    status: z.enum(['draft', 'live']),
    stages: z.array(z.object({ key: z.string(), name: z.string(), kind: z.enum(STAGE_KINDS) })),
    transitions: z.array(z.object({ from: z.string(), to: z.string() })),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header; send it back in If-Match to avoid overwriting a concurrent change'),
  })
  .meta({ id: 'StageModel' });

const problemOut = z
  .object({ field: z.string().describe('JSON pointer into the model, e.g. /stages/2 or /transitions/0/to'), code: z.string(), message: z.string() })
  .meta({ id: 'StageModelProblem' });
const validationOut = z.object({ valid: z.boolean(), problems: z.array(problemOut) }).meta({ id: 'StageModelValidation' });

const fields = {
  name: nameText(255),
  description: optText(2000),
  stages: z.array(stageIn).max(MAX_STAGES, `at most ${MAX_STAGES} stages`),
  transitions: z.array(transitionIn).max(MAX_TRANSITIONS, `at most ${MAX_TRANSITIONS} transitions`),
};
const createBody = z
  .strictObject({ ...fields, stages: fields.stages.default([]), transitions: fields.transitions.default([]) })
  .meta({ id: 'StageModelCreate' });
const patchBody = z
  .strictObject({ name: fields.name.optional(), description: fields.description, stages: fields.stages.optional(), transitions: fields.transitions.optional() })
  .meta({ id: 'StageModelUpdate' });

export function stageModelOutOf(m: StageModel): z.infer<typeof stageModelOut> {
  return { ...m, publishedAt: toIsoOrNull(m.publishedAt), createdAt: toIso(m.createdAt), updatedAt: toIso(m.updatedAt) };
}

const tags = ['stage models'];
const modelId = idParam('stm', 'stage model');
const ifMatch = ifMatchHeader('configuration');

export function stageModelRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/stage-models',
    {
      schema: {
        tags,
        summary: 'List stage models',
        description:
          'Stage models (the journeys buying groups move along), Draft and Live. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in the name'),
          status: z.enum(['draft', 'live']).optional(),
        }),
        response: { 200: pageOf(stageModelOut) },
      },
    },
    async (req) => {
      const page = await listStageModels(db, req.query);
      return { data: page.data.map(stageModelOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/stage-models',
    { schema: { tags, summary: 'Create a Draft stage model', description: 'Creates a Draft: stages (entry, intermediate, success, failure) and the allowed transitions. Drafts may be incomplete; publishing validates them. The ETag header carries its version.', body: createBody, response: { 201: stageModelOut } } },
    async (req, reply) => {
      const b = req.body;
      const model = await createStageModel(db, actorOf(req), { name: b.name, description: b.description ?? null, stages: b.stages, transitions: b.transitions }, ctx.clock.now());
      setEtag(reply, model.version);
      return reply.status(201).send(stageModelOutOf(model));
    },
  );

  api.get(
    '/stage-models/:id',
    { schema: { tags, summary: 'Get a stage model (ETag: its version)', description: 'One stage model with its stages and transitions. The ETag header carries its version.', params: modelId, response: { 200: stageModelOut } } },
    async (req, reply) => {
      const model = await getStageModel(db, req.params.id);
      setEtag(reply, model.version);
      return stageModelOutOf(model);
    },
  );

  api.patch(
    '/stage-models/:id',
    {
      schema: {
        tags,
        summary: 'Update a Draft stage model (arrays are replaced whole; Live models are immutable)',
        description:
          'Changes a Draft; stages and transitions are replaced whole. A Live model cannot change (409 immutable): duplicate it and publish the copy. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: modelId,
        headers: ifMatch,
        body: patchBody,
        response: { 200: stageModelOut },
      },
    },
    async (req, reply) => {
      const model = await updateStageModel(db, actorOf(req), req.params.id, definedKeys(req.body), ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, model.version);
      return stageModelOutOf(model);
    },
  );

  api.delete(
    '/stage-models/:id',
    { schema: { tags, summary: 'Delete a stage model (refused while a solution interest uses it)', description: 'Deletes a Draft or an unused Live model; refused (409 in_use) while a solution interest uses it. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: modelId, headers: ifMatch } },
    async (req, reply) => {
      await deleteStageModel(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      return reply.status(204).send();
    },
  );

  api.post(
    '/stage-models/:id/validate',
    {
      config: { access: 'viewer' },
      schema: { tags, summary: 'List the problems that would stop this model from being published', description: 'Checks the model as publishing would (an entry stage, reachable stages, known transition ends …) and lists every problem; changes nothing. No body.', params: modelId, response: { 200: validationOut } },
    },
    async (req) => {
      const problems = await validateStoredStageModel(db, req.params.id);
      return { valid: problems.length === 0, problems };
    },
  );

  api.post(
    '/stage-models/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a Draft stage model: validates it, then freezes it as Live',
        description:
          'Validates the Draft and freezes it as Live (409 invalid_state listing the problems if it is not valid). Only Live models can be chosen by solution interests. No body. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: modelId,
        headers: ifMatch,
        response: { 200: stageModelOut },
      },
    },
    async (req, reply) => {
      const model = await publishStageModel(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, model.version);
      return stageModelOutOf(model);
    },
  );

  api.post(
    '/stage-models/:id/duplicate',
    { schema: { tags, summary: 'Copy a stage model into a new Draft named "<name> (copy)"', description: 'Creates a new Draft with the same stages and transitions, named "<name> (copy)" — the way to change a Live model. No body; no If-Match (nothing is changed). The ETag header carries its version.', params: modelId, response: { 201: stageModelOut } } },
    async (req, reply) => {
      const model = await duplicateStageModel(db, actorOf(req), req.params.id, ctx.clock.now());
      setEtag(reply, model.version);
      return reply.status(201).send(stageModelOutOf(model));
    },
  );
}
