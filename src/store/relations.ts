import type { Kysely, Selectable } from 'kysely';
import type { AccountPeopleTable, DB } from './schema.ts';
import { newId, QuorumError, notFound, normText, type RelationType } from '../domain/index.ts';
import { parseJson, toJson } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { announce } from './changes.ts';
import { checkVersion, ensureWritten, type ExpectedVersion } from './concurrency.ts';
import { afterCursor, decodeCursor, toPage, type Page, type PageRequest } from './pagination.ts';
import { checkFilterIds } from './filter-references.ts';

/** The closed set lives in the domain (conditions validate `people.relationType` against it). */
export type { RelationType };

export interface RelationFields {
  relationType: RelationType;
  /** The person's roles in this account, e.g. "Budget owner", "IT admin". */
  roles: string[];
  startedOn: string | null;
  endedOn: string | null;
}

export interface Relation extends RelationFields {
  id: string;
  accountId: string;
  personId: string;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<AccountPeopleTable>;

export function relationFromRow(r: Row): Relation {
  return {
    id: r.id,
    accountId: r.account_id,
    personId: r.person_id,
    relationType: r.relation_type,
    roles: parseJson<string[]>(r.roles),
    startedOn: r.started_on,
    endedOn: r.ended_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** A relation is active (the person works there) until its end date has passed. */
export function isActive(r: { endedOn: string | null }, today: string): boolean {
  return r.endedOn == null || r.endedOn > today;
}

function checkDates(f: RelationFields): void {
  if (f.startedOn && f.endedOn && f.endedOn < f.startedOn) {
    throw QuorumError.field('validation_failed', '/endedOn', `endedOn (${f.endedOn}) is before startedOn (${f.startedOn})`);
  }
}

export function relationColumns(f: RelationFields) {
  return {
    relation_type: f.relationType,
    roles: toJson(f.roles),
    roles_norm: toJson(f.roles.map(normText)),
    started_on: f.startedOn,
    ended_on: f.endedOn,
  };
}

export async function getRelation(db: Kysely<DB>, id: string): Promise<Relation> {
  const row = await db.selectFrom('account_people').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('relation', id);
  return relationFromRow(row);
}

export async function createRelation(db: Kysely<DB>, actor: Actor, accountId: string, personId: string, fields: RelationFields, now: number): Promise<Relation> {
  checkDates(fields);
  return db.transaction().execute(async (trx) => {
    const errors = [];
    if (!(await trx.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst()))
      errors.push({ field: '/accountId', message: `account ${accountId} does not exist` });
    if (!(await trx.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst()))
      errors.push({ field: '/personId', message: `person ${personId} does not exist` });
    if (errors.length) throw new QuorumError('validation_failed', errors.map((e) => e.message).join('; '), errors);
    const existing = await trx
      .selectFrom('account_people')
      .select('id')
      .where('account_id', '=', accountId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (existing) {
      throw QuorumError.field('duplicate', '/personId', `person ${personId} already has a relation to account ${accountId} (${existing.id}); update it instead`);
    }
    const id = newId('relation', now);
    await trx
      .insertInto('account_people')
      .values({ id, account_id: accountId, person_id: personId, ...relationColumns(fields), created_at: now, updated_at: now })
      .execute();
    const relation = await getRelation(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'relation', entityId: id, after: relation, at: now });
    await announce(trx, [{ kind: 'relation', accountId, personId }], now);
    return relation;
  });
}

export async function updateRelation(db: Kysely<DB>, actor: Actor, id: string, patch: Partial<RelationFields>, now: number, expected?: ExpectedVersion): Promise<Relation> {
  return db.transaction().execute(async (trx) => {
    const before = await getRelation(trx, id);
    checkVersion('relation', id, before.version, expected);
    const merged: RelationFields = { ...before, ...patch };
    checkDates(merged);
    const written = await trx
      .updateTable('account_people')
      .set({ ...relationColumns(merged), updated_at: now, version: before.version + 1 })
      .where('account_id', '=', before.accountId)
      .where('person_id', '=', before.personId)
      .where('version', '=', before.version)
      .executeTakeFirst();
    await ensureWritten(trx, 'account_people', 'relation', id, written.numUpdatedRows);
    const after = await getRelation(trx, id);
    await audit(trx, actor, { action: 'update', entityType: 'relation', entityId: id, before, after, at: now });
    await announce(trx, [{ kind: 'relation', accountId: before.accountId, personId: before.personId }], now);
    return after;
  });
}

export async function deleteRelation(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getRelation(trx, id);
    checkVersion('relation', id, before.version, expected);
    const deleted = await trx
      .deleteFrom('account_people')
      .where('account_id', '=', before.accountId)
      .where('person_id', '=', before.personId)
      .where('version', '=', before.version)
      .executeTakeFirst();
    await ensureWritten(trx, 'account_people', 'relation', id, deleted.numDeletedRows);
    await audit(trx, actor, { action: 'delete', entityType: 'relation', entityId: id, before, at: now });
    await announce(trx, [{ kind: 'relation', accountId: before.accountId, personId: before.personId }], now);
  });
}

export interface RelationQuery extends PageRequest {
  accountId?: string | undefined;
  personId?: string | undefined;
  active?: boolean | undefined;
  relationType?: RelationType | undefined;
}

export async function listRelations(db: Kysely<DB>, query: RelationQuery, today: string): Promise<Page<Relation>> {
  let qb = db.selectFrom('account_people').selectAll();
  await checkFilterIds(db, 'accounts', 'accountId', query.accountId);
  await checkFilterIds(db, 'people', 'personId', query.personId);
  if (query.accountId) qb = qb.where('account_id', '=', query.accountId);
  if (query.personId) qb = qb.where('person_id', '=', query.personId);
  if (query.relationType) qb = qb.where('relation_type', '=', query.relationType);
  if (query.active === true) qb = qb.where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', today)]));
  if (query.active === false) qb = qb.where('ended_on', '<=', today);
  if (query.cursor) qb = qb.where(afterCursor('id', 'id', false, decodeCursor(query.cursor, 'id')));
  const rows = await qb.orderBy('id').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.id, relationFromRow);
}
