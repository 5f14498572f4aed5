/**
 * The condition builder (one public surface): `<ConditionBuilder subject value onChange readOnly?
 * label? errors? />`, the `Condition` type (mirroring src/domain/conditions/ast.ts) and helpers.
 */
export { ConditionBuilder, type ConditionBuilderProps } from './ConditionBuilder.tsx';
export type { Condition, ConditionError, FieldCondition, Subject, ValueType, Op, StringOp, ScoreOp, BuyingGroupTest } from './types.ts';
export { STRING_OPS, NUMBER_OPS, DATE_OPS, BOOLEAN_OPS, SCORE_OPS, RELATION_TYPES } from './types.ts';
export { isComplete } from './model.ts';
export { conditionErrors } from './errors.ts';
export { AccountPicker } from './AccountPicker.tsx';
export { summarizeCondition } from './summary.ts';
