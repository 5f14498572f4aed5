/** Webhooks: Standard Webhooks signing, the SSRF address policy, retry timing and the guarded HTTP client. */
export { SECRET_PREFIX, TOLERANCE_SECONDS, generateSecret, secretKey, signV1, signatureHeader, signedHeaders, verify } from './signing.ts';
export type { SignedHeaders } from './signing.ts';
export { DEFAULT_RETRY_POLICY, outcomeOf, parseRetryAfter, retryDelayMs } from './backoff.ts';
export type { AttemptOutcome, RetryPolicy } from './backoff.ts';
export { PUBLIC_ONLY, blockedReason, parseCidrs, refusal } from './addresses.ts';
export type { AddressPolicy } from './addresses.ts';
export { RefusedAddress, checkedAddresses, postWebhook, systemResolver } from './http.ts';
export type { PostOptions, PostResult, ResolvedAddress, Resolver } from './http.ts';
export { WEBHOOK_EVENT_TYPES, WEBHOOK_EVENT_TYPE_LIST, webhookBody, webhookTypeOf } from './events.ts';
export type { OutboxType, WebhookEventType } from './events.ts';
