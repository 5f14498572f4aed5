import { z } from 'zod';
import type { AppContext } from '../app.ts';
import type { Api } from './index.ts';
import { actorOf } from '../auth.ts';
import { idParam, nameText, pageOf, pageQuery, toIso } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { ACTIVITY_TYPE_PATTERN } from '../../domain/activities.ts';
import { ACTIVITY_BANDS, DEFAULT_WEIGHTING_MODEL } from '../../domain/scoring/index.ts';
import {
  activateWeightingModel,
  activeWeightingModel,
  createWeightingModel,
  deleteWeightingModel,
  getWeightingModel,
  listWeightingModels,
  updateWeightingModel,
  DAILY_CAP_MAX,
  K_MAX,
  MAX_WEIGHTED_TYPES,
  WINDOW_DAYS_MAX,
  type StoredWeightingModel,
} from '../../store/weighting-models.ts';
import { recomputeEngagement, type RecomputeCounts } from '../../engine/engagement.ts';

const bandNames = Object.keys(ACTIVITY_BANDS) as (keyof typeof ACTIVITY_BANDS)[];

const weightIn = z
  .union([z.enum(bandNames), z.number().min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100')])
  .transform((w) => (typeof w === 'number' ? w : ACTIVITY_BANDS[w]))
  .describe(`A band (${bandNames.map((b) => `${b} ${ACTIVITY_BANDS[b]}`).join(', ')}) or a number from 0 to 100`);

const weightsIn = z
  .record(z.string().regex(ACTIVITY_TYPE_PATTERN, 'activity types use lower-case letters, digits and _ (starting with a letter)'), weightIn)
  .refine((o) => Object.keys(o).length <= MAX_WEIGHTED_TYPES, `at most ${MAX_WEIGHTED_TYPES} activity types`)
  .describe('Activity type → weight; types not listed weigh 0');

const fields = {
  name: nameText(255),
  weights: weightsIn,
  windowDays: z.number().int('must be a whole number').min(1).max(WINDOW_DAYS_MAX).describe(`Days of activity that count (1–${WINDOW_DAYS_MAX})`),
  dailyCap: z.number().int('must be a whole number').min(1).max(DAILY_CAP_MAX).describe('Most activities counted per person, type and UTC day'),
  k: z.number().gt(0, 'must be greater than 0').max(K_MAX).describe('Score = 100 × (1 − e^(−raw / k))'),
};

const createBody = z
  .strictObject({
    ...fields,
    windowDays: fields.windowDays.default(DEFAULT_WEIGHTING_MODEL.windowDays),
    dailyCap: fields.dailyCap.default(DEFAULT_WEIGHTING_MODEL.dailyCap),
    k: fields.k.default(DEFAULT_WEIGHTING_MODEL.k),
  })
  .meta({ id: 'WeightingModelCreate' });
const patchBody = z
  .strictObject({ name: fields.name.optional(), weights: fields.weights.optional(), windowDays: fields.windowDays.optional(), dailyCap: fields.dailyCap.optional(), k: fields.k.optional() })
  .meta({ id: 'WeightingModelUpdate' });

const modelOut = z
  .object({
    id: z.string(),
    name: z.string(),
    active: z.boolean().describe('Scores use the active model; at most one is active'),
    weights: z.record(z.string(), z.number()),
    windowDays: z.number().int(),
    dailyCap: z.number().int(),
    k: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'WeightingModel' });

const effectiveOut = z
  .object({
    id: z.string().nullable().describe('null: no model is active and the default model (SPEC §5) applies'),
    name: z.string(),
    isDefault: z.boolean(),
    weights: z.record(z.string(), z.number()),
    windowDays: z.number().int(),
    dailyCap: z.number().int(),
    k: z.number(),
  })
  .meta({ id: 'EffectiveWeightingModel' });

const recomputeOut = z
  .object({ people: z.number().int(), peopleChanged: z.number().int(), groups: z.number().int(), groupsChanged: z.number().int(), events: z.number().int(), ms: z.number() })
  .meta({ id: 'EngagementRecompute' });

const modelOutOf = (m: StoredWeightingModel): z.infer<typeof modelOut> => ({ ...m, createdAt: toIso(m.createdAt), updatedAt: toIso(m.updatedAt) });

const tags = ['weighting models'];
const modelId = idParam('wm', 'weighting model');
const ifMatch = ifMatchHeader('configuration');

export function weightingModelRoutes(api: Api, ctx: AppContext): void {
  const database = ctx.database;
  const db = database.db;
  /** Scores follow the model at once (inline: ~0.1–0.3 s for the 5,000-person demo on SQLite). */
  const recompute = (): Promise<RecomputeCounts> => recomputeEngagement(db, database.engine, ctx.clock.now());

  api.get(
    '/weighting-models',
    { schema: { tags, summary: 'List weighting models by name', description: 'Weighting models (activity weights, window, daily cap, k) in name order. Paged: pass nextCursor back as cursor (limit 1–500, default 50).', querystring: z.strictObject({ ...pageQuery }), response: { 200: pageOf(modelOut) } } },
    async (req) => {
      const page = await listWeightingModels(db, req.query);
      return { data: page.data.map(modelOutOf), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/weighting-models/active',
    { schema: { tags, summary: 'The model scores use now: the active one, or the default (SPEC §5) when none is active', description: 'The model engagement scores use now: the active one, or the SPEC default when none is active.', response: { 200: effectiveOut } } },
    async () => {
      const m = await activeWeightingModel(db);
      return { ...m, isDefault: m.id === null };
    },
  );

  api.post(
    '/weighting-models',
    { schema: { tags, summary: 'Create a weighting model (inactive until activated)', description: 'Creates an inactive model; weights are band names (no_weight … vital) or numbers 0–100. The ETag header carries its version.', body: createBody, response: { 201: modelOut } } },
    async (req, reply) => {
      const model = await createWeightingModel(db, actorOf(req), req.body, ctx.clock.now());
      setEtag(reply, model.version);
      return reply.status(201).send(modelOutOf(model));
    },
  );

  api.get(
    '/weighting-models/:id',
    { schema: { tags, summary: 'Get a weighting model (ETag: its version)', description: 'One weighting model. The ETag header carries its version.', params: modelId, response: { 200: modelOut } } },
    async (req, reply) => {
      const model = await getWeightingModel(db, req.params.id);
      setEtag(reply, model.version);
      return modelOutOf(model);
    },
  );

  api.patch(
    '/weighting-models/:id',
    {
      schema: {
        tags,
        summary: 'Update a weighting model (weights are replaced whole); changing the active model recomputes every score',
        description:
          'Changes only the fields sent (weights are replaced whole). Changing the active model recomputes every score in the same call. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: modelId,
        headers: ifMatch,
        body: patchBody,
        response: { 200: modelOut },
      },
    },
    async (req, reply) => {
      const { model, scoringChanged } = await updateWeightingModel(db, actorOf(req), req.params.id, definedKeys(req.body), ctx.clock.now(), expectedVersion(req, 'configuration'));
      if (scoringChanged) await recompute();
      setEtag(reply, model.version);
      return modelOutOf(model);
    },
  );

  api.post(
    '/weighting-models/:id/activate',
    {
      schema: {
        tags,
        summary: 'Make this the active model (the previous one becomes inactive) and recompute every score',
        description:
          'Makes this the one active model and recomputes every person’s and group’s engagement; the answer carries the counts. No body. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: modelId,
        headers: ifMatch,
        response: { 200: z.object({ model: modelOut, recompute: recomputeOut.nullable().describe('null when the scores did not change meaning') }) },
      },
    },
    async (req, reply) => {
      const { model, scoringChanged } = await activateWeightingModel(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      const counts = scoringChanged ? await recompute() : null;
      setEtag(reply, model.version);
      return { model: modelOutOf(model), recompute: counts };
    },
  );

  api.delete(
    '/weighting-models/:id',
    { schema: { tags, summary: 'Delete a weighting model (not the active one)', description: 'Deletes an inactive model; the active one is refused (409 in_use): activate another first. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: modelId, headers: ifMatch } },
    async (req, reply) => {
      await deleteWeightingModel(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      return reply.status(204).send();
    },
  );
}
