/**
 * When to try a failed delivery again: exponential backoff with jitter, capped, honouring the
 * receiver's Retry-After. Pure: the random source is passed in (tests fix it).
 */
export interface RetryPolicy {
  /** Attempts before a delivery is dead-lettered (the first try included). */
  maxAttempts: number;
  /** The delay after the first failure; each further failure doubles it. */
  baseDelayMs: number;
  /** No wait is longer than this (Retry-After included). */
  maxDelayMs: number;
}

/** 5 s, 10 s, 20 s … up to 24 h, dead after 10 tries (about 1.5 days: the spirit of the Standard Webhooks schedule). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 5_000, maxDelayMs: 24 * 60 * 60_000 };

/**
 * The wait after failed try number `tries` (1 = the first try failed). "Equal jitter": half the
 * exponential delay fixed, half random, so retries of many receivers failing together spread out
 * but never come sooner than half the schedule. A Retry-After wins when it asks for longer.
 */
export function retryDelayMs(policy: RetryPolicy, tries: number, random: () => number, retryAfterMs: number | null = null): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, tries - 1));
  const jittered = Math.round(exp / 2 + random() * (exp / 2));
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

export type AttemptOutcome =
  | { kind: 'delivered' }
  /** Try again at `at`, or dead-letter when the tries are spent. */
  | { kind: 'retry'; at: number }
  | { kind: 'dead'; reason: string }
  /** 410 Gone: the receiver says the endpoint is gone for good; the subscription is disabled. */
  | { kind: 'gone' };

/** What follows one try: 2xx delivered; 410 gone; anything else (3xx included: redirects are not followed) retried until the tries run out. */
export function outcomeOf(policy: RetryPolicy, tries: number, status: number | null, retryAfterMs: number | null, now: number, random: () => number): AttemptOutcome {
  if (status !== null && status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 410) return { kind: 'gone' };
  if (tries >= policy.maxAttempts) return { kind: 'dead', reason: `failed ${tries} times` };
  return { kind: 'retry', at: now + retryDelayMs(policy, tries, random, retryAfterMs) };
}
