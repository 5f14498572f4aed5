/**
 * The activity type registry: the SPEC §2 defaults (in code) plus custom types created
 * explicitly. Ingestion refuses an activity of an unknown type (a typo such as `event_atended`
 * would otherwise count nowhere, silently), weighting models weigh known types only, and
 * `activity` conditions count known types only. A custom type weighs 0 until a weighting model
 * gives it a weight.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ActivityTypesTable, DB } from './schema.ts';
import {
  QuorumError,
  notFound,
  ACTIVITY_TYPES,
  ACTIVITY_TYPE_PATTERN,
  MAX_CUSTOM_ACTIVITY_TYPES,
  activityTypeLabel,
} from '../domain/index.ts';
import type { Actor } from './audit.ts';
import { checkVersion, type ExpectedVersion } from './concurrency.ts';
import { auditConfig, bump, configWrite } from './config-entity.ts';
import { parseJson } from './db.ts';
import { describeReferrers, findReferrers } from './references.ts';

// The look-ups that references.ts needs live in their own file (no activity-types ↔ references cycle).
export { knownActivityTypes, unknownActivityTypeMessage } from './known-activity-types.ts';

export interface ActivityTypeFields {
  key: string;
  label: string;
  description: string | null;
}

export interface ActivityType extends ActivityTypeFields {
  isDefault: boolean;
  /** null for the defaults (they are part of Quorum, not created). */
  createdAt: number | null;
  updatedAt: number | null;
  /** The ETag; the defaults never change (always 1). */
  version: number;
}

const DEFAULTS: readonly ActivityType[] = ACTIVITY_TYPES.map((key) => ({ key, label: activityTypeLabel(key), description: null, isDefault: true, createdAt: null, updatedAt: null, version: 1 }));
const DEFAULT_KEYS: ReadonlySet<string> = new Set(ACTIVITY_TYPES);
/** Keyed by `key` (no name to keep unique, no Draft/Live): only the lock and the audit are shared. */
const KIND = { what: 'activity type', entityType: 'activity_type' } as const;

function fromRow(r: Selectable<ActivityTypesTable>): ActivityType {
  return { key: r.key, label: r.label, description: r.description, isDefault: false, createdAt: r.created_at, updatedAt: r.updated_at, version: r.version };
}

/** Every known type: the defaults in SPEC order, then the custom ones by key. */
export async function listActivityTypes(db: Kysely<DB>): Promise<ActivityType[]> {
  const rows = await db.selectFrom('activity_types').selectAll().orderBy('key').execute();
  return [...DEFAULTS, ...rows.map(fromRow)];
}

export async function getActivityType(db: Kysely<DB>, key: string): Promise<ActivityType> {
  const fixed = DEFAULTS.find((d) => d.key === key);
  if (fixed) return fixed;
  const row = await db.selectFrom('activity_types').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) throw notFound('activity type', key);
  return fromRow(row);
}

export async function createActivityType(db: Kysely<DB>, actor: Actor, fields: ActivityTypeFields, now: number): Promise<ActivityType> {
  if (!ACTIVITY_TYPE_PATTERN.test(fields.key)) {
    throw QuorumError.field('validation_failed', '/key', 'activity type keys use lower-case letters, digits and _ (starting with a letter), at most 64 characters');
  }
  if (DEFAULT_KEYS.has(fields.key)) throw QuorumError.field('duplicate', '/key', `"${fields.key}" is a default activity type`);
  return configWrite(db, async (trx) => {
    if (await trx.selectFrom('activity_types').select('key').where('key', '=', fields.key).executeTakeFirst()) {
      throw QuorumError.field('duplicate', '/key', `the activity type "${fields.key}" already exists`);
    }
    const { n } = await trx.selectFrom('activity_types').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) >= MAX_CUSTOM_ACTIVITY_TYPES) {
      throw QuorumError.field('limit_reached', '/key', `there are already ${MAX_CUSTOM_ACTIVITY_TYPES} custom activity types, the most Quorum holds; delete an unused one first`);
    }
    await trx.insertInto('activity_types').values({ key: fields.key, label: fields.label, description: fields.description, created_at: now, updated_at: now }).execute();
    const type = await getActivityType(trx, fields.key);
    await auditConfig(trx, actor, KIND, 'create', fields.key, { after: type }, now);
    return type;
  });
}

export async function updateActivityType(db: Kysely<DB>, actor: Actor, key: string, patch: Partial<Omit<ActivityTypeFields, 'key'>>, now: number, expected?: ExpectedVersion): Promise<ActivityType> {
  return configWrite(db, async (trx) => {
    const before = await getActivityType(trx, key);
    if (before.isDefault) throw QuorumError.field('immutable', '/key', `"${key}" is a default activity type; default types cannot be changed`);
    checkVersion('activity type', key, before.version, expected);
    await trx
      .updateTable('activity_types')
      .set({ label: patch.label ?? before.label, description: patch.description === undefined ? before.description : patch.description, ...bump(before, now) })
      .where('key', '=', key)
      .execute();
    const after = await getActivityType(trx, key);
    await auditConfig(trx, actor, KIND, 'update', key, { before, after }, now);
    return after;
  });
}

/**
 * Deletes a custom type nobody uses: no activity of that type, no weighting model weighing it and
 * no stored condition counting it (each refusal names the user). Finding "no activity" reads the
 * activities table without an index on the type alone (ingestion is not slowed for a rare admin
 * action): it stops at the first activity of the type.
 */
export async function deleteActivityType(db: Kysely<DB>, actor: Actor, key: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await configWrite(db, async (trx) => {
    const before = await getActivityType(trx, key);
    if (before.isDefault) throw QuorumError.field('immutable', '/key', `"${key}" is a default activity type; default types cannot be deleted`);
    checkVersion('activity type', key, before.version, expected);
    const activity = await trx.selectFrom('activities').select('id').where('type', '=', key).limit(1).executeTakeFirst();
    if (activity) throw QuorumError.field('in_use', '/key', `activities of type "${key}" exist (e.g. ${activity.id}); delete them first`);
    for (const m of await trx.selectFrom('weighting_models').select(['id', 'name', 'weights']).orderBy('name_norm').execute()) {
      if (Object.hasOwn(parseJson<Record<string, unknown>>(m.weights), key)) {
        throw QuorumError.field('in_use', '/key', `weighting model "${m.name}" (${m.id}) weighs "${key}"; remove the weight first`);
      }
    }
    const referrers = await findReferrers(trx, 'activityType', key);
    if (referrers.length) throw QuorumError.field('in_use', '/key', `"${key}" is counted by ${describeReferrers(referrers)}; change those conditions first`);
    await trx.deleteFrom('activity_types').where('key', '=', key).execute();
    await auditConfig(trx, actor, KIND, 'delete', key, { before }, now);
  });
}
