/**
 * Journey definitions (issue 12) and their enrollments. Configuration like the others
 * (config-entity.ts: configuration lock, If-Match versions, unique names, audit), with a life cycle
 * of its own (domain/journeys/status.ts): Draft → Live → Closed → Finished, Aborted, Duplicate.
 * Publishing validates the graph against the stored configuration (solution interests and their
 * stage models, account lists) and refuses it listing every problem on its node.
 */
import type { Kysely, Selectable } from 'kysely';
import type { DB, JourneysTable } from './schema.ts';
import { QuorumError, newId, notFound, normText } from '../domain/index.ts';
import {
  editProblems,
  layoutProblems,
  nextWakeAt,
  pruneLayout,
  publishRefusal,
  transition,
  validateForPublish,
  type EditableField,
  type Effect,
  type Enrollment,
  type JourneyAction,
  type JourneyDefinition,
  type JourneyLayout,
  type JourneyProblem,
  type JourneyStatus,
  type PublishFacts,
} from '../domain/journeys/index.ts';
import { canonicalJson, parseJson, toJson } from './db.ts';
import { SYSTEM_ACTOR, type Actor } from './audit.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { auditConfig, bump, checkNameFree, checkRename, CONFIG_KINDS, configWrite, createConfig, duplicateConfig, readForWrite } from './config-entity.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, sortBy, toPage, type Page, type PageRequest } from './pagination.ts';

export interface JourneyFields {
  name: string;
  description: string | null;
  definition: JourneyDefinition;
  /** When accounts start to enter once published (null: at publication). */
  startAt: number | null;
  endAt: number | null;
  /** Where the editor draws each node (cosmetic; absent: none stored). Only ids of `definition`'s nodes. */
  layout?: JourneyLayout;
}

export interface Journey extends JourneyFields {
  layout: JourneyLayout;
  id: string;
  status: JourneyStatus;
  publishedAt: number | null;
  closedAt: number | null;
  /** When it finished or was aborted. */
  endedAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

const KIND = CONFIG_KINDS.journey;

/**
 * The layout is kept in the definition column under `layout` (no column of its own) and taken out
 * here: `definition` is the graph alone, as the runtime and publish validation see it.
 */
function journeyFromRow(r: Selectable<JourneysTable>): Journey {
  const n = (v: number | string | null) => (v === null ? null : Number(v));
  const { layout = {}, ...definition } = parseJson<JourneyDefinition & { layout?: JourneyLayout }>(r.definition);
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    status: r.status,
    definition,
    layout,
    startAt: n(r.start_at),
    endAt: n(r.end_at),
    publishedAt: n(r.published_at),
    closedAt: n(r.closed_at),
    endedAt: n(r.ended_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    version: r.version,
  };
}

function columns(f: JourneyFields) {
  const layout = f.layout && Object.keys(f.layout).length ? f.layout : undefined;
  return { name: f.name, name_norm: normText(f.name), description: f.description, definition: toJson(layout ? { ...f.definition, layout } : f.definition), start_at: f.startAt, end_at: f.endAt };
}

/** Refuses (400) positions of nodes the definition does not have, each at `/layout/<id>`. */
function checkLayout(layout: JourneyLayout, definition: JourneyDefinition): void {
  const problems = layoutProblems(layout, definition.nodes.map((n) => n.id));
  if (problems.length) throw new QuorumError('validation_failed', `layout: ${problems[0]!.message}`, problems.map((p) => ({ field: p.field, message: p.message })));
}

export async function getJourney(db: Kysely<DB>, id: string): Promise<Journey> {
  const row = await db.selectFrom('journeys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('journey', id);
  return journeyFromRow(row);
}

export async function createJourney(db: Kysely<DB>, actor: Actor, fields: JourneyFields, now: number): Promise<Journey> {
  if (fields.layout) checkLayout(fields.layout, fields.definition);
  return createConfig(db, actor, KIND, getJourney, now, async (trx, id) => {
    await checkNameFree(trx, KIND, fields.name, null);
    await trx
      .insertInto('journeys')
      .values({ id, ...columns(fields), status: 'draft', published_at: null, closed_at: null, ended_at: null, created_at: now, updated_at: now, version: 1 })
      .execute();
  });
}

/**
 * A Draft may change anything (its graph and dates are checked at publish). Once Live or Closed
 * only the end date (in the future, at most 3 years after the start); nothing once over. The
 * layout changes in any status (cosmetic); it names only nodes of the (new) definition, and a
 * definition replaced without a layout drops the positions of the nodes it no longer has.
 */
export async function updateJourney(db: Kysely<DB>, actor: Actor, id: string, patch: Partial<JourneyFields>, now: number, expected?: ExpectedVersion): Promise<Journey> {
  return configWrite(db, async (trx) => {
    const before = await readForWrite(trx, KIND, getJourney, id, expected);
    const { layout, ...fields } = patch;
    const changed = (Object.keys(fields) as EditableField[]).filter((k) => canonicalJson(fields[k]) !== canonicalJson(before[k]));
    const problems = editProblems(before, changed, patch.endAt, now);
    if (problems.length) {
      const code = problems.some((p) => p.code === 'frozen' || p.code === 'over') ? 'immutable' : 'validation_failed';
      throw new QuorumError(code, `journey "${before.name}": ${problems[0]!.message}`, problems.map((p) => ({ field: p.field, message: p.message, code: p.code })));
    }
    const merged: JourneyFields = { ...before, ...fields };
    if (layout) checkLayout(layout, merged.definition);
    merged.layout = layout ?? pruneLayout(before.layout, merged.definition.nodes.map((n) => n.id));
    await checkRename(trx, KIND, before, merged.name);
    await trx.updateTable('journeys').set({ ...columns(merged), ...bump(before, now) }).where('id', '=', id).execute();
    const after = await getJourney(trx, id);
    await auditConfig(trx, actor, KIND, 'update', id, { before, after }, now);
    return after;
  });
}

/** Only Drafts may be deleted: a journey that ran keeps its enrollments (abort it to stop it). */
export async function deleteJourney(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await configWrite(db, async (trx) => {
    const before = await readForWrite(trx, KIND, getJourney, id, expected);
    if (before.status !== 'draft') throw QuorumError.field('invalid_state', '/status', `journey "${before.name}" has been published and cannot be deleted; abort it to stop it`);
    await trx.deleteFrom('journeys').where('id', '=', id).execute();
    await auditConfig(trx, actor, KIND, 'delete', id, { before }, now);
  });
}

/** What publish validation needs from the stored configuration. */
async function publishFacts(db: Kysely<DB>, startAt: number, endAt: number | null): Promise<PublishFacts> {
  const sis = await db
    .selectFrom('solution_interests as s')
    .leftJoin('stage_models as m', 'm.id', 's.stage_model_id')
    .select(['s.id', 's.name', 'm.definition'])
    .execute();
  const lists = await db.selectFrom('account_lists').select(['id', 'name', 'kind']).execute();
  const destinations = await db.selectFrom('destinations').select(['id', 'name']).execute();
  const activations = await db.selectFrom('activations').select(['id', 'name', 'destination_id']).execute();
  return {
    startAt,
    endAt,
    solutionInterests: new Map(sis.map((s) => [s.id, { name: s.name, stageKeys: s.definition === null ? null : parseJson<{ stages: { key: string }[] }>(s.definition).stages.map((x) => x.key) }])),
    lists: new Map(lists.map((l) => [l.id, { name: l.name, kind: l.kind }])),
    destinations: new Map(destinations.map((d) => [d.id, { name: d.name }])),
    activations: new Map(activations.map((a) => [a.id, { name: a.name, destinationId: a.destination_id }])),
  };
}

/** When a journey published at `now` starts: its start date when that is still ahead, else now. */
function effectiveStart(j: Pick<Journey, 'startAt'>, now: number): number {
  return j.startAt !== null && j.startAt > now ? j.startAt : now;
}

/** The problems that would stop a Draft from being published now (none reported for other statuses: they were checked when published). */
export async function journeyProblems(db: Kysely<DB>, id: string, now: number): Promise<JourneyProblem[]> {
  const j = await getJourney(db, id);
  if (j.status !== 'draft') return [];
  return validateForPublish(j.definition, await publishFacts(db, effectiveStart(j, now), j.endAt));
}

function refuseTransition(j: Journey, action: JourneyAction): void {
  const answer = transition(j.status, action);
  if (!answer.ok) throw new QuorumError('invalid_state', `journey "${j.name}": ${answer.message}`, [{ field: '/status', message: answer.message, code: answer.code }]);
}

/**
 * Draft → Live, now or at its start date (a start date already past means now). Refused with
 * every problem of the graph and dates on its node (409 invalid_state).
 */
export async function publishJourney(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<Journey> {
  return configWrite(db, async (trx) => {
    const before = await readForWrite(trx, KIND, getJourney, id, expected);
    refuseTransition(before, 'publish');
    const startAt = effectiveStart(before, now);
    const problems = validateForPublish(before.definition, await publishFacts(trx, startAt, before.endAt));
    if (problems.length) throw publishRefusal(before.name, problems);
    await trx.updateTable('journeys').set({ status: 'live', start_at: startAt, published_at: now, ...bump(before, now) }).where('id', '=', id).execute();
    const after = await getJourney(trx, id);
    await auditConfig(trx, actor, KIND, 'publish', id, { before, after }, now);
    return after;
  });
}

/** Live → Closed (no new entries) or anything not over → Aborted (every active enrollment ends now). */
export async function endJourney(db: Kysely<DB>, actor: Actor, id: string, action: 'close' | 'abort', now: number, expected?: ExpectedVersion): Promise<Journey> {
  return configWrite(db, async (trx) => {
    const before = await readForWrite(trx, KIND, getJourney, id, expected);
    refuseTransition(before, action);
    switch (action) {
      case 'close':
        await trx.updateTable('journeys').set({ status: 'closed', closed_at: now, ...bump(before, now) }).where('id', '=', id).execute();
        break;
      case 'abort':
        await trx.updateTable('journeys').set({ status: 'aborted', ended_at: now, ...bump(before, now) }).where('id', '=', id).execute();
        await trx.updateTable('journey_enrollments').set({ status: 'completed', ended_at: now, updated_at: now }).where('journey_id', '=', id).where('status', '=', 'active').execute();
        break;
    }
    const after = await getJourney(trx, id);
    await auditConfig(trx, actor, KIND, action, id, { before, after }, now);
    return after;
  });
}

/**
 * Live or Closed → Finished when it is over (the journey worker calls this each round): its end
 * date has passed — the accounts still inside leave at the end date — or, once Closed, nobody is
 * inside any more. Returns the ids finished.
 */
export async function finishDueJourneys(db: Kysely<DB>, now: number): Promise<string[]> {
  const candidates = await db.selectFrom('journeys').select(['id', 'status', 'end_at']).where('status', 'in', ['live', 'closed']).execute();
  const finished: string[] = [];
  for (const c of candidates) {
    const pastEnd = c.end_at !== null && Number(c.end_at) <= now;
    if (!pastEnd) {
      if (c.status !== 'closed') continue;
      const inside = await db.selectFrom('journey_enrollments').select('id').where('journey_id', '=', c.id).where('status', '=', 'active').executeTakeFirst();
      if (inside) continue;
    }
    const done = await configWrite(db, async (trx) => {
      const before = await getJourney(trx, c.id);
      if (before.status !== 'live' && before.status !== 'closed') return false;
      const endedAt = pastEnd ? Number(c.end_at) : now;
      await trx.updateTable('journeys').set({ status: 'finished', ended_at: endedAt, ...bump(before, now) }).where('id', '=', c.id).execute();
      if (pastEnd) {
        const ids = (await trx.selectFrom('journey_enrollments').select('id').where('journey_id', '=', c.id).where('status', '=', 'active').execute()).map((r) => r.id);
        for (let i = 0; i < ids.length; i += 500) {
          const part = ids.slice(i, i + 500);
          await trx.updateTable('journey_enrollments').set({ status: 'completed', ended_at: endedAt, wake_at: null, updated_at: now }).where('id', 'in', part).execute();
          await trx.deleteFrom('journey_positions').where('enrollment_id', 'in', part).execute();
        }
      }
      await auditConfig(trx, SYSTEM_ACTOR, KIND, 'finish', c.id, { before, after: await getJourney(trx, c.id) }, now);
      return true;
    });
    if (done) finished.push(c.id);
  }
  return finished;
}

/** A new Draft with the same graph, layout and dates, named "<name> (copy)", from any status. */
export async function duplicateJourney(db: Kysely<DB>, actor: Actor, id: string, now: number): Promise<Journey> {
  return duplicateConfig(db, actor, KIND, getJourney, id, now, async (trx, source, copy) => {
    await trx
      .insertInto('journeys')
      .values({ id: copy.id, ...columns({ ...source, name: copy.name }), status: 'draft', published_at: null, closed_at: null, ended_at: null, created_at: now, updated_at: now, version: 1 })
      .execute();
  });
}

export interface JourneyQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  status?: JourneyStatus | undefined;
}

const SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.id('id'), updatedAt: sortBy.integer('updated_at') };

export async function listJourneys(db: Kysely<DB>, query: JourneyQuery): Promise<Page<Journey>> {
  const { column, desc, kind } = parseSort(query.sort, SORTS, 'name');
  let qb = db.selectFrom('journeys').selectAll();
  if (query.q) qb = qb.where(likeEscaped('name_norm', likeContains(normText(query.q))));
  if (query.status) qb = qb.where('status', '=', query.status);
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'name_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('id', dir))
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as Record<string, string | number>)[column] ?? null, journeyFromRow);
}

/** An enrollment as stored (the runtime's unit of work). */
export interface StoredEnrollment extends Enrollment {
  id: string;
  updatedAt: number;
}

/**
 * Writes a new enrollment. (journey, account, entry number) is unique: a second insert of the
 * same entry — two workers admitting one account at once — fails with 409 conflict, so an account
 * enters once per entry number.
 */
export async function insertEnrollment(db: Kysely<DB>, e: Enrollment, now: number): Promise<StoredEnrollment> {
  const id = newId('journeyEnrollment', now);
  const taken = await db.selectFrom('journey_enrollments').select('id').where('journey_id', '=', e.journeyId).where('account_id', '=', e.accountId).where('entry_number', '=', e.entryNumber).executeTakeFirst();
  if (taken) throw QuorumError.field('conflict', '/entryNumber', `account ${e.accountId} already has entry ${e.entryNumber} in journey ${e.journeyId} (${taken.id})`);
  await db
    .insertInto('journey_enrollments')
    .values({ id, journey_id: e.journeyId, account_id: e.accountId, entry_number: e.entryNumber, status: e.status, state: toJson(e.tokens), entered_at: e.enteredAt, ended_at: e.endedAt, wake_at: nextWakeAt(e), updated_at: now })
    .execute();
  return { ...e, id, updatedAt: now };
}

/** Stores an enrollment's new state (after `advance`). */
export async function saveEnrollment(db: Kysely<DB>, id: string, e: Enrollment, now: number): Promise<void> {
  const r = await db.updateTable('journey_enrollments').set({ status: e.status, state: toJson(e.tokens), ended_at: e.endedAt, wake_at: nextWakeAt(e), updated_at: now }).where('id', '=', id).executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw notFound('journey enrollment', id);
}

/** A journey's enrollments (of one account when given), in entry order. */
export async function listEnrollments(db: Kysely<DB>, journeyId: string, accountId?: string): Promise<StoredEnrollment[]> {
  const rows = await db
    .selectFrom('journey_enrollments')
    .selectAll()
    .where('journey_id', '=', journeyId)
    .$if(accountId !== undefined, (q) => q.where('account_id', '=', accountId!))
    .orderBy('account_id')
    .orderBy('entry_number')
    .execute();
  return rows.map(enrollmentFromRow);
}

/** The columns an enrollment is read from (not `wake_at`: it follows from the tokens). */
export const ENROLLMENT_READ = ['id', 'journey_id', 'account_id', 'entry_number', 'status', 'state', 'entered_at', 'ended_at', 'updated_at'] as const;

export function enrollmentFromRow(r: Pick<Selectable<DB['journey_enrollments']>, (typeof ENROLLMENT_READ)[number]>): StoredEnrollment {
  return {
    id: r.id,
    journeyId: r.journey_id,
    accountId: r.account_id,
    entryNumber: r.entry_number,
    status: r.status,
    enteredAt: Number(r.entered_at),
    endedAt: r.ended_at === null ? null : Number(r.ended_at),
    tokens: parseJson<Enrollment['tokens']>(r.state),
    updatedAt: Number(r.updated_at),
  };
}

export async function getEnrollment(db: Kysely<DB>, id: string): Promise<StoredEnrollment> {
  const row = await db.selectFrom('journey_enrollments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('journey enrollment', id);
  return enrollmentFromRow(row);
}

/** Active enrollments whose next wait end or listen deadline has come, earliest first. */
export async function dueEnrollments(db: Kysely<DB>, now: number, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('journey_enrollments').select('id').where('status', '=', 'active').where('wake_at', '<=', now).orderBy('wake_at').orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/**
 * Puts a step's effects into the outbox. The key is the primary key and a key already there is
 * skipped: a step run again (after a crash, by a second worker) adds nothing twice. Returns the
 * keys that were new.
 */
export async function enqueueEffects(db: Kysely<DB>, enrollmentId: string, effects: readonly Effect[], now: number): Promise<string[]> {
  const added: string[] = [];
  for (const e of effects) {
    const r = await db
      .insertInto('journey_effects')
      .values({ key: e.key, enrollment_id: enrollmentId, journey_id: e.journeyId, account_id: e.accountId, node_id: e.nodeId, type: e.type, payload: toJson(e), at: e.at, status: 'pending', created_at: now, done_at: null })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0) > 0) added.push(e.key);
  }
  return added;
}

/** The outbox's effects of an enrollment, oldest first. */
export async function listEffects(db: Kysely<DB>, enrollmentId: string): Promise<(Effect & { status: 'pending' | 'done' | 'skipped' | 'failed'; result: string | null })[]> {
  const rows = await db.selectFrom('journey_effects').select(['payload', 'status', 'result']).where('enrollment_id', '=', enrollmentId).orderBy('at').orderBy('key').execute();
  return rows.map((r) => ({ ...parseJson<Effect>(r.payload), status: r.status, result: r.result }));
}
