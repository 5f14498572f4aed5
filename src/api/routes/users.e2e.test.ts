/**
 * Sign-in and users over real HTTP: cookies and their attributes, CSRF double submit, sign-out,
 * one-time links, deactivation, roles through a session, last-admin protection, the users API.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, createTestApp, expectProblem, type Browser, type TestApp } from '../test-app.ts';
import { createUser } from '../../store/users.ts';
import { createSignInLink, signInUrl } from '../../store/sessions.ts';
import { createToken, type UserRole } from '../../store/tokens.ts';
import { TEST_ENGINE } from '../../store/test-db.ts';

const PASSWORD = 'a very long password';

describe(`sign-in and users (${TEST_ENGINE})`, () => {
  let t: TestApp;
  const people: Record<UserRole, { id: string; email: string }> = {} as never;
  beforeAll(async () => {
    t = await createTestApp();
    for (const role of ['admin', 'editor', 'viewer'] as const) {
      const u = await createUser(t.db.db, { userId: null }, { email: `${role}@example.com`, name: `${role} person`, role, password: PASSWORD }, t.clock.now());
      people[role] = { id: u.id, email: u.email! };
    }
  });
  afterAll(async () => t.close());

  const signedIn = async (role: UserRole): Promise<Browser> => {
    const b = browser(t.baseUrl);
    expect((await b.signIn(people[role].email, PASSWORD)).status).toBe(200);
    return b;
  };

  it('sign-in answers the user and sets the session and CSRF cookies with the right attributes', async () => {
    const b = browser(t.baseUrl);
    const res = await b.signIn('EDITOR@example.com', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ user: { id: people.editor.id, email: 'editor@example.com', name: 'editor person', role: 'editor' } });
    const session = b.lastSetCookies.find((c) => c.startsWith('quorum_session='))!;
    const csrf = b.lastSetCookies.find((c) => c.startsWith('quorum_csrf='))!;
    const attrs = (c: string) => c.split(';').slice(1).map((a) => a.trim().toLowerCase());
    expect(attrs(session)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/', 'max-age=604800']));
    expect(attrs(session)).not.toContain('secure'); // plain http here
    expect(attrs(csrf)).toEqual(expect.arrayContaining(['samesite=lax', 'path=/']));
    expect(attrs(csrf)).not.toContain('httponly');
    // 256 random bits, base64url.
    expect(b.cookies.get('quorum_session')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.cookies.get('quorum_csrf')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.cookies.get('quorum_csrf')).not.toBe(b.cookies.get('quorum_session'));
    const me = await b.call('GET', '/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ userId: people.editor.id, userName: 'editor person', email: 'editor@example.com', role: 'editor', tokenId: null, sessionId: expect.stringMatching(/^ses_/) });
    const stored = await t.db.db.selectFrom('sessions').select(['token_hash', 'csrf_hash']).where('id', '=', (me.body as { sessionId: string }).sessionId).executeTakeFirstOrThrow();
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toBe(b.cookies.get('quorum_session'));
    const list = await t.call<{ data: { id: string; lastSignInAt: string | null }[] }>('GET', '/users');
    expect(list.body.data.find((u) => u.id === people.editor.id)?.lastSignInAt).toBe(new Date(t.clock.now()).toISOString());
  });

  const hasOpenssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasOpenssl)('over https both cookies are Secure', async () => {
    // A TLS listener hands its decrypted connections to the same HTTP server, as TLS in front of
    // Quorum without a proxy would; a self-signed certificate made here is enough.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-tls-'));
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    const server = tls.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (socket) => t.app.server.emit('connection', socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const setCookies = await new Promise<string[]>((resolve, reject) => {
        const req = https.request(
          { host: '127.0.0.1', port, path: '/api/v1/auth/sign-in', method: 'POST', rejectUnauthorized: false, headers: { 'content-type': 'application/json' } },
          (res) => {
            res.resume();
            if (res.statusCode !== 200) reject(new Error(`sign-in over https got ${res.statusCode}`));
            else resolve(res.headers['set-cookie'] ?? []);
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ email: people.viewer.email, password: PASSWORD }));
      });
      expect(setCookies).toHaveLength(2);
      for (const c of setCookies) expect(c.split(';').map((a) => a.trim().toLowerCase())).toContain('secure');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a cookie-authenticated write needs X-CSRF-Token equal to the quorum_csrf cookie', async () => {
    const b = await signedIn('editor');
    expectProblem(await b.call('POST', '/accounts', { name: 'No CSRF' }), 403, 'csrf_failed');
    expectProblem(await b.call('POST', '/accounts', { name: 'Wrong CSRF' }, { csrf: 'x'.repeat(43) }), 403, 'csrf_failed');
    // Header and cookie agree but belong to another session (a planted cookie): refused too.
    const own = b.cookies.get('quorum_csrf')!;
    const other = await signedIn('editor');
    const planted = other.cookies.get('quorum_csrf')!;
    b.cookies.set('quorum_csrf', planted);
    const p = expectProblem(await b.call('POST', '/accounts', { name: 'Planted' }, { csrf: planted }), 403, 'csrf_failed');
    expect(p.errors?.[0]?.field).toBe('/x-csrf-token');
    // The web app's way: echo the session's own quorum_csrf cookie.
    b.cookies.set('quorum_csrf', own);
    const ok = await b.call('POST', '/accounts', { name: 'With CSRF' }, { csrf: true });
    expect(ok.status).toBe(201);
    // Reads need none.
    expect((await b.call('GET', '/accounts?limit=1')).status).toBe(200);
  });

  it('a bearer-token write needs no CSRF token, even with a session cookie beside it', async () => {
    const b = await signedIn('viewer');
    const res = await b.call('POST', '/accounts', { name: 'By token' }, { headers: { authorization: `Bearer ${t.tokens.editor}` } });
    expect(res.status).toBe(201);
  });

  it('a viewer session can read and cannot write', async () => {
    const b = await signedIn('viewer');
    expect((await b.call('GET', '/accounts?limit=1')).status).toBe(200);
    const p = expectProblem(await b.call('POST', '/accounts', { name: 'Viewer' }, { csrf: true }), 403, 'forbidden');
    expect(p.detail).toContain('needs the editor role');
    expectProblem(await b.call('GET', '/users'), 403, 'forbidden');
  });

  it('sign-out ends the session and clears both cookies', async () => {
    const b = await signedIn('editor');
    const cookie = b.cookies.get('quorum_session')!;
    expectProblem(await b.call('POST', '/auth/sign-out'), 403, 'csrf_failed');
    const out = await b.call('POST', '/auth/sign-out', undefined, { csrf: true });
    expect(out.status).toBe(204);
    expect(b.lastSetCookies.map((c) => c.split('=')[0]).sort()).toEqual(['quorum_csrf', 'quorum_session']);
    expect(b.cookies.size).toBe(0);
    const again = browser(t.baseUrl);
    again.cookies.set('quorum_session', cookie);
    expectProblem(await again.call('GET', '/me'), 401, 'unauthenticated');
    expect((await again.call('POST', '/auth/sign-out')).status).toBe(204); // signing out twice is fine
  });

  it('GET /auth/session answers the browser’s user, or null without a failed request', async () => {
    const anonymous = browser(t.baseUrl);
    const none = await anonymous.call<{ user: unknown }>('GET', '/auth/session');
    expect(none).toMatchObject({ status: 200, body: { user: null } });
    const b = await signedIn('viewer');
    const mine = await b.call<{ user: { email: string; role: string } }>('GET', '/auth/session');
    expect(mine.status).toBe(200);
    expect(mine.body.user).toMatchObject({ email: people.viewer.email, role: 'viewer' });
    const stale = browser(t.baseUrl);
    stale.cookies.set('quorum_session', b.cookies.get('quorum_session')!);
    await b.call('POST', '/auth/sign-out', undefined, { csrf: true });
    const after = await stale.call<{ user: unknown }>('GET', '/auth/session');
    expect(after).toMatchObject({ status: 200, body: { user: null } });
    expect(stale.cookies.has('quorum_session')).toBe(false); // an ended session's cookie is cleared
  });

  it('wrong password and unknown email get the same 401; repeated failures get 429 with Retry-After', async () => {
    const b = browser(t.baseUrl);
    const wrong = expectProblem(await b.signIn(people.viewer.email, 'not the password'), 401, 'unauthenticated');
    const unknown = expectProblem(await b.signIn('nobody@example.com', PASSWORD), 401, 'unauthenticated');
    expect(wrong.detail).toBe(unknown.detail);
    expect(b.cookies.size).toBe(0);
    const invited = await createUser(t.db.db, { userId: null }, { email: 'nopassword@example.com', role: 'viewer' }, t.clock.now());
    expect(expectProblem(await b.signIn(invited.email!, ''), 401, 'unauthenticated').detail).toBe(wrong.detail);
    expectProblem(await b.call('POST', '/auth/sign-in', { email: 'x@example.com' }), 400, 'validation_failed');

    const target = await createUser(t.db.db, { userId: null }, { email: 'guessed@example.com', role: 'viewer', password: PASSWORD }, t.clock.now());
    for (let i = 0; i < 10; i++) expectProblem(await b.signIn(target.email!, `guess number ${i}`), 401, 'unauthenticated');
    const limited = await b.signIn(target.email!, PASSWORD); // even the right password waits
    expectProblem(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBe(900);
    t.clock.advance(15 * 60_000);
    expect((await b.signIn(target.email!, PASSWORD)).status).toBe(200);
  });

  it('a session ends after 12 hours without use', async () => {
    const b = await signedIn('viewer');
    t.clock.advance(11 * 3_600_000);
    expect((await b.call('GET', '/me')).status).toBe(200);
    t.clock.advance(12 * 3_600_000);
    const gone = expectProblem(await b.call('GET', '/me'), 401, 'unauthenticated');
    expect(gone.detail).toContain('session has ended');
    expect(b.cookies.size).toBe(0); // the server cleared them
  });

  it('a one-time sign-in link signs in once, then redirects to the error page', async () => {
    const link = await createSignInLink(t.db.db, people.viewer.id, 'sign_in', t.clock.now());
    const url = signInUrl(t.baseUrl, link.token);
    const b = browser(t.baseUrl);
    const first = await b.call('GET', url.slice(t.baseUrl.length));
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(b.cookies.has('quorum_session') && b.cookies.has('quorum_csrf')).toBe(true);
    expect(((await b.call('GET', '/me')).body as { userId: string }).userId).toBe(people.viewer.id);
    const second = await browser(t.baseUrl).call('GET', url.slice(t.baseUrl.length));
    expect(second.status).toBe(303);
    expect(second.headers.get('location')).toBe('/sign-in?error=link_expired');
    const expired = await createSignInLink(t.db.db, people.viewer.id, 'sign_in', t.clock.now());
    t.clock.advance(15 * 60_000 + 1);
    expect((await browser(t.baseUrl).call('GET', `/sign-in/link?token=${expired.token}`)).headers.get('location')).toBe('/sign-in?error=link_expired');
    expect((await browser(t.baseUrl).call('GET', '/sign-in/link')).headers.get('location')).toBe('/sign-in?error=link_expired');
  });

  it('admins create users (with an invitation link when no password), change roles and deactivate', async () => {
    const admin = await signedIn('admin');
    const created = await admin.call<{ id: string; inviteUrl: string | null; hasPassword: boolean; role: string }>('POST', '/users', { email: 'New.Person@example.com', name: 'New Person', role: 'viewer' }, { csrf: true });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'viewer', hasPassword: false, active: true, email: 'New.Person@example.com' });
    expect(created.body.inviteUrl).toMatch(new RegExp(`^${t.baseUrl}/sign-in/link\\?token=qsl_`));
    const link = await t.db.db.selectFrom('sign_in_links').select(['purpose', 'expires_at']).where('user_id', '=', created.body.id).executeTakeFirstOrThrow();
    expect(link).toEqual({ purpose: 'invite', expires_at: t.clock.now() + 7 * 86_400_000 });
    const invitee = browser(t.baseUrl);
    expect((await invitee.call('GET', created.body.inviteUrl!.slice(t.baseUrl.length))).headers.get('location')).toBe('/');
    // The invitee sets a first password (no current one) and can then sign in with it.
    expectProblem(await invitee.call('POST', '/me/password', { newPassword: 'short' }, { csrf: true }), 400, 'validation_failed');
    expect((await invitee.call('POST', '/me/password', { newPassword: 'my first password' }, { csrf: true })).status).toBe(204);
    expect((await browser(t.baseUrl).signIn('new.person@EXAMPLE.com', 'my first password')).status).toBe(200);

    const withPassword = await admin.call<{ inviteUrl: string | null }>('POST', '/users', { email: 'pw.person@example.com', name: 'Pw', role: 'editor', password: PASSWORD }, { csrf: true });
    expect(withPassword.status).toBe(201);
    expect(withPassword.body.inviteUrl).toBeNull();
    const dup = expectProblem(await admin.call('POST', '/users', { email: 'PW.person@example.com', name: 'Again', role: 'viewer' }, { csrf: true }), 409, 'duplicate');
    expect(dup.errors?.[0]?.field).toBe('/email');
    const short = expectProblem(await admin.call('POST', '/users', { email: 'short@example.com', name: 'S', role: 'viewer', password: 'short' }, { csrf: true }), 400, 'validation_failed');
    expect(short.errors?.[0]).toMatchObject({ field: '/password', message: expect.stringContaining('at least 12 characters') });
    expectProblem(await admin.call('POST', '/users', { email: 'not an email', name: 'S', role: 'viewer' }, { csrf: true }), 400, 'validation_failed');
    expectProblem(await admin.call('POST', '/users', { email: 'x@example.com', name: 'S', role: 'owner' }, { csrf: true }), 400, 'validation_failed');

    const promoted = await admin.call<{ role: string; version: number }>('PATCH', `/users/${created.body.id}`, { role: 'editor' }, { csrf: true });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('editor');
    expect(promoted.headers.get('etag')).toBe(`"${promoted.body.version}"`);
    expectProblem(await admin.call('PATCH', `/users/${created.body.id}`, { name: 'x' }, { csrf: true, headers: { 'if-match': '"1"' } }), 412, 'precondition_failed');
    expectProblem(await admin.call('PATCH', '/users/usr_nobody', { role: 'viewer' }, { csrf: true }), 404, 'not_found');
    const audit = await t.call<{ data: { action: string; before: unknown; after: unknown }[] }>('GET', `/audit-log?entityType=user&entityId=${created.body.id}`);
    expect(audit.body.data.map((e) => e.action)).toEqual(['update', 'update', 'create']);
    expect(JSON.stringify(audit.body)).not.toMatch(/argon2|my first password|qsl_/);
  });

  it('a deactivated user’s sessions and tokens are refused, and they cannot sign in', async () => {
    const u = await createUser(t.db.db, { userId: null }, { email: 'leaving@example.com', name: 'Leaving', role: 'editor', password: PASSWORD }, t.clock.now());
    const b = browser(t.baseUrl);
    expect((await b.signIn(u.email!, PASSWORD)).status).toBe(200);
    const { token, info } = await createToken(t.db.db, { role: 'editor', name: 'leaving bot' });
    await t.db.db.updateTable('api_tokens').set({ user_id: u.id }).where('id', '=', info.id).execute();
    expect((await fetch(`${t.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const off = await t.call('PATCH', `/users/${u.id}`, { active: false });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false });
    expectProblem(await b.call('GET', '/me'), 401, 'unauthenticated');
    const byToken = await fetch(`${t.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(byToken.status).toBe(401);
    expectProblem(await browser(t.baseUrl).signIn(u.email!, PASSWORD), 401, 'unauthenticated');
  });

  it('changing my password needs the current one and ends my other sessions', async () => {
    const u = await createUser(t.db.db, { userId: null }, { email: 'changer@example.com', name: 'Changer', role: 'viewer', password: PASSWORD }, t.clock.now());
    const here = browser(t.baseUrl);
    const elsewhere = browser(t.baseUrl);
    await here.signIn(u.email!, PASSWORD);
    await elsewhere.signIn(u.email!, PASSWORD);
    const wrong = expectProblem(await here.call('POST', '/me/password', { currentPassword: 'not my password', newPassword: 'the new password' }, { csrf: true }), 400, 'validation_failed');
    expect(wrong.errors?.[0]?.field).toBe('/currentPassword');
    const weak = expectProblem(await here.call('POST', '/me/password', { currentPassword: PASSWORD, newPassword: 'short' }, { csrf: true }), 400, 'validation_failed');
    expect(weak.errors?.[0]?.field).toBe('/newPassword');
    expect((await here.call('POST', '/me/password', { currentPassword: PASSWORD, newPassword: 'the new password' }, { csrf: true })).status).toBe(204);
    expect((await here.call('GET', '/me')).status).toBe(200);
    expect((await elsewhere.call('GET', '/me')).status).toBe(401);
    expectProblem(await browser(t.baseUrl).signIn(u.email!, PASSWORD), 401, 'unauthenticated');
    expect((await browser(t.baseUrl).signIn(u.email!, 'the new password')).status).toBe(200);
  });
});

describe(`last admin (${TEST_ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('the last active admin who can sign in cannot demote or deactivate themselves', async () => {
    const me = await createUser(t.db.db, { userId: null }, { email: 'only.admin@example.com', name: 'Only', role: 'admin', password: PASSWORD }, t.clock.now());
    const b = browser(t.baseUrl);
    await b.signIn(me.email!, PASSWORD);
    const demote = expectProblem(await b.call('PATCH', `/users/${me.id}`, { role: 'editor' }, { csrf: true }), 409, 'last_admin');
    expect(demote.errors?.[0]?.field).toBe('/role');
    expectProblem(await b.call('PATCH', `/users/${me.id}`, { active: false }, { csrf: true }), 409, 'last_admin');
    const second = await b.call<{ id: string }>('POST', '/users', { email: 'second.admin@example.com', name: 'Second', role: 'admin' }, { csrf: true });
    const demoted = await b.call('PATCH', `/users/${me.id}`, { role: 'editor' }, { csrf: true });
    expect(demoted.status).toBe(200);
    // Demoted: this session now has the editor role.
    expectProblem(await b.call('GET', '/users'), 403, 'forbidden');
    expectProblem(await t.call('PATCH', `/users/${second.body.id}`, { active: false }), 409, 'last_admin');
  });
});
