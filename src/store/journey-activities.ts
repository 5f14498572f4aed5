/**
 * What the journey worker reads to wake `personActivity` listen steps promptly: activities are not
 * in the engine's outbox (`events`), so the worker keeps a second cursor over `activities` in
 * (created_at, id) order (index `activities_created`, migration 0025), and for a page of new
 * activities finds the enrollments listening for one of their types on an account of their
 * person (account_people, and the activity's own account when it names one).
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { parseJson } from './db.ts';
import type { JourneyDefinition } from '../domain/journeys/index.ts';

const CHUNK = 500;

export interface NewActivity {
  id: string;
  personId: string;
  accountId: string | null;
  type: string;
  createdAt: number;
}

/** The latest `created_at` of the activities (0 when there are none): where a new cursor starts. */
export async function activitiesHead(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('activities').select((eb) => eb.fn.max('created_at').as('m')).executeTakeFirst();
  return r?.m === null || r?.m === undefined ? 0 : Number(r.m);
}

/** Activities after the keyset `after` in (created_at, id) order. */
export async function activitiesAfter(db: Kysely<DB>, after: { createdAt: number; id: string }, limit: number): Promise<NewActivity[]> {
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'person_id', 'account_id', 'type', 'created_at'])
    .where((eb) => eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]))
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, personId: r.person_id, accountId: r.account_id, type: r.type, createdAt: Number(r.created_at) }));
}

/** The activity types each (journey, listen node) of these journeys listens for (personActivity only). */
async function activityListenNodes(db: Kysely<DB>, journeyIds: readonly string[]): Promise<Map<string, ReadonlySet<string>>> {
  const out = new Map<string, ReadonlySet<string>>();
  for (let i = 0; i < journeyIds.length; i += CHUNK) {
    const rows = await db.selectFrom('journeys').select(['id', 'definition']).where('id', 'in', journeyIds.slice(i, i + CHUNK)).execute();
    for (const r of rows) {
      for (const n of parseJson<JourneyDefinition>(r.definition).nodes) {
        if (n.kind === 'listen' && n.event.type === 'personActivity') out.set(`${r.id}\u0000${n.id}`, new Set(n.event.activityTypes));
      }
    }
  }
  return out;
}

/**
 * The active enrollments with a token listening, on an account of these activities, for one of
 * their types. (A listen step on another event, or on other activity types, cannot move on them,
 * so it is not woken; whether the token also hears this person — a people split's — is
 * `advance`'s to decide when it steps.)
 */
export async function activityListeners(db: Kysely<DB>, activities: readonly NewActivity[]): Promise<string[]> {
  if (activities.length === 0) return [];
  // Account → the activity types its people (or itself) just had.
  const typesByAccount = new Map<string, Set<string>>();
  const note = (accountId: string, type: string) => {
    const s = typesByAccount.get(accountId) ?? new Set<string>();
    s.add(type);
    typesByAccount.set(accountId, s);
  };
  const byPerson = new Map<string, Set<string>>();
  for (const a of activities) {
    if (a.accountId) note(a.accountId, a.type);
    const s = byPerson.get(a.personId) ?? new Set<string>();
    s.add(a.type);
    byPerson.set(a.personId, s);
  }
  const personIds = [...byPerson.keys()];
  for (let i = 0; i < personIds.length; i += CHUNK) {
    const rels = await db.selectFrom('account_people').select(['account_id', 'person_id']).where('person_id', 'in', personIds.slice(i, i + CHUNK)).execute();
    for (const r of rels) for (const t of byPerson.get(r.person_id) ?? []) note(r.account_id, t);
  }
  const accountIds = [...typesByAccount.keys()];
  const positions: { enrollment_id: string; journey_id: string; node_id: string; account_id: string }[] = [];
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    positions.push(
      ...(await db
        .selectFrom('journey_positions')
        .select(['enrollment_id', 'journey_id', 'node_id', 'account_id'])
        .where('account_id', 'in', accountIds.slice(i, i + CHUNK))
        .where('state', '=', 'listening')
        .execute()),
    );
  }
  if (positions.length === 0) return [];
  const nodes = await activityListenNodes(db, [...new Set(positions.map((p) => p.journey_id))]);
  const out = new Set<string>();
  for (const p of positions) {
    const wanted = nodes.get(`${p.journey_id}\u0000${p.node_id}`);
    if (!wanted) continue;
    for (const t of typesByAccount.get(p.account_id) ?? []) {
      if (wanted.has(t)) {
        out.add(p.enrollment_id);
        break;
      }
    }
  }
  return [...out];
}
