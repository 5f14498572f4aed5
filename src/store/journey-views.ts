/**
 * Read models of running journeys for the API and web app (issue 12): how many accounts entered
 * each journey and how many are inside now (the Journeys list), and an account's journey timeline
 * (its enrollments, newest first, each with its moves). Per-node counters and the accounts behind
 * them are journey-runtime.ts (journeyCounters, nodeAccounts).
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { notFound } from '../domain/index.ts';
import type { JourneyStatus, Move } from '../domain/journeys/index.ts';
import { nodeAccounts, type NodeAccount, type NodeAccountsFilter } from './journey-runtime.ts';
import { decodeCursor, encodeCursor, type Page, type PageRequest } from './pagination.ts';

/** One page of a node counter's accounts; the cursor carries the last (account id, entry number). */
export async function nodeAccountsPage(db: Kysely<DB>, journeyId: string, nodeId: string, filter: NodeAccountsFilter, page: PageRequest): Promise<Page<NodeAccount>> {
  const after = page.cursor ? decodeCursor(page.cursor, 'integer') : null;
  const rows = await nodeAccounts(db, journeyId, nodeId, filter, page.limit + 1, after ? { accountId: after.id, entryNumber: after.v as number } : null);
  const data = rows.slice(0, page.limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > page.limit && last ? encodeCursor(last.entryNumber, last.accountId) : null };
}

export interface JourneyEntryCounts {
  /** Enrollments so far (an account entering twice counts twice). */
  entered: number;
  /** Enrollments still inside the journey. */
  active: number;
}

/** Entry counts of these journeys (zero for a journey nobody entered). */
export async function journeyEntryCounts(db: Kysely<DB>, journeyIds: readonly string[]): Promise<Map<string, JourneyEntryCounts>> {
  const out = new Map(journeyIds.map((id) => [id, { entered: 0, active: 0 }]));
  if (journeyIds.length === 0) return out;
  const rows = await db
    .selectFrom('journey_enrollments')
    .select(['journey_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('journey_id', 'in', journeyIds)
    .groupBy(['journey_id', 'status'])
    .execute();
  for (const r of rows) {
    const c = out.get(r.journey_id)!;
    c.entered += Number(r.n);
    if (r.status === 'active') c.active += Number(r.n);
  }
  return out;
}

export interface AccountJourneyEntry {
  journeyId: string;
  journeyName: string;
  journeyStatus: JourneyStatus;
  enrollmentId: string;
  entryNumber: number;
  status: 'active' | 'completed';
  enteredAt: number;
  endedAt: number | null;
  /** Its moves, oldest first; `from` null for the entry itself, `to` null where a path ended. */
  moves: (Omit<Move, 'from'> & { from: string | null })[];
}

/**
 * An account's journeys: its `limit` most recent enrollments (newest entry first) with every move
 * of each. 404 when the account does not exist.
 */
export async function accountJourneys(db: Kysely<DB>, accountId: string, limit: number): Promise<AccountJourneyEntry[]> {
  const account = await db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst();
  if (!account) throw notFound('account', accountId);
  const enrollments = await db
    .selectFrom('journey_enrollments as e')
    .innerJoin('journeys as j', 'j.id', 'e.journey_id')
    .select(['e.id', 'e.journey_id', 'e.entry_number', 'e.status', 'e.entered_at', 'e.ended_at', 'j.name', 'j.status as journey_status'])
    .where('e.account_id', '=', accountId)
    .orderBy('e.entered_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
  if (enrollments.length === 0) return [];
  const moves = await db
    .selectFrom('journey_moves')
    .select(['enrollment_id', 'token_id', 'from_node', 'to_node', 'via', 'detail', 'at'])
    .where('enrollment_id', 'in', enrollments.map((e) => e.id))
    .orderBy('seq')
    .execute();
  return enrollments.map((e) => ({
    journeyId: e.journey_id,
    journeyName: e.name,
    journeyStatus: e.journey_status,
    enrollmentId: e.id,
    entryNumber: e.entry_number,
    status: e.status,
    enteredAt: Number(e.entered_at),
    endedAt: e.ended_at === null ? null : Number(e.ended_at),
    moves: moves
      .filter((m) => m.enrollment_id === e.id)
      .map((m) => ({ tokenId: m.token_id, from: m.from_node, to: m.to_node, at: Number(m.at), via: m.via as Move['via'], ...(m.detail !== null ? { detail: m.detail } : {}) })),
  }));
}
