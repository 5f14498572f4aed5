/**
 * Admission: the accounts of each Live journey's entry list (a static list's members, or what a
 * dynamic list's condition selects now) enter — those that joined the list since the last round
 * too — as far as the re-entry rules let them (`entryDecision`). Safe to run on several workers
 * at once: an entry (journey, account, entry number) is unique, and a second insert is skipped.
 */
import { admitEnrollments, enteringJourneys, entryHistories, type Database } from '../../store/index.ts';
import { entryDecision, startEnrollment, type Enrollment, type JourneyNode } from '../../domain/journeys/index.ts';
import { QuorumError } from '../../domain/index.ts';
import { audienceAccountIds } from '../audience.ts';

const CHUNK = 1000;

export interface AdmitCounts {
  journeys: number;
  admitted: number;
}

export async function admitAccounts(database: Database, now: number, log?: (line: string) => void): Promise<AdmitCounts> {
  const counts: AdmitCounts = { journeys: 0, admitted: 0 };
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
    for (let i = 0; i < accountIds.length; i += CHUNK) {
      const chunk = accountIds.slice(i, i + CHUNK);
      const histories = await entryHistories(database.db, j.id, chunk);
      const entries: Enrollment[] = [];
      for (const accountId of chunk) {
        const d = entryDecision(j.definition.reentry, histories.get(accountId) ?? [], now);
        if (d.enter) entries.push(startEnrollment({ journeyId: j.id, accountId, entryNumber: d.entryNumber }, entry.id, now));
      }
      if (entries.length) counts.admitted += await database.db.transaction().execute((trx) => admitEnrollments(trx, entries, entry.id, now));
    }
  }
  return counts;
}
