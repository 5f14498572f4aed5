import { describeReferrers, findReferrers } from './references.ts';
import type { Kysely, Selectable } from 'kysely';
import type { DB, SolutionInterestsTable } from './schema.ts';
import { QuorumError, notFound, normText } from '../domain/index.ts';
import { bit, bool, parseJson, toJson } from './db.ts';
import type { Actor } from './audit.ts';
import { dropScope } from './followed-audiences.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { bump, checkNameFree, checkRename, CONFIG_KINDS, createConfig, deleteConfig, updateConfig } from './config-entity.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, sortBy, toPage, type Page, type PageRequest } from './pagination.ts';
import { checkFilterIds } from './filter-references.ts';

export interface SolutionInterestFields {
  name: string;
  description: string | null;
  products: string[];
  templateId: string;
  stageModelId: string | null;
  followMembershipChanges: boolean;
}

export interface SolutionInterest extends SolutionInterestFields {
  id: string;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<SolutionInterestsTable>;

export function solutionInterestFromRow(r: Row): SolutionInterest {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    products: parseJson<string[]>(r.products),
    templateId: r.template_id,
    stageModelId: r.stage_model_id,
    followMembershipChanges: bool(r.follow_membership_changes),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

function columns(f: SolutionInterestFields) {
  return {
    name: f.name,
    name_norm: normText(f.name),
    description: f.description,
    products: toJson(dedupe(f.products)),
    template_id: f.templateId,
    stage_model_id: f.stageModelId,
    follow_membership_changes: bit(f.followMembershipChanges),
  };
}

/** Products are kept in the order given, each once (case-insensitively). */
function dedupe(products: string[]): string[] {
  const seen = new Set<string>();
  return products.filter((p) => {
    const k = normText(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function getSolutionInterest(db: Kysely<DB>, id: string): Promise<SolutionInterest> {
  const row = await db.selectFrom('solution_interests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('solution interest', id);
  return solutionInterestFromRow(row);
}

const KIND = CONFIG_KINDS.solutionInterest;

async function checkTemplate(db: Kysely<DB>, templateId: string): Promise<void> {
  const t = await db.selectFrom('roles_templates').select(['name', 'status']).where('id', '=', templateId).executeTakeFirst();
  if (!t) throw QuorumError.field('validation_failed', '/templateId', `roles template ${templateId} does not exist`);
  if (t.status !== 'live') throw QuorumError.field('validation_failed', '/templateId', `roles template "${t.name}" (${templateId}) is a Draft; a solution interest needs a Live template — publish it first`);
}

async function checkStageModel(db: Kysely<DB>, stageModelId: string | null): Promise<void> {
  if (stageModelId == null) return;
  const m = await db.selectFrom('stage_models').select(['name', 'status']).where('id', '=', stageModelId).executeTakeFirst();
  if (!m) throw QuorumError.field('validation_failed', '/stageModelId', `stage model ${stageModelId} does not exist`);
  if (m.status !== 'live') throw QuorumError.field('validation_failed', '/stageModelId', `stage model "${m.name}" (${stageModelId}) is a Draft; a solution interest needs a Live stage model — publish it first`);
}

export async function createSolutionInterest(db: Kysely<DB>, actor: Actor, fields: SolutionInterestFields, now: number): Promise<SolutionInterest> {
  return createConfig(db, actor, KIND, getSolutionInterest, now, async (trx, id) => {
    await checkNameFree(trx, KIND, fields.name, null);
    await checkTemplate(trx, fields.templateId);
    await checkStageModel(trx, fields.stageModelId);
    await trx
      .insertInto('solution_interests')
      .values({ id, ...columns(fields), created_at: now, updated_at: now, version: 1 })
      .execute();
  });
}

export async function updateSolutionInterest(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: Partial<SolutionInterestFields>,
  now: number,
  expected?: ExpectedVersion,
): Promise<SolutionInterest> {
  const { after } = await updateConfig(db, actor, KIND, getSolutionInterest, id, now, expected, async (trx, before) => {
    const merged: SolutionInterestFields = { ...before, ...patch };
    await checkRename(trx, KIND, before, merged.name);
    if (merged.templateId !== before.templateId) {
      await checkTemplate(trx, merged.templateId);
      // The groups would stay on the old template: changing it is an explicit upgrade that re-evaluates them.
      const { n } = await trx
        .selectFrom('buying_groups')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('solution_interest_id', '=', id)
        .executeTakeFirstOrThrow();
      if (Number(n) > 0) {
        throw QuorumError.field(
          'in_use',
          '/templateId',
          `solution interest "${before.name}" has ${n} buying group${Number(n) === 1 ? '' : 's'} on its current template; change the template with POST /api/v1/solution-interests/${id}/upgrade-template {"templateId": "${merged.templateId}"}, which re-evaluates every group in a job (preview it first with POST /api/v1/roles-templates/${merged.templateId}/preview and this solution interest)`,
        );
      }
    }
    if (merged.stageModelId !== before.stageModelId) {
      await checkStageModel(trx, merged.stageModelId);
      // Stages of existing groups are keys of the old model: they would mean nothing in another one.
      const staged = await trx.selectFrom('buying_groups').select('id').where('solution_interest_id', '=', id).where('stage', 'is not', null).executeTakeFirst();
      if (staged) {
        throw QuorumError.field('in_use', '/stageModelId', `buying groups of this solution interest (e.g. ${staged.id}) are in stages of the current stage model; the stage model cannot be changed`);
      }
    }
    await trx
      .updateTable('solution_interests')
      .set({ ...columns(merged), ...bump(before, now) })
      .where('id', '=', id)
      .execute();
  });
  return after;
}

export async function deleteSolutionInterest(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await deleteConfig(db, actor, KIND, getSolutionInterest, id, now, expected, async (trx, before) => {
    const { n } = await trx
      .selectFrom('buying_groups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('solution_interest_id', '=', id)
      .executeTakeFirstOrThrow();
    if (Number(n) > 0) {
      throw QuorumError.field('in_use', '/id', `solution interest "${before.name}" has ${n} buying group${Number(n) === 1 ? '' : 's'}; it cannot be deleted while they exist`);
    }
    const referrers = await findReferrers(trx, 'solution_interest', id);
    if (referrers.length) throw QuorumError.field('in_use', '/id', `solution interest "${before.name}" is named in conditions of ${describeReferrers(referrers)}; change those first`);
    // Its followings and scope end with it (there are no groups to keep current), and its learned model.
    await trx.deleteFrom('suggestion_models').where('solution_interest_id', '=', id).execute();
    await dropScope(trx, actor, id, now);
  });
}

export interface SolutionInterestQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  templateId?: string | undefined;
  stageModelId?: string | undefined;
}

const SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.id('id'), updatedAt: sortBy.integer('updated_at') };

export async function listSolutionInterests(db: Kysely<DB>, query: SolutionInterestQuery): Promise<Page<SolutionInterest>> {
  const { column, desc, kind } = parseSort(query.sort, SORTS, 'name');
  let qb = db.selectFrom('solution_interests').selectAll();
  if (query.q) qb = qb.where(likeEscaped('name_norm', likeContains(normText(query.q))));
  await checkFilterIds(db, 'roles_templates', 'templateId', query.templateId);
  if (query.stageModelId && query.stageModelId !== 'none') await checkFilterIds(db, 'stage_models', 'stageModelId', query.stageModelId);
  if (query.templateId) qb = qb.where('template_id', '=', query.templateId);
  if (query.stageModelId) qb = query.stageModelId === 'none' ? qb.where('stage_model_id', 'is', null) : qb.where('stage_model_id', '=', query.stageModelId);
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'name_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('id', dir))
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as Record<string, string | number>)[column] ?? null, solutionInterestFromRow);
}
