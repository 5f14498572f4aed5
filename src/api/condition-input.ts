/**
 * Conditions in request and response bodies. The body schema accepts any JSON here: conditions
 * are validated by `validateCondition` (domain/conditions), which knows the subject (person or
 * account) and reports every problem with its exact path (e.g. `/condition/all/0/op`, 400
 * invalid_condition) — far more useful than a generic union mismatch from zod.
 *
 * The descriptions list the closed sets of values (derived seniority and function, relation
 * types) from the modules that define them, so the OpenAPI document cannot drift from validation.
 */
import { z } from 'zod';
import { SCORE_OPS, closedSetFields, type Subject } from '../domain/conditions/index.ts';
import { RELATION_TYPES } from '../domain/index.ts';

const SHAPE =
  '{ "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | ' +
  '{ "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | ' +
  '{ "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" } | ' +
  '{ "people": { "atLeast", "where"?, "relationType"? } } | ' +
  '{ "buyingGroup": { "solutionInterestId", "active"?, "stage"?, "status"?, "completeness"?, "engagement"?, "roleCount"? } }';

/** "Fields with a closed set of values: derivedSeniority (cxo, vp, …); …" */
function closedSets(subject: Subject): string {
  const fields = closedSetFields(subject).map((f) => `${f.field} (${f.values.join(', ')})`);
  return fields.length
    ? ` Fields with a closed set of values — other operands are refused: ${fields.join('; ')}.` +
        ' derivedFunctions and derivedSpecialties are lists: a positive operator holds when some element matches, is_empty when the list is empty.' +
        ' The values of before the title classifier (derivedSeniority c-level, individual contributor; derivedFunction it, security, data, executive, …) are still accepted and stored rewritten to these.'
    : '';
}

const ACCOUNT_LEAVES =
  ` Related people: {"people": {"atLeast": N, "where": <person condition, evaluated for this account>, "relationType": ${RELATION_TYPES.map((t) => `"${t}"`).join(' | ')} or a list}} — at least N people with an active relation match.` +
  ` Buying-group state: {"buyingGroup": {"solutionInterestId": "si_…", "active": true|false, "stage": stage key(s) of the solution interest's stage model, "status": {"op", "value"} text test on the status label, "completeness" / "engagement": {"op": ${SCORE_OPS.join('|')}, "value"} on the 0–100 score, "roleCount": [{"roleId": "rol_…", "atLeast"?: N, "atMost"?: N}]}} — the account has a group for that solution interest meeting every constraint given.`;

const required = () => z.unknown().refine((v) => v !== undefined, { message: 'is required' });

export const personConditionDoc = required().meta({
  description: `A person condition (SPEC §3): ${SHAPE}. Account-only leaves (descendantOf, people, buyingGroup) are refused.${closedSets('person')}`,
  examples: [{ all: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] }, { field: 'derivedFunctions', op: 'is', value: 'information_technology' }] }],
});

export const accountConditionDoc = required().meta({
  description: `An account condition (SPEC §3): ${SHAPE}. Person-only leaves (activity, persona, roleInAccount) are refused outside "people.where".${ACCOUNT_LEAVES}${closedSets('person').replace('Fields', 'Inside "people.where", fields')}`,
  examples: [
    { all: [{ field: 'industry', op: 'is', value: 'Software' }, { field: 'employees', op: 'gte', value: 1000 }] },
    { all: [{ people: { atLeast: 2, where: { field: 'derivedSeniority', op: 'is_one_of', value: ['cxo', 'vp'] } } }, { not: { buyingGroup: { solutionInterestId: 'si_…', active: true } } }] },
  ],
});
