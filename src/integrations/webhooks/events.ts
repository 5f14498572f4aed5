/**
 * The event types a webhook can subscribe to, named as Standard Webhooks suggests (dot-delimited,
 * `[a-zA-Z0-9_]`), one per outbox event type (engine/events.ts).
 */
export const WEBHOOK_EVENT_TYPES = {
  group_created: 'buying_group.created',
  active_changed: 'buying_group.active_changed',
  member_added: 'buying_group.member_added',
  member_removed: 'buying_group.member_removed',
  role_changed: 'buying_group.member_role_changed',
  template_changed: 'buying_group.template_changed',
  completeness_changed: 'buying_group.completeness_changed',
  engagement_changed: 'buying_group.engagement_changed',
  stage_changed: 'buying_group.stage_changed',
  status_changed: 'buying_group.status_changed',
} as const;

export type OutboxType = keyof typeof WEBHOOK_EVENT_TYPES;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[OutboxType];
export const WEBHOOK_EVENT_TYPE_LIST = Object.values(WEBHOOK_EVENT_TYPES) as readonly WebhookEventType[];

/** The webhook type of an outbox type; null for one this version does not know (not delivered). */
export function webhookTypeOf(outboxType: string): WebhookEventType | null {
  return Object.hasOwn(WEBHOOK_EVENT_TYPES, outboxType) ? WEBHOOK_EVENT_TYPES[outboxType as OutboxType] : null;
}

/** The JSON body of one event, as delivered (Standard Webhooks payload shape: type, timestamp, data). */
export function webhookBody(e: { type: WebhookEventType; eventId: string; seq: number; accountId: string; buyingGroupId: string; createdAt: number; payload: Record<string, unknown> }): string {
  return JSON.stringify({ type: e.type, timestamp: new Date(e.createdAt).toISOString(), data: { eventId: e.eventId, seq: e.seq, accountId: e.accountId, buyingGroupId: e.buyingGroupId, ...e.payload } });
}
