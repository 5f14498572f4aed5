import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { newId, QuorumError, USER_ROLES, type UserRole } from '../domain/index.ts';
import { audit, SYSTEM_ACTOR, type Actor } from './audit.ts';

export { USER_ROLES, type UserRole } from '../domain/index.ts';

/** Who is calling: through an API token (tokenId) or a browser session (sessionId). */
export interface AuthUser {
  userId: string;
  userName: string;
  email: string | null;
  role: UserRole;
  tokenId: string | null;
  sessionId: string | null;
}

export interface TokenInfo {
  id: string;
  name: string | null;
  prefix: string;
  userId: string;
  userName: string;
  role: UserRole;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKEN_PREFIX = 'qrm_';

/** Tokens are stored as SHA-256 hashes: 256 random bits need no slow hash, and lookups stay O(1). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createToken(
  db: Kysely<DB>,
  opts: { role: UserRole; name?: string | null; userName?: string; now?: number; actor?: Actor },
): Promise<{ token: string; info: TokenInfo }> {
  if (!USER_ROLES.includes(opts.role)) {
    throw QuorumError.field('validation_failed', '/role', `role must be one of ${USER_ROLES.join(', ')}`);
  }
  const now = opts.now ?? Date.now();
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const userName = opts.userName ?? opts.name ?? `${opts.role} user`;
  return db.transaction().execute(async (trx) => {
    let user = await trx
      .selectFrom('users')
      .select(['id', 'name', 'role'])
      .where('name', '=', userName)
      .where('role', '=', opts.role)
      .where('active', '=', 1)
      .where('email_norm', 'is', null)
      .executeTakeFirst();
    if (!user) {
      // A token-only (programmatic) user: no email, no password.
      user = { id: newId('user', now), name: userName, role: opts.role };
      await trx
        .insertInto('users')
        .values({ ...user, email: null, email_norm: null, password_hash: null, active: 1, last_sign_in_at: null, created_at: now, updated_at: now, version: 1 })
        .execute();
    }
    const id = newId('token', now);
    await trx
      .insertInto('api_tokens')
      .values({
        id,
        user_id: user.id,
        name: opts.name ?? null,
        token_hash: hashToken(token),
        token_prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        created_at: now,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    const info: TokenInfo = {
      id,
      name: opts.name ?? null,
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      userId: user.id,
      userName: user.name,
      role: user.role,
      createdAt: new Date(now).toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    };
    // The audit entry holds what `token list` shows (never the secret or its hash). The CLI has no
    // user: its entries have no actor (system), like other offline administration.
    await audit(trx, opts.actor ?? SYSTEM_ACTOR, { action: 'create', entityType: 'api_token', entityId: id, after: info, at: now });
    return { token, info };
  });
}

export async function listTokens(db: Kysely<DB>): Promise<TokenInfo[]> {
  const rows = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.name', 't.token_prefix', 't.user_id', 'u.name as user_name', 'u.role', 't.created_at', 't.last_used_at', 't.revoked_at'])
    .orderBy('t.id')
    .execute();
  const iso = (v: number | null) => (v == null ? null : new Date(v).toISOString());
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.token_prefix,
    userId: r.user_id,
    userName: r.user_name,
    role: r.role,
    createdAt: new Date(r.created_at).toISOString(),
    lastUsedAt: iso(r.last_used_at),
    revokedAt: iso(r.revoked_at),
  }));
}

/** Revokes a token and records who did it, in one transaction. */
export async function revokeToken(db: Kysely<DB>, id: string, now = Date.now(), actor: Actor = SYSTEM_ACTOR): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const res = await trx.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) {
      const exists = await trx.selectFrom('api_tokens').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) throw QuorumError.field('not_found', '/id', `token ${id} does not exist`);
      throw QuorumError.field('invalid_state', '/id', `token ${id} is already revoked`);
    }
    await audit(trx, actor, { action: 'revoke', entityType: 'api_token', entityId: id, before: { revokedAt: null }, after: { revokedAt: new Date(now).toISOString() }, at: now });
  });
}

/** Resolves a bearer token to its user, or null when unknown, revoked or the user is deactivated. */
export async function authenticate(db: Kysely<DB>, token: string, now = Date.now()): Promise<AuthUser | null> {
  const row = await db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.revoked_at', 't.last_used_at', 'u.id as user_id', 'u.name', 'u.email', 'u.role', 'u.active'])
    .where('t.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at != null || !row.active) return null;
  // Write last-use at most once a minute: a write per request would serialise reads on SQLite.
  if (row.last_used_at == null || now - row.last_used_at > 60_000) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', row.id).execute();
  }
  return { userId: row.user_id, userName: row.name, email: row.email, role: row.role, tokenId: row.id, sessionId: null };
}
