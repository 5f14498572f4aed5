/**
 * What a batch of steps reads about its accounts (the `FactsLoader` of step.ts): the accounts as
 * conditions see them (their people, and the list memberships a person's `memberOfList` needs,
 * only when the journey looks at people), their events since each enrollment's earliest listening
 * token started listening (only when a token listens), and the results of HTTP calls (only when a
 * token awaits one) — a few queries for the whole batch. What a definition needs is worked out
 * once per journey: a Live definition is frozen.
 */
import type { Kysely } from 'kysely';
import { effectResultsOf, getJourney, journeyFactsNeeds, loadAccountsEvents, loadAccountsFacts, loadPersonaConditions, type DB, type JourneyFactsNeeds, type StoredEnrollment } from '../../store/index.ts';
import type { AdvanceFacts } from '../../domain/journeys/index.ts';
import type { Condition } from '../../domain/conditions/index.ts';
import type { FactsLoader } from './step.ts';

interface JourneyNeeds extends JourneyFactsNeeds {
  personas: Map<string, Condition> | null;
}

const NO_RESULTS = new Map<string, 'ok' | 'error'>();

export function journeyFactsLoader(): FactsLoader {
  const needsOf = new Map<string, Promise<JourneyNeeds>>();
  const needs = (trx: Kysely<DB>, journeyId: string): Promise<JourneyNeeds> => {
    let p = needsOf.get(journeyId);
    if (!p) {
      p = (async () => {
        const { definition } = await getJourney(trx, journeyId);
        const personas = JSON.stringify(definition).includes('"persona"') ? await loadPersonaConditions(trx) : null;
        return { ...journeyFactsNeeds(definition), personas };
      })();
      // A failed read (a rolled-back transaction) is not remembered.
      p.catch(() => needsOf.delete(journeyId));
      needsOf.set(journeyId, p);
    }
    return p;
  };
  return async (trx, enrollments, now) => {
    const out = new Map<string, AdvanceFacts>();
    // By journey: what to read depends on the definition.
    const byJourney = new Map<string, StoredEnrollment[]>();
    for (const e of enrollments) byJourney.set(e.journeyId, [...(byJourney.get(e.journeyId) ?? []), e]);
    for (const [journeyId, es] of byJourney) {
      const n = await needs(trx, journeyId);
      const { accounts, listMembers } = await loadAccountsFacts(trx, es.map((e) => e.accountId), now, n.people);
      const since = new Map<string, number>();
      if (n.events) {
        for (const e of es) {
          for (const t of e.tokens) if (t.state.kind === 'listening') since.set(e.accountId, Math.min(since.get(e.accountId) ?? Infinity, t.at));
        }
      }
      const events = since.size ? await loadAccountsEvents(trx, since, now, n.activities) : new Map();
      const awaiting = es.filter((e) => e.tokens.some((t) => t.state.kind === 'awaitingResult')).map((e) => e.id);
      const results = awaiting.length ? await effectResultsOf(trx, awaiting) : new Map<string, Map<string, 'ok' | 'error'>>();
      const context = { ...(n.personas ? { personas: n.personas } : {}), ...(n.people ? { listMembers } : {}) };
      for (const e of es) {
        const account = accounts.get(e.accountId);
        if (!account) continue; // gone: the step ends the enrollment
        out.set(e.id, { account, events: events.get(e.accountId) ?? [], effectResults: results.get(e.id) ?? NO_RESULTS, context });
      }
    }
    return out;
  };
}
