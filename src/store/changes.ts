/**
 * Typed changes the store announces inside its write transactions, so that the engine can bring
 * buying groups up to date in the same transaction (real-time maintenance). The store does not
 * depend on the engine: the engine installs a listener (engine/maintenance.ts); without one
 * (plain store tests), nothing listens.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';

export type StoreChange =
  /** A person's fields changed (their roles may change in every group of their accounts). */
  | { kind: 'person'; personId: string }
  /** A relation was created, changed or deleted (the person may join or leave the account's groups). */
  | { kind: 'relation'; accountId: string; personId: string }
  /** An account's fields or parent changed (its audiences, and its ancestors' groups). */
  | { kind: 'account'; accountId: string; previousParentId: string | null }
  /** Accounts joined or left a static list (an audience). */
  | { kind: 'list_members'; listId: string; accountIds: string[] }
  /** Activities were added or deleted (engagement, and roles whose conditions count activities). */
  | { kind: 'activities'; activities: { personId: string; type: string; occurredAt: number }[] };

export type ChangeListener = (trx: Kysely<DB>, changes: readonly StoreChange[], now: number) => Promise<void>;

let listener: ChangeListener | null = null;

/** Installs the one listener (the engine's maintenance); returns a function that removes it. */
export function setChangeListener(l: ChangeListener | null): () => void {
  listener = l;
  return () => {
    if (listener === l) listener = null;
  };
}

/** Called by store writes, inside their transaction, after the change is written. */
export async function announce(trx: Kysely<DB>, changes: readonly StoreChange[], now: number): Promise<void> {
  if (listener && changes.length) await listener(trx, changes, now);
}

/** Whether a listener is installed (a job thread has none until it installs maintenance itself). */
export function hasChangeListener(): boolean {
  return listener !== null;
}
