/** Users, sessions and one-time sign-in links against a real database of the engine under test. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migrator, type Migration } from 'kysely';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { createUser, ensureSignInAdmin, DEFAULT_ADMIN_EMAIL, getUser, updateUser } from './users.ts';
import { checkCredentials, consumeSignInLink, createSignInLink, csrfMatches, resolveSession, signIn } from './sessions.ts';
import { authenticate, createToken } from './tokens.ts';
import { DEFAULT_SESSION_POLICY } from '../domain/users.ts';
import { QuorumError } from '../domain/errors.ts';
import { initial } from './migrations/0001_initial.ts';
import { usersSignIn } from './migrations/0012_users_sign_in.ts';

const SYSTEM = { userId: null };
const policy = DEFAULT_SESSION_POLICY;
const T0 = Date.parse('2026-06-01T12:00:00Z');

async function codeOf(p: Promise<unknown>): Promise<{ code: string; field: string | undefined }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof QuorumError) return { code: e.code, field: e.errors[0]?.field };
    throw e;
  }
  throw new Error('expected a QuorumError');
}

describe(`users and sessions (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  it('creates users with a unique, case-insensitive email and an Argon2id hash, audited without secrets', async () => {
    const u = await createUser(t.db, SYSTEM, { email: ' Ana@Example.com ', name: 'Ana', role: 'editor', password: 'correct horse battery' }, T0);
    expect(u).toMatchObject({ email: 'Ana@Example.com', role: 'editor', active: true, hasPassword: true, version: 1 });
    expect(await codeOf(createUser(t.db, SYSTEM, { email: 'ana@EXAMPLE.com', role: 'viewer' }, T0))).toEqual({ code: 'duplicate', field: '/email' });
    expect(await codeOf(createUser(t.db, SYSTEM, { email: 'bo@example.com', role: 'viewer', password: 'too short' }, T0))).toEqual({ code: 'validation_failed', field: '/password' });
    expect(await codeOf(createUser(t.db, SYSTEM, { email: 'not-an-email', role: 'viewer' }, T0))).toEqual({ code: 'validation_failed', field: '/email' });
    const row = await t.db.selectFrom('users').select(['password_hash', 'email_norm']).where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.email_norm).toBe('ana@example.com');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const entries = await t.db.selectFrom('audit_log').selectAll().where('entity_id', '=', u.id).execute();
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('argon2');
    expect(JSON.stringify(entries)).not.toContain('correct horse');
  });

  it('checks credentials: wrong email, wrong password and deactivated users all fail', async () => {
    const u = await createUser(t.db, SYSTEM, { email: 'cred@example.com', role: 'viewer', password: 'a long enough pass' }, T0);
    expect((await checkCredentials(t.db, 'CRED@example.com', 'a long enough pass'))?.id).toBe(u.id);
    expect(await checkCredentials(t.db, 'cred@example.com', 'a long enough pasS')).toBeNull();
    expect(await checkCredentials(t.db, 'nobody@example.com', 'a long enough pass')).toBeNull();
    const invited = await createUser(t.db, SYSTEM, { email: 'nopass@example.com', role: 'viewer' }, T0);
    expect(invited.hasPassword).toBe(false);
    expect(await checkCredentials(t.db, 'nopass@example.com', '')).toBeNull();
    await createUser(t.db, SYSTEM, { email: 'keep-admin@example.com', role: 'admin' }, T0);
    await updateUser(t.db, SYSTEM, u.id, { active: false }, T0);
    expect(await checkCredentials(t.db, 'cred@example.com', 'a long enough pass')).toBeNull();
  });

  it('ends a session after 12 h idle or 7 days in all, and binds the CSRF value to it', async () => {
    const u = await createUser(t.db, SYSTEM, { email: 'sess@example.com', role: 'editor', password: 'session password' }, T0);
    const s = await signIn(t.db, u.id, T0, policy);
    expect((await getUser(t.db, u.id)).lastSignInAt).toBe(T0);
    const live = await resolveSession(t.db, s.token, T0 + 60_000, policy);
    expect(live?.user).toEqual({ userId: u.id, userName: u.name, email: 'sess@example.com', role: 'editor', tokenId: null, sessionId: s.id });
    expect(csrfMatches(s.csrf, live!.csrfHash)).toBe(true);
    expect(csrfMatches(`${s.csrf}x`, live!.csrfHash)).toBe(false);
    expect(await resolveSession(t.db, 'not-a-session', T0, policy)).toBeNull();
    // Used every 11 hours it stays alive until its absolute end …
    for (let at = T0 + 11 * 3_600_000; at < T0 + policy.maxAgeMs; at += 11 * 3_600_000) {
      expect(await resolveSession(t.db, s.token, at, policy), new Date(at).toISOString()).not.toBeNull();
    }
    expect(await resolveSession(t.db, s.token, T0 + policy.maxAgeMs, policy)).toBeNull();
    expect(await t.db.selectFrom('sessions').select('id').where('id', '=', s.id).executeTakeFirst()).toBeUndefined();
    // … and 12 hours unused ends it.
    const idle = await signIn(t.db, u.id, T0, policy);
    expect(await resolveSession(t.db, idle.token, T0 + policy.idleMs, policy)).toBeNull();
    const stored = await t.db.selectFrom('sessions').select(['token_hash', 'csrf_hash']).execute();
    expect(JSON.stringify(stored)).not.toContain(idle.token);
  });

  it('uses a sign-in link once, within its lifetime', async () => {
    const u = await createUser(t.db, SYSTEM, { email: 'link@example.com', role: 'viewer' }, T0);
    const link = await createSignInLink(t.db, u.id, 'sign_in', T0);
    expect(link.expiresAt).toBe(T0 + 15 * 60_000);
    const used = await consumeSignInLink(t.db, link.token, T0 + 1000, policy);
    expect(used?.userId).toBe(u.id);
    expect((await resolveSession(t.db, used!.session.token, T0 + 2000, policy))?.user.userId).toBe(u.id);
    expect(await consumeSignInLink(t.db, link.token, T0 + 2000, policy)).toBeNull();
    const late = await createSignInLink(t.db, u.id, 'sign_in', T0);
    expect(await consumeSignInLink(t.db, late.token, T0 + 15 * 60_000, policy)).toBeNull();
    const invite = await createSignInLink(t.db, u.id, 'invite', T0);
    expect(invite.expiresAt).toBe(T0 + 7 * 86_400_000);
    expect(await consumeSignInLink(t.db, invite.token, T0 + 6 * 86_400_000, policy)).not.toBeNull();
    // Two clicks racing: exactly one signs in.
    const race = await createSignInLink(t.db, u.id, 'sign_in', T0);
    const both = await Promise.all([consumeSignInLink(t.db, race.token, T0 + 1, policy), consumeSignInLink(t.db, race.token, T0 + 1, policy)]);
    expect(both.filter(Boolean)).toHaveLength(1);
  });

  it('deactivation refuses the user’s sessions and tokens, and deletes sessions and unused links', async () => {
    const u = await createUser(t.db, SYSTEM, { email: 'leaver@example.com', name: 'leaver', role: 'editor', password: 'leaver password' }, T0);
    const s = await signIn(t.db, u.id, T0, policy);
    const link = await createSignInLink(t.db, u.id, 'sign_in', T0);
    const { token } = await createToken(t.db, { role: 'editor', name: 'leaver bot' });
    await t.db.updateTable('api_tokens').set({ user_id: u.id }).where('name', '=', 'leaver bot').execute();
    expect(await authenticate(t.db, token)).not.toBeNull();
    const after = await updateUser(t.db, SYSTEM, u.id, { active: false }, T0 + 1);
    expect(after).toMatchObject({ active: false, version: 2 });
    expect(await resolveSession(t.db, s.token, T0 + 2, policy)).toBeNull();
    expect(await t.db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute()).toEqual([]);
    expect(await consumeSignInLink(t.db, link.token, T0 + 2, policy)).toBeNull();
    expect(await authenticate(t.db, token)).toBeNull();
    // Reactivation brings the tokens back (they were refused, not revoked), not the sessions.
    await updateUser(t.db, SYSTEM, u.id, { active: true }, T0 + 3);
    expect(await authenticate(t.db, token)).not.toBeNull();
  });

  it('a new password ends the other sessions and keeps the caller’s own', async () => {
    const u = await createUser(t.db, SYSTEM, { email: 'pw@example.com', role: 'viewer', password: 'first password' }, T0);
    const mine = await signIn(t.db, u.id, T0, policy);
    const other = await signIn(t.db, u.id, T0, policy);
    await updateUser(t.db, SYSTEM, u.id, { password: 'second password' }, T0 + 1, { keepSessionId: mine.id });
    expect(await resolveSession(t.db, mine.token, T0 + 2, policy)).not.toBeNull();
    expect(await resolveSession(t.db, other.token, T0 + 2, policy)).toBeNull();
    expect(await checkCredentials(t.db, 'pw@example.com', 'second password')).not.toBeNull();
    const audit = await t.db.selectFrom('audit_log').select('after').where('entity_id', '=', u.id).where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.after)).toContain('passwordChanged');
    expect(JSON.stringify(audit.after)).not.toContain('second password');
  });

  it('keeps at least one active admin, also when two admins demote each other at once', async () => {
    const db = await createTestDatabase();
    try {
      const a = await createUser(db.db, SYSTEM, { email: 'a@example.com', role: 'admin' }, T0);
      expect(await codeOf(updateUser(db.db, SYSTEM, a.id, { role: 'editor' }, T0))).toEqual({ code: 'last_admin', field: '/role' });
      expect(await codeOf(updateUser(db.db, SYSTEM, a.id, { active: false }, T0))).toEqual({ code: 'last_admin', field: '/active' });
      const b = await createUser(db.db, SYSTEM, { email: 'b@example.com', role: 'admin' }, T0);
      const results = await Promise.allSettled([updateUser(db.db, SYSTEM, a.id, { role: 'viewer' }, T0), updateUser(db.db, SYSTEM, b.id, { active: false }, T0)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.find((r) => r.status === 'rejected');
      expect((rejected?.reason as QuorumError).code).toBe('last_admin');
      const admins = await db.db.selectFrom('users').select('id').where('role', '=', 'admin').where('active', '=', 1).execute();
      expect(admins).toHaveLength(1);
      // A stale If-Match version is refused.
      const current = await getUser(db.db, b.id);
      expect(await codeOf(updateUser(db.db, SYSTEM, b.id, { name: 'B' }, T0, { expected: current.version + 1 }))).toEqual({ code: 'precondition_failed', field: '/if-match' });
      expect((await updateUser(db.db, SYSTEM, b.id, { name: 'B' }, T0, { expected: current.version })).version).toBe(current.version + 1);
    } finally {
      await db.drop();
    }
  });

  it('finds or creates the admin that quorum start signs in', async () => {
    const db = await createTestDatabase();
    try {
      const first = await ensureSignInAdmin(db.db, T0);
      expect(first).toMatchObject({ email: DEFAULT_ADMIN_EMAIL, role: 'admin', hasPassword: false });
      expect((await ensureSignInAdmin(db.db, T0))?.id).toBe(first!.id);
      await createUser(db.db, SYSTEM, { email: 'other@example.com', role: 'admin' }, T0);
      await updateUser(db.db, SYSTEM, first!.id, { role: 'viewer' }, T0);
      expect((await ensureSignInAdmin(db.db, T0))?.email).toBe('other@example.com');
    } finally {
      await db.drop();
    }
  });
});

describe(`migration 0012 users sign-in (${TEST_ENGINE})`, () => {
  it('keeps existing users working: active, no email, updated_at = created_at', async () => {
    const t = await createTestDatabase(TEST_ENGINE, { migrate: false });
    try {
      const migrations: Record<string, Migration> = { '0001_initial': initial(t.engine), '0012_users_sign_in': usersSignIn(t.engine) };
      const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo('0001_initial')).error).toBeUndefined();
      await t.db.insertInto('users').values({ id: 'usr_old', name: 'old', role: 'admin', created_at: 1234 } as never).execute();
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const row = await t.db.selectFrom('users').selectAll().where('id', '=', 'usr_old').executeTakeFirstOrThrow();
      expect(row).toMatchObject({ email: null, email_norm: null, password_hash: null, active: 1, updated_at: 1234, version: 1, last_sign_in_at: null });
    } finally {
      await t.drop();
    }
  });
});
