/**
 * Weighting models (SPEC §5): per activity type weights (band values 0–100), the window, the
 * per-(person, type, UTC day) cap and the transform constant K. Each model has its own bands
 * (names and values, the SPEC §5 ones by default); a weight is a number or the name of one of the
 * model's bands, stored as given, so changing a band's value changes every weight that names it.
 * Weights may name only known activity types (store/activity-types.ts). At most one model is active; when
 * none is (a fresh install, or every stored model inactive) the SPEC default model applies, so
 * nothing has to be seeded and "no model" always means the documented defaults.
 *
 * The store only records models; changing what scores mean (activating a model, or changing the
 * active one) asks the caller to recompute (engine/engagement.ts) — see `scoringChanged`.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB, WeightingModelsTable } from './schema.ts';
import { QuorumError, notFound, type ErrorDetail, normText, ACTIVITY_TYPE_PATTERN } from '../domain/index.ts';
import { ACTIVITY_BANDS, DEFAULT_WEIGHTING_MODEL, type WeightingModel } from '../domain/scoring/index.ts';
import { knownActivityTypes, unknownActivityTypeMessage } from './known-activity-types.ts';
import { parseJson, toJson } from './db.ts';
import type { Actor } from './audit.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { auditConfig, bump, checkNameFree, checkRename, CONFIG_KINDS, configWrite, createConfig, deleteConfig, readForWrite, updateConfig } from './config-entity.ts';
import { afterCursor, decodeCursor, toPage, type Page, type PageRequest } from './pagination.ts';

export const WINDOW_DAYS_MAX = 365;
export const DAILY_CAP_MAX = 10_000;
export const K_MAX = 1_000_000;
export const MAX_WEIGHTED_TYPES = 200;
export const MAX_BANDS = 20;
/** Band names: lower-case letters, digits and _, starting with a letter. */
export const BAND_NAME_PATTERN = /^[a-z][a-z0-9_]{0,31}$/;

/** A weight as given: a number 0–100, or the name of one of the model's bands. */
export type WeightSpec = number | string;

export interface WeightingModelFields {
  name: string;
  /** Activity type → weight (a number 0–100 or a band name); types not listed weigh 0. */
  weights: Record<string, WeightSpec>;
  /** Band name → value 0–100. Absent: the SPEC §5 bands. */
  bands?: Record<string, number> | undefined;
  windowDays: number;
  dailyCap: number;
  k: number;
}

export interface StoredWeightingModel extends WeightingModelFields {
  bands: Record<string, number>;
  /** The weights as numbers (band names resolved): what scores use. */
  resolvedWeights: Record<string, number>;
  id: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
  version: number;
}

/** The model scores are computed with: the active stored one, or the SPEC default (id null). */
export interface EffectiveWeightingModel extends WeightingModel {
  id: string | null;
  name: string;
  bands: Record<string, number>;
}

export const DEFAULT_MODEL_NAME = 'Default (SPEC §5)';

type Row = Selectable<WeightingModelsTable>;

/** The SPEC §5 bands, as a fresh object. */
export function defaultBands(): Record<string, number> {
  return { ...ACTIVITY_BANDS };
}

/**
 * Bands ordered by value, then name: the order answers and messages list them in, the same on
 * both engines (PostgreSQL's JSONB does not keep the order of an object's keys).
 */
function orderedBands(bands: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, v] of Object.entries(bands).sort(([a, x], [b, y]) => x - y || (a < b ? -1 : a > b ? 1 : 0))) out[name] = v;
  return out;
}

/** Band names resolved to their values (a weight naming no band weighs 0; writes never store one). */
function resolveWeights(weights: Record<string, WeightSpec>, bands: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [type, w] of Object.entries(weights)) out[type] = typeof w === 'number' ? w : Object.hasOwn(bands, w) ? (bands[w] ?? 0) : 0;
  return out;
}

function fromRow(r: Row): StoredWeightingModel {
  const weights = canonicalWeights(parseJson<Record<string, WeightSpec>>(r.weights));
  const bands = r.bands == null ? defaultBands() : orderedBands(parseJson<Record<string, number>>(r.bands));
  return {
    id: r.id,
    name: r.name,
    weights,
    bands,
    resolvedWeights: resolveWeights(weights, bands),
    windowDays: r.window_days,
    dailyCap: r.daily_cap,
    k: r.k,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/**
 * Problems with a model (the API checks shapes too; the store never stores a bad model): bands,
 * weights naming known activity types (`knownTypes`; unchecked when absent) and existing bands, and
 * the numbers.
 */
export function weightingModelProblems(f: WeightingModelFields, knownTypes?: ReadonlySet<string>): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const bands = f.bands ?? defaultBands();
  const bandNames = Object.keys(bands);
  if (bandNames.length > MAX_BANDS) problems.push({ field: '/bands', message: `at most ${MAX_BANDS} bands` });
  for (const band of bandNames) {
    const v = bands[band];
    if (!BAND_NAME_PATTERN.test(band)) problems.push({ field: `/bands/${band}`, message: 'band names use lower-case letters, digits and _ (starting with a letter), at most 32 characters' });
    else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) problems.push({ field: `/bands/${band}`, message: 'a band’s value is a number from 0 to 100' });
  }
  const bandList =
    Object.entries(orderedBands(bands))
      .map(([b, v]) => `${b} ${v}`)
      .join(', ') || 'none';
  // Sorted: problems come in the same order whatever order the stored object's keys have.
  const types = Object.keys(f.weights).sort();
  if (types.length > MAX_WEIGHTED_TYPES) problems.push({ field: '/weights', message: `at most ${MAX_WEIGHTED_TYPES} activity types` });
  for (const type of types) {
    const w = f.weights[type];
    const unknown = knownTypes ? unknownActivityTypeMessage(type, knownTypes) : null;
    if (!ACTIVITY_TYPE_PATTERN.test(type)) problems.push({ field: `/weights/${type}`, message: 'activity types use lower-case letters, digits and _ (starting with a letter)' });
    else if (unknown) problems.push({ field: `/weights/${type}`, message: unknown });
    else if (typeof w === 'string') {
      if (!Object.hasOwn(bands, w)) problems.push({ field: `/weights/${type}`, message: `"${w}" is not a band of this model; the bands are ${bandList} (or give a number from 0 to 100)` });
    } else if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 100) {
      problems.push({ field: `/weights/${type}`, message: `must be a band name (${bandList}) or a number from 0 to 100` });
    }
  }
  if (!Number.isInteger(f.windowDays) || f.windowDays < 1 || f.windowDays > WINDOW_DAYS_MAX) problems.push({ field: '/windowDays', message: `must be a whole number from 1 to ${WINDOW_DAYS_MAX}` });
  if (!Number.isInteger(f.dailyCap) || f.dailyCap < 1 || f.dailyCap > DAILY_CAP_MAX) problems.push({ field: '/dailyCap', message: `must be a whole number from 1 to ${DAILY_CAP_MAX}` });
  if (!Number.isFinite(f.k) || f.k <= 0 || f.k > K_MAX) problems.push({ field: '/k', message: `must be a number greater than 0 (at most ${K_MAX})` });
  return problems;
}

function check(f: WeightingModelFields, knownTypes?: ReadonlySet<string>): void {
  const problems = weightingModelProblems(f, knownTypes);
  if (problems.length) throw new QuorumError('validation_failed', problems[0]?.message ?? 'invalid weighting model', problems);
}

/** Weights with keys sorted; without zero entries too when `dropZeros` (they weigh what unlisted types weigh). */
function canonicalWeights<W extends WeightSpec>(weights: Record<string, W>, dropZeros = false): Record<string, W> {
  const out: Record<string, W> = {};
  for (const type of Object.keys(weights).sort()) {
    const w = weights[type];
    if (w !== undefined && !(dropZeros && w === 0)) out[type] = w;
  }
  return out;
}

function columns(f: WeightingModelFields) {
  return {
    name: f.name,
    name_norm: normText(f.name),
    weights: toJson(canonicalWeights(f.weights)),
    bands: toJson(f.bands ?? defaultBands()),
    window_days: f.windowDays,
    daily_cap: f.dailyCap,
    k: f.k,
  };
}

/** Whether two models give the same scores (their name and band names aside): the resolved weights decide. */
function sameScoring(a: WeightingModel, b: WeightingModel): boolean {
  return a.windowDays === b.windowDays && a.dailyCap === b.dailyCap && a.k === b.k && toJson(canonicalWeights(a.weights, true)) === toJson(canonicalWeights(b.weights, true));
}

/** What scores see of a stored model: its resolved weights. */
function scoringOf(m: StoredWeightingModel): WeightingModel {
  return { weights: m.resolvedWeights, windowDays: m.windowDays, dailyCap: m.dailyCap, k: m.k };
}

export function defaultWeightingModel(): EffectiveWeightingModel {
  return { ...DEFAULT_WEIGHTING_MODEL, weights: { ...DEFAULT_WEIGHTING_MODEL.weights }, bands: defaultBands(), id: null, name: DEFAULT_MODEL_NAME };
}

/** The model scores are computed with now (one indexed read). */
export async function activeWeightingModel(db: Kysely<DB>): Promise<EffectiveWeightingModel> {
  const row = await db.selectFrom('weighting_models').selectAll().where('active', '=', 1).orderBy('id').executeTakeFirst();
  if (!row) return defaultWeightingModel();
  const m = fromRow(row);
  return { id: m.id, name: m.name, weights: m.resolvedWeights, bands: m.bands, windowDays: m.windowDays, dailyCap: m.dailyCap, k: m.k };
}

export async function getWeightingModel(db: Kysely<DB>, id: string): Promise<StoredWeightingModel> {
  const row = await db.selectFrom('weighting_models').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('weighting model', id);
  return fromRow(row);
}

const KIND = CONFIG_KINDS.weightingModel;

/** Creates an inactive model (activate it to make scores use it). */
export async function createWeightingModel(db: Kysely<DB>, actor: Actor, fields: WeightingModelFields, now: number): Promise<StoredWeightingModel> {
  check(fields);
  return createConfig(db, actor, KIND, getWeightingModel, now, async (trx, id) => {
    check(fields, await knownActivityTypes(trx));
    await checkNameFree(trx, KIND, fields.name, null);
    await trx
      .insertInto('weighting_models')
      .values({ id, ...columns(fields), active: 0, created_at: now, updated_at: now, version: 1 })
      .execute();
  });
}

export interface WeightingModelChange {
  model: StoredWeightingModel;
  /** True when stored scores no longer match the effective model: recompute them. */
  scoringChanged: boolean;
}

export async function updateWeightingModel(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: Partial<WeightingModelFields>,
  now: number,
  expected?: ExpectedVersion,
): Promise<WeightingModelChange> {
  const { before, after } = await updateConfig(db, actor, KIND, getWeightingModel, id, now, expected, async (trx, before) => {
    const merged: WeightingModelFields = { ...before, ...patch };
    check(merged, await knownActivityTypes(trx));
    await checkRename(trx, KIND, before, merged.name);
    await trx
      .updateTable('weighting_models')
      .set({ ...columns(merged), ...bump(before, now) })
      .where('id', '=', id)
      .execute();
  });
  return { model: after, scoringChanged: after.active && !sameScoring(scoringOf(before), scoringOf(after)) };
}

/** Makes this model the only active one. */
export async function activateWeightingModel(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<WeightingModelChange> {
  return configWrite(db, async (trx) => {
    const before = await readForWrite(trx, KIND, getWeightingModel, id, expected);
    if (before.active) return { model: before, scoringChanged: false };
    const previous = await activeWeightingModel(trx);
    const others = await trx.selectFrom('weighting_models').select(['id', 'version']).where('active', '=', 1).execute();
    for (const o of others) {
      await trx.updateTable('weighting_models').set({ active: 0, ...bump(o, now) }).where('id', '=', o.id).execute();
    }
    await trx.updateTable('weighting_models').set({ active: 1, ...bump(before, now) }).where('id', '=', id).execute();
    const after = await getWeightingModel(trx, id);
    await auditConfig(trx, actor, KIND, 'activate', id, { before: { active: previous.id }, after: { active: id } }, now);
    return { model: after, scoringChanged: !sameScoring(previous, scoringOf(after)) };
  });
}

/** The active model cannot be deleted: activate another one first. */
export async function deleteWeightingModel(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await deleteConfig(db, actor, KIND, getWeightingModel, id, now, expected, async (_trx, before) => {
    if (before.active) {
      throw QuorumError.field('in_use', '/id', `weighting model "${before.name}" is the active model; activate another model before deleting it`);
    }
  });
}

/** By name. */
export async function listWeightingModels(db: Kysely<DB>, query: PageRequest): Promise<Page<StoredWeightingModel>> {
  let qb = db.selectFrom('weighting_models').selectAll();
  if (query.cursor) qb = qb.where(afterCursor('name_norm', 'id', false, decodeCursor(query.cursor, 'text')));
  const rows = await qb.orderBy('name_norm').orderBy('id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.name_norm, fromRow);
}
