/** `quorum user create | list | link` as child processes, and the links they print over real HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { dropSafely, quorum, quorumWithInput } from './test-cli.ts';
import { buildApp, type App } from '../api/app.ts';

describe(`quorum user (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let app: App;
  let base: string;
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE);
    app = await buildApp({ database: t });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await dropSafely(t);
  });

  const signIn = (email: string, password: string) =>
    fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });

  it('user create --password-stdin creates a user who can sign in; without a password it prints an invitation link', async () => {
    const created = await quorumWithInput(t.url, 'a password from stdin\n', 'user', 'create', '--email', 'Dana@Example.com', '--role', 'editor', '--name', 'Dana', '--password-stdin');
    expect(created.stderr).toContain('Created editor user usr_');
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^usr_[0-9A-Z]{26}\n$/);
    const res = await signIn('dana@example.com', 'a password from stdin');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ user: { id: created.stdout.trim(), email: 'Dana@Example.com', name: 'Dana', role: 'editor' } });

    const invited = await quorum(t.url, 'user', 'create', '--email', 'eve@example.com', '--role', 'viewer', '--base-url', base);
    expect(invited.code).toBe(0);
    const link = invited.stdout.trim();
    expect(link).toMatch(new RegExp(`^${base}/sign-in/link\\?token=qsl_[A-Za-z0-9_-]+$`));
    expect(invited.stderr).toContain('within 7 days');
    const first = await fetch(link, { redirect: 'manual' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/');
    expect(first.headers.getSetCookie().some((c) => c.startsWith('quorum_session='))).toBe(true);
    expect((await fetch(link, { redirect: 'manual' })).headers.get('location')).toBe('/sign-in?error=link_expired');
  });

  it('user list shows users; user link prints a fresh link for an existing user', async () => {
    const list = await quorum(t.url, 'user', 'list');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+EMAIL\s+NAME\s+ROLE\s+ACTIVE\s+LAST SIGN-IN$/);
    expect(lines.find((l) => l.includes('Dana@Example.com'))).toMatch(/\sDana\s+editor\s+yes\s+\d{4}-\d\d-\d\d /);
    expect(lines.find((l) => l.includes('eve@example.com'))).toMatch(/\sviewer\s+yes\s/);
    const json = JSON.parse((await quorum(t.url, 'user', 'list', '--json')).stdout) as { email: string; hasPassword: boolean }[];
    expect(json.find((u) => u.email === 'eve@example.com')?.hasPassword).toBe(false);
    expect(JSON.stringify(json)).not.toContain('argon2');

    const link = await quorum(t.url, 'user', 'link', '--email', 'DANA@example.com', '--base-url', base);
    expect(link.code).toBe(0);
    expect(link.stderr).toContain('within 15 minutes');
    const res = await fetch(link.stdout.trim(), { redirect: 'manual' });
    expect(res.headers.get('location')).toBe('/');
  });

  it('refuses bad input with a message and exit 1', async () => {
    const [short, dup, unknown, badRole, noEmail] = await Promise.all([
      quorumWithInput(t.url, 'short\n', 'user', 'create', '--email', 'x@example.com', '--role', 'viewer', '--password-stdin'),
      quorum(t.url, 'user', 'create', '--email', 'dana@example.com', '--role', 'viewer'),
      quorum(t.url, 'user', 'link', '--email', 'nobody@example.com'),
      quorum(t.url, 'user', 'create', '--email', 'y@example.com', '--role', 'owner'),
      quorum(t.url, 'user', 'create', '--role', 'viewer'),
    ]);
    expect(short.code).toBe(1);
    expect(short.stderr).toBe('error: the password must be at least 12 characters long (it has 5)\n');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toBe('error: a user with the email dana@example.com already exists\n');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: no user has the email nobody@example.com/);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toContain("argument 'owner' is invalid");
    expect(noEmail.code).not.toBe(0);
    expect(noEmail.stderr).toContain("required option '-e, --email <email>' not specified");
    expect(short.stdout + dup.stdout + unknown.stdout).toBe('');
  });
});
