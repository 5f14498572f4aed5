/**
 * The outbox: every change to a buying group is written as a typed event in the same transaction
 * as the change. Later work (journeys, webhooks) reads it in `seq` order.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../store/schema.ts';
import { newId } from '../domain/ids.ts';
import { toJson } from '../store/db.ts';
import type { MemberSource } from '../domain/assignment/index.ts';

export type BuyingGroupEvent =
  | { type: 'group_created'; name: string; solutionInterestId: string; jobId: string | null }
  | { type: 'active_changed'; active: boolean; reason: string }
  | { type: 'member_added'; personId: string; roleId: string; source: MemberSource }
  | { type: 'member_removed'; personId: string; roleId: string; source: MemberSource; previousSource: MemberSource; reason: string }
  | { type: 'role_changed'; personId: string; fromRoleId: string; toRoleId: string; source: MemberSource; previousSource: MemberSource }
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

const CHUNK = 400;

export async function writeEvents(db: Kysely<DB>, events: readonly PendingEvent[], now: number): Promise<void> {
  for (let i = 0; i < events.length; i += CHUNK) {
    const part = events.slice(i, i + CHUNK);
    await db
      .insertInto('events')
      .values(
        part.map((e) => {
          const { type, ...payload } = e.event;
          return { id: newId('event', now), account_id: e.accountId, buying_group_id: e.buyingGroupId, type, payload: toJson(payload), created_at: now };
        }),
      )
      .execute();
  }
}
