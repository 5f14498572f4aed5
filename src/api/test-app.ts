/**
 * A real Quorum HTTP server on a random loopback port over a fresh test database, with one token
 * per role. Tests talk to it with fetch, as any client would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, API_PREFIX, type App, type AppOptions, type WebhookSettings } from './app.ts';
import { createTestDatabase, type TestDatabase } from '../store/test-db.ts';
import { createToken, type UserRole } from '../store/tokens.ts';
import { ManualClock, type Clock } from '../domain/clock.ts';
import { JobRunner } from '../engine/runner.ts';

export interface TestResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestApp {
  app: App;
  db: TestDatabase;
  baseUrl: string;
  clock: ManualClock;
  tokens: Record<UserRole, string>;
  runner: JobRunner | undefined;
  /** Where this app keeps import uploads (a fresh directory, removed by close). */
  uploadDir: string;
  /** Calls /api/v1 + path as `as` (default admin); body is sent as JSON. */
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, opts?: { as?: UserRole | null; headers?: Record<string, string> }): Promise<TestResponse<T>>;
  close(): Promise<void>;
}

export async function createTestApp(opts: { clock?: Clock; runner?: 'thread' | 'inline'; batchSize?: number; importBatchSize?: number; uploadSweep?: AppOptions['uploadSweep']; webhooks?: WebhookSettings; linkedin?: AppOptions['linkedin'] } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const clock = (opts.clock as ManualClock | undefined) ?? new ManualClock(Date.parse('2026-06-01T12:00:00Z'));
  const runner = opts.runner ? new JobRunner({ database: db, clock, mode: opts.runner, pollMs: 50, batchSize: opts.batchSize, importBatchSize: opts.importBatchSize, linkedin: opts.linkedin }) : undefined;
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-uploads-'));
  const app = await buildApp({ database: db, clock, runner, uploadDir, webhooks: opts.webhooks, ...(opts.linkedin ? { linkedin: opts.linkedin } : {}), ...(opts.uploadSweep ? { uploadSweep: opts.uploadSweep } : {}) });
  await runner?.start();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const tokens = {
    admin: (await createToken(db.db, { role: 'admin', name: 'test admin' })).token,
    editor: (await createToken(db.db, { role: 'editor', name: 'test editor' })).token,
    viewer: (await createToken(db.db, { role: 'viewer', name: 'test viewer' })).token,
  };
  const call: TestApp['call'] = async (method, path, body, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    const as = o.as === undefined ? 'admin' : o.as;
    if (as) headers.authorization = `Bearer ${tokens[as]}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(baseUrl + (path.startsWith('/api') || path.startsWith('/docs') ? path : API_PREFIX + path), {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    if (text && (res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as never };
  };
  return {
    app,
    db,
    baseUrl,
    clock,
    tokens,
    call,
    runner,
    uploadDir,
    close: async () => {
      await runner?.stop();
      await app.close();
      await db.drop();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

/** Asserts a problem+json response and returns it (for further checks on `errors`). */
export function expectProblem(res: TestResponse, status: number, code: string): { code: string; detail: string; errors?: { field: string; message: string }[] } {
  const body = res.body as { code?: string; status?: number; detail?: string };
  if (res.status !== status || body.code !== code || !(res.headers.get('content-type') ?? '').startsWith('application/problem+json')) {
    throw new Error(`expected ${status} ${code} problem+json, got ${res.status} ${res.headers.get('content-type')} ${JSON.stringify(res.body)}`);
  }
  return res.body as never;
}

/**
 * `If-Match: *` — "whatever the current version is". Configuration writes require If-Match; tests
 * that are not about concurrency send this instead of reading the ETag first.
 */
export const ANY_VERSION = { headers: { 'if-match': '*' } } as const;

/**
 * A browser-like client: keeps the cookies the server sets (no attributes checked here: tests
 * read `lastSetCookies` for those) and sends them back. `csrf: true` echoes the quorum_csrf
 * cookie in X-CSRF-Token, as the web app does; a string sends that value instead.
 */
export interface Browser {
  cookies: Map<string, string>;
  lastSetCookies: string[];
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, opts?: { csrf?: boolean | string; headers?: Record<string, string> }): Promise<TestResponse<T>>;
  signIn(email: string, password: string): Promise<TestResponse<{ user: { id: string; email: string; name: string; role: UserRole } }>>;
}

export function browser(baseUrl: string): Browser {
  const cookies = new Map<string, string>();
  const b: Browser = {
    cookies,
    lastSetCookies: [],
    async call(method, path, body, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (cookies.size) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (o.csrf === true) headers['x-csrf-token'] = cookies.get('quorum_csrf') ?? '';
      else if (typeof o.csrf === 'string') headers['x-csrf-token'] = o.csrf;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const url = path.startsWith('/api') || path.startsWith('/sign-in') ? path : API_PREFIX + path;
      const res = await fetch(baseUrl + url, { method, headers, redirect: 'manual', body: body === undefined ? undefined : JSON.stringify(body) });
      b.lastSetCookies = res.headers.getSetCookie();
      for (const line of b.lastSetCookies) {
        const [pair = '', ...attrs] = line.split(';').map((s) => s.trim());
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        const gone = value === '' || attrs.some((a) => /^max-age=0$/i.test(a) || (/^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now()));
        if (gone) cookies.delete(name);
        else cookies.set(name, value);
      }
      const text = await res.text();
      let parsed: unknown = text;
      if (text && (res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
      return { status: res.status, headers: res.headers, body: parsed as never };
    },
    signIn: (email, password) => b.call('POST', '/auth/sign-in', { email, password }),
  };
  return b;
}
