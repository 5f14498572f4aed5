/**
 * For tests of what reads running journeys (counters, drill-down, timelines): enrolls accounts and
 * moves them with the real pure step (`advance`) on their stored facts, writing the moves and
 * positions through the runtime store — the rows the worker writes, without the worker.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { advance, startEnrollment, type JourneyDefinition, type JourneyEvent } from '../domain/journeys/index.ts';
import { admitEnrollments, journeyFactsNeeds } from './journey-runtime.ts';
import { loadAccountsFacts, saveSteps } from './journey-batch.ts';
import { listEnrollments } from './journeys.ts';

/** Enrolls `accountIds` (next entry number each) at `now`; returns the new enrollment ids by account. */
export async function enrollForTest(db: Kysely<DB>, journey: { id: string; definition: JourneyDefinition }, accountIds: readonly string[], now: number): Promise<Map<string, string>> {
  const entry = journey.definition.nodes.find((n) => n.kind === 'entry');
  if (!entry) throw new Error('the journey has no entry node');
  const before = await listEnrollments(db, journey.id);
  const entries = accountIds.map((accountId) => startEnrollment({ journeyId: journey.id, accountId, entryNumber: before.filter((e) => e.accountId === accountId).length + 1 }, entry.id, now));
  await admitEnrollments(db, entries, entry.id, now);
  const after = await listEnrollments(db, journey.id);
  return new Map(entries.map((e) => [e.accountId, after.find((x) => x.accountId === e.accountId && x.entryNumber === e.entryNumber)!.id]));
}

/** Advances every active enrollment of the journey at `now` (with these events per account) and records its moves. */
export async function stepAllForTest(db: Kysely<DB>, journey: { id: string; definition: JourneyDefinition }, now: number, events: Record<string, JourneyEvent[]> = {}): Promise<void> {
  const needs = journeyFactsNeeds(journey.definition);
  const active = (await listEnrollments(db, journey.id)).filter((e) => e.status === 'active');
  const { accounts, listMembers } = await loadAccountsFacts(db, active.map((e) => e.accountId), now, needs.people);
  for (const e of active) {
    const account = accounts.get(e.accountId);
    if (!account) throw new Error(`account ${e.accountId} is gone`);
    const r = advance(journey.definition, e, { account, events: events[e.accountId] ?? [], effectResults: new Map(), context: { listMembers } }, now);
    await saveSteps(db, [{ id: e.id, enrollment: r.enrollment, moves: r.moves, effects: [] }], now);
  }
}
