/**
 * The scope of a solution interest's buying groups (issue 6): how far below each group's account
 * rules look for people (`descendantDepth`). It is one stored fact per solution interest
 * (store/followed-audiences.ts) that generation, maintenance, explain and preview all read, so a
 * creation job either uses it, sets it (the first job of a solution interest), changes it
 * explicitly (`updateScope`), or is refused — never silently gives some groups another scope.
 */

export type ScopeDecision =
  /** Use this depth; `stored` says whether it already was the stored scope. */
  | { kind: 'use'; depth: number; stored: boolean }
  /** The caller asked to change the stored scope. */
  | { kind: 'change'; from: number; to: number }
  /** The requested depth differs from the stored one and no change was asked for. */
  | { kind: 'refuse'; stored: number; requested: number };

/**
 * What a creation job does with its requested depth given the stored scope (null: the solution
 * interest follows nothing yet). An omitted depth means "the stored scope" (0 without one).
 */
export function decideScope(stored: number | null, requested: number | undefined, updateScope: boolean): ScopeDecision {
  if (stored === null) return { kind: 'use', depth: requested ?? 0, stored: false };
  if (requested === undefined || requested === stored) return { kind: 'use', depth: stored, stored: true };
  return updateScope ? { kind: 'change', from: stored, to: requested } : { kind: 'refuse', stored, requested };
}

/** The depth a decision leads to (refuse: the stored one stays). */
export function decidedDepth(d: ScopeDecision): number {
  switch (d.kind) {
    case 'use':
      return d.depth;
    case 'change':
      return d.to;
    case 'refuse':
      return d.stored;
  }
}
