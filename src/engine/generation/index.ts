/**
 * Buying group generation (SPEC §4): one group per (solution interest, account of the audience),
 * members assigned by the template's conditions in priority order, reconciled with what stronger
 * sources decided. Set-based: the conditions of every auto-assigned role are compiled into one
 * CASE expression and evaluated by the database over the batch's related people.
 *
 * `generateForAccounts` is idempotent and runs inside the caller's transaction: a batch either
 * commits whole (groups, members, events, scores) or not at all, so a crash never leaves half a
 * batch, and running it again changes nothing.
 *
 * The one public surface of the folder; by concern:
 * - plan.ts: plan loading, the configuration signature and the plan cache;
 * - assignment-sql.ts: the rule-assignment CASE SQL (compiled statements cached per shape);
 * - reconcile.ts: `generateForAccounts` — a batch's groups created, reactivated and reconciled;
 * - fast-path.ts: new groups straight from the CASE (`createGroups`);
 * - changes.ts: membership changes written, their events and removal reasons;
 * - scores.ts: stored scores refreshed, written and recomputed (pure arithmetic: domain/scoring);
 * - counts.ts: what a run did.
 */
export { loadPlan, cachedPlan, configSignature, configSignatureOf, CONFIG_SIGNATURE_SQL, ruleFacts, type CompiledAssignment, type GenerationOptions, type GenerationPlan } from './plan.ts';
export { emptyCounts, addCounts, type GenerationCounts } from './counts.ts';
export { assignmentSql, ruleAssignments } from './assignment-sql.ts';
export { generateForAccounts, type GroupRow, type PeopleRelations } from './reconcile.ts';
export { createGroups, type NewGroup } from './fast-path.ts';
export { MEMBER_COLUMNS, applyChange, changeEvent, reasonKey, ruleRemovalReasons } from './changes.ts';
export { refreshGroupScores, recomputeGroupScores, type GroupScoreRecompute } from './scores.ts';
export { groupName } from '../../domain/assignment/index.ts';
export { scoreModel, groupScores, byPersonId, type ScoreModel, type GroupScores } from '../../domain/scoring/index.ts';
