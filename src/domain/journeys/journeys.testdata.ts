/** Builders for journey tests: accounts and people as conditions see them, and sample definitions. */
import type { AccountFacts, BuyingGroupFacts, PersonFacts } from '../conditions/evaluate.ts';
import { definitionSchema, type JourneyDefinition } from './model.ts';

export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0); // Monday 2026-01-05 09:00Z
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function person(id: string, over: Partial<PersonFacts> = {}): PersonFacts {
  return {
    id,
    email: `${id}@example.com`,
    firstName: null,
    lastName: null,
    jobTitle: null,
    department: null,
    seniority: null,
    phone: null,
    country: null,
    state: null,
    city: null,
    postalCode: null,
    externalId: null,
    derivedSeniority: null,
    derivedFunction: null,
    derivedFunctions: [],
    derivedSpecialties: [],
    titleConfidence: null,
    emailInvalid: false,
    emailSuspended: false,
    unsubscribed: false,
    engagementScore: 0,
    createdAt: T0 - 100 * DAY,
    updatedAt: T0 - 100 * DAY,
    custom: {},
    relations: [{ accountId: 'acc_1', roles: [], endedOn: null }],
    activities: [],
    ...over,
  };
}

export function group(over: Partial<BuyingGroupFacts> = {}): BuyingGroupFacts {
  return { id: 'bg_1', solutionInterestId: 'si_1', active: true, stage: null, statusLabel: null, completeness: 0, engagement: 0, roleCounts: {}, ...over };
}

export function account(over: Partial<AccountFacts> = {}, people: PersonFacts[] = []): AccountFacts {
  return {
    id: 'acc_1',
    name: 'Acme',
    domain: 'acme.example',
    industry: null,
    country: null,
    region: null,
    state: null,
    city: null,
    sicCode: null,
    externalId: null,
    employees: null,
    annualRevenue: null,
    createdAt: T0 - 100 * DAY,
    updatedAt: T0 - 100 * DAY,
    custom: {},
    ancestorIds: [],
    listIds: [],
    people: people.map((p) => ({ relationType: 'employee' as const, endedOn: null, person: p })),
    buyingGroups: [group()],
    ...over,
  };
}

export function definition(input: unknown): JourneyDefinition {
  return definitionSchema.parse(input);
}

/**
 * The example: list → completeness ≥ 70? yes: sales alert; no: wait 5 days → listen for
 * "member assigned" (10-day timeout) → update stage.
 */
export const EXAMPLE = definition({
  nodes: [
    { id: 'start', kind: 'entry', listId: 'lst_1', next: 'ready' },
    {
      id: 'ready',
      kind: 'accountSplit',
      paths: [{ label: 'complete', condition: { buyingGroup: { solutionInterestId: 'si_1', completeness: { op: 'gte', value: 70 } } }, next: 'alert' }],
      otherPath: { next: 'pause' },
    },
    { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: 'si_1', email: { to: ['sales@example.com'] } }, next: null },
    { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'hear' },
    { id: 'hear', kind: 'listen', event: { type: 'memberAssigned', solutionInterestId: 'si_1' }, timeout: { amount: 10, unit: 'days' }, next: 'stage', timeoutNext: null },
    { id: 'stage', kind: 'action', action: 'updateStage', settings: { solutionInterestId: 'si_1', stage: 'engaged' }, next: null },
  ],
});
