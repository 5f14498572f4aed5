/**
 * Walks every route of the API × every caller (no token, bad token, viewer, editor, admin — by
 * token and by session cookie) and checks the gate: 401 without a valid token or session, 403
 * when the role is too weak or a cookie-authenticated write lacks its CSRF token, and otherwise
 * that the request got past authentication (whatever the handler then answers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, createTestApp, type Browser, type TestApp } from './test-app.ts';
import { createToken, revokeToken, type UserRole } from '../store/tokens.ts';
import { createUser } from '../store/users.ts';

const RANK: Record<UserRole, number> = { viewer: 1, editor: 2, admin: 3 };

describe('auth matrix', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const fill = (url: string) => url.replace(/:(\w+)/g, (_m, name: string) => `x_${name}`);

  it('covers the whole API', () => {
    const urls = new Set(t.app.routeTable.map((r) => r.url));
    for (const u of [
      '/api/v1/health',
      '/api/v1/openapi.json',
      '/api/v1/accounts',
      '/api/v1/people',
      '/api/v1/relations',
      '/api/v1/activities/bulk',
      '/api/v1/tokens',
      '/api/v1/auth/sign-in',
      '/api/v1/auth/sign-out',
      '/api/v1/me/password',
      '/api/v1/users',
      '/api/v1/users/:id',
      '/sign-in/link',
    ]) {
      expect(urls, u).toContain(u);
    }
    expect(t.app.routeTable.length).toBeGreaterThan(20);
  });

  it('answers 401 / 403 / pass for every route and role', async () => {
    const failures: string[] = [];
    for (const route of t.app.routeTable) {
      const url = fill(route.url);
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}';
      const send = async (auth: string | null) => {
        const headers: Record<string, string> = {};
        if (auth) headers.authorization = auth;
        if (body) headers['content-type'] = 'application/json';
        return (await fetch(t.baseUrl + url, { method: route.method, headers, body })).status;
      };
      const anon = await send(null);
      const bogus = await send('Bearer qrm_not-a-real-token');
      if (route.access === 'public') {
        if (anon === 401 || anon === 403) failures.push(`${route.method} ${route.url}: public but anonymous got ${anon}`);
        continue;
      }
      if (anon !== 401) failures.push(`${route.method} ${route.url}: anonymous got ${anon}, want 401`);
      if (bogus !== 401) failures.push(`${route.method} ${route.url}: bogus token got ${bogus}, want 401`);
      for (const role of ['viewer', 'editor', 'admin'] as const) {
        const status = await send(`Bearer ${t.tokens[role]}`);
        const allowed = RANK[role] >= RANK[route.access];
        if (allowed && (status === 401 || status === 403)) failures.push(`${route.method} ${route.url}: ${role} got ${status}, want access`);
        if (!allowed && status !== 403) failures.push(`${route.method} ${route.url}: ${role} got ${status}, want 403`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives a session cookie the same gate as a token of its role, and refuses its writes without CSRF', async () => {
    const sessions = {} as Record<UserRole, Browser>;
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      await createUser(t.db.db, { userId: null }, { email: `matrix-${role}@example.com`, name: role, role, password: 'matrix password' }, t.clock.now());
      sessions[role] = browser(t.baseUrl);
      expect((await sessions[role].signIn(`matrix-${role}@example.com`, 'matrix password')).status).toBe(200);
    }
    const stale = browser(t.baseUrl);
    stale.cookies.set('quorum_session', 'not-a-session');
    const failures: string[] = [];
    for (const route of t.app.routeTable) {
      // Public routes were checked above (and sign-out would end the session under test).
      if (route.access === 'public') continue;
      const path = fill(route.url);
      const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : {};
      const unsafe = route.method !== 'GET';
      const bogus = (await stale.call(route.method, path, body, { csrf: true })).status;
      if (bogus !== 401) failures.push(`${route.method} ${route.url}: unknown session got ${bogus}, want 401`);
      for (const role of ['viewer', 'editor', 'admin'] as const) {
        const allowed = RANK[role] >= RANK[route.access];
        if (unsafe) {
          const without = (await sessions[role].call(route.method, path, body)).status;
          if (without !== 403) failures.push(`${route.method} ${route.url}: ${role} session without CSRF got ${without}, want 403`);
        }
        const status = (await sessions[role].call(route.method, path, body, { csrf: true })).status;
        if (allowed && (status === 401 || status === 403)) failures.push(`${route.method} ${route.url}: ${role} session got ${status}, want access`);
        if (!allowed && status !== 403) failures.push(`${route.method} ${route.url}: ${role} session got ${status}, want 403`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a revoked token and accepts a new one', async () => {
    const { token, info } = await createToken(t.db.db, { role: 'viewer', name: 'short-lived' });
    const me = await fetch(`${t.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: 'viewer', tokenId: info.id });
    await revokeToken(t.db.db, info.id);
    const after = await fetch(`${t.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
    expect(after.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const stored = await t.db.db.selectFrom('api_tokens').select('token_hash').where('id', '=', info.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token.slice(4)); // only the hash is stored
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets an admin manage tokens over the API, showing the secret only once', async () => {
    const created = await t.call<{ token: string; info: { id: string; role: string } }>('POST', '/tokens', { role: 'editor', name: 'ci bot' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^qrm_/);
    const list = await t.call<{ data: Record<string, unknown>[] }>('GET', '/tokens');
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    expect(list.body.data.some((x) => x.id === created.body.info.id)).toBe(true);
    expect((await t.call('DELETE', `/tokens/${created.body.info.id}`)).status).toBe(204);
    expect((await t.call('DELETE', `/tokens/${created.body.info.id}`)).status).toBe(409);
    expect((await t.call('POST', '/tokens', { role: 'superuser' })).status).toBe(400);
  });
});
