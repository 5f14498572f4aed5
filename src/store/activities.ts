import type { Kysely, Selectable } from 'kysely';
import type { ActivitiesTable, DB } from './schema.ts';
import { newId, QuorumError, notFound, type ErrorDetail, normText, type JsonValue, MAX_FUTURE_SKEW_MS } from '../domain/index.ts';
import { parseJson, toJson } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { afterCursor, decodeCursor, toPage, type Page, type PageRequest } from './pagination.ts';
import { announce } from './changes.ts';
import { holdConfiguration } from './concurrency.ts';
import { knownActivityTypes, unknownActivityTypeMessage } from './known-activity-types.ts';
import { checkFilterIds } from './filter-references.ts';

export interface ActivityInput {
  personId?: string | undefined;
  /** Alternative to personId for ingestion from systems that only know the email. */
  personEmail?: string | undefined;
  accountId?: string | null | undefined;
  type: string;
  occurredAt: number;
  metadata?: Record<string, JsonValue> | undefined;
}

export interface Activity {
  id: string;
  personId: string;
  accountId: string | null;
  type: string;
  occurredAt: number;
  metadata: Record<string, JsonValue>;
  createdAt: number;
}

type Row = Selectable<ActivitiesTable>;

export function activityFromRow(r: Row): Activity {
  return {
    id: r.id,
    personId: r.person_id,
    accountId: r.account_id,
    type: r.type,
    occurredAt: r.occurred_at,
    metadata: parseJson<Record<string, JsonValue>>(r.metadata),
    createdAt: r.created_at,
  };
}

export async function getActivity(db: Kysely<DB>, id: string): Promise<Activity> {
  const row = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('activity', id);
  return activityFromRow(row);
}

const CHUNK = 500;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Ingests activities all-or-nothing: every row is checked first (person and account exist, the
 * type is known — a default or a registered custom type —, time not in the future) and all problems are reported by row index; only a clean batch is written,
 * in one transaction. `pathPrefix` is the JSON pointer of the array in the request (e.g.
 * `/activities`); null when the request is one activity (problems at `/type`, not `/0/type`).
 */
export async function ingestActivities(db: Kysely<DB>, actor: Actor, inputs: ActivityInput[], now: number, pathPrefix: string | null = ''): Promise<Activity[]> {
  return db.transaction().execute(async (trx) => {
    const personIds = [...new Set(inputs.flatMap((a) => (a.personId ? [a.personId] : [])))];
    const emails = [...new Set(inputs.flatMap((a) => (a.personEmail && !a.personId ? [normText(a.personEmail)] : [])))];
    const accountIds = [...new Set(inputs.flatMap((a) => (a.accountId ? [a.accountId] : [])))];
    const knownPeople = new Set<string>();
    const byEmail = new Map<string, string>();
    const knownAccounts = new Set<string>();
    for (const part of chunks(personIds, CHUNK)) {
      for (const r of await trx.selectFrom('people').select('id').where('id', 'in', part).execute()) knownPeople.add(r.id);
    }
    for (const part of chunks(emails, CHUNK)) {
      for (const r of await trx.selectFrom('people').select(['id', 'email_norm']).where('email_norm', 'in', part).execute()) byEmail.set(r.email_norm, r.id);
    }
    for (const part of chunks(accountIds, CHUNK)) {
      for (const r of await trx.selectFrom('accounts').select('id').where('id', 'in', part).execute()) knownAccounts.add(r.id);
    }

    // Shared hold first (before any row lock): a custom type cannot be deleted between this check
    // and the insert (deleting it takes the configuration lock exclusively and checks for activities).
    await holdConfiguration(trx);
    const knownTypes = await knownActivityTypes(trx);

    const errors: ErrorDetail[] = [];
    const rows = inputs.map((a, i) => {
      const at = pathPrefix === null ? '' : `${pathPrefix}/${i}`;
      let personId: string | undefined;
      if (a.personId) {
        if (knownPeople.has(a.personId)) personId = a.personId;
        else errors.push({ field: `${at}/personId`, message: `person ${a.personId} does not exist` });
      } else if (a.personEmail) {
        personId = byEmail.get(normText(a.personEmail));
        if (!personId) errors.push({ field: `${at}/personEmail`, message: `no person has the email ${a.personEmail}` });
      } else {
        errors.push({ field: `${at}/personId`, message: 'give personId or personEmail' });
      }
      if (a.accountId && !knownAccounts.has(a.accountId)) errors.push({ field: `${at}/accountId`, message: `account ${a.accountId} does not exist` });
      const typeProblem = unknownActivityTypeMessage(a.type, knownTypes);
      if (typeProblem) errors.push({ field: `${at}/type`, message: typeProblem });
      if (a.occurredAt > now + MAX_FUTURE_SKEW_MS) errors.push({ field: `${at}/occurredAt`, message: 'is in the future' });
      return {
        id: newId('activity', now),
        person_id: personId ?? '',
        account_id: a.accountId ?? null,
        type: a.type,
        occurred_at: a.occurredAt,
        metadata: toJson(a.metadata ?? {}),
        created_at: now,
      };
    });
    if (errors.length) {
      const shown = errors.slice(0, 100);
      throw new QuorumError(
        'validation_failed',
        `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${new Set(errors.map((e) => e.field.split('/').slice(0, -1).join('/'))).size} row(s); nothing was written` +
          (errors.length > shown.length ? ` (first ${shown.length} listed)` : ''),
        shown,
      );
    }
    for (const part of chunks(rows, CHUNK)) await trx.insertInto('activities').values(part).execute();
    // Engagement of these people and their buying groups follows in this transaction (SPEC §5).
    await announce(trx, [{ kind: 'activities', activities: rows.map((r) => ({ personId: r.person_id, type: r.type, occurredAt: r.occurred_at })) }], now);
    await audit(trx, actor, {
      action: 'ingest',
      entityType: 'activity',
      entityId: rows.length === 1 && rows[0] ? rows[0].id : `${rows.length} activities`,
      after: { count: rows.length, firstId: rows[0]?.id ?? null, lastId: rows[rows.length - 1]?.id ?? null },
      at: now,
    });
    return rows.map(activityFromRow);
  });
}

export async function deleteActivity(db: Kysely<DB>, actor: Actor, id: string, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getActivity(trx, id);
    await trx.deleteFrom('activities').where('id', '=', id).execute();
    await announce(trx, [{ kind: 'activities', activities: [{ personId: before.personId, type: before.type, occurredAt: before.occurredAt }] }], now);
    await audit(trx, actor, { action: 'delete', entityType: 'activity', entityId: id, before, at: now });
  });
}

export interface ActivityQuery extends PageRequest {
  personId?: string | undefined;
  accountId?: string | undefined;
  type?: string | undefined;
  since?: number | undefined;
  until?: number | undefined;
}

/** Newest first. */
export async function listActivities(db: Kysely<DB>, query: ActivityQuery): Promise<Page<Activity>> {
  let qb = db.selectFrom('activities').selectAll();
  await checkFilterIds(db, 'people', 'personId', query.personId);
  await checkFilterIds(db, 'accounts', 'accountId', query.accountId);
  if (query.personId) qb = qb.where('person_id', '=', query.personId);
  if (query.accountId) qb = qb.where('account_id', '=', query.accountId);
  if (query.type) {
    const problem = unknownActivityTypeMessage(query.type, await knownActivityTypes(db));
    if (problem) throw new QuorumError('validation_failed', `Parameter /type: ${problem}`, [{ field: '/type', message: problem }]);
    qb = qb.where('type', '=', query.type);
  }
  if (query.since !== undefined) qb = qb.where('occurred_at', '>=', query.since);
  if (query.until !== undefined) qb = qb.where('occurred_at', '<', query.until);
  if (query.cursor) qb = qb.where(afterCursor('occurred_at', 'id', true, decodeCursor(query.cursor, 'integer')));
  const rows = await qb.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, (r) => r.occurred_at, activityFromRow);
}
