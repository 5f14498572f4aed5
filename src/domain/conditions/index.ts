/**
 * The condition language (SPEC §3): one AST, validated here, evaluated and explained in
 * TypeScript (evaluate.ts) and compiled to SQL by store/conditions-sql.ts. Semantics: ast.ts.
 */
export * from './ast.ts';
export * from './fields.ts';
export { validateCondition, collectReferences, isCalendarDay, OPS_BY_TYPE, TYPE_WORDS, MAX_IN_LAST_DAYS, MAX_TOTAL_VALUES, type ConditionReferences } from './validate.ts';
export {
  evaluateCondition,
  matchesCondition,
  stringTest,
  stringOperands,
  positiveTwin,
  isActiveRelation,
  dayStart,
  CUSTOM_DAY_PREFIX,
  type PersonFacts,
  type AccountFacts,
  type RelationFacts,
  type ActivityFacts,
  type EvaluationContext,
  type Evaluation,
  type Explanation,
} from './evaluate.ts';
export { describeCondition, describeLeaf, describeField, fieldLabel, type Names, type DescribeOptions } from './describe.ts';
export { checkPersonaReferences, personaCondition } from './personas.ts';
export {
  walkCondition,
  conditionLeaves,
  conditionFacts,
  idLeaves,
  activityTypeLeaves,
  buyingGroupLeaves,
  activityTypes,
  type ConditionLeaf,
  type LeafPlace,
  type WalkOptions,
  type ConditionFacts,
} from './walk.ts';
export { MAX_CUSTOM_KEYS, builtinFields, inferCustomFields } from './catalogue.ts';
export type { CatalogueField } from './catalogue.ts';
