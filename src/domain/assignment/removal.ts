/**
 * Why a member left a buying group: a typed reason code plus the words shown to users, decided
 * here without I/O. Rules remove a member for one of two reasons that users must not confuse —
 * the person no longer matches the role conditions, or the person left the account (their
 * relation ended, or was deleted) — and the event says which, carrying the relation concerned.
 */
export const REMOVAL_CODES = ['no_longer_matches', 'left_account', 'no_longer_related', 'role_not_in_template', 'removed_by_hand', 'person_deleted'] as const;
export type RemovalCode = (typeof REMOVAL_CODES)[number];

/** A relation of the person with an account in the group's scope (the account or a descendant in scope). */
export interface RelationInScope {
  id: string;
  accountId: string;
  relationType: string;
  endedOn: string | null;
}

export interface RemovalReason {
  code: RemovalCode;
  reason: string;
  /** The relation that ended (left_account). */
  relation: { id: string; accountId: string; type: string; endedOn: string } | null;
}

const WORDS: Record<RemovalCode, string> = {
  no_longer_matches: 'no longer matches the role conditions',
  left_account: 'left the account (their relation ended)',
  no_longer_related: 'is no longer related to the account (the relation was deleted)',
  role_not_in_template: "their role is not in the solution interest's new roles template",
  removed_by_hand: 'removed by hand',
  person_deleted: 'the person was deleted',
};

export function removalWords(code: RemovalCode): string {
  return WORDS[code];
}

export function removalReason(code: RemovalCode, relation: RemovalReason['relation'] = null): RemovalReason {
  return { code, reason: WORDS[code], relation };
}

/**
 * Why rules remove a member, from the person's relations within the group's scope on `today`:
 * still actively related → they no longer match; every relation ended → they left (the relation
 * that ended last is carried); no relation at all any more → the relation was deleted.
 */
export function ruleRemovalReason(relations: readonly RelationInScope[], today: string): RemovalReason {
  if (relations.some((r) => r.endedOn === null || r.endedOn > today)) return removalReason('no_longer_matches');
  let last: RelationInScope | undefined;
  for (const r of relations) if (r.endedOn !== null && (!last || (last.endedOn as string) < r.endedOn || (last.endedOn === r.endedOn && last.id < r.id))) last = r;
  if (!last) return removalReason('no_longer_related');
  return removalReason('left_account', { id: last.id, accountId: last.accountId, type: last.relationType, endedOn: last.endedOn as string });
}
