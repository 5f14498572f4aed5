/**
 * Users: people who sign in (email + password or a one-time link) and programmatic users that
 * only hold API tokens. No hard delete: deactivation ends sign-in, sessions and tokens, and keeps
 * the user in the audit log's history. Every change is audited without secrets.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB, UsersTable } from './schema.ts';
import {
  newId,
  QuorumError,
  notFound,
  checkPasswordPolicy,
  leavesNoActiveAdmin,
  normaliseEmail,
  USER_ROLES,
  type UserRole,
} from '../domain/index.ts';
import { audit, type Actor } from './audit.ts';
import { checkVersion, type ExpectedVersion } from './concurrency.ts';
import { dialectOf } from './dialect.ts';
import { hashPassword } from './passwords.ts';

export interface User {
  id: string;
  email: string | null;
  name: string;
  role: UserRole;
  active: boolean;
  hasPassword: boolean;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Db = Kysely<DB> | Transaction<DB>;

export function userOf(row: UsersTable): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active === 1,
    hasPassword: row.password_hash != null,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/** What the audit log keeps of a user: never the password hash. */
const audited = (u: User) => ({ email: u.email, name: u.name, role: u.role, active: u.active, hasPassword: u.hasPassword });

function checkRole(role: string, field = '/role'): asserts role is UserRole {
  if (!(USER_ROLES as readonly string[]).includes(role)) throw QuorumError.field('validation_failed', field, `role must be one of ${USER_ROLES.join(', ')}`);
}

function checkEmail(email: string): string {
  const trimmed = email.trim();
  // The API validates the format with zod; this guards the CLI and other callers.
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed) || trimmed.length > 254) throw QuorumError.field('validation_failed', '/email', `"${email}" is not an email address`);
  return trimmed;
}

export async function getUser(db: Db, id: string): Promise<User> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('user', id);
  return userOf(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('email_norm', '=', normaliseEmail(email)).executeTakeFirst();
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
  return rows.map(userOf);
}

export interface NewUser {
  email: string;
  name?: string | null | undefined;
  role: UserRole;
  password?: string | null | undefined;
}

export async function createUser(db: Kysely<DB>, actor: Actor, input: NewUser, now: number): Promise<User> {
  checkRole(input.role);
  const email = checkEmail(input.email);
  if (input.password != null) checkPasswordPolicy(input.password);
  // Hash outside the transaction: it takes tens of milliseconds and needs no lock.
  const passwordHash = input.password != null ? await hashPassword(input.password) : null;
  const name = input.name?.trim() || email.split('@')[0] || email;
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, email)) throw QuorumError.field('duplicate', '/email', `a user with the email ${email} already exists`);
    const id = newId('user', now);
    await trx
      .insertInto('users')
      .values({
        id,
        name,
        role: input.role,
        email,
        email_norm: normaliseEmail(email),
        password_hash: passwordHash,
        active: 1,
        last_sign_in_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    const user = await getUser(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'user', entityId: id, after: audited(user), at: now });
    return user;
  });
}

export interface UserPatch {
  role?: UserRole | undefined;
  active?: boolean | undefined;
  name?: string | undefined;
  password?: string | undefined;
}

/**
 * Changes a user. Refuses (409 last_admin) a change that would leave no active admin who can
 * sign in. On
 * PostgreSQL the active admins' rows are locked first, so two admins demoting each other at the
 * same time cannot both pass the check; SQLite runs write transactions one at a time.
 * Deactivating a user or setting their password ends their sessions (except `keepSessionId`,
 * the caller's own, when they change their own password) and their unused sign-in links.
 */
export async function updateUser(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: UserPatch,
  now: number,
  opts: { expected?: ExpectedVersion; keepSessionId?: string | null; passwordField?: string } = {},
): Promise<User> {
  if (patch.role !== undefined) checkRole(patch.role);
  if (patch.password !== undefined) checkPasswordPolicy(patch.password, opts.passwordField);
  if (patch.name !== undefined && patch.name.trim() === '') throw QuorumError.field('validation_failed', '/name', 'must not be empty');
  const passwordHash = patch.password !== undefined ? await hashPassword(patch.password) : undefined;
  return db.transaction().execute(async (trx) => {
    // The rule protects the admins who can sign in (people with an email): token-only admins are
    // programs, and counting them would let the last person lock everyone out of the web app.
    const admins = trx.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', 1).where('email_norm', 'is not', null);
    const activeAdmins = await dialectOf(trx).withRowLocks(admins, (q) => q.forUpdate()).execute();
    const before = await getUser(trx, id);
    checkVersion('user', id, before.version, opts.expected);
    const next = { role: patch.role ?? before.role, active: patch.active ?? before.active };
    const others = activeAdmins.filter((a) => a.id !== id).length;
    if (before.email != null && leavesNoActiveAdmin(before, next, others)) {
      const field = next.active ? '/role' : '/active';
      throw QuorumError.field('last_admin', field, `${before.email ?? before.name} is the last active admin; make another user an admin first`);
    }
    await trx
      .updateTable('users')
      .set({
        role: next.role,
        active: next.active ? 1 : 0,
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
        updated_at: now,
        version: before.version + 1,
      })
      .where('id', '=', id)
      .execute();
    if (!next.active && before.active) await endSignIns(trx, id, null);
    else if (passwordHash !== undefined) await endSignIns(trx, id, opts.keepSessionId ?? null);
    const after = await getUser(trx, id);
    await audit(trx, actor, {
      action: 'update',
      entityType: 'user',
      entityId: id,
      before: audited(before),
      // A password change shows as passwordChanged, never as a value.
      after: { ...audited(after), ...(passwordHash !== undefined ? { passwordChanged: true } : {}) },
      at: now,
    });
    return after;
  });
}

/** Ends a user's sessions (but `keepSessionId`) and their unused sign-in links. */
async function endSignIns(trx: Transaction<DB>, userId: string, keepSessionId: string | null): Promise<void> {
  let sessions = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) sessions = sessions.where('id', '!=', keepSessionId);
  await sessions.execute();
  await trx.deleteFrom('sign_in_links').where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/**
 * The admin `quorum start` signs in with a link: the oldest active admin with an email, or a new
 * `admin@quorum.local` when there is none. Null when that email is taken by a user who is not an
 * active admin (an admin's decision that start must not undo).
 */
export async function ensureSignInAdmin(db: Kysely<DB>, now: number): Promise<User | null> {
  const existing = await db
    .selectFrom('users')
    .selectAll()
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('email_norm', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  if (existing) return userOf(existing);
  if (await findUserByEmail(db, DEFAULT_ADMIN_EMAIL)) return null;
  return createUser(db, { userId: null }, { email: DEFAULT_ADMIN_EMAIL, name: 'Admin', role: 'admin' }, now);
}

export const DEFAULT_ADMIN_EMAIL = 'admin@quorum.local';
