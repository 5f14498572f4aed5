import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, SecretBox } from '../store/index.ts';
import type { Clock, FailureLimiter, SessionPolicy } from '../domain/index.ts';
import type { JobRunner, LinkedInSettings, WebhookDispatcher } from '../engine/index.ts';
import type { AddressPolicy } from '../integrations/webhooks/index.ts';
import type { UploadStore } from './uploads.ts';

/**
 * What routes are given: the Fastify instance they register on (`Api`) and the app's shared
 * context. It lives apart from app.ts (which imports every route) so that routes never import
 * app.ts and the api layer has no import cycles (src/architecture.test.ts checks it).
 */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface AppContext {
  database: Database;
  clock: Clock;
  runner?: JobRunner | undefined;
  sessions: SessionPolicy;
  /** Failed sign-ins per email + client address (in memory, per process). */
  signInLimiter: FailureLimiter;
  publicUrl?: string | undefined;
  /** Import uploads on disk and the cap on one file's size. */
  uploads: { store: UploadStore; maxBytes: number };
  /** Webhooks: the key sealing their secrets (none: they cannot be created), the address policy, the dispatcher to wake. */
  webhooks?: WebhookSettings | undefined;
  /** LinkedIn Matched Audiences: client settings and the key sealing destination credentials (none: syncs refuse). */
  linkedin?: LinkedInSettings | undefined;
}

export interface WebhookSettings {
  secrets: SecretBox | null;
  addressPolicy: AddressPolicy;
  dispatcher?: WebhookDispatcher | undefined;
}
