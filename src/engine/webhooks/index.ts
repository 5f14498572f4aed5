/** Webhook delivery from the outbox (docs/architecture.md, "Webhooks"). */
export { WebhookDispatcher } from './dispatcher.ts';
export type { DispatcherOptions, RoundCounts } from './dispatcher.ts';
