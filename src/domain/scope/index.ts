/** The scope of a solution interest's buying groups: how far below an account rules look (its public surface). */
export { decideScope, decidedDepth } from './scope.ts';
export type { ScopeDecision } from './scope.ts';
