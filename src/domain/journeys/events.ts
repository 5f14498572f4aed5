/**
 * The events a listen step can hear (what the engine's outbox announces about an account) and
 * whether one matches a listen step's filter.
 */
import { normText } from '../text.ts';
import { stringTest, type ScoreTest } from '../conditions/index.ts';
import type { ListenEvent } from './model.ts';

interface EventBase {
  /** Unique and ordered with `at` (the outbox's id): ties in time are broken by it. */
  id: string;
  at: number;
}

export type JourneyEvent = EventBase &
  (
    | { type: 'memberAssigned' | 'memberRemoved'; solutionInterestId: string; personId: string; roleId: string }
    | { type: 'stageChanged' | 'statusChanged'; solutionInterestId: string; from: string | null; to: string | null }
    | { type: 'completenessChanged' | 'engagementChanged'; solutionInterestId: string; from: number; to: number }
    | { type: 'personActivity'; personId: string; activityType: string }
  );

export function scoreHolds(t: ScoreTest, v: number): boolean {
  const [a, b] = Array.isArray(t.value) ? t.value : [t.value, t.value];
  switch (t.op) {
    case 'eq':
      return v === a;
    case 'neq':
      return v !== a;
    case 'lt':
      return v < a;
    case 'lte':
      return v <= a;
    case 'gt':
      return v > a;
    case 'gte':
      return v >= a;
    case 'between':
      return v >= Math.min(a, b) && v <= Math.max(a, b);
  }
}

function textHolds(t: { op: Parameters<typeof stringTest>[0]; value?: string | string[] | undefined }, v: string | null): boolean {
  const n = normText(v ?? '');
  return stringTest(t.op, n ? [n] : [], t.value);
}

/**
 * Whether `e` is what `listen` waits for. `people`: the people of the token's path in a people
 * split — events about a person (assigned, removed, activity) count only for them; null: anyone.
 */
export function eventMatches(listen: ListenEvent, e: JourneyEvent, people: readonly string[] | null): boolean {
  const ofPeople = (personId: string) => people === null || people.includes(personId);
  switch (listen.type) {
    case 'memberAssigned':
    case 'memberRemoved':
      return e.type === listen.type && e.solutionInterestId === listen.solutionInterestId && ofPeople(e.personId) && (!listen.roleIds || listen.roleIds.includes(e.roleId));
    case 'stageChanged':
      return (
        e.type === 'stageChanged' &&
        e.solutionInterestId === listen.solutionInterestId &&
        (!listen.to || (e.to !== null && listen.to.includes(e.to))) &&
        (!listen.from || (e.from !== null && listen.from.includes(e.from)))
      );
    case 'statusChanged':
      return (
        e.type === 'statusChanged' &&
        e.solutionInterestId === listen.solutionInterestId &&
        (!listen.newValue || textHolds(listen.newValue, e.to)) &&
        (!listen.previousValue || textHolds(listen.previousValue, e.from))
      );
    case 'completenessChanged':
    case 'engagementChanged':
      return (
        e.type === listen.type &&
        e.solutionInterestId === listen.solutionInterestId &&
        (!listen.newValue || scoreHolds(listen.newValue, e.to)) &&
        (!listen.previousValue || scoreHolds(listen.previousValue, e.from))
      );
    case 'personActivity':
      return e.type === 'personActivity' && listen.activityTypes.includes(e.activityType) && ofPeople(e.personId);
  }
}
