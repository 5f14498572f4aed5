import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, DEFAULT_SESSION_POLICY, FailureLimiter, leavesNoActiveAdmin, normaliseEmail, sessionState } from './users.ts';
import { QuorumError } from './errors.ts';

describe('user rules', () => {
  it('folds emails to one key', () => {
    expect(normaliseEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
  });

  it('needs passwords of 12 to 256 characters, counted in code points', () => {
    const fails = (p: string) => {
      try {
        checkPasswordPolicy(p, '/newPassword');
        return null;
      } catch (e) {
        return e instanceof QuorumError ? e.errors[0] : e;
      }
    };
    expect(fails('short-pass1')).toEqual({ field: '/newPassword', message: 'the password must be at least 12 characters long (it has 11)' });
    expect(fails('twelve-chars')).toBeNull();
    expect(fails('ééééééééééé')).toMatchObject({ message: expect.stringContaining('it has 11') });
    expect(fails('😀'.repeat(12))).toBeNull();
    expect(fails('x'.repeat(257))).toMatchObject({ message: expect.stringContaining('at most 256') });
    expect(fails(' '.repeat(12))).toMatchObject({ message: 'the password must not be blank' });
  });

  it('ends sessions after the idle time or the absolute age, whichever comes first', () => {
    const p = DEFAULT_SESSION_POLICY;
    const t0 = 1_000_000;
    const s = { lastSeenAt: t0, expiresAt: t0 + p.maxAgeMs };
    expect(sessionState(s, t0 + p.idleMs - 1, p)).toBe('live');
    expect(sessionState(s, t0 + p.idleMs, p)).toBe('idle');
    expect(sessionState({ lastSeenAt: t0 + p.maxAgeMs - 1, expiresAt: s.expiresAt }, t0 + p.maxAgeMs, p)).toBe('expired');
  });

  it('refuses only the change that leaves no active admin', () => {
    const admin = { role: 'admin' as const, active: true };
    expect(leavesNoActiveAdmin(admin, { role: 'editor', active: true }, 0)).toBe(true);
    expect(leavesNoActiveAdmin(admin, { role: 'admin', active: false }, 0)).toBe(true);
    expect(leavesNoActiveAdmin(admin, { role: 'editor', active: true }, 1)).toBe(false);
    expect(leavesNoActiveAdmin(admin, { role: 'admin', active: true }, 0)).toBe(false);
    expect(leavesNoActiveAdmin({ role: 'admin', active: false }, { role: 'viewer', active: false }, 0)).toBe(false);
    expect(leavesNoActiveAdmin({ role: 'editor', active: true }, { role: 'viewer', active: false }, 0)).toBe(false);
  });

  it('limits failures per key in a sliding window and forgets on success', () => {
    const limiter = new FailureLimiter({ maxFailures: 3, windowMs: 60_000 });
    const t0 = 5_000_000;
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterSeconds('a', t0 + i * 1000)).toBe(0);
      limiter.fail('a', t0 + i * 1000);
    }
    expect(limiter.retryAfterSeconds('a', t0 + 3000)).toBe(57); // the first failure leaves the window at t0 + 60 s
    expect(limiter.retryAfterSeconds('b', t0 + 3000)).toBe(0);
    expect(limiter.retryAfterSeconds('a', t0 + 60_000)).toBe(0);
    limiter.fail('a', t0 + 60_000);
    expect(limiter.retryAfterSeconds('a', t0 + 60_001)).toBeGreaterThan(0);
    limiter.succeed('a');
    expect(limiter.retryAfterSeconds('a', t0 + 60_002)).toBe(0);
  });

  it('remembers a bounded number of keys', () => {
    const limiter = new FailureLimiter({ maxFailures: 1, windowMs: 60_000 }, 2);
    limiter.fail('a', 1);
    limiter.fail('b', 2);
    limiter.fail('c', 3);
    expect(limiter.retryAfterSeconds('a', 4)).toBe(0);
    expect(limiter.retryAfterSeconds('c', 4)).toBeGreaterThan(0);
  });
});
