/**
 * What a step reads about an account (the `FactsLoader` of step.ts): the account as conditions
 * see it (its people only when the journey looks at people), its events since its earliest
 * listening token started listening (only when a token listens), and the results of its HTTP
 * calls (only when a token awaits one). What a definition needs is worked out once per journey:
 * a Live definition is frozen.
 */
import type { Kysely } from 'kysely';
import { effectResults, getJourney, journeyFactsNeeds, loadAccountEvents, loadAccountFacts, loadPersonaConditions, type DB, type JourneyFactsNeeds } from '../../store/index.ts';
import type { Condition } from '../../domain/conditions/index.ts';
import type { FactsLoader } from './step.ts';

/** The account of an enrollment no longer exists: the worker ends the enrollment. */
export class AccountGone extends Error {
  constructor(readonly accountId: string) {
    super(`account ${accountId} no longer exists`);
  }
}

interface JourneyNeeds extends JourneyFactsNeeds {
  personas: Map<string, Condition> | null;
}

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
  return async (trx, e, now) => {
    const n = await needs(trx, e.journeyId);
    const account = await loadAccountFacts(trx, e.accountId, now, n.people);
    if (!account) throw new AccountGone(e.accountId);
    const listening = e.tokens.filter((t) => t.state.kind === 'listening');
    const events = n.events && listening.length ? await loadAccountEvents(trx, e.accountId, Math.min(...listening.map((t) => t.at)), now, n.activities) : [];
    const results = e.tokens.some((t) => t.state.kind === 'awaitingResult') ? await effectResults(trx, e.id) : new Map<string, 'ok' | 'error'>();
    return { account, events, effectResults: results, ...(n.personas ? { context: { personas: n.personas } } : {}) };
  };
}
