/**
 * Destinations (a LinkedIn ad account with its sealed OAuth credentials), activations (a saved
 * buying-group filter → a company and/or contact list), their sync history and the synced
 * membership. Credentials are sealed with the caller's SecretBox (context `destination:<id>`)
 * and only opened by the sync (engine/linkedin/); nothing here returns them to a reader.
 * The sync's own logic is the engine's; this file holds the rows.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ActivationSyncsTable, ActivationsTable, DB, DestinationsTable } from './schema.ts';
import { QuorumError, newId, notFound } from '../domain/index.ts';
import { audit, type Actor } from './audit.ts';
import { checkVersion, type ExpectedVersion } from './concurrency.ts';
import { parseJson, toJson } from './db.ts';
import { buyingGroupFilters, type BuyingGroupQuery } from './buying-groups.ts';
import type { SecretBox } from './secrets.ts';

export type DestinationState = DestinationsTable['state'];
export type ActivationFilter = Omit<BuyingGroupQuery, 'limit' | 'cursor'>;

export interface Destination {
  id: string;
  name: string;
  kind: 'linkedin';
  adAccountId: string;
  state: DestinationState;
  stateMessage: string | null;
  accessExpiresAt: number | null;
  refreshExpiresAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

export interface Credentials {
  accessToken: string;
  refreshToken: string | null;
  accessExpiresAt: number;
  refreshExpiresAt: number | null;
}

export interface ActivationFields {
  destinationId: string;
  name: string;
  filter: ActivationFilter;
  companyList: boolean;
  contactList: boolean;
  /** Contact list: only members holding one of these roles (empty: every member). */
  roleIds: string[];
  /** Scheduled re-sync every this many ms (null: on demand only). */
  syncIntervalMs: number | null;
}

export interface Activation extends ActivationFields {
  id: string;
  companySegmentId: string | null;
  contactSegmentId: string | null;
  companyStatus: string | null;
  contactStatus: string | null;
  companyAudienceSize: number | null;
  contactAudienceSize: number | null;
  nextSyncAt: number | null;
  lastSyncAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

export type SyncStatus = ActivationSyncsTable['status'];
export type SyncTrigger = ActivationSyncsTable['trigger'];

export interface SyncCounts {
  companiesAdded: number;
  companiesRemoved: number;
  contactsAdded: number;
  contactsRemoved: number;
  skipped: number;
  errors: number;
  retries: number;
}

export interface ActivationSync extends SyncCounts {
  id: string;
  activationId: string;
  trigger: SyncTrigger;
  status: SyncStatus;
  startedAt: number;
  finishedAt: number | null;
  message: string | null;
  warnings: string[];
  errorSamples: string[];
}

export type ListName = 'companies' | 'contacts';

const sealContext = (id: string) => `destination:${id}`;
const n = (v: number | string | bigint | null): number | null => (v === null ? null : Number(v));

function destinationOf(r: Selectable<DestinationsTable>): Destination {
  return {
    id: r.id,
    name: r.name,
    kind: 'linkedin',
    adAccountId: r.ad_account_id,
    state: r.state,
    stateMessage: r.state_message,
    accessExpiresAt: n(r.access_expires_at),
    refreshExpiresAt: n(r.refresh_expires_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    version: r.version,
  };
}

function activationOf(r: Selectable<ActivationsTable>): Activation {
  return {
    id: r.id,
    destinationId: r.destination_id,
    name: r.name,
    filter: parseJson<ActivationFilter>(r.filter),
    companyList: r.company_list === 1,
    contactList: r.contact_list === 1,
    roleIds: parseJson<string[]>(r.role_ids),
    syncIntervalMs: n(r.sync_interval_ms),
    companySegmentId: r.company_segment_id,
    contactSegmentId: r.contact_segment_id,
    companyStatus: r.company_status,
    contactStatus: r.contact_status,
    companyAudienceSize: n(r.company_audience_size),
    contactAudienceSize: n(r.contact_audience_size),
    nextSyncAt: n(r.next_sync_at),
    lastSyncAt: n(r.last_sync_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    version: r.version,
  };
}

function syncOf(r: Selectable<ActivationSyncsTable>): ActivationSync {
  return {
    id: r.id,
    activationId: r.activation_id,
    trigger: r.trigger,
    status: r.status,
    startedAt: Number(r.started_at),
    finishedAt: n(r.finished_at),
    companiesAdded: r.companies_added,
    companiesRemoved: r.companies_removed,
    contactsAdded: r.contacts_added,
    contactsRemoved: r.contacts_removed,
    skipped: r.skipped,
    errors: r.errors,
    retries: r.retries,
    message: r.message,
    warnings: parseJson<string[]>(r.warnings),
    errorSamples: parseJson<string[]>(r.error_samples),
  };
}

// ---- destinations ----

export async function listDestinations(db: Kysely<DB>): Promise<Destination[]> {
  return (await db.selectFrom('destinations').selectAll().orderBy('created_at').orderBy('id').execute()).map(destinationOf);
}

export async function getDestination(db: Kysely<DB>, id: string): Promise<Destination> {
  const r = await db.selectFrom('destinations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('destination', id);
  return destinationOf(r);
}

function checkAdAccount(id: string): void {
  if (!/^\d{1,20}$/.test(id)) throw QuorumError.field('validation_failed', '/adAccountId', 'must be the numeric LinkedIn ad account id (the 123456 of urn:li:sponsoredAccount:123456)');
}

export async function createDestination(db: Kysely<DB>, actor: Actor, fields: { name: string; adAccountId: string }, now: number): Promise<Destination> {
  checkAdAccount(fields.adAccountId);
  return db.transaction().execute(async (trx) => {
    const id = newId('destination', now);
    await trx
      .insertInto('destinations')
      .values({ id, name: fields.name, kind: 'linkedin', ad_account_id: fields.adAccountId, state: 'not_connected', state_message: 'no OAuth credentials yet: connect the destination', credentials_sealed: null, access_expires_at: null, refresh_expires_at: null, created_at: now, updated_at: now })
      .execute();
    const created = await getDestination(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'destination', entityId: id, after: created, at: now });
    return created;
  });
}

export async function updateDestination(db: Kysely<DB>, actor: Actor, id: string, patch: { name?: string | undefined; adAccountId?: string | undefined }, now: number, expected?: ExpectedVersion): Promise<Destination> {
  if (patch.adAccountId !== undefined) checkAdAccount(patch.adAccountId);
  return db.transaction().execute(async (trx) => {
    const before = await getDestination(trx, id);
    checkVersion('destination', id, before.version, expected);
    await trx
      .updateTable('destinations')
      .set({ ...(patch.name !== undefined ? { name: patch.name } : {}), ...(patch.adAccountId !== undefined ? { ad_account_id: patch.adAccountId } : {}), updated_at: now, version: before.version + 1 })
      .where('id', '=', id)
      .execute();
    const after = await getDestination(trx, id);
    await audit(trx, actor, { action: 'update', entityType: 'destination', entityId: id, before, after, at: now });
    return after;
  });
}

export async function deleteDestination(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getDestination(trx, id);
    checkVersion('destination', id, before.version, expected);
    const used = await trx.selectFrom('activations').select('id').where('destination_id', '=', id).executeTakeFirst();
    if (used) throw QuorumError.field('in_use', '/id', `destination ${id} still has activations (e.g. ${used.id}); delete them first`);
    await trx.deleteFrom('destinations').where('id', '=', id).execute();
    await audit(trx, actor, { action: 'delete', entityType: 'destination', entityId: id, before, at: now });
  });
}

/** Stores (sealed) the tokens of a consent and marks the destination connected. */
export async function connectDestination(db: Kysely<DB>, box: SecretBox, actor: Actor | null, id: string, c: Credentials, now: number): Promise<Destination> {
  return db.transaction().execute(async (trx) => {
    const before = await getDestination(trx, id);
    await trx
      .updateTable('destinations')
      .set({
        credentials_sealed: box.seal(toJson({ accessToken: c.accessToken, refreshToken: c.refreshToken }), sealContext(id)),
        access_expires_at: c.accessExpiresAt,
        refresh_expires_at: c.refreshExpiresAt,
        state: 'connected',
        state_message: null,
        updated_at: now,
        version: before.version + 1,
      })
      .where('id', '=', id)
      .execute();
    const after = await getDestination(trx, id);
    if (actor) await audit(trx, actor, { action: 'update', entityType: 'destination', entityId: id, before, after, at: now });
    return after;
  });
}

/** The opened credentials (the sync's only way to them), or null when none are stored. */
export async function destinationCredentials(db: Kysely<DB>, box: SecretBox, id: string): Promise<Credentials | null> {
  const r = await db.selectFrom('destinations').select(['credentials_sealed', 'access_expires_at', 'refresh_expires_at']).where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('destination', id);
  if (!r.credentials_sealed) return null;
  const t = parseJson<{ accessToken: string; refreshToken: string | null }>(box.open(r.credentials_sealed, sealContext(id)));
  return { accessToken: t.accessToken, refreshToken: t.refreshToken, accessExpiresAt: Number(r.access_expires_at ?? 0), refreshExpiresAt: n(r.refresh_expires_at) };
}

export async function setDestinationState(db: Kysely<DB>, id: string, state: DestinationState, message: string | null, now: number): Promise<void> {
  await db.updateTable('destinations').set({ state, state_message: message, updated_at: now }).where('id', '=', id).execute();
}

// ---- activations ----

/** Checks a filter as GET /buying-groups would (unknown ids and names are 400s), with the fields under /filter. */
async function checkFilter(db: Kysely<DB>, filter: ActivationFilter, now: number): Promise<void> {
  try {
    await buyingGroupFilters(db, { ...filter, limit: 1 }, now);
  } catch (err) {
    if (err instanceof QuorumError) throw new QuorumError(err.code, err.message, err.errors.map((e) => ({ ...e, field: `/filter${e.field}` })));
    throw err;
  }
}

async function checkActivation(db: Kysely<DB>, f: ActivationFields, now: number): Promise<void> {
  await getDestination(db, f.destinationId).catch((err: unknown) => {
    throw err instanceof QuorumError && err.code === 'not_found' ? QuorumError.field('validation_failed', '/destinationId', `destination ${f.destinationId} does not exist`) : err;
  });
  if (!f.companyList && !f.contactList) throw QuorumError.field('validation_failed', '/contactList', 'an activation needs a company list, a contact list or both (companyList / contactList)');
  if (f.roleIds.length) {
    const found = new Set((await db.selectFrom('roles').select('id').where('id', 'in', f.roleIds).execute()).map((r) => r.id));
    const i = f.roleIds.findIndex((r) => !found.has(r));
    if (i >= 0) throw QuorumError.field('validation_failed', `/roleIds/${i}`, `role ${f.roleIds[i]} does not exist`);
  }
  await checkFilter(db, f.filter, now);
}

export async function listActivations(db: Kysely<DB>, destinationId?: string): Promise<Activation[]> {
  let q = db.selectFrom('activations').selectAll();
  if (destinationId) q = q.where('destination_id', '=', destinationId);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(activationOf);
}

export async function getActivation(db: Kysely<DB>, id: string): Promise<Activation> {
  const r = await db.selectFrom('activations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('activation', id);
  return activationOf(r);
}

export async function createActivation(db: Kysely<DB>, actor: Actor, f: ActivationFields, now: number): Promise<Activation> {
  return db.transaction().execute(async (trx) => {
    await checkActivation(trx, f, now);
    const id = newId('activation', now);
    await trx
      .insertInto('activations')
      .values({
        id,
        destination_id: f.destinationId,
        name: f.name,
        filter: toJson(f.filter),
        company_list: f.companyList ? 1 : 0,
        contact_list: f.contactList ? 1 : 0,
        role_ids: toJson(f.roleIds),
        company_segment_id: null,
        contact_segment_id: null,
        company_status: null,
        contact_status: null,
        company_audience_size: null,
        contact_audience_size: null,
        sync_interval_ms: f.syncIntervalMs,
        // A scheduled activation syncs at the scheduler's next round.
        next_sync_at: f.syncIntervalMs === null ? null : now,
        last_sync_at: null,
        sync_lease_until: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const created = await getActivation(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'activation', entityId: id, after: created, at: now });
    return created;
  });
}

/** Filters, lists and roles stay editable: the next sync applies them (a list switched off is emptied by it). */
export async function updateActivation(db: Kysely<DB>, actor: Actor, id: string, patch: Partial<Omit<ActivationFields, 'destinationId'>>, now: number, expected?: ExpectedVersion): Promise<Activation> {
  return db.transaction().execute(async (trx) => {
    const before = await getActivation(trx, id);
    checkVersion('activation', id, before.version, expected);
    const merged: ActivationFields = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    await checkActivation(trx, merged, now);
    await trx
      .updateTable('activations')
      .set({
        name: merged.name,
        filter: toJson(merged.filter),
        company_list: merged.companyList ? 1 : 0,
        contact_list: merged.contactList ? 1 : 0,
        role_ids: toJson(merged.roleIds),
        sync_interval_ms: merged.syncIntervalMs,
        next_sync_at: merged.syncIntervalMs === null ? null : (before.nextSyncAt ?? now),
        updated_at: now,
        version: before.version + 1,
      })
      .where('id', '=', id)
      .execute();
    const after = await getActivation(trx, id);
    await audit(trx, actor, { action: 'update', entityType: 'activation', entityId: id, before, after, at: now });
    return after;
  });
}

export async function deleteActivation(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getActivation(trx, id);
    checkVersion('activation', id, before.version, expected);
    await trx.deleteFrom('activation_members').where('activation_id', '=', id).execute();
    await trx.deleteFrom('activation_syncs').where('activation_id', '=', id).execute();
    await trx.deleteFrom('activations').where('id', '=', id).execute();
    await audit(trx, actor, { action: 'delete', entityType: 'activation', entityId: id, before, at: now });
  });
}

export async function setSegment(db: Kysely<DB>, id: string, list: ListName, segmentId: string | null, now: number): Promise<void> {
  await db
    .updateTable('activations')
    .set(list === 'companies' ? { company_segment_id: segmentId, company_status: null, company_audience_size: null, updated_at: now } : { contact_segment_id: segmentId, contact_status: null, contact_audience_size: null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function setSegmentStatus(db: Kysely<DB>, id: string, list: ListName, status: string | null, audienceSize: number | null): Promise<void> {
  await db
    .updateTable('activations')
    .set(list === 'companies' ? { company_status: status, company_audience_size: audienceSize } : { contact_status: status, contact_audience_size: audienceSize })
    .where('id', '=', id)
    .execute();
}

/**
 * Claims an activation for one sync: a lease row update that succeeds for one caller only (on
 * both engines: a conditional UPDATE), so an on-demand sync and the scheduler never run the
 * same activation at once. False when another sync holds it.
 */
export async function claimActivation(db: Kysely<DB>, id: string, now: number, leaseMs: number): Promise<boolean> {
  const res = await db
    .updateTable('activations')
    .set({ sync_lease_until: now + leaseMs })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('sync_lease_until', 'is', null), eb('sync_lease_until', '<', now)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function releaseActivation(db: Kysely<DB>, id: string, now: number): Promise<void> {
  const a = await getActivation(db, id);
  await db
    .updateTable('activations')
    .set({ sync_lease_until: null, last_sync_at: now, next_sync_at: a.syncIntervalMs === null ? null : now + a.syncIntervalMs })
    .where('id', '=', id)
    .execute();
}

/** Scheduled activations whose next sync is due. */
export async function dueActivations(db: Kysely<DB>, now: number, limit = 100): Promise<string[]> {
  return (await db.selectFrom('activations').select('id').where('next_sync_at', 'is not', null).where('next_sync_at', '<=', now).orderBy('next_sync_at').limit(limit).execute()).map((r) => r.id);
}

// ---- sync runs ----

export async function startSync(db: Kysely<DB>, activationId: string, trigger: SyncTrigger, now: number): Promise<string> {
  const id = newId('activationSync', now);
  await db.insertInto('activation_syncs').values({ id, activation_id: activationId, trigger, status: 'running', started_at: now, finished_at: null, message: null, warnings: '[]', error_samples: '[]' }).execute();
  return id;
}

export async function finishSync(db: Kysely<DB>, id: string, r: SyncCounts & { status: Exclude<SyncStatus, 'running'>; message: string | null; warnings: string[]; errorSamples: string[] }, now: number): Promise<void> {
  await db
    .updateTable('activation_syncs')
    .set({
      status: r.status,
      finished_at: now,
      companies_added: r.companiesAdded,
      companies_removed: r.companiesRemoved,
      contacts_added: r.contactsAdded,
      contacts_removed: r.contactsRemoved,
      skipped: r.skipped,
      errors: r.errors,
      retries: r.retries,
      message: r.message,
      warnings: toJson(r.warnings),
      error_samples: toJson(r.errorSamples.slice(0, 20)),
    })
    .where('id', '=', id)
    .execute();
}

export async function getSync(db: Kysely<DB>, id: string): Promise<ActivationSync> {
  const r = await db.selectFrom('activation_syncs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('activation sync', id);
  return syncOf(r);
}

/** The history, newest first. */
export async function listSyncs(db: Kysely<DB>, activationId: string, limit = 100): Promise<ActivationSync[]> {
  return (await db.selectFrom('activation_syncs').selectAll().where('activation_id', '=', activationId).orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(syncOf);
}

// ---- synced membership ----

export async function syncedMembers(db: Kysely<DB>, activationId: string, list: ListName): Promise<Map<string, string>> {
  const rows = await db.selectFrom('activation_members').select(['key', 'ident']).where('activation_id', '=', activationId).where('list', '=', list).execute();
  return new Map(rows.map((r) => [r.key, r.ident]));
}

/** Records what LinkedIn accepted: added keys (with the identifier sent) and removed ones, in one transaction. */
export async function recordSynced(db: Kysely<DB>, activationId: string, list: ListName, added: readonly { key: string; ident: string }[], removed: readonly string[], now: number): Promise<void> {
  if (added.length === 0 && removed.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < removed.length; i += 500) {
      await trx.deleteFrom('activation_members').where('activation_id', '=', activationId).where('list', '=', list).where('key', 'in', removed.slice(i, i + 500)).execute();
    }
    for (let i = 0; i < added.length; i += 500) {
      await trx
        .insertInto('activation_members')
        .values(added.slice(i, i + 500).map((a) => ({ activation_id: activationId, list, key: a.key, ident: a.ident, synced_at: now })))
        .onConflict((oc) => oc.columns(['activation_id', 'list', 'key']).doUpdateSet((eb) => ({ ident: eb.ref('excluded.ident'), synced_at: eb.ref('excluded.synced_at') })))
        .execute();
    }
  });
}
