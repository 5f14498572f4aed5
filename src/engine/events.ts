/**
 * The outbox: every change to a buying group is written as a typed event in the same transaction
 * as the change. Later work (journeys, webhooks) reads it in `seq` order.
 *
 * A group's creation is ONE event: `group_created` carries the group's initial members (person
 * and role, all added by `source`, i.e. rules) and its initial completeness and engagement. No
 * `member_added`, `completeness_changed` or `engagement_changed` events follow for that initial
 * state (a creation job over 50,000 accounts writes 50,000 events, not a million); consumers that
 * react to "member assigned" treat each entry of `members` as one. Every later change is its own
 * event.
 */
import type { Kysely } from 'kysely';
import { type DB, toJson, bulkInsert, type BulkValue } from '../store/index.ts';
import { newId } from '../domain/index.ts';
import type { MemberSource, RemovalCode, RemovalReason } from '../domain/assignment/index.ts';

export interface InitialMember {
  personId: string;
  roleId: string;
}

export type BuyingGroupEvent =
  | {
      type: 'group_created';
      name: string;
      solutionInterestId: string;
      jobId: string | null;
      /** Who added the initial members. */
      source: MemberSource;
      /** The initial members, by person id. */
      members: InitialMember[];
      /** Scores of the initial members (SPEC §5, exact). */
      completeness: number;
      engagement: number;
      /** The stage the group starts in (the entry stage of the solution interest's Live stage model), or null. */
      stage: string | null;
    }
  | { type: 'active_changed'; active: boolean; reason: string }
  | { type: 'member_added'; personId: string; roleId: string; source: MemberSource }
  | {
      type: 'member_removed';
      personId: string;
      roleId: string;
      source: MemberSource;
      previousSource: MemberSource;
      /** Why, typed (domain/assignment/removal.ts) and in words. */
      reasonCode: RemovalCode;
      reason: string;
      /** left_account: the relation that ended. */
      relation?: RemovalReason['relation'];
    }
  | { type: 'role_changed'; personId: string; fromRoleId: string; toRoleId: string; source: MemberSource; previousSource: MemberSource }
  | {
      /** The group moved to its solution interest's new roles template (a template upgrade job). */
      type: 'template_changed';
      fromTemplateId: string;
      toTemplateId: string;
      jobId: string | null;
      /** Members set by a stronger source whose role the new template lacks: handed back to rules. */
      releasedPersonIds: string[];
    }
  | { type: 'completeness_changed'; from: number; to: number }
  | { type: 'engagement_changed'; from: number; to: number }
  | { type: 'stage_changed'; from: string | null; to: string }
  | { type: 'status_changed'; from: string | null; to: string | null };

export type EventType = BuyingGroupEvent['type'];

export interface PendingEvent {
  accountId: string;
  buyingGroupId: string;
  event: BuyingGroupEvent;
}

const EVENT_COLUMNS = ['id', 'account_id', 'buying_group_id', 'type', 'payload', 'created_at'] as const;

/** Appends events to the outbox in the caller's transaction, in the given order (`seq` follows it). */
export async function writeEvents(db: Kysely<DB>, events: readonly PendingEvent[], now: number): Promise<void> {
  if (events.length === 0) return;
  const rows: BulkValue[][] = events.map((e) => {
    const { type, ...payload } = e.event;
    return [newId('event', now), e.accountId, e.buyingGroupId, type, toJson(payload), now];
  });
  await bulkInsert(db, 'events', EVENT_COLUMNS, rows);
}
