/**
 * The done-when journey, for the runtime's tests: a list → split by completeness ≥ 70 →
 * yes: sales alert by email → no: wait 5 days → listen for "member assigned" (10-day timeout) →
 * update stage to "engaged". Acme's group is complete enough (a CISO and two VPs), Globex's is not.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/schema.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { createStageModel, publishStageModel } from '../../store/stage-models.ts';
import { updateSolutionInterest } from '../../store/solution-interests.ts';
import { createJourney, publishJourney } from '../../store/journeys.ts';
import { createPerson } from '../../store/people.ts';
import { createRelation } from '../../store/relations.ts';
import type { Engine } from '../../store/db.ts';
import { DAY_MS } from '../../domain/clock.ts';
import { definitionSchema } from '../../domain/journeys/index.ts';
import { generateForAccounts, loadPlan } from '../generation/index.ts';
import { personFields, smallTenant, T0, type Tenant } from '../test-fixtures.ts';

export const NODE_IDS = ['start', 'ready', 'alert', 'pause', 'hear', 'stage'] as const;

export interface Scenario {
  tenant: Tenant;
  journeyId: string;
  /** Buying group id by account id. */
  groups: Map<string, string>;
}

export function scenarioDefinition(listId: string, si: string, salesTo: string[]) {
  return definitionSchema.parse({
    nodes: [
      { id: 'start', kind: 'entry', listId, next: 'ready' },
      { id: 'ready', kind: 'accountSplit', paths: [{ label: 'Complete', condition: { buyingGroup: { solutionInterestId: si, completeness: { op: 'gte', value: 70 } } }, next: 'alert' }], otherPath: { next: 'pause' } },
      { id: 'alert', kind: 'action', action: 'salesAlert', settings: { solutionInterestId: si, email: { to: salesTo } }, next: null },
      { id: 'pause', kind: 'wait', wait: { type: 'duration', duration: { amount: 5, unit: 'days' } }, next: 'hear' },
      { id: 'hear', kind: 'listen', event: { type: 'memberAssigned', solutionInterestId: si }, timeout: { amount: 10, unit: 'days' }, next: 'stage', timeoutNext: null },
      { id: 'stage', kind: 'action', action: 'updateStage', settings: { solutionInterestId: si, stage: 'engaged' }, next: null },
    ],
  });
}

export async function setupScenario(db: Kysely<DB>, engine: Engine, salesTo: string[] = ['sales@example.com', 'ae@example.com']): Promise<Scenario> {
  const tenant = await smallTenant(db);
  const [acme] = tenant.accounts as [string, string];
  // A second VP makes Acme's group complete (Decision Maker 1/1, Influencer 2/2).
  const vp2 = await createPerson(db, SYSTEM_ACTOR, personFields('vp2@example.com', 'VP Sales', { firstName: 'Vera', lastName: 'Park' }), T0);
  await createRelation(db, SYSTEM_ACTOR, acme, vp2.id, { relationType: 'employee', roles: [], startedOn: null, endedOn: null }, T0);
  tenant.people.vp2 = vp2.id;
  const model = await createStageModel(
    db,
    SYSTEM_ACTOR,
    { name: 'Pipeline', description: null, stages: [{ key: 'new', name: 'New', kind: 'entry' }, { key: 'engaged', name: 'Engaged', kind: 'success' }], transitions: [{ from: 'new', to: 'engaged' }] },
    T0,
  );
  await publishStageModel(db, SYSTEM_ACTOR, model.id, T0, undefined);
  await updateSolutionInterest(db, SYSTEM_ACTOR, tenant.solutionInterestId, { stageModelId: model.id }, T0, undefined);
  const plan = await loadPlan(db, engine, tenant.solutionInterestId, { descendantDepth: 0 }, null);
  await db.transaction().execute((trx) => generateForAccounts(trx, plan, [...tenant.accounts].sort(), T0));
  const groups = new Map((await db.selectFrom('buying_groups').select(['id', 'account_id']).execute()).map((g) => [g.account_id, g.id]));
  const definition = scenarioDefinition(tenant.listId, tenant.solutionInterestId, salesTo);
  const j = await createJourney(db, SYSTEM_ACTOR, { name: 'Nurture', description: null, definition, startAt: null, endAt: T0 + 300 * DAY_MS }, T0);
  const journeyId = (await publishJourney(db, SYSTEM_ACTOR, j.id, T0, 1)).id;
  return { tenant, journeyId, groups };
}
