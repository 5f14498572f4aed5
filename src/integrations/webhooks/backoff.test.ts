import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RETRY_POLICY, outcomeOf, parseRetryAfter, retryDelayMs } from './backoff.ts';

const policy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 10_000 };

describe('webhook retry timing', () => {
  it('doubles the delay per failure, jittered between half and all of it, capped', () => {
    expect(retryDelayMs(policy, 1, () => 0)).toBe(500);
    expect(retryDelayMs(policy, 1, () => 1)).toBe(1000);
    expect(retryDelayMs(policy, 3, () => 1)).toBe(4000);
    expect(retryDelayMs(policy, 10, () => 1)).toBe(10_000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (tries, r) => {
        const d = retryDelayMs(DEFAULT_RETRY_POLICY, tries, () => r);
        const exp = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs * 2 ** (tries - 1));
        return d >= Math.floor(exp / 2) && d <= exp;
      }),
    );
  });

  it('waits at least as long as Retry-After asks (up to the cap)', () => {
    expect(retryDelayMs(policy, 1, () => 0, 7000)).toBe(7000);
    expect(retryDelayMs(policy, 1, () => 0, 60_000)).toBe(10_000);
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(new Date(5000).toUTCString(), 1000)).toBe(4000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(undefined, 0)).toBeNull();
  });

  it('delivers on 2xx, gives up on 410, dead-letters after the last try, retries anything else', () => {
    expect(outcomeOf(policy, 1, 204, null, 0, () => 0)).toEqual({ kind: 'delivered' });
    expect(outcomeOf(policy, 1, 410, null, 0, () => 0)).toEqual({ kind: 'gone' });
    expect(outcomeOf(policy, 1, 302, null, 0, () => 0)).toEqual({ kind: 'retry', at: 500 });
    expect(outcomeOf(policy, 2, null, null, 100, () => 1)).toEqual({ kind: 'retry', at: 2100 });
    expect(outcomeOf(policy, 4, 500, null, 0, () => 0)).toEqual({ kind: 'dead', reason: 'failed 4 times' });
  });
});
