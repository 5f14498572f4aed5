/**
 * Admission: the accounts of each Live journey's entry list (a static list's members, or what a
 * dynamic list's condition selects now) enter — those that joined the list since the last round
 * too — as far as the re-entry rules let them (`entryDecision`). Safe to run on several workers
 * at once: an entry (journey, account, entry number) is unique, and a second insert is skipped.
 *
 * With a facts loader (the worker's), each new entry takes its first step as it is written
 * (step.ts admitAndStepIn); without one it waits at its entry node, due now.
 */
import { admitEnrollments, enrolledAccounts, enteringJourneys, entryHistories, type Database } from '../../store/index.ts';
import { entryDecision, startEnrollment, type Enrollment, type JourneyDefinition, type JourneyNode } from '../../domain/journeys/index.ts';
import { QuorumError } from '../../domain/index.ts';
import { audienceAccountIds } from '../audience.ts';
import { admitAndStepIn, type FactsLoader } from './step.ts';

const CHUNK = 500;

export interface AdmitCounts {
  journeys: number;
  admitted: number;
  /** Of the admitted, those that took their first step as they entered. */
  stepped: number;
}

export async function admitAccounts(database: Database, now: number, log?: (line: string) => void, loadFacts?: FactsLoader): Promise<AdmitCounts> {
  const counts: AdmitCounts = { journeys: 0, admitted: 0, stepped: 0 };
  for (const j of await enteringJourneys(database.db, now)) {
    const entry = j.definition.nodes.find((n): n is Extract<JourneyNode, { kind: 'entry' }> => n.kind === 'entry');
    if (!entry?.listId) continue;
    counts.journeys++;
    let accountIds: string[];
    try {
      accountIds = await audienceAccountIds(database.db, database.engine, entry.listId, now);
    } catch (e) {
      // The list was deleted after publication: nobody new enters; those inside carry on.
      if (e instanceof QuorumError && e.code === 'not_found') {
        log?.(`journey ${j.id}: its entry list ${entry.listId} is gone; no new entries`);
        continue;
      }
      throw e;
    }
    // Most accounts of a list have entered already: only theirs need a history, and without
    // re-entry they cannot enter again at all.
    const enrolled = await enrolledAccounts(database.db, j.id);
    const candidates = j.definition.reentry.enabled ? accountIds : accountIds.filter((a) => !enrolled.has(a));
    for (let i = 0; i < candidates.length; i += CHUNK) {
      const chunk = candidates.slice(i, i + CHUNK);
      const returning = chunk.filter((a) => enrolled.has(a));
      const histories = returning.length ? await entryHistories(database.db, j.id, returning) : new Map();
      const entries: Enrollment[] = [];
      for (const accountId of chunk) {
        const d = entryDecision(j.definition.reentry, histories.get(accountId) ?? [], now);
        if (d.enter) entries.push(startEnrollment({ journeyId: j.id, accountId, entryNumber: d.entryNumber }, entry.id, now));
      }
      if (entries.length) {
        const r = await admit(database, j, entries, entry.id, now, log, loadFacts);
        counts.admitted += r.admitted;
        if (r.stepped) counts.stepped += r.admitted;
      }
    }
  }
  return counts;
}

async function admit(database: Database, journey: { id: string; definition: JourneyDefinition }, entries: Enrollment[], entryNodeId: string, now: number, log?: (line: string) => void, loadFacts?: FactsLoader): Promise<{ admitted: number; stepped: boolean }> {
  if (loadFacts) {
    try {
      return { admitted: await database.db.transaction().execute((trx) => admitAndStepIn(trx, journey, entries, entryNodeId, loadFacts, now)), stepped: true };
    } catch (e) {
      // A step that fails (bad data) must not keep the accounts out: they enter and wait at the
      // entry node, and the step path tries them one by one.
      log?.(`journey ${journey.id}: first step of ${entries.length} new entries failed (${e instanceof Error ? e.message : String(e)}); they wait at the entry`);
    }
  }
  return { admitted: await database.db.transaction().execute((trx) => admitEnrollments(trx, entries, entryNodeId, now)), stepped: false };
}
