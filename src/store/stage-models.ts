import type { Kysely, Selectable } from 'kysely';
import type { DB, StageModelsTable } from './schema.ts';
import { QuorumError, notFound, normText } from '../domain/index.ts';
import {
  validateStageModel,
  type StageDef,
  type StageModelDefinition,
  type StageProblem,
  type TransitionDef,
} from '../domain/stages/index.ts';
import { parseJson, toJson } from './db.ts';
import type { Actor } from './audit.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { bump, checkNameFree, checkRename, CONFIG_KINDS, createConfig, deleteConfig, duplicateConfig, publishConfig, refuseLive, updateConfig } from './config-entity.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, toPage, type Page, type PageRequest, sortBy } from './pagination.ts';

export interface StageModelFields {
  name: string;
  description: string | null;
  stages: StageDef[];
  transitions: TransitionDef[];
}

export interface StageModel extends StageModelFields {
  id: string;
  status: 'draft' | 'live';
  publishedAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<StageModelsTable>;

export function stageModelFromRow(r: Row): StageModel {
  const def = parseJson<StageModelDefinition>(r.definition);
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    status: r.status,
    stages: def.stages,
    transitions: def.transitions,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function columns(f: StageModelFields) {
  return {
    name: f.name,
    name_norm: normText(f.name),
    description: f.description,
    definition: toJson({ stages: f.stages, transitions: f.transitions } satisfies StageModelDefinition),
  };
}

export async function getStageModel(db: Kysely<DB>, id: string): Promise<StageModel> {
  const row = await db.selectFrom('stage_models').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('stage model', id);
  return stageModelFromRow(row);
}

const KIND = CONFIG_KINDS.stageModel;

export async function createStageModel(db: Kysely<DB>, actor: Actor, fields: StageModelFields, now: number): Promise<StageModel> {
  return createConfig(db, actor, KIND, getStageModel, now, async (trx, id) => {
    await checkNameFree(trx, KIND, fields.name, null);
    await trx
      .insertInto('stage_models')
      .values({ id, ...columns(fields), status: 'draft', published_at: null, created_at: now, updated_at: now, version: 1 })
      .execute();
  });
}

export async function updateStageModel(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: Partial<StageModelFields>,
  now: number,
  expected?: ExpectedVersion,
): Promise<StageModel> {
  const { after } = await updateConfig(db, actor, KIND, getStageModel, id, now, expected, async (trx, before) => {
    refuseLive(KIND, before, 'changed');
    const merged: StageModelFields = { ...before, ...patch };
    await checkRename(trx, KIND, before, merged.name);
    await trx
      .updateTable('stage_models')
      .set({ ...columns(merged), ...bump(before, now) })
      .where('id', '=', id)
      .execute();
  });
  return after;
}

/** Live models may be deleted too, as long as no solution interest uses them. */
export async function deleteStageModel(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await deleteConfig(db, actor, KIND, getStageModel, id, now, expected, async (trx, before) => {
    const user = await trx.selectFrom('solution_interests').select(['id', 'name']).where('stage_model_id', '=', id).orderBy('name_norm').executeTakeFirst();
    if (user) {
      throw QuorumError.field('in_use', '/id', `stage model "${before.name}" is used by solution interest "${user.name}" (${user.id}); choose another stage model there first`);
    }
  });
}

/** Problems that would stop the model from being published (none for a Live model). */
export async function validateStoredStageModel(db: Kysely<DB>, id: string): Promise<StageProblem[]> {
  return validateStageModel(await getStageModel(db, id));
}

export async function publishStageModel(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<StageModel> {
  return publishConfig(db, actor, KIND, getStageModel, id, now, expected, (before) => {
    const problems = validateStageModel(before);
    if (!problems.length) return null;
    const first = problems[0] as StageProblem;
    return new QuorumError(
      'invalid_state',
      `stage model "${before.name}" cannot be published: ${first.message}` + (problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''),
      problems.map((p) => ({ field: p.field, message: p.message })),
    );
  });
}

/** A new Draft with the same stages and transitions, named "<name> (copy)". */
export async function duplicateStageModel(db: Kysely<DB>, actor: Actor, id: string, now: number): Promise<StageModel> {
  return duplicateConfig(db, actor, KIND, getStageModel, id, now, async (trx, source, copy) => {
    await trx
      .insertInto('stage_models')
      .values({ id: copy.id, ...columns({ ...source, name: copy.name }), status: 'draft', published_at: null, created_at: now, updated_at: now, version: 1 })
      .execute();
  });
}

export interface StageModelQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  status?: 'draft' | 'live' | undefined;
}

const SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.id('id'), updatedAt: sortBy.integer('updated_at') };

export async function listStageModels(db: Kysely<DB>, query: StageModelQuery): Promise<Page<StageModel>> {
  const { column, desc, kind } = parseSort(query.sort, SORTS, 'name');
  let qb = db.selectFrom('stage_models').selectAll();
  if (query.q) qb = qb.where(likeEscaped('name_norm', likeContains(normText(query.q))));
  if (query.status) qb = qb.where('status', '=', query.status);
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'name_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('id', dir))
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as Record<string, string | number>)[column] ?? null, stageModelFromRow);
}
