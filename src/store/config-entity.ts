/**
 * What the configuration repositories (roles, personas, roles templates, stage models, weighting
 * models, account lists, solution interests, activity types) share, written once:
 *
 * - every write is one transaction holding the configuration lock (`configWrite`), so their
 *   read-then-write rules (unique names, limits, references) are exact on both engines;
 * - a write reads the row first (a missing row is a 404) and checks the If-Match version right
 *   after (428 / 412, `store/concurrency.ts checkVersion`) before any other rule (`readForWrite`);
 *   an update bumps the version (`bump`);
 * - names are unique after normalisation (case, accents, spaces: `domain/text.ts normText`,
 *   stored as `name_norm`): `checkNameFree`, `checkRename`;
 * - Draft → Live (`publishConfig`: validation, then frozen: `refuseLive`) and duplicate as a Draft
 *   named "<name> (copy)" / "(copy 2)" … that is free (`duplicateConfig`, `freeCopyName`);
 * - the audit entry of each change, with the entity type of its kind (`auditConfig`).
 *
 * Each repository keeps what is its own: its columns, its validation, its "in use" rules.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { newId, type EntityKind, QuorumError, normText, copyName } from '../domain/index.ts';
import { audit, type Actor } from './audit.ts';
import { checkVersion, lockConfiguration, type ExpectedVersion } from './concurrency.ts';

/** Configuration tables whose rows have a unique normalised name (`name_norm`). */
export type NamedConfigTable = 'roles' | 'personas' | 'roles_templates' | 'stage_models' | 'weighting_models' | 'account_lists' | 'solution_interests' | 'journeys';

/** Configuration tables whose rows are Draft or Live. */
export type PublishableConfigTable = 'roles_templates' | 'stage_models';

export interface ConfigKind<T extends string = string> {
  table: T;
  /** How messages name one: "roles template". */
  what: string;
  /** "a" or "an", before `what` in messages. */
  article: 'a' | 'an';
  /** The audit log's entity type. */
  entityType: string;
  /** The kind of its ids. */
  idKind: EntityKind;
}

export const CONFIG_KINDS = {
  role: { table: 'roles', what: 'role', article: 'a', entityType: 'role', idKind: 'role' },
  persona: { table: 'personas', what: 'persona', article: 'a', entityType: 'persona', idKind: 'persona' },
  rolesTemplate: { table: 'roles_templates', what: 'roles template', article: 'a', entityType: 'roles_template', idKind: 'rolesTemplate' },
  stageModel: { table: 'stage_models', what: 'stage model', article: 'a', entityType: 'stage_model', idKind: 'stageModel' },
  weightingModel: { table: 'weighting_models', what: 'weighting model', article: 'a', entityType: 'weighting_model', idKind: 'weightingModel' },
  accountList: { table: 'account_lists', what: 'account list', article: 'an', entityType: 'account_list', idKind: 'accountList' },
  solutionInterest: { table: 'solution_interests', what: 'solution interest', article: 'a', entityType: 'solution_interest', idKind: 'solutionInterest' },
  journey: { table: 'journeys', what: 'journey', article: 'a', entityType: 'journey', idKind: 'journey' },
} as const satisfies Record<string, ConfigKind<NamedConfigTable>>;

export type NamedConfigKind = ConfigKind<NamedConfigTable>;
export type PublishableConfigKind = ConfigKind<PublishableConfigTable>;

interface Versioned {
  version: number;
}

interface Publishable extends Versioned {
  name: string;
  status: 'draft' | 'live';
}

/** Reads one entity by id, throwing not_found (404) when there is none. */
export type Getter<E> = (db: Kysely<DB>, id: string) => Promise<E>;

/** Runs `fn` as a configuration write: one transaction that first takes the configuration lock. */
export function configWrite<R>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<R>): Promise<R> {
  return db.transaction().execute(async (trx) => {
    await lockConfiguration(trx);
    return fn(trx);
  });
}

/** The row as it is before the write (404 when missing), then the If-Match check (428, 412). */
export async function readForWrite<E extends Versioned>(trx: Kysely<DB>, kind: Pick<ConfigKind, 'what'>, get: Getter<E>, id: string, expected: ExpectedVersion): Promise<E> {
  const before = await get(trx, id);
  checkVersion(kind.what, id, before.version, expected);
  return before;
}

/** The columns every update sets: the time and the next version. */
export function bump(before: Versioned, now: number): { updated_at: number; version: number } {
  return { updated_at: now, version: before.version + 1 };
}

/** Appends the audit entry of a change to an entity of this kind. */
export async function auditConfig(
  trx: Kysely<DB>,
  actor: Actor,
  kind: Pick<ConfigKind, 'entityType'>,
  action: string,
  entityId: string,
  change: { before?: unknown; after?: unknown },
  now: number,
): Promise<void> {
  await audit(trx, actor, { action, entityType: kind.entityType, entityId, ...change, at: now });
}

/**
 * Names are unique after normalisation (case, accents, surrounding and repeated spaces): 409
 * duplicate at /name naming the entity that holds it. `exceptId` is the entity being renamed.
 */
export async function checkNameFree(db: Kysely<DB>, kind: NamedConfigKind, name: string, exceptId: string | null): Promise<void> {
  const clash = await db.selectFrom(kind.table).select(['id', 'name']).where('name_norm', '=', normText(name)).executeTakeFirst();
  if (clash && clash.id !== exceptId) throw QuorumError.field('duplicate', '/name', `${kind.article} ${kind.what} named "${clash.name}" already exists (${clash.id})`);
}

/** On update: checks the new name only when it changed. */
export async function checkRename(db: Kysely<DB>, kind: NamedConfigKind, before: { id: string; name: string }, name: string): Promise<void> {
  if (name !== before.name) await checkNameFree(db, kind, name, before.id);
}

/** The first free "<name> (copy)", "<name> (copy 2)", … among the kind's names (normalised). */
export async function freeCopyName(db: Kysely<DB>, kind: NamedConfigKind, name: string): Promise<string> {
  const taken = new Set((await db.selectFrom(kind.table).select('name_norm').execute()).map((r) => r.name_norm));
  return copyName(name, (c) => taken.has(normText(c)));
}

/** Live entities are frozen: 409 immutable at /status. `what` completes "cannot be …". */
export function refuseLive(kind: Pick<ConfigKind, 'what'>, entity: { name: string; status: 'draft' | 'live' }, what: string): void {
  if (entity.status === 'live') {
    throw QuorumError.field('immutable', '/status', `${kind.what} "${entity.name}" is Live and cannot be ${what}; duplicate it to make a new draft`);
  }
}

/**
 * Draft → Live: the If-Match check, refused when already Live, then `problems` (the kind's own
 * validation: an error to throw, or null), then status, publication time and version are written
 * and audited as "publish". A Live entity is frozen from then on (`refuseLive`).
 */
export async function publishConfig<E extends Publishable>(
  db: Kysely<DB>,
  actor: Actor,
  kind: PublishableConfigKind,
  get: Getter<E>,
  id: string,
  now: number,
  expected: ExpectedVersion,
  problems: (before: E) => QuorumError | null,
): Promise<E> {
  return configWrite(db, async (trx) => {
    const before = await readForWrite(trx, kind, get, id, expected);
    if (before.status === 'live') throw QuorumError.field('invalid_state', '/status', `${kind.what} "${before.name}" is already Live`);
    const refusal = problems(before);
    if (refusal) throw refusal;
    await trx.updateTable(kind.table).set({ status: 'live', published_at: now, ...bump(before, now) }).where('id', '=', id).execute();
    const after = await get(trx, id);
    await auditConfig(trx, actor, kind, 'publish', id, { before, after }, now);
    return after;
  });
}

/**
 * A new Draft copied from `id` under the first free copy name: `insert` writes the copy's rows
 * (its own columns) with the id and name given; audited as "duplicate" with `duplicatedFrom`.
 */
export async function duplicateConfig<E extends { name: string }>(
  db: Kysely<DB>,
  actor: Actor,
  kind: NamedConfigKind,
  get: Getter<E>,
  id: string,
  now: number,
  insert: (trx: Kysely<DB>, source: E, copy: { id: string; name: string }) => Promise<void>,
): Promise<E> {
  return configWrite(db, async (trx) => {
    const source = await get(trx, id);
    const name = await freeCopyName(trx, kind, source.name);
    const copyId = newId(kind.idKind, now);
    await insert(trx, source, { id: copyId, name });
    const copy = await get(trx, copyId);
    await auditConfig(trx, actor, kind, 'duplicate', copyId, { before: { duplicatedFrom: id }, after: copy }, now);
    return copy;
  });
}

/**
 * A new entity: `insert` runs the kind's checks and writes its rows under a fresh id; the entity
 * as stored is audited as "create" and returned.
 */
export async function createConfig<E>(db: Kysely<DB>, actor: Actor, kind: NamedConfigKind, get: Getter<E>, now: number, insert: (trx: Kysely<DB>, id: string) => Promise<void>): Promise<E> {
  return configWrite(db, async (trx) => {
    const id = newId(kind.idKind, now);
    await insert(trx, id);
    const created = await get(trx, id);
    await auditConfig(trx, actor, kind, 'create', id, { after: created }, now);
    return created;
  });
}

/**
 * An update: read, If-Match check, then `apply` (the kind's rules and its UPDATE, which sets
 * `bump(before, now)`); the entity before and after is audited as "update".
 */
export async function updateConfig<E extends Versioned>(
  db: Kysely<DB>,
  actor: Actor,
  kind: NamedConfigKind,
  get: Getter<E>,
  id: string,
  now: number,
  expected: ExpectedVersion,
  apply: (trx: Kysely<DB>, before: E) => Promise<void>,
): Promise<{ before: E; after: E }> {
  return configWrite(db, async (trx) => {
    const before = await readForWrite(trx, kind, get, id, expected);
    await apply(trx, before);
    const after = await get(trx, id);
    await auditConfig(trx, actor, kind, 'update', id, { before, after }, now);
    return { before, after };
  });
}

/**
 * A deletion: read, If-Match check, then `refuse` (the kind's "in use" rules, and whatever must
 * go with the row), then the row goes and the deletion is audited.
 */
export async function deleteConfig<E extends Versioned>(
  db: Kysely<DB>,
  actor: Actor,
  kind: NamedConfigKind,
  get: Getter<E>,
  id: string,
  now: number,
  expected: ExpectedVersion,
  refuse: (trx: Kysely<DB>, before: E) => Promise<void>,
): Promise<void> {
  await configWrite(db, async (trx) => {
    const before = await readForWrite(trx, kind, get, id, expected);
    await refuse(trx, before);
    await trx.deleteFrom(kind.table).where('id', '=', id).execute();
    await auditConfig(trx, actor, kind, 'delete', id, { before }, now);
  });
}
