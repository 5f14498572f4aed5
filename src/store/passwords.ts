/**
 * Password hashing with Argon2id (@node-rs/argon2, OWASP's recommended parameters: 19 MiB,
 * 2 passes, 1 lane — the library's defaults). Hashing runs on libuv's thread pool, so the event
 * loop keeps serving while a sign-in is checked.
 */
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email, or a user without a
 * password) it still verifies against a dummy hash, so the answer takes as long either way and
 * its timing does not tell which emails exist.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash == null) {
    dummy ??= hash('quorum-no-such-user-password');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    // A malformed stored hash is a failed check, not a 500.
    return false;
  }
}
