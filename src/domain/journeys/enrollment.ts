/**
 * An enrollment: one account's pass through a journey (one per journey, account and entry
 * number). Where it is lives in its tokens: one for the account, or one per path of a people
 * split (each carrying its people) until the split's merge joins them again.
 */
import { durationMs, type Reentry } from './model.ts';

export type TokenState =
  /** Just arrived at its node: the node acts on it at the next advance. */
  | { kind: 'ready' }
  /** In a wait until `wakeAt`. */
  | { kind: 'waiting'; wakeAt: number }
  /** In a listen step: the first matching event from `at` on moves it; at `deadline` the timeout does. */
  | { kind: 'listening'; deadline: number }
  /** An HTTP call (effect `effectKey`) is out: its result decides the path. */
  | { kind: 'awaitingResult'; effectKey: string }
  /** At the merge that closes its people split, waiting for the other paths. */
  | { kind: 'merging' };

/** A people split a token is inside: the merge that closes it and what the token was before it. */
export interface SplitFrame {
  splitNodeId: string;
  mergeId: string;
  /** The id, step and people of the token that split: restored by the merge. */
  parentId: string;
  parentStep: number;
  parentPersonIds: string[] | null;
}

export interface Token {
  /** Deterministic: "t" for the account's first token; "<parent>.<step>.<path>" for a split's paths. */
  id: string;
  nodeId: string;
  /** When the token arrived at its node (its logical time: a wait ends at its wake-up time even when the runtime wakes later). */
  at: number;
  /** How many nodes this token has entered: part of each effect's idempotency key, so a loop's second visit is a new effect. */
  step: number;
  state: TokenState;
  /** The people on this path of a people split; null outside people splits (the account as a whole). */
  personIds: string[] | null;
  /** The people splits it is inside, innermost last. */
  splits: SplitFrame[];
}

export type EnrollmentStatus = 'active' | 'completed';

export interface Enrollment {
  journeyId: string;
  accountId: string;
  entryNumber: number;
  status: EnrollmentStatus;
  enteredAt: number;
  /** When the last token ended; null while active. */
  endedAt: number | null;
  tokens: Token[];
}

/** A new enrollment: one token at the entry node, to be moved on by `advance`. */
export function startEnrollment(ids: { journeyId: string; accountId: string; entryNumber: number }, entryNodeId: string, now: number): Enrollment {
  return {
    ...ids,
    status: 'active',
    enteredAt: now,
    endedAt: null,
    tokens: [{ id: 't', nodeId: entryNodeId, at: now, step: 0, state: { kind: 'ready' }, personIds: null, splits: [] }],
  };
}

export interface PreviousEntry {
  entryNumber: number;
  enteredAt: number;
  endedAt: number | null;
}

export type EntryDecision =
  | { enter: true; entryNumber: number }
  | { enter: false; reason: 'inside' | 'no_reentry' | 'limit_reached'; retryAt: null }
  | { enter: false; reason: 'too_soon'; retryAt: number };

/**
 * Whether an account may enter (again) now. The first entry always may. Again only when re-entry
 * is on, it is not inside already, the entry limit is not reached and the delay since the end (or
 * start) of its latest entry has passed (`retryAt` says when it will have).
 */
export function entryDecision(reentry: Reentry, previous: readonly PreviousEntry[], now: number): EntryDecision {
  if (previous.length === 0) return { enter: true, entryNumber: 1 };
  if (previous.some((p) => p.endedAt === null)) return { enter: false, reason: 'inside', retryAt: null };
  if (!reentry.enabled) return { enter: false, reason: 'no_reentry', retryAt: null };
  if (reentry.limit !== undefined && previous.length >= reentry.limit) return { enter: false, reason: 'limit_reached', retryAt: null };
  const last = previous.reduce((a, b) => (b.entryNumber > a.entryNumber ? b : a));
  const base = reentry.from === 'start' ? last.enteredAt : (last.endedAt as number);
  const earliest = base + (reentry.delay ? durationMs(reentry.delay) : 0);
  if (now < earliest) return { enter: false, reason: 'too_soon', retryAt: earliest };
  return { enter: true, entryNumber: last.entryNumber + 1 };
}

/** The next time something is due without an event or a result: the earliest wait end or listen deadline; null when none. */
export function nextWakeAt(e: Pick<Enrollment, 'tokens'>): number | null {
  let at: number | null = null;
  for (const t of e.tokens) {
    const due = t.state.kind === 'waiting' ? t.state.wakeAt : t.state.kind === 'listening' ? t.state.deadline : t.state.kind === 'ready' ? t.at : null;
    if (due !== null && (at === null || due < at)) at = due;
  }
  return at;
}
