/**
 * Membership changes as rows and events: one change written (applyChange), its event
 * (changeEvent), and why rules removed a member (ruleRemovalReasons, from the relations in scope).
 */
import type { Kysely } from 'kysely';
import { type DB, rawQuery, type BulkValue, descendantScope } from '../../store/index.ts';
import { utcDay } from '../../domain/index.ts';
import {
  removalReason,
  ruleRemovalReason,
  type MembershipChange,
  type RemovalReason,
  type RelationInScope,
} from '../../domain/assignment/index.ts';
import type { PendingEvent } from '../events.ts';
import type { GenerationPlan } from './plan.ts';

export const MEMBER_COLUMNS = ['account_id', 'buying_group_id', 'person_id', 'role_id', 'source', 'removed', 'added_at', 'removed_at', 'updated_at'] as const;

export const reasonKey = (accountId: string, personId: string) => `${accountId}\u0000${personId}`;

/**
 * Why rules remove these members (group account, person): the people's relations within each
 * group's scope (the account, and descendants to the plan's depth) go to the pure
 * `ruleRemovalReason`. Read only for the removals, which are few.
 */
export async function ruleRemovalReasons(
  trx: Kysely<DB>,
  depth: number,
  removals: readonly { accountId: string; personId: string }[],
  now: number,
  /** Every relation of the removed people (ended ones too), when the caller has read them: no second read then. */
  known?: ReadonlyMap<string, readonly RelationInScope[]>,
): Promise<Map<string, RemovalReason>> {
  const out = new Map<string, RemovalReason>();
  if (removals.length === 0) return out;
  const groupAccounts = [...new Set(removals.map((r) => r.accountId))];
  const scopes = await descendantScope(trx, groupAccounts, depth);
  const scopeAccounts = [...new Set([...scopes.values()].flatMap((m) => [...m.keys()]))];
  const personIds = [...new Set(removals.map((r) => r.personId))];
  const byPerson = new Map<string, readonly RelationInScope[]>();
  if (known && personIds.every((id) => known.has(id))) for (const id of personIds) byPerson.set(id, known.get(id) ?? []);
  else for (let i = 0; i < personIds.length; i += 500) {
    const rows = await trx
      .selectFrom('account_people')
      .select(['id', 'account_id', 'person_id', 'relation_type', 'ended_on'])
      .where('person_id', 'in', personIds.slice(i, i + 500))
      .where('account_id', 'in', scopeAccounts)
      .execute();
    for (const r of rows) byPerson.set(r.person_id, [...(byPerson.get(r.person_id) ?? []), { id: r.id, accountId: r.account_id, relationType: r.relation_type, endedOn: r.ended_on }]);
  }
  const today = utcDay(now);
  for (const { accountId, personId } of removals) {
    const scope = scopes.get(accountId) ?? new Map([[accountId, 0]]);
    out.set(reasonKey(accountId, personId), ruleRemovalReason((byPerson.get(personId) ?? []).filter((r) => scope.has(r.accountId)), today));
  }
  return out;
}

/** The events of one group's changes; removals get their reason from `reasons` (default: no longer matches). */
export async function changeEvents(
  trx: Kysely<DB>,
  plan: GenerationPlan,
  accountId: string,
  groupId: string,
  changes: readonly MembershipChange[],
  now: number,
  known?: ReadonlyMap<string, readonly RelationInScope[]>,
): Promise<PendingEvent[]> {
  const removed = changes.filter((c) => c.kind === 'member_removed').map((c) => ({ accountId, personId: c.personId }));
  const reasons = await ruleRemovalReasons(trx, plan.options.descendantDepth, removed, now, known);
  return changes.map((c) => ({ accountId, buyingGroupId: groupId, event: changeEvent(c, reasons.get(reasonKey(accountId, c.personId))) }));
}

export function changeEvent(c: MembershipChange, why?: RemovalReason): PendingEvent['event'] {
  switch (c.kind) {
    case 'member_added':
      return { type: 'member_added', personId: c.personId, roleId: c.roleId, source: c.source };
    case 'member_removed': {
      const r = why ?? removalReason('no_longer_matches');
      return {
        type: 'member_removed',
        personId: c.personId,
        roleId: c.roleId,
        source: c.source,
        previousSource: c.previousSource,
        reasonCode: r.code,
        reason: r.reason,
        ...(r.relation ? { relation: r.relation } : {}),
      };
    }
    case 'role_changed':
      return { type: 'role_changed', personId: c.personId, fromRoleId: c.fromRoleId, toRoleId: c.toRoleId, source: c.source, previousSource: c.previousSource };
  }
}

/** Writes one membership change (new rows go to `inserts`, for one bulk insert of MEMBER_COLUMNS). */
export async function applyChange(trx: Kysely<DB>, accountId: string, groupId: string, c: MembershipChange, rowExists: boolean, now: number, inserts: BulkValue[][]): Promise<void> {
  const key = [accountId, groupId, c.personId];
  const where = 'where account_id = ? and buying_group_id = ? and person_id = ?';
  switch (c.kind) {
    case 'member_added':
      if (rowExists) {
        await rawQuery(trx, `update buying_group_members set role_id = ?, source = ?, removed = 0, added_at = ?, removed_at = null, updated_at = ? ${where}`, [c.roleId, c.source, now, now, ...key]);
      } else {
        inserts.push([accountId, groupId, c.personId, c.roleId, c.source, 0, now, null, now]);
      }
      return;
    case 'role_changed':
      await rawQuery(trx, `update buying_group_members set role_id = ?, source = ?, updated_at = ? ${where}`, [c.toRoleId, c.source, now, ...key]);
      return;
    case 'member_removed':
      await rawQuery(trx, `update buying_group_members set source = ?, removed = 1, removed_at = ?, updated_at = ? ${where}`, [c.source, now, now, ...key]);
      return;
  }
}
