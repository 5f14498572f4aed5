/**
 * Browser sessions and one-time sign-in links. Both hand out 256-bit random secrets and store
 * only their SHA-256 hashes (like API tokens: random secrets need no slow hash, and a lookup is
 * one index probe). A session carries its own CSRF secret, so a CSRF cookie planted by another
 * site or subdomain cannot match it.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { newId, sessionState, type SessionPolicy } from '../domain/index.ts';
import type { AuthUser } from './tokens.ts';
import { findUserByEmail, userOf, type User } from './users.ts';
import { verifyPassword } from './passwords.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = () => randomBytes(32).toString('base64url');

/** Write last-seen at most once a minute: a write per request would serialise reads on SQLite. */
const TOUCH_EVERY_MS = 60_000;

export interface NewSession {
  id: string;
  /** Goes into the HttpOnly `quorum_session` cookie. */
  token: string;
  /** Goes into the readable `quorum_csrf` cookie; the client echoes it in X-CSRF-Token. */
  csrf: string;
  expiresAt: number;
}

export async function createSession(db: Kysely<DB>, userId: string, now: number, policy: SessionPolicy): Promise<NewSession> {
  const session = { id: newId('session', now), token: secret(), csrf: secret(), expiresAt: now + policy.maxAgeMs };
  await db
    .insertInto('sessions')
    .values({ id: session.id, token_hash: sha256(session.token), csrf_hash: sha256(session.csrf), user_id: userId, created_at: now, last_seen_at: now, expires_at: session.expiresAt })
    .execute();
  return session;
}

export interface ResolvedSession {
  user: AuthUser;
  csrfHash: string;
}

/**
 * The live session behind a cookie secret, or null when unknown, idle or expired (then it is
 * deleted) or its user is deactivated.
 */
export async function resolveSession(db: Kysely<DB>, token: string, now: number, policy: SessionPolicy): Promise<ResolvedSession | null> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.csrf_hash', 's.last_seen_at', 's.expires_at', 'u.id as user_id', 'u.name', 'u.email', 'u.role', 'u.active'])
    .where('s.token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) return null;
  const state = sessionState({ lastSeenAt: row.last_seen_at, expiresAt: row.expires_at }, now, policy);
  switch (state) {
    case 'idle':
    case 'expired':
      await db.deleteFrom('sessions').where('id', '=', row.id).execute();
      return null;
    case 'live':
      break;
  }
  if (!row.active) return null;
  if (now - row.last_seen_at > TOUCH_EVERY_MS) await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', row.id).execute();
  return {
    user: { userId: row.user_id, userName: row.name, email: row.email, role: row.role, tokenId: null, sessionId: row.id },
    csrfHash: row.csrf_hash,
  };
}

export function csrfMatches(csrf: string, csrfHash: string): boolean {
  return sha256(csrf) === csrfHash;
}

export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/** Checks email + password. Null for a wrong email, a wrong password, no password or a deactivated user alike. */
export async function checkCredentials(db: Kysely<DB>, email: string, password: string): Promise<User | null> {
  const row = await findUserByEmail(db, email);
  const ok = await verifyPassword(row?.password_hash ?? null, password);
  if (!row || !ok || !row.active) return null;
  return userOf(row);
}

/**
 * Starts a session for a user who proved who they are, and records the sign-in. The user's
 * ended sessions go at the same time: a session never presented again would otherwise stay in
 * the table for good (the user index keeps this to that user's few rows).
 */
export async function signIn(db: Kysely<DB>, userId: string, now: number, policy: SessionPolicy): Promise<NewSession> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', userId).execute();
    await deleteEndedSessions(trx, userId, now, policy);
    return createSession(trx, userId, now, policy);
  });
}

async function deleteEndedSessions(db: Kysely<DB>, userId: string, now: number, policy: SessionPolicy): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - policy.idleMs)]))
    .execute();
}

export type LinkPurpose = 'sign_in' | 'invite';

/** How long a link lasts: 15 minutes for a sign-in link, 7 days for an invitation. */
export const LINK_TTL_MS: Record<LinkPurpose, number> = { sign_in: 15 * 60_000, invite: 7 * 86_400_000 };

export const SIGN_IN_LINK_PATH = '/sign-in/link';

export function signInUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${SIGN_IN_LINK_PATH}?token=${encodeURIComponent(token)}`;
}

/** A one-time sign-in link secret for a user; the caller builds the URL (signInUrl). */
export async function createSignInLink(db: Kysely<DB>, userId: string, purpose: LinkPurpose, now: number): Promise<{ id: string; token: string; expiresAt: number }> {
  const link = { id: newId('signInLink', now), token: `qsl_${secret()}`, expiresAt: now + LINK_TTL_MS[purpose] };
  await db
    .insertInto('sign_in_links')
    .values({ id: link.id, token_hash: sha256(link.token), user_id: userId, purpose, created_at: now, expires_at: link.expiresAt, used_at: null })
    .execute();
  return link;
}

/**
 * Uses a link: marks it used (a conditional UPDATE, so two clicks racing cannot both win) and
 * starts a session in the same transaction. Null when the link is unknown, used, expired or its
 * user is deactivated.
 */
export async function consumeSignInLink(db: Kysely<DB>, token: string, now: number, policy: SessionPolicy): Promise<{ session: NewSession; userId: string } | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('sign_in_links as l')
      .innerJoin('users as u', 'u.id', 'l.user_id')
      .select(['l.id', 'l.user_id', 'l.expires_at', 'l.used_at', 'u.active'])
      .where('l.token_hash', '=', sha256(token))
      .executeTakeFirst();
    if (!row || row.used_at != null || now >= row.expires_at || !row.active) return null;
    const used = await trx.updateTable('sign_in_links').set({ used_at: now }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return null;
    await trx.updateTable('users').set({ last_sign_in_at: now }).where('id', '=', row.user_id).execute();
    await deleteEndedSessions(trx, row.user_id, now, policy);
    return { session: await createSession(trx, row.user_id, now, policy), userId: row.user_id };
  });
}
