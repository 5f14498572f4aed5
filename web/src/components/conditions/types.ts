/**
 * The condition language as the web app sees it: a mirror of src/domain/conditions/ast.ts (the
 * generated API schema types conditions as `unknown`, since the API validates them itself).
 * Keep the two in step: the shapes, the operator lists and their order.
 */
export const STRING_OPS = ['is', 'is_not', 'starts_with', 'not_starts_with', 'contains', 'not_contains', 'ends_with', 'not_ends_with', 'is_one_of', 'is_none_of', 'is_empty', 'is_not_empty'] as const;
export const NUMBER_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'is_empty', 'is_not_empty'] as const;
export const DATE_OPS = [...NUMBER_OPS, 'before', 'after', 'in_last_days'] as const;
export const BOOLEAN_OPS = ['is_true', 'is_false'] as const;
export const SCORE_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between'] as const;
export const RELATION_TYPES = ['employee', 'contractor'] as const;

export type StringOp = (typeof STRING_OPS)[number];
export type NumberOp = (typeof NUMBER_OPS)[number];
export type DateOp = (typeof DATE_OPS)[number];
export type BooleanOp = (typeof BOOLEAN_OPS)[number];
export type ScoreOp = (typeof SCORE_OPS)[number];
export type Op = StringOp | DateOp | BooleanOp;
export type ValueType = 'string' | 'number' | 'date' | 'boolean';
export type Subject = 'person' | 'account';
export type RelationType = (typeof RELATION_TYPES)[number];

export type StringOperand = string | string[];
export type NumberOperand = number | [number, number];
export type DateOperand = string | [string, string] | number;

export interface FieldCondition {
  field: string;
  op: Op;
  value?: StringOperand | NumberOperand | DateOperand;
  /** For `custom.<key>` fields only: how to read the stored value. Default 'string'. */
  type?: ValueType;
}
export interface ActivityCondition {
  activity: { type: string | string[]; atLeast: number; inLastDays: number };
}
export interface PersonaCondition {
  persona: string;
}
export interface ListCondition {
  memberOfList: string;
}
export interface RoleInAccountCondition {
  roleInAccount: { op: StringOp; value?: StringOperand };
}
export interface DescendantCondition {
  descendantOf: string;
}
export interface PeopleCondition {
  people: { atLeast: number; where?: Condition; relationType?: RelationType | RelationType[] };
}
export interface ScoreTest {
  op: ScoreOp;
  value: NumberOperand;
}
export interface RoleCountTest {
  roleId: string;
  atLeast?: number;
  atMost?: number;
}
export interface BuyingGroupTest {
  solutionInterestId: string;
  active?: boolean;
  stage?: string | string[];
  status?: { op: StringOp; value?: StringOperand };
  completeness?: ScoreTest;
  engagement?: ScoreTest;
  roleCount?: RoleCountTest[];
}
export interface BuyingGroupCondition {
  buyingGroup: BuyingGroupTest;
}
export interface AllCondition {
  all: Condition[];
}
export interface AnyCondition {
  any: Condition[];
}
export interface NotCondition {
  not: Condition;
}

export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | FieldCondition
  | ActivityCondition
  | PersonaCondition
  | ListCondition
  | RoleInAccountCondition
  | DescendantCondition
  | PeopleCondition
  | BuyingGroupCondition;

/** A validation message for one place in a condition: `path` is a JSON pointer from the condition's root ("/all/0/value"). */
export interface ConditionError {
  path: string;
  message: string;
}
