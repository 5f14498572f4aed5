/**
 * Webhook settings from the environment, checked at start-up so that a bad value stops the
 * server with a clear message instead of failing deliveries later:
 *   QUORUM_SECRET_KEY                 32 bytes (64 hex characters or base64): seals signing secrets
 *   QUORUM_SECRET_KEY_PREVIOUS        earlier keys, comma-separated, still opening what they sealed
 *   QUORUM_WEBHOOKS_ALLOW_PRIVATE=1   allow private/loopback/link-local receivers (tests, trusted networks)
 *   QUORUM_WEBHOOKS_ALLOW_CIDRS       or only these ranges, e.g. 10.20.0.0/16,192.168.1.7
 *   QUORUM_WEBHOOKS_MAX_ATTEMPTS      tries before a delivery is dead-lettered (default 10)
 *   QUORUM_WEBHOOKS_TIMEOUT_MS        deadline of one attempt (default 15000)
 *   QUORUM_WEBHOOKS_MAX_RESPONSE_BYTES  bytes of an answer read at most (default 65536)
 */
import { DEV_SECRET_KEY, SecretBox, countWebhooks, secretBoxFromEnv, type Database } from '../store/index.ts';
import { DEFAULT_RETRY_POLICY, parseCidrs, type AddressPolicy, type RetryPolicy } from '../integrations/webhooks/index.ts';
import { wholeEnv } from './env-number.ts';

export interface WebhookConfig {
  secrets: SecretBox | null;
  /** The secret key is the built-in demo key (quorum start without QUORUM_SECRET_KEY). */
  devKey: boolean;
  addressPolicy: AddressPolicy;
  retry: RetryPolicy;
  timeoutMs: number;
  maxResponseBytes: number;
}

/** Reads and checks the settings; `devDefault` (quorum start) falls back to the demo key when QUORUM_SECRET_KEY is unset. */
export function webhookConfig(env: NodeJS.ProcessEnv, opts: { devDefault: boolean }): WebhookConfig {
  let secrets = secretBoxFromEnv(env);
  const devKey = !secrets && opts.devDefault;
  if (devKey) secrets = new SecretBox(DEV_SECRET_KEY);
  let allowCidrs: string[];
  try {
    allowCidrs = parseCidrs(env.QUORUM_WEBHOOKS_ALLOW_CIDRS);
  } catch (e) {
    throw new Error(`QUORUM_WEBHOOKS_ALLOW_CIDRS: ${(e as Error).message}`);
  }
  return {
    secrets,
    devKey,
    addressPolicy: { allowPrivate: env.QUORUM_WEBHOOKS_ALLOW_PRIVATE === '1', allowCidrs },
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: wholeEnv(env, 'QUORUM_WEBHOOKS_MAX_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts, 1, 100) },
    timeoutMs: wholeEnv(env, 'QUORUM_WEBHOOKS_TIMEOUT_MS', 15_000, 100, 120_000),
    maxResponseBytes: wholeEnv(env, 'QUORUM_WEBHOOKS_MAX_RESPONSE_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024),
  };
}

/** Refuses to start when subscriptions exist but no key can open their secrets. */
export async function checkWebhookKey(database: Database, config: WebhookConfig): Promise<void> {
  if (config.secrets) return;
  const n = await countWebhooks(database.db);
  if (n > 0) throw new Error(`${n} webhook subscription${n === 1 ? '' : 's'} exist${n === 1 ? 's' : ''} but QUORUM_SECRET_KEY is not set: their signing secrets cannot be opened. Set QUORUM_SECRET_KEY to the key they were created with (32 bytes, base64 or hex).`);
}
