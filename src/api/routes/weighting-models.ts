import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, nameText, pageOf, pageQuery, toIso } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { ACTIVITY_TYPE_PATTERN } from '../../domain/index.ts';
import { ACTIVITY_BANDS, DEFAULT_WEIGHTING_MODEL } from '../../domain/scoring/index.ts';
import {
  activateWeightingModel,
  activeWeightingModel,
  createWeightingModel,
  deleteWeightingModel,
  getWeightingModel,
  listWeightingModels,
  updateWeightingModel,
  BAND_NAME_PATTERN,
  DAILY_CAP_MAX,
  K_MAX,
  MAX_BANDS,
  MAX_WEIGHTED_TYPES,
  WINDOW_DAYS_MAX,
  type StoredWeightingModel,
} from '../../store/index.ts';
import { recomputeEngagement, type RecomputeCounts } from '../../engine/index.ts';

const defaultBandList = Object.entries(ACTIVITY_BANDS)
  .map(([b, v]) => `${b} ${v}`)
  .join(', ');

// Band names are resolved against the model's own bands by the store (a PATCH may keep the stored
// bands), which lists the valid names when one is unknown.
const weightIn = z
  .union([
    z
      .string()
      .max(32)
      .transform((s) => s.trim().toLowerCase()),
    z.number().min(0, 'must be from 0 to 100').max(100, 'must be from 0 to 100'),
  ])
  .describe(`The name of one of the model’s bands (by default ${defaultBandList}) or a number from 0 to 100`);

const weightsIn = z
  .record(z.string().regex(ACTIVITY_TYPE_PATTERN, 'activity types use lower-case letters, digits and _ (starting with a letter)'), weightIn)
  .refine((o) => Object.keys(o).length <= MAX_WEIGHTED_TYPES, `at most ${MAX_WEIGHTED_TYPES} activity types`)
  .describe(
    'Known activity type (a default or a registered custom type, see GET /activity-types) → weight; types not listed weigh 0 (so does a custom type until a model weighs it). A weight naming a band follows the band’s value',
  );

const bandsIn = z
  .record(
    z.string().regex(BAND_NAME_PATTERN, 'band names use lower-case letters, digits and _ (starting with a letter), at most 32 characters'),
    z.number().min(0, 'a band’s value is from 0 to 100').max(100, 'a band’s value is from 0 to 100'),
  )
  .refine((o) => Object.keys(o).length <= MAX_BANDS, `at most ${MAX_BANDS} bands`)
  .describe(`Band name → value 0–100 (SPEC §5: names and values editable), e.g. {"no_weight":0,"minor":40,"significant":70,"vital":100}; default ${defaultBandList}. Replaced whole; weights may name only these bands. Role bands of roles templates (the role share) are the template’s and do not follow these`);

const fields = {
  name: nameText(255),
  weights: weightsIn,
  bands: bandsIn,
  windowDays: z.number().int('must be a whole number').min(1).max(WINDOW_DAYS_MAX).describe(`Days of activity that count (1–${WINDOW_DAYS_MAX})`),
  dailyCap: z.number().int('must be a whole number').min(1).max(DAILY_CAP_MAX).describe('Most activities counted per person, type and UTC day'),
  k: z.number().gt(0, 'must be greater than 0').max(K_MAX).describe('Score = 100 × (1 − e^(−raw / k))'),
};

/**
 * Weights naming a band must name one of the body's bands (or, without `bands`, a default band
 * when creating). Runs even when other fields are invalid, so one answer lists every problem; a
 * PATCH without `bands` is checked by the store against the stored bands.
 */
function bandNamesKnown(defaults: Record<string, number> | null) {
  return (body: { weights?: Record<string, unknown> | undefined; bands?: Record<string, unknown> | undefined }, ctx: z.RefinementCtx): void => {
    // Other fields may have failed to parse: look only at well-formed objects.
    const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!isRecord(body)) return;
    const bands = body.bands ?? defaults;
    if (!isRecord(bands) || !isRecord(body.weights)) return;
    const list = Object.entries(bands)
      .sort(([a, x], [b, y]) => Number(x) - Number(y) || (a < b ? -1 : a > b ? 1 : 0))
      .map(([b, v]) => `${b} ${String(v)}`)
      .join(', ');
    for (const [type, w] of Object.entries(body.weights)) {
      if (typeof w === 'string' && !Object.hasOwn(bands, w)) {
        ctx.addIssue({ code: 'custom', path: ['weights', type], message: `"${w}" is not a band of this model; the bands are ${list || 'none'} (or give a number from 0 to 100)` });
      }
    }
  };
}
const always = { when: () => true };

const createBody = z
  .strictObject({
    ...fields,
    windowDays: fields.windowDays.default(DEFAULT_WEIGHTING_MODEL.windowDays),
    dailyCap: fields.dailyCap.default(DEFAULT_WEIGHTING_MODEL.dailyCap),
    k: fields.k.default(DEFAULT_WEIGHTING_MODEL.k),
    bands: fields.bands.optional(),
  })
  .superRefine(bandNamesKnown({ ...ACTIVITY_BANDS }), always)
  .meta({ id: 'WeightingModelCreate' });
const patchBody = z
  .strictObject({ name: fields.name.optional(), weights: fields.weights.optional(), bands: fields.bands.optional(), windowDays: fields.windowDays.optional(), dailyCap: fields.dailyCap.optional(), k: fields.k.optional() })
  .superRefine(bandNamesKnown(null), always)
  .meta({ id: 'WeightingModelUpdate' });

const modelOut = z
  .object({
    id: z.string(),
    name: z.string(),
    active: z.boolean().describe('Scores use the active model; at most one is active'),
    weights: z.record(z.string(), z.number()).describe('Activity type → weight as a number (band names resolved): what scores use'),
    weightsAsGiven: z.record(z.string(), z.union([z.number(), z.string()])).describe('The weights as stored: numbers, or names of the model’s bands'),
    bands: z.record(z.string(), z.number()).describe('The model’s bands: name → value 0–100'),
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
    bands: z.record(z.string(), z.number()),
    windowDays: z.number().int(),
    dailyCap: z.number().int(),
    k: z.number(),
  })
  .meta({ id: 'EffectiveWeightingModel' });

const recomputeOut = z
  .object({ people: z.number().int(), peopleChanged: z.number().int(), groups: z.number().int(), groupsChanged: z.number().int(), events: z.number().int(), ms: z.number() })
  .meta({ id: 'EngagementRecompute' });

const modelOutOf = (m: StoredWeightingModel): z.infer<typeof modelOut> => ({
  id: m.id,
  name: m.name,
  active: m.active,
  weights: m.resolvedWeights,
  weightsAsGiven: m.weights,
  bands: m.bands,
  windowDays: m.windowDays,
  dailyCap: m.dailyCap,
  k: m.k,
  createdAt: toIso(m.createdAt),
  updatedAt: toIso(m.updatedAt),
  version: m.version,
});

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
        summary: 'Update a weighting model (weights and bands are each replaced whole; weights naming a band follow its new value); changing how the active model scores recomputes every score',
        description:
          'Changes only the fields sent (weights and bands are each replaced whole; weights naming a band follow its new value). Changing the active model recomputes every score in the same call. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
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
