/**
 * What the journey runtime (engine/journeys/) reads and writes beside the definitions
 * (store/journeys.ts) and a batch's steps (store/journey-batch.ts): admission in bulk, claiming due enrollments and pending effects across workers
 * (SKIP LOCKED on PostgreSQL), the move log and current positions behind the per-node counters,
 * and the outbox cursor that wakes listen steps.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { parseJson } from './db.ts';
import { dialectOf } from './dialect.ts';
import { newId } from '../domain/index.ts';
import type { Effect, Enrollment, JourneyDefinition, Move } from '../domain/journeys/index.ts';

const CHUNK = 500;

/** Which parts of an account's facts a definition can look at (people and events are the costly ones). */
export interface JourneyFactsNeeds {
  people: boolean;
  events: boolean;
  activities: boolean;
}

export function journeyFactsNeeds(def: JourneyDefinition): JourneyFactsNeeds {
  const people = def.nodes.some(
    (n) =>
      n.kind === 'peopleSplit' ||
      (n.kind === 'action' && (n.action === 'assignToBuyingGroup' || n.action === 'removeFromBuyingGroup')) ||
      (n.kind === 'accountSplit' && JSON.stringify(n.paths).includes('"people"')),
  );
  const listens = def.nodes.filter((n) => n.kind === 'listen');
  return { people, events: listens.length > 0, activities: listens.some((n) => n.kind === 'listen' && n.event.type === 'personActivity') };
}

// ---- admission ----------------------------------------------------------------------------------

export interface EntryHistory {
  entryNumber: number;
  enteredAt: number;
  endedAt: number | null;
}

/** The previous entries of these accounts in a journey, by account. */
export async function entryHistories(db: Kysely<DB>, journeyId: string, accountIds: readonly string[]): Promise<Map<string, EntryHistory[]>> {
  const out = new Map<string, EntryHistory[]>();
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('journey_enrollments')
      .select(['account_id', 'entry_number', 'entered_at', 'ended_at'])
      .where('journey_id', '=', journeyId)
      .where('account_id', 'in', accountIds.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      const list = out.get(r.account_id) ?? [];
      list.push({ entryNumber: r.entry_number, enteredAt: Number(r.entered_at), endedAt: r.ended_at === null ? null : Number(r.ended_at) });
      out.set(r.account_id, list);
    }
  }
  return out;
}

/** The accounts that have entered a journey at least once (those that never did may enter whatever the re-entry rules). */
export async function enrolledAccounts(db: Kysely<DB>, journeyId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('journey_enrollments').select('account_id').distinct().where('journey_id', '=', journeyId).execute();
  return new Set(rows.map((r) => r.account_id));
}

/**
 * Writes new enrollments (each at its entry node, due now) with their entry move; an entry already
 * there — another worker admitted it first — is skipped by the unique key. Returns how many were new.
 */
export async function admitEnrollments(trx: Kysely<DB>, entries: readonly Enrollment[], entryNodeId: string, now: number): Promise<number> {
  let added = 0;
  for (let i = 0; i < entries.length; i += CHUNK) {
    const part = entries.slice(i, i + CHUNK).map((e) => ({ e, id: newId('journeyEnrollment', now) }));
    const inserted = await trx
      .insertInto('journey_enrollments')
      .values(part.map(({ e, id }) => ({ id, journey_id: e.journeyId, account_id: e.accountId, entry_number: e.entryNumber, status: e.status, state: JSON.stringify(e.tokens), entered_at: e.enteredAt, ended_at: null, wake_at: e.enteredAt, updated_at: now })))
      .onConflict((oc) => oc.columns(['journey_id', 'account_id', 'entry_number']).doNothing())
      .returning('id')
      .execute();
    const ids = new Set(inserted.map((r) => r.id));
    const fresh = part.filter((p) => ids.has(p.id));
    added += fresh.length;
    if (fresh.length) {
      await trx
        .insertInto('journey_moves')
        .values(fresh.map(({ e, id }) => ({ journey_id: e.journeyId, enrollment_id: id, account_id: e.accountId, token_id: 't', from_node: null, to_node: entryNodeId, via: 'enter', detail: String(e.entryNumber), at: e.enteredAt })))
        .execute();
      await trx
        .insertInto('journey_positions')
        .values(fresh.map(({ e, id }) => ({ enrollment_id: id, token_id: 't', journey_id: e.journeyId, account_id: e.accountId, node_id: entryNodeId, state: 'ready', since: e.enteredAt })))
        .execute();
    }
  }
  return added;
}

// ---- steps --------------------------------------------------------------------------------------

/**
 * Claims up to `limit` due enrollments for the rest of the caller's transaction: on PostgreSQL
 * `FOR UPDATE SKIP LOCKED`, so two workers never step the same enrollment at once; on SQLite the
 * write transaction already serialises them.
 */
export async function claimDueEnrollments(trx: Kysely<DB>, now: number, limit: number): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select id from journey_enrollments where status = 'active' and wake_at <= ${now}
    order by wake_at, id limit ${limit}${dialectOf(trx).claimLock()}`.execute(trx);
  return rows.map((r) => r.id);
}

/** Makes an enrollment due at once (an effect it waits for reported back, an event arrived). */
export async function wakeEnrollments(db: Kysely<DB>, ids: readonly string[], now: number): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.updateTable('journey_enrollments').set({ wake_at: now }).where('id', 'in', ids.slice(i, i + CHUNK)).where('status', '=', 'active').execute();
  }
}

/** The active enrollments of these accounts that have a listening token: an event may move them. */
export async function listeningEnrollments(db: Kysely<DB>, accountIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('journey_positions')
      .select('enrollment_id')
      .distinct()
      .where('account_id', 'in', accountIds.slice(i, i + CHUNK))
      .where('state', '=', 'listening')
      .execute();
    out.push(...rows.map((r) => r.enrollment_id));
  }
  return out;
}

// ---- the outbox cursor --------------------------------------------------------------------------

export async function readCursor(db: Kysely<DB>, name: string): Promise<number | null> {
  const r = await db.selectFrom('journey_cursors').select('after_seq').where('name', '=', name).executeTakeFirst();
  return r ? Number(r.after_seq) : null;
}

/** Locks the cursor row for the caller's transaction (SKIP LOCKED: another worker holding it means this round is theirs); null when taken. */
export async function claimCursor(trx: Kysely<DB>, name: string, initial: number, now: number): Promise<number | null> {
  await trx.insertInto('journey_cursors').values({ name, after_seq: initial, updated_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const { rows } = await sql<{ after_seq: number }>`select after_seq from journey_cursors where name = ${name}${dialectOf(trx).claimLock()}`.execute(trx);
  return rows[0] ? Number(rows[0].after_seq) : null;
}

export async function saveCursor(trx: Kysely<DB>, name: string, afterSeq: number, now: number): Promise<void> {
  await trx.updateTable('journey_cursors').set({ after_seq: afterSeq, updated_at: now }).where('name', '=', name).execute();
}

/** The outbox's highest seq (0 when empty): where a new cursor starts. */
export async function outboxHead(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('events').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst();
  return r?.m === null || r?.m === undefined ? 0 : Number(r.m);
}

/** Outbox rows after `afterSeq`: their seq and account. */
export async function outboxAccounts(db: Kysely<DB>, afterSeq: number, limit: number): Promise<{ seq: number; accountId: string }[]> {
  const rows = await db.selectFrom('events').select(['seq', 'account_id']).where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ seq: Number(r.seq), accountId: r.account_id }));
}

// ---- effects ------------------------------------------------------------------------------------

export type EffectStatus = 'pending' | 'done' | 'skipped' | 'failed';

export interface StoredEffect {
  effect: Effect;
  enrollmentId: string;
  status: EffectStatus;
  tries: number;
  result: string | null;
}

/**
 * Claims one pending effect for the caller's transaction whose lease (if any) has run out, oldest
 * first, SKIP LOCKED on PostgreSQL; the lease is set so that, once committed, no other worker takes
 * it until `leaseUntil` (effects sent outside a transaction).
 */
export async function claimEffect(trx: Kysely<DB>, now: number, leaseUntil: number): Promise<StoredEffect | null> {
  const { rows } = await sql<{ key: string }>`
    select key from journey_effects where status = 'pending' and (locked_until is null or locked_until <= ${now})
    order by created_at, key limit 1${dialectOf(trx).claimLock()}`.execute(trx);
  const key = rows[0]?.key;
  if (!key) return null;
  await trx.updateTable('journey_effects').set((eb) => ({ locked_until: leaseUntil, tries: eb('tries', '+', 1) })).where('key', '=', key).execute();
  const r = await trx.selectFrom('journey_effects').select(['payload', 'enrollment_id', 'status', 'tries', 'result']).where('key', '=', key).executeTakeFirstOrThrow();
  return { effect: parseJson<Effect>(r.payload), enrollmentId: r.enrollment_id, status: r.status, tries: Number(r.tries), result: r.result };
}

/** claimEffect for up to `limit` effects at once (one transaction, one lease each). */
export async function claimEffects(trx: Kysely<DB>, now: number, leaseUntil: number, limit: number): Promise<StoredEffect[]> {
  const { rows } = await sql<{ key: string }>`
    select key from journey_effects where status = 'pending' and (locked_until is null or locked_until <= ${now})
    order by created_at, key limit ${limit}${dialectOf(trx).claimLock()}`.execute(trx);
  const keys = rows.map((r) => r.key);
  if (keys.length === 0) return [];
  await trx.updateTable('journey_effects').set((eb) => ({ locked_until: leaseUntil, tries: eb('tries', '+', 1) })).where('key', 'in', keys).execute();
  const stored = await trx.selectFrom('journey_effects').select(['key', 'payload', 'enrollment_id', 'status', 'tries', 'result']).where('key', 'in', keys).execute();
  const byKey = new Map(stored.map((r) => [r.key, { effect: parseJson<Effect>(r.payload), enrollmentId: r.enrollment_id, status: r.status, tries: Number(r.tries), result: r.result }]));
  return keys.map((k) => byKey.get(k)!);
}

/** Extends a lease this worker holds (it still ends at `heldUntil`); false when the effect is no longer ours to perform. */
export async function renewEffectLease(db: Kysely<DB>, key: string, heldUntil: number, until: number): Promise<boolean> {
  const r = await db.updateTable('journey_effects').set({ locked_until: until }).where('key', '=', key).where('status', '=', 'pending').where('locked_until', '=', heldUntil).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records what performing an effect came to; only a still pending one changes (a late second worker changes nothing). */
export async function finishEffect(db: Kysely<DB>, key: string, status: Exclude<EffectStatus, 'pending'>, result: string | null, now: number): Promise<boolean> {
  const r = await db.updateTable('journey_effects').set({ status, result, done_at: now, locked_until: null }).where('key', '=', key).where('status', '=', 'pending').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Records the outcomes of many effects (those still pending): one statement per distinct outcome,
 * and a batch's outcomes are mostly the same few ("the account has no buying group …").
 */
export async function finishEffects(db: Kysely<DB>, outcomes: readonly { key: string; status: Exclude<EffectStatus, 'pending'>; result: string | null }[], now: number): Promise<void> {
  const byOutcome = new Map<string, { status: Exclude<EffectStatus, 'pending'>; result: string | null; keys: string[] }>();
  for (const o of outcomes) {
    const k = JSON.stringify([o.status, o.result]);
    const g = byOutcome.get(k) ?? { status: o.status, result: o.result, keys: [] };
    g.keys.push(o.key);
    byOutcome.set(k, g);
  }
  for (const g of byOutcome.values()) {
    for (let i = 0; i < g.keys.length; i += CHUNK) {
      await db.updateTable('journey_effects').set({ status: g.status, result: g.result, done_at: now, locked_until: null }).where('key', 'in', g.keys.slice(i, i + CHUNK)).where('status', '=', 'pending').execute();
    }
  }
}

/** Buying group ids of these accounts, by `account/solution interest`. */
export async function groupIdsOf(db: Kysely<DB>, accountIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = [...new Set(accountIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const g of await db.selectFrom('buying_groups').select(['id', 'account_id', 'solution_interest_id']).where('account_id', 'in', ids.slice(i, i + CHUNK)).execute()) out.set(`${g.account_id}/${g.solution_interest_id}`, g.id);
  }
  return out;
}

/** Puts an effect back for a later try (a transient failure). */
export async function retryEffectAt(db: Kysely<DB>, key: string, at: number, result: string): Promise<void> {
  await db.updateTable('journey_effects').set({ locked_until: at, result }).where('key', '=', key).where('status', '=', 'pending').execute();
}

export async function getEffect(db: Kysely<DB>, key: string): Promise<StoredEffect | null> {
  const r = await db.selectFrom('journey_effects').select(['payload', 'enrollment_id', 'status', 'tries', 'result']).where('key', '=', key).executeTakeFirst();
  return r ? { effect: parseJson<Effect>(r.payload), enrollmentId: r.enrollment_id, status: r.status, tries: Number(r.tries), result: r.result } : null;
}

// ---- counters -----------------------------------------------------------------------------------

export interface NodeCounters {
  nodeId: string;
  /** Tokens that arrived at the node (an account's entry counts at the entry node). */
  entered: number;
  /** Tokens there now (waiting, listening, awaiting a result, at a merge). */
  waitingHere: number;
  /** Tokens that left it (split bookkeeping not counted twice). */
  passed: number;
}

/** Per-node counters of a journey, for every node of `nodeIds` (in that order). */
export async function journeyCounters(db: Kysely<DB>, journeyId: string, nodeIds: readonly string[]): Promise<NodeCounters[]> {
  const entered = await db
    .selectFrom('journey_moves')
    .select(['to_node', (eb) => eb.fn.countAll<number>().as('n')])
    .where('journey_id', '=', journeyId)
    .where('to_node', 'is not', null)
    .where('via', 'not in', ['split', 'merge'])
    .groupBy('to_node')
    .execute();
  const passed = await db
    .selectFrom('journey_moves')
    .select(['from_node', (eb) => eb.fn.countAll<number>().as('n')])
    .where('journey_id', '=', journeyId)
    .where('from_node', 'is not', null)
    .where('via', 'not in', ['split', 'merge'])
    .groupBy('from_node')
    .execute();
  const here = await db
    .selectFrom('journey_positions')
    .select(['node_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('journey_id', '=', journeyId)
    .groupBy('node_id')
    .execute();
  const e = new Map(entered.map((r) => [r.to_node as string, Number(r.n)]));
  const p = new Map(passed.map((r) => [r.from_node as string, Number(r.n)]));
  const h = new Map(here.map((r) => [r.node_id, Number(r.n)]));
  return nodeIds.map((nodeId) => ({ nodeId, entered: e.get(nodeId) ?? 0, waitingHere: h.get(nodeId) ?? 0, passed: p.get(nodeId) ?? 0 }));
}

export type NodeAccountsFilter = 'entered' | 'waitingHere' | 'passed';

export interface NodeAccount {
  accountId: string;
  accountName: string;
  enrollmentId: string;
  entryNumber: number;
  /** When it arrived at (entered, waitingHere) or left (passed) the node. */
  at: number;
}

/**
 * The accounts behind one node's counter (one row per enrollment), in (account id, entry number)
 * order, keyset-paged by that pair: an account that entered twice may straddle two pages.
 */
export async function nodeAccounts(
  db: Kysely<DB>,
  journeyId: string,
  nodeId: string,
  filter: NodeAccountsFilter,
  limit: number,
  after: { accountId: string; entryNumber: number } | null,
): Promise<NodeAccount[]> {
  const base =
    filter === 'waitingHere'
      ? db
          .selectFrom('journey_positions as x')
          .innerJoin('journey_enrollments as e', 'e.id', 'x.enrollment_id')
          .where('x.journey_id', '=', journeyId)
          .where('x.node_id', '=', nodeId)
          .select(['x.account_id', 'x.enrollment_id', 'e.entry_number', (eb) => eb.fn.min('x.since').as('at')])
      : db
          .selectFrom('journey_moves as x')
          .innerJoin('journey_enrollments as e', 'e.id', 'x.enrollment_id')
          .where('x.journey_id', '=', journeyId)
          .where(filter === 'entered' ? 'x.to_node' : 'x.from_node', '=', nodeId)
          .where('x.via', 'not in', ['split', 'merge'])
          .select(['x.account_id', 'x.enrollment_id', 'e.entry_number', (eb) => eb.fn.min('x.at').as('at')]);
  const rows = await base
    .innerJoin('accounts as a', 'a.id', 'x.account_id')
    .select('a.name')
    .$if(after !== null, (q) => q.where((eb) => eb.or([eb('x.account_id', '>', after!.accountId), eb.and([eb('x.account_id', '=', after!.accountId), eb('e.entry_number', '>', after!.entryNumber)])])))
    .groupBy(['x.account_id', 'x.enrollment_id', 'e.entry_number', 'a.name'])
    .orderBy('x.account_id')
    .orderBy('e.entry_number')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ accountId: r.account_id, accountName: r.name, enrollmentId: r.enrollment_id, entryNumber: r.entry_number, at: Number(r.at) }));
}

/** An account's moves through a journey (its timeline), oldest first. */
export async function accountMoves(db: Kysely<DB>, journeyId: string, accountId: string): Promise<(Move & { enrollmentId: string })[]> {
  const rows = await db.selectFrom('journey_moves').selectAll().where('journey_id', '=', journeyId).where('account_id', '=', accountId).orderBy('seq').execute();
  return rows.map((r) => ({ enrollmentId: r.enrollment_id, tokenId: r.token_id, from: r.from_node ?? '', to: r.to_node, at: Number(r.at), via: r.via as Move['via'], ...(r.detail !== null ? { detail: r.detail } : {}) }));
}

// ---- used by the worker (engine/journeys/worker.ts) ---------------------------------------------

/** Claims one enrollment by id if it is still due (SKIP LOCKED on PostgreSQL): the one-by-one retry of a failed batch. */
export async function claimEnrollment(trx: Kysely<DB>, id: string, now: number): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    select id from journey_enrollments where id = ${id} and status = 'active' and wake_at <= ${now}${dialectOf(trx).claimLock()}`.execute(trx);
  return rows.length === 1;
}

/** Puts off an enrollment whose step failed (a bug or a passing fault), so it does not spin. */
export async function postponeEnrollment(db: Kysely<DB>, id: string, until: number): Promise<void> {
  await db.updateTable('journey_enrollments').set({ wake_at: until }).where('id', '=', id).where('status', '=', 'active').execute();
}

/** Ends an enrollment at once (its account was deleted): no tokens left anywhere. */
export async function endEnrollment(trx: Kysely<DB>, id: string, now: number): Promise<void> {
  await trx.updateTable('journey_enrollments').set({ status: 'completed', ended_at: now, wake_at: null, state: '[]', updated_at: now }).where('id', '=', id).where('status', '=', 'active').execute();
  await trx.deleteFrom('journey_positions').where('enrollment_id', '=', id).execute();
}

/** Locks a pending effect's row for the caller's transaction; false when it is no longer pending (another try finished it). */
export async function lockPendingEffect(trx: Kysely<DB>, key: string): Promise<boolean> {
  return (await lockPendingEffects(trx, [key])).has(key);
}

/** Locks these effects' rows for the caller's transaction; returns the keys still pending (the others another try finished). */
export async function lockPendingEffects(trx: Kysely<DB>, keys: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('journey_effects')
      .select(['key', 'status'])
      .where('key', 'in', keys.slice(i, i + CHUNK))
      .$call((q) => dialectOf(trx).withRowLocks(q, (l) => l.forUpdate()))
      .execute();
    for (const r of rows) if (r.status === 'pending') out.add(r.key);
  }
  return out;
}

/** Which of these accounts are members of a static list now. */
export async function listMembersAmong(db: Kysely<DB>, listId: string, accountIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    const rows = await db.selectFrom('account_list_members').select('account_id').where('list_id', '=', listId).where('account_id', 'in', accountIds.slice(i, i + CHUNK)).execute();
    for (const r of rows) out.add(r.account_id);
  }
  return out;
}

/** Drops every effect lease (SQLite at start: the one process that held them is gone). */
export async function releaseEffectLeases(db: Kysely<DB>): Promise<number> {
  const r = await db.updateTable('journey_effects').set({ locked_until: null }).where('status', '=', 'pending').where('locked_until', 'is not', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Live journeys accepting entries at `now` (started, not past their end date). */
export async function enteringJourneys(db: Kysely<DB>, now: number): Promise<{ id: string; definition: JourneyDefinition }[]> {
  const rows = await db
    .selectFrom('journeys')
    .select(['id', 'definition'])
    .where('status', '=', 'live')
    .where((eb) => eb.or([eb('start_at', 'is', null), eb('start_at', '<=', now)]))
    .where((eb) => eb.or([eb('end_at', 'is', null), eb('end_at', '>', now)]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, definition: parseJson<JourneyDefinition>(r.definition) }));
}


/** Stores what a pending effect has done so far (the parts of a sales alert already sent), keeping its lease. */
export async function saveEffectProgress(db: Kysely<DB>, key: string, result: string): Promise<void> {
  await db.updateTable('journey_effects').set({ result }).where('key', '=', key).where('status', '=', 'pending').execute();
}
