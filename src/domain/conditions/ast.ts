/**
 * The condition language (SPEC §3): one JSON AST for role assignment, personas, dynamic
 * audiences, filters and journey splits. This file is the contract: the zod schema that
 * validates it at the API boundary (and generates its OpenAPI description) and its TS types.
 *
 * Shape:
 *   { all: [c, …] } | { any: [c, …] } | { not: c }
 *   { field, op, value?, type? }            attribute test; `type` only for `custom.<key>` fields
 *   { activity: { type, atLeast, inLastDays } }   person did T at least N times in the last D days
 *   { persona: "psn_…" }                    person matches the persona's condition
 *   { memberOfList: "lst_…" }               account is in the list (person: one of their accounts is)
 *   { roleInAccount: { op, value } }        person's roles in the account (string operators)
 *   { descendantOf: "acc_…" }               account is below that account in the hierarchy
 *   { people: { atLeast, where?, relationType? } }     account has ≥ N related people matching
 *   { buyingGroup: { solutionInterestId, active?, stage?, status?, completeness?, engagement?,
 *                    roleCount? } }         account has a buying group for S in that state
 *
 * Semantics (both executions — TypeScript in evaluate.ts, SQL in store/conditions-sql.ts on SQLite
 * and PostgreSQL — agree exactly; property tests over random data and conditions check it):
 * - Two-valued logic: every leaf is true or false, never unknown; `not` negates exactly.
 *   `{ all: [] }` always holds, `{ any: [] }` never does.
 * - Strings compare normalised (domain/text.ts normText: NFKC, lower-case, trimmed; no further
 *   case folding, so "ß" ≠ "ss" and "İ" → "i̇"). A missing value — null, '' or whitespace only —
 *   counts as the empty string. Operands are non-empty after normalisation. A multi-value operand
 *   matches if any value matches; the negative operators (is_not, not_starts_with, not_contains,
 *   not_ends_with, is_none_of, is_not_empty) are the exact negation of their positive twin, so they
 *   hold for a missing value. `is_one_of` = `is` with a list. There are no wildcards: `%`, `_` and
 *   `\` are literal characters.
 * - Numbers: a missing value fails every comparison except `neq` (the negation of `eq`) and
 *   `is_empty`. `between` is inclusive.
 * - Dates are compared by UTC day. Operands are real calendar days 'YYYY-MM-DD'. `eq` = that day,
 *   `lt`/`before` = before that day, `lte` = up to the end of that day, `gt`/`after` = from the
 *   next day, `between` = both days inclusive. `in_last_days: N` holds for instants in
 *   [now − N × 24 h, now] (the future excluded); for custom date attributes, for days in
 *   [day(now − N × 24 h), day(now)].
 * - Booleans: `is_true` / `is_false`; a missing value is false for both.
 * - Custom attributes (`custom.<key>`) name their `type` (default string). A stored value of
 *   another JSON type (arrays and objects included) counts as missing. Custom dates are strings
 *   whose first 10 characters look like YYYY-MM-DD (digits and dashes; the calendar is not
 *   checked): those 10 characters are the day; any other value is missing.
 * - Relations: a person's relation to an account is active when it has no end date or ends after
 *   today (UTC day of `now`); ended relations count for nothing below.
 * - `activity`: activity types are identifiers (e.g. email_opened), matched exactly; the count is
 *   over the person's activities of those types with occurredAt in [now − D × 24 h, now].
 * - `roleInAccount`: the string test runs over the person's non-empty roles in their active
 *   relations — in the evaluation context's account only when one is given: a positive operator
 *   holds when some role matches, `is_empty` when there is no role.
 * - `memberOfList`: an account is in the (static) list; a person is when the account of one of
 *   their active relations is.
 * - `descendantOf`: the account is strictly below that account, at any depth.
 * - `persona`: the persona's (person) condition, inlined. Unknown personas and personas that reach
 *   themselves again are invalid conditions.
 * - Closed sets: text fields with a fixed set of values (derived seniority and function, see
 *   fields.ts) refuse operands that cannot match any allowed value under the operator.
 * - `people` (accounts only): the number of distinct people with an active relation to the account
 *   — of one of `relationType` (employee, contractor) when given — for whom the person condition
 *   `where` holds (absent: every such person) is at least `atLeast` (1 … 1,000,000). `where` is
 *   evaluated as a person condition in the context of this account: `roleInAccount` reads the
 *   person's roles in this account; `memberOfList`, `activity` and `persona` mean what they mean
 *   for people. `{ not: { people: { atLeast: N, … } } }` is "fewer than N".
 * - `buyingGroup` (accounts only): the account has a buying group for solution interest
 *   `solutionInterestId` (there is at most one) and every constraint given holds for it (absent
 *   constraints: no constraint; an inactive group counts unless `active` says otherwise):
 *   `active` true/false; `stage` one of these stage keys (exact; a group without a stage matches
 *   none); `status` a text test on the status label (missing = empty, as for fields);
 *   `completeness` / `engagement` a number test ({ op: eq|neq|lt|lte|gt|gte|between, value }) on
 *   the stored score (0–100, exact, never missing); `roleCount`: for each item, the number of
 *   current (not removed) members holding role `roleId` is within [atLeast ?? 0, atMost ?? ∞]
 *   (`atMost: 0` = nobody holds the role). Unknown solution interests, roles and stage keys (of the
 *   solution interest's stage model) are invalid conditions.
 */
import { z } from 'zod';
import { RELATION_TYPES, type RelationType } from '../relations.ts';

export const STRING_OPS = [
  'is',
  'is_not',
  'starts_with',
  'not_starts_with',
  'contains',
  'not_contains',
  'ends_with',
  'not_ends_with',
  'is_one_of',
  'is_none_of',
  'is_empty',
  'is_not_empty',
] as const;
export const NUMBER_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between', 'is_empty', 'is_not_empty'] as const;
export const DATE_OPS = [...NUMBER_OPS, 'before', 'after', 'in_last_days'] as const;
export const BOOLEAN_OPS = ['is_true', 'is_false'] as const;

export type StringOp = (typeof STRING_OPS)[number];
export type NumberOp = (typeof NUMBER_OPS)[number];
export type DateOp = (typeof DATE_OPS)[number];
export type BooleanOp = (typeof BOOLEAN_OPS)[number];
export type Op = StringOp | DateOp | BooleanOp;

export const MAX_DEPTH = 12;
export const MAX_NODES = 500;
export const MAX_VALUES = 1000;
export const MAX_STRING = 1000;

export type StringOperand = string | string[];
export type NumberOperand = number | [number, number];
export type DateOperand = string | [string, string] | number;

export interface FieldCondition {
  field: string;
  op: Op;
  value?: StringOperand | NumberOperand | DateOperand;
  /** For `custom.<key>` fields only: how to read the stored value. Default 'string'. */
  type?: 'string' | 'number' | 'date' | 'boolean';
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
/** Comparison operators for scores (which are never missing). */
export const SCORE_OPS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'between'] as const;
export type ScoreOp = (typeof SCORE_OPS)[number];
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
export const MAX_ROLE_COUNTS = 50;
export const MAX_STAGE_KEYS = 100;
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

/** The conditions of the personas a `{ persona: id }` leaf may name, by persona id (inlined by evaluation and compilation). */
export type PersonaConditions = ReadonlyMap<string, Condition>;

const nonEmptyText = z.string().trim().min(1, 'must not be empty').max(MAX_STRING);
const dayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a valid calendar date');

const scoreTest = z.strictObject({ op: z.enum(SCORE_OPS), value: z.union([z.number(), z.tuple([z.number(), z.number()])]) });

/**
 * Structural schema. Operator/value agreement (which depends on the field's type) is checked in
 * validate.ts, which reports precise paths; the zod schema alone is what OpenAPI shows.
 */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).max(MAX_NODES) }),
    z.strictObject({ any: z.array(conditionSchema).max(MAX_NODES) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({
      field: z.string().min(1).max(100),
      op: z.enum([...STRING_OPS, ...DATE_OPS, ...BOOLEAN_OPS] as [Op, ...Op[]]),
      value: z
        .union([
          z.string().max(MAX_STRING),
          z.number(),
          z.array(z.union([z.string().max(MAX_STRING), z.number()])).max(MAX_VALUES),
        ])
        .optional(),
      type: z.enum(['string', 'number', 'date', 'boolean']).optional(),
    }),
    z.strictObject({
      activity: z.strictObject({
        type: z.union([nonEmptyText, z.array(nonEmptyText).min(1).max(100)]),
        atLeast: z.number().int().min(1).max(1_000_000),
        inLastDays: z.number().int().min(1).max(3650),
      }),
    }),
    z.strictObject({ persona: z.string().regex(/^psn_/, 'must be a persona id (psn_…)') }),
    z.strictObject({ memberOfList: z.string().regex(/^lst_/, 'must be an account list id (lst_…)') }),
    z.strictObject({
      roleInAccount: z.strictObject({
        op: z.enum(STRING_OPS),
        value: z.union([z.string().max(MAX_STRING), z.array(z.string().max(MAX_STRING)).max(MAX_VALUES)]).optional(),
      }),
    }),
    z.strictObject({ descendantOf: z.string().regex(/^acc_/, 'must be an account id (acc_…)') }),
    z.strictObject({
      people: z.strictObject({
        atLeast: z.number().int().min(1).max(1_000_000),
        where: conditionSchema.optional(),
        relationType: z.union([z.enum(RELATION_TYPES), z.array(z.enum(RELATION_TYPES)).min(1).max(RELATION_TYPES.length)]).optional(),
      }),
    }),
    z.strictObject({
      buyingGroup: z.strictObject({
        solutionInterestId: z.string().regex(/^si_/, 'must be a solution interest id (si_…)'),
        active: z.boolean().optional(),
        stage: z.union([nonEmptyText, z.array(nonEmptyText).min(1).max(MAX_STAGE_KEYS)]).optional(),
        status: z
          .strictObject({
            op: z.enum(STRING_OPS),
            value: z.union([z.string().max(MAX_STRING), z.array(z.string().max(MAX_STRING)).max(MAX_VALUES)]).optional(),
          })
          .optional(),
        completeness: scoreTest.optional(),
        engagement: scoreTest.optional(),
        roleCount: z
          .array(z.strictObject({ roleId: z.string().regex(/^rol_/, 'must be a role id (rol_…)'), atLeast: z.number().int().min(0).optional(), atMost: z.number().int().min(0).optional() }))
          .min(1)
          .max(MAX_ROLE_COUNTS)
          .optional(),
      }),
    }),
  ]),
) as z.ZodType<Condition>;

export { dayString };
