/**
 * Conditions in request and response bodies. The body schema accepts any JSON here: conditions
 * are validated by `validateCondition` (domain/conditions), which knows the subject (person or
 * account) and reports every problem with its exact path (e.g. `/condition/all/0/op`, 400
 * invalid_condition) — far more useful than a generic union mismatch from zod.
 */
import { z } from 'zod';

const SHAPE =
  '{ "all": [c, …] } | { "any": [c, …] } | { "not": c } | { "field", "op", "value"?, "type"? } | ' +
  '{ "activity": { "type", "atLeast", "inLastDays" } } | { "persona": "psn_…" } | { "memberOfList": "lst_…" } | ' +
  '{ "roleInAccount": { "op", "value"? } } | { "descendantOf": "acc_…" }';

const required = () => z.unknown().refine((v) => v !== undefined, { message: 'is required' });

export const personConditionDoc = required().meta({
  description: `A person condition (SPEC §3): ${SHAPE}. Account-only leaves (descendantOf) are refused.`,
  examples: [{ all: [{ field: 'derivedSeniority', op: 'is_one_of', value: ['c-level', 'vp'] }, { field: 'derivedFunction', op: 'is', value: 'it' }] }],
});

export const accountConditionDoc = required().meta({
  description: `An account condition (SPEC §3): ${SHAPE}. Person-only leaves (activity, persona, roleInAccount) are refused.`,
  examples: [{ all: [{ field: 'industry', op: 'is', value: 'Software' }, { field: 'employees', op: 'gte', value: 1000 }] }],
});
