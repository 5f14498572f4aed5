/**
 * The journey runtime's reads and writes for a whole claimed batch of enrollments at once
 * (engine/journeys/step.ts): the enrollments, their accounts' facts, events and HTTP results in a
 * few queries each, and the new states, moves, positions and effects in multi-row statements.
 * A step one at a time cost about ten statements; a batch of 500 costs about fifteen, which is
 * what lets 100,000 accounts through a journey in seconds rather than minutes (docs/benchmarks.md).
 */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { DB } from './schema.ts';
import { parseJson, toJson } from './db.ts';
import { dialectOf } from './dialect.ts';
import { bulkInsert, type BulkValue } from './bulk.ts';
import { loadPersonFacts } from './facts.ts';
import { ENROLLMENT_READ, enrollmentFromRow, type StoredEnrollment } from './journeys.ts';
import type { JsonValue } from '../domain/index.ts';
import { ACCOUNT_FIELDS, type AccountFacts } from '../domain/conditions/index.ts';
import { nextWakeAt, type Effect, type Enrollment, type JourneyEvent, type Move } from '../domain/journeys/index.ts';

/** Rows per statement: under SQLite's 32,766 bound values with the widest row (11 columns). */
const CHUNK = 500;

function* chunks<T>(items: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Appends to the list under `key` (one array a key, not a copy per row). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/** `<column> in (<values>)`, as one array parameter on PostgreSQL (dialect.ts `inTextList`). */
const inList = (db: Kysely<DB>, column: string, values: readonly string[]) => sql<SqlBool>`${sql.ref(column)} ${dialectOf(db).inTextList(values)}`;

/** The enrollments with these ids (those that exist), in the order of `ids`. */
export async function getEnrollments(db: Kysely<DB>, ids: readonly string[]): Promise<StoredEnrollment[]> {
  const byId = new Map<string, StoredEnrollment>();
  for (const part of chunks(ids)) {
    for (const r of await db.selectFrom('journey_enrollments').select(ENROLLMENT_READ).where(inList(db, 'id', part)).execute()) byId.set(r.id, enrollmentFromRow(r));
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const ACCOUNT_ENTRIES = Object.entries(ACCOUNT_FIELDS) as [string, { type: string; column: keyof DB['accounts'] & string }][];
/**
 * The columns conditions read, named: not the `_norm` copies (the JSON one is costly to decode),
 * and a statement without `*` is one PostgreSQL may keep prepared (db.ts).
 */
const ACCOUNT_READ = [...new Set(['id', 'parent_id', 'custom', ...ACCOUNT_ENTRIES.map(([, d]) => d.column)])] as (keyof DB['accounts'] & string)[];

export interface AccountsFacts {
  /** By account id; an account that no longer exists is absent. */
  accounts: Map<string, AccountFacts>;
  /** Static list → its member accounts among the people's accounts (for a person's `memberOfList`); empty without people. */
  listMembers: Map<string, Set<string>>;
}

/** Accounts as `matchesCondition` sees them (their people only when `withPeople`). */
export async function loadAccountsFacts(db: Kysely<DB>, accountIds: readonly string[], now: number, withPeople: boolean): Promise<AccountsFacts> {
  const ids = [...new Set(accountIds)];
  const accounts = new Map<string, AccountFacts>();
  const parentOf = new Map<string, string | null>();
  const base = new Map<string, Record<string, unknown>>();
  for (const part of chunks(ids)) {
    for (const row of await db.selectFrom('accounts').select(ACCOUNT_READ).where(inList(db, 'id', part)).execute()) {
      const r = row as unknown as Record<string, unknown>;
      const facts: Record<string, unknown> = { id: row.id, custom: parseJson<Record<string, JsonValue>>(row.custom) ?? {} };
      for (const [prop, def] of ACCOUNT_ENTRIES) {
        const v = r[def.column];
        facts[prop] = v === null || v === undefined ? null : def.type === 'number' || def.type === 'date' ? Number(v) : def.type === 'boolean' ? Number(v) === 1 : String(v);
      }
      base.set(row.id, facts);
      parentOf.set(row.id, row.parent_id);
    }
  }
  const found = [...base.keys()];
  // Ancestors level by level for the whole batch (a guard of 100 levels against a cycle in bad data).
  let frontier = [...new Set(found.map((id) => parentOf.get(id)).filter((p): p is string => p !== null && p !== undefined && !parentOf.has(p)))];
  for (let level = 0; frontier.length && level < 100; level++) {
    for (const part of chunks(frontier)) for (const r of await db.selectFrom('accounts').select(['id', 'parent_id']).where(inList(db, 'id', part)).execute()) parentOf.set(r.id, r.parent_id);
    for (const id of frontier) if (!parentOf.has(id)) parentOf.set(id, null); // a dangling parent id ends the chain
    frontier = [...new Set(frontier.map((id) => parentOf.get(id)).filter((p): p is string => p !== null && p !== undefined && !parentOf.has(p)))];
  }
  const listIds = new Map<string, string[]>();
  const groups = new Map<string, AccountFacts['buyingGroups'][number][]>();
  const roleCounts = new Map<string, Record<string, number>>();
  const relations = new Map<string, { person_id: string; relation_type: AccountFacts['people'][number]['relationType']; ended_on: string | null }[]>();
  for (const part of chunks(found)) {
    for (const m of await db.selectFrom('account_list_members').select(['account_id', 'list_id']).where(inList(db, 'account_id', part)).orderBy('account_id').orderBy('list_id').execute()) {
      pushTo(listIds, m.account_id, m.list_id);
    }
    const counts = await db
      .selectFrom('buying_group_members')
      .select(['buying_group_id', 'role_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where(inList(db, 'account_id', part))
      .where('removed', '=', 0)
      .groupBy(['buying_group_id', 'role_id'])
      .execute();
    for (const c of counts) {
      const rc = roleCounts.get(c.buying_group_id) ?? {};
      rc[c.role_id] = Number(c.n);
      roleCounts.set(c.buying_group_id, rc);
    }
    const rows = await db.selectFrom('buying_groups').select(['id', 'account_id', 'solution_interest_id', 'active', 'stage', 'status_label', 'completeness', 'engagement']).where(inList(db, 'account_id', part)).execute();
    for (const g of rows) {
      const list = groups.get(g.account_id) ?? [];
      list.push({ id: g.id, solutionInterestId: g.solution_interest_id, active: Number(g.active) === 1, stage: g.stage, statusLabel: g.status_label, completeness: Number(g.completeness), engagement: Number(g.engagement), roleCounts: roleCounts.get(g.id) ?? {} });
      groups.set(g.account_id, list);
    }
    if (withPeople) {
      for (const x of await db.selectFrom('account_people').select(['account_id', 'person_id', 'relation_type', 'ended_on']).where(inList(db, 'account_id', part)).orderBy('account_id').orderBy('person_id').execute()) {
        pushTo(relations, x.account_id, x);
      }
    }
  }
  let listMembers = new Map<string, Set<string>>();
  let people = new Map<string, AccountFacts['people'][number]['person']>();
  if (withPeople) {
    const loaded = await loadPersonFacts(db, [...relations.values()].flat().map((x) => x.person_id), now);
    people = loaded.people;
    listMembers = loaded.listMembers;
  }
  for (const id of found) {
    const ancestorIds: string[] = [];
    for (let p = parentOf.get(id) ?? null, guard = 0; p !== null && guard < 100; guard++, p = parentOf.get(p) ?? null) ancestorIds.push(p);
    const accountPeople = (relations.get(id) ?? []).flatMap((x) => {
      const person = people.get(x.person_id);
      return person ? [{ relationType: x.relation_type, endedOn: x.ended_on, person }] : [];
    });
    const facts = base.get(id) as Omit<AccountFacts, 'ancestorIds' | 'listIds' | 'people' | 'buyingGroups'>;
    accounts.set(id, { ...facts, ancestorIds, listIds: listIds.get(id) ?? [], people: accountPeople, buyingGroups: groups.get(id) ?? [] });
  }
  return { accounts, listMembers };
}

/** Orders events by the outbox's `seq` (ids compare as text). */
const seqId = (seq: number) => `e${String(seq).padStart(15, '0')}`;

/** One outbox row as the events listen steps hear (a `group_created` is one "member assigned" per initial member). */
function journeyEvents(r: { seq: number | string; type: string; payload: unknown; created_at: number | string; solution_interest_id: string }): JourneyEvent[] {
  const p = parseJson<Record<string, unknown>>(r.payload);
  const base = { id: seqId(Number(r.seq)), at: Number(r.created_at), solutionInterestId: r.solution_interest_id };
  switch (r.type) {
    case 'group_created':
      return ((p.members as { personId: string; roleId: string }[] | undefined) ?? []).map((m, i) => ({ ...base, id: `${base.id}.${String(i).padStart(5, '0')}`, type: 'memberAssigned', personId: m.personId, roleId: m.roleId }));
    case 'member_added':
      return [{ ...base, type: 'memberAssigned', personId: String(p.personId), roleId: String(p.roleId) }];
    case 'role_changed':
      return [{ ...base, type: 'memberAssigned', personId: String(p.personId), roleId: String(p.toRoleId) }];
    case 'member_removed':
      return [{ ...base, type: 'memberRemoved', personId: String(p.personId), roleId: String(p.roleId) }];
    case 'stage_changed':
      return [{ ...base, type: 'stageChanged', from: (p.from as string | null) ?? null, to: (p.to as string | null) ?? null }];
    case 'status_changed':
      return [{ ...base, type: 'statusChanged', from: (p.from as string | null) ?? null, to: (p.to as string | null) ?? null }];
    case 'completeness_changed':
      return [{ ...base, type: 'completenessChanged', from: Number(p.from), to: Number(p.to) }];
    case 'engagement_changed':
      return [{ ...base, type: 'engagementChanged', from: Number(p.from), to: Number(p.to) }];
    default:
      return [];
  }
}

/**
 * Each account's events from its `since` up to `now`, as listen steps hear them: the outbox's
 * buying-group events (a role change counts as an assignment to the new role) and, when asked,
 * its people's activities. By account id, in `seq` order (activities after).
 */
export async function loadAccountsEvents(db: Kysely<DB>, sinceByAccount: ReadonlyMap<string, number>, now: number, withActivities: boolean): Promise<Map<string, JourneyEvent[]>> {
  const out = new Map<string, JourneyEvent[]>();
  const ids = [...sinceByAccount.keys()];
  for (const part of chunks(ids)) {
    const since = Math.min(...part.map((id) => sinceByAccount.get(id)!));
    const rows = await db
      .selectFrom('events')
      .innerJoin('buying_groups', 'buying_groups.id', 'events.buying_group_id')
      .select(['events.seq', 'events.account_id', 'events.type', 'events.payload', 'events.created_at', 'buying_groups.solution_interest_id'])
      .where(inList(db, 'events.account_id', part))
      .where('events.created_at', '>=', since)
      .where('events.created_at', '<=', now)
      .orderBy('events.seq')
      .execute();
    for (const r of rows) {
      if (Number(r.created_at) < sinceByAccount.get(r.account_id)!) continue;
      pushTo(out, r.account_id, ...journeyEvents(r));
    }
    if (withActivities) {
      // An account's activities: its people's (by relation) and those recorded on the account itself.
      const viaPeople = await db
        .selectFrom('activities')
        .innerJoin('account_people', 'account_people.person_id', 'activities.person_id')
        .select(['activities.id', 'account_people.account_id', 'activities.person_id', 'activities.type', 'activities.occurred_at'])
        .where(inList(db, 'account_people.account_id', part))
        .where('activities.occurred_at', '>=', since)
        .where('activities.occurred_at', '<=', now)
        .execute();
      const onAccount = await db
        .selectFrom('activities')
        .select(['id', 'account_id', 'person_id', 'type', 'occurred_at'])
        .where(inList(db, 'account_id', part))
        .where('occurred_at', '>=', since)
        .where('occurred_at', '<=', now)
        .execute();
      const seen = new Set<string>();
      for (const a of [...viaPeople, ...onAccount]) {
        const accountId = a.account_id as string;
        if (Number(a.occurred_at) < sinceByAccount.get(accountId)! || seen.has(`${accountId}/${a.id}`)) continue;
        seen.add(`${accountId}/${a.id}`);
        pushTo(out, accountId, { id: `a${a.id}`, at: Number(a.occurred_at), type: 'personActivity', personId: a.person_id, activityType: a.type });
      }
    }
  }
  return out;
}

/** Outcomes of these enrollments' HTTP calls (done → ok, failed → error), by enrollment then effect key. */
export async function effectResultsOf(db: Kysely<DB>, enrollmentIds: readonly string[]): Promise<Map<string, Map<string, 'ok' | 'error'>>> {
  const out = new Map<string, Map<string, 'ok' | 'error'>>();
  for (const part of chunks(enrollmentIds)) {
    const rows = await db.selectFrom('journey_effects').select(['enrollment_id', 'key', 'status']).where(inList(db, 'enrollment_id', part)).where('type', '=', 'callHttp').where('status', 'in', ['done', 'failed']).execute();
    for (const r of rows) {
      const m = out.get(r.enrollment_id) ?? new Map<string, 'ok' | 'error'>();
      m.set(r.key, r.status === 'done' ? 'ok' : 'error');
      out.set(r.enrollment_id, m);
    }
  }
  return out;
}

/** One enrollment's step to store: its new state, the token moves (the counters' log) and its effects. */
export interface StepWrite {
  id: string;
  enrollment: Enrollment;
  moves: readonly Move[];
  effects: readonly Effect[];
}

const ENROLLMENT_COLUMNS = ['id', 'journey_id', 'account_id', 'entry_number', 'status', 'state', 'entered_at', 'ended_at', 'wake_at', 'updated_at'] as const;
const enrollmentRow = ({ id, enrollment: e }: StepWrite, now: number): BulkValue[] => [id, e.journeyId, e.accountId, e.entryNumber, e.status, toJson(e.tokens), e.enteredAt, e.endedAt, nextWakeAt(e), now];
const MOVE_COLUMNS = ['journey_id', 'enrollment_id', 'account_id', 'token_id', 'from_node', 'to_node', 'via', 'detail', 'at'] as const;
const POSITION_COLUMNS = ['enrollment_id', 'token_id', 'journey_id', 'account_id', 'node_id', 'state', 'since'] as const;
const EFFECT_COLUMNS = ['key', 'enrollment_id', 'journey_id', 'account_id', 'node_id', 'type', 'payload', 'at', 'status', 'created_at'] as const;

/**
 * Stores a batch of steps in the caller's transaction, which holds the enrollments' rows: the
 * states (one upsert per 500 — every row exists, so each is an update), the moves, the tokens as
 * current positions, and the effects by idempotency key (a key already there is skipped, so a
 * step run twice adds nothing twice). Returns the keys of the effects that were new.
 */
export async function saveSteps(trx: Kysely<DB>, steps: readonly StepWrite[], now: number): Promise<string[]> {
  for (const part of chunks(steps)) {
    await bulkInsert(
      trx,
      'journey_enrollments',
      ENROLLMENT_COLUMNS,
      part.map((s) => enrollmentRow(s, now)),
      { updateConflictsOn: { on: ['id'], set: ['status', 'state', 'ended_at', 'wake_at', 'updated_at'] } },
    );
    await trx.deleteFrom('journey_positions').where(inList(trx, 'enrollment_id', part.map((s) => s.id))).execute();
  }
  return writeStepRows(trx, steps, now);
}

/**
 * Admission and first step in one: writes new enrollments already advanced from their entry node
 * (`steps`, each with its entry's state after `advance`), with their entry move, moves, positions
 * and effects. An entry already there — another worker admitted it first — is skipped by the
 * unique (journey, account, entry number), with everything of its step. Returns the new ones.
 */
export async function insertEnteredSteps(trx: Kysely<DB>, steps: readonly StepWrite[], entryNodeId: string, now: number): Promise<StepWrite[]> {
  const fresh: StepWrite[] = [];
  for (const part of chunks(steps)) {
    const inserted = await bulkInsert(trx, 'journey_enrollments', ENROLLMENT_COLUMNS, part.map((s) => enrollmentRow(s, now)), { skipConflictsOn: ['journey_id', 'account_id', 'entry_number'], returning: ['id'] });
    const ids = new Set(inserted.rows.map((r) => String(r.id)));
    fresh.push(...part.filter((s) => ids.has(s.id)));
  }
  for (const part of chunks(fresh)) {
    await bulkInsert(trx, 'journey_moves', MOVE_COLUMNS, part.map(({ id, enrollment: e }) => [e.journeyId, id, e.accountId, 't', null, entryNodeId, 'enter', String(e.entryNumber), e.enteredAt]));
  }
  await writeStepRows(trx, fresh, now);
  return fresh;
}

/** The moves, positions and effects of stored steps; returns the keys of the effects that were new. */
async function writeStepRows(trx: Kysely<DB>, steps: readonly StepWrite[], now: number): Promise<string[]> {
  const moves = steps.flatMap(({ id, enrollment: e, moves: ms }) => ms.map((m): BulkValue[] => [e.journeyId, id, e.accountId, m.tokenId, m.from, m.to, m.via, m.detail ?? null, m.at]));
  await bulkInsert(trx, 'journey_moves', MOVE_COLUMNS, moves);
  const positions = steps.flatMap(({ id, enrollment: e }) => (e.status === 'active' ? e.tokens.map((t): BulkValue[] => [id, t.id, e.journeyId, e.accountId, t.nodeId, t.state.kind, t.at]) : []));
  await bulkInsert(trx, 'journey_positions', POSITION_COLUMNS, positions);
  const effects = steps.flatMap(({ id, effects: es }) => es.map((e): BulkValue[] => [e.key, id, e.journeyId, e.accountId, e.nodeId, e.type, toJson(e), e.at, 'pending', now]));
  const added = await bulkInsert(trx, 'journey_effects', EFFECT_COLUMNS, effects, { skipConflictsOn: ['key'], returning: ['key'] });
  return added.rows.map((r) => String(r.key));
}
