/**
 * Sign-in and user rules as pure functions over plain data: email keys, the password policy,
 * session expiry, the last-admin rule and the sign-in failure limit. The clock is passed in.
 */
import { QuorumError } from './errors.ts';

export const USER_ROLES = ['admin', 'editor', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const PASSWORD_MIN_LENGTH = 12;
/** Argon2 accepts more, but an unbounded input is a cheap way to burn CPU. */
export const PASSWORD_MAX_LENGTH = 256;

/** The unique key of an email: trimmed and lower-cased (the local part is case-folded too, as users expect). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Throws validation_failed naming `field` when the password breaks the policy. */
export function checkPasswordPolicy(password: string, field = '/password'): void {
  // Length in code points, so that a 12-character passphrase with accents or emoji counts as 12.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    throw QuorumError.field('validation_failed', field, `the password must be at least ${PASSWORD_MIN_LENGTH} characters long (it has ${length})`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    throw QuorumError.field('validation_failed', field, `the password must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  }
  if (password.trim().length === 0) throw QuorumError.field('validation_failed', field, 'the password must not be blank');
}

export interface SessionPolicy {
  /** A session unused for this long ends (default 12 h). */
  idleMs: number;
  /** A session ends this long after sign-in, used or not (default 7 days). */
  maxAgeMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 12 * 3_600_000, maxAgeMs: 7 * 86_400_000 };

export type SessionState = 'live' | 'idle' | 'expired';

/** Whether a session may still be used at `now`. */
export function sessionState(session: { lastSeenAt: number; expiresAt: number }, now: number, policy: SessionPolicy): SessionState {
  if (now >= session.expiresAt) return 'expired';
  if (now - session.lastSeenAt >= policy.idleMs) return 'idle';
  return 'live';
}

export interface AdminStanding {
  role: UserRole;
  active: boolean;
}

/**
 * True when changing one user from `before` to `after` would leave no active admin, given how
 * many *other* active admins there are. Holds for any actor (an admin demoting themselves is the
 * common case), so the instance can never lock everyone out of user management.
 */
export function leavesNoActiveAdmin(before: AdminStanding, after: AdminStanding, otherActiveAdmins: number): boolean {
  const wasAdmin = before.active && before.role === 'admin';
  const staysAdmin = after.active && after.role === 'admin';
  return wasAdmin && !staysAdmin && otherActiveAdmins === 0;
}

export interface FailureLimit {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMIT: FailureLimit = { maxFailures: 10, windowMs: 15 * 60_000 };

/**
 * Failed sign-ins per key (email + client address) in a sliding window. In memory, per process:
 * it slows guessing down, it is not an account lockout (a restart forgets it, and a correct
 * password clears it).
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  constructor(
    private readonly limit: FailureLimit = DEFAULT_SIGN_IN_LIMIT,
    /** Bound on remembered keys, so that a flood of distinct keys cannot grow memory without end. */
    private readonly maxKeys = 10_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.limit.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string, now: number): number {
    const list = this.recent(key, now);
    if (list.length < this.limit.maxFailures) return 0;
    // The attempt frees up when the oldest failure that keeps the count at the limit leaves the window.
    const oldest = list[list.length - this.limit.maxFailures] as number;
    return Math.max(1, Math.ceil((oldest + this.limit.windowMs - now) / 1000));
  }

  fail(key: string, now: number): void {
    const list = this.recent(key, now);
    list.push(now);
    this.failures.delete(key);
    this.failures.set(key, list);
    // Maps iterate in insertion order: the first key is the one that failed least recently.
    while (this.failures.size > this.maxKeys) {
      const first = this.failures.keys().next().value as string;
      this.failures.delete(first);
    }
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
