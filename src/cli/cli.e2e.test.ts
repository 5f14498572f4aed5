/**
 * The real `quorum` command, run as child processes (`node bin/quorum.js …`) against a fresh
 * test database of the engine under test (QUORUM_TEST_ENGINE). `start` has its own file
 * (start.e2e.test.ts) so that the two run in parallel.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { count, dropSafely, quorum, quorumWithDefaultDatabase, spawnUntil, stop } from './test-cli.ts';

describe(`quorum CLI (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let url: string;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE, { migrate: false });
    url = t.url;
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode == null) c.kill('SIGKILL');
    await dropSafely(t);
  });

  it('migrate applies the migrations and prints them', async () => {
    const first = await quorum(url, 'migrate');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied migration 0001_initial');
    const tables = await t.db.selectFrom('roles').select('id').execute();
    expect(tables).toHaveLength(6);
  });

  let viewerToken = '';
  let revokedToken = '';
  let revokedId = '';

  it('token create prints the token alone on stdout; list shows it; revoke revokes it', async () => {
    const [created, another] = await Promise.all([
      quorum(url, 'token', 'create', '--role', 'admin', '--name', 'ci'),
      quorum(url, 'token', 'create', '--role', 'viewer', '--name', 'server test'),
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^qrm_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toContain('admin token tok_');
    expect(another.code).toBe(0);
    const token = created.stdout.trim();
    const id = /tok_[0-9A-Z]{26}/.exec(created.stderr)![0];

    const list = await quorum(url, 'token', 'list');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+USER\s+ROLE\s+CREATED\s+LAST USED\s+REVOKED$/);
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.startsWith(id))).toMatch(/\sci\s.*\sadmin\s/);
    expect(list.stdout).not.toContain(token);

    const revoke = await quorum(url, 'token', 'revoke', id);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toContain(`Revoked token ${id}`);
    const row = await t.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeGreaterThan(0);
    viewerToken = another.stdout.trim();
    revokedToken = token;
    revokedId = id;
  });

  it('refuses bad arguments and impossible requests with a message and a non-zero exit', async () => {
    const [badRole, badNumber, badUrl, twice] = await Promise.all([
      quorum(url, 'token', 'create', '--role', 'superuser'),
      quorum(url, 'demo', '--people', 'many'),
      quorum('mysql://localhost/x', 'migrate'),
      quorum(url, 'token', 'revoke', revokedId),
    ]);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stdout).toBe('');
    expect(badRole.stderr).toContain("argument 'superuser' is invalid. Allowed choices are admin, editor, viewer");
    expect(badNumber.code).not.toBe(0);
    expect(badNumber.stderr).toContain('must be a whole number');
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toMatch(/^error: DATABASE_URL must start with sqlite: or postgres:\/\//);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(`error: token ${revokedId} is already revoked\n`);
  });

  it('says which database it uses: --help explains the choice, the default is announced, "not found" names the database (finding 11)', async () => {
    const help = await quorum(url, '--help');
    expect(help.stdout).toContain('--database-url');
    expect(help.stdout).toContain('DATABASE_URL');
    expect(help.stdout).toContain('else sqlite:data/quorum.db');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-cwd-'));
    try {
      const list = await quorumWithDefaultDatabase(dir, 'token', 'list');
      expect(list.code).toBe(0);
      const notices = list.stderr.split('\n').filter((l) => l.startsWith('Using the default database sqlite:data/quorum.db'));
      expect(notices).toEqual([`Using the default database sqlite:data/quorum.db (${path.join(fs.realpathSync(dir), 'data/quorum.db')}); set DATABASE_URL or --database-url to use another.`]);
      expect(fs.existsSync(path.join(dir, 'data/quorum.db'))).toBe(true);
      const missing = await quorumWithDefaultDatabase(dir, 'token', 'revoke', 'tok_nope');
      expect(missing.stderr).toContain('error: token tok_nope does not exist (in database sqlite:data/quorum.db)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }

    // With a chosen database: no notice, and errors about missing things name it.
    const [revoke, generate] = await Promise.all([
      quorum(url, 'token', 'revoke', 'tok_nope'),
      quorum(url, 'generate', '--solution-interest', 'si_nope', '--audience', 'lst_nope'),
    ]);
    expect(revoke.code).toBe(1);
    expect(revoke.stderr).toBe(`error: token tok_nope does not exist (in database ${url})\n`);
    expect(generate.code).toBe(1);
    expect(generate.stderr).toContain(`does not exist (in database ${url})`);
    expect(generate.stderr).not.toContain('Using the default database');
  });

  it('demo loads the data set once, and refuses to load it again', async () => {
    const demo = await quorum(url, 'demo', '--accounts', '25', '--people', '300', '--seed', '7');
    expect(demo.stderr).toContain('accounts');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/^Loaded the demo data set into .* in [\d.]+ s:\n {2}25 accounts, 300 people, \d+ relations, \d+ activities\n/);
    expect(demo.stdout).toContain('2 Live roles templates');
    expect(await count(t, 'accounts')).toBe(25);
    expect(await count(t, 'people')).toBe(300);
    expect(await count(t, 'account_people')).toBeGreaterThanOrEqual(300);
    expect(await count(t, 'activities')).toBeGreaterThan(0);
    const person = await t.db.selectFrom('people').selectAll().where('last_name_norm', '=', 'núñez').where('first_name_norm', '=', 'josé').executeTakeFirst();
    expect(person?.first_name).toBe('José');
    expect(person?.job_title_norm).toBe('ciso');
    expect(person?.derived_seniority).toBe('cxo');
    expect(person?.derived_function).toBe('information_technology');
    expect(person?.derived_specialties).toBe('|security|');
    const templates = await t.db.selectFrom('roles_templates').select(['name', 'status']).orderBy('name').execute();
    expect(templates).toEqual([
      { name: 'Marketing automation', status: 'live' },
      { name: 'Security platform', status: 'live' },
    ]);
    expect((await t.db.selectFrom('solution_interests').select('name').execute()).length).toBe(2);
    expect((await t.db.selectFrom('account_lists').select(['kind']).orderBy('kind').execute()).map((l) => l.kind)).toEqual(['dynamic', 'static']);
    expect(await t.db.selectFrom('account_list_members').select('account_id').execute()).not.toHaveLength(0);

    const again = await quorum(url, 'demo', '--accounts', '25', '--people', '300');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has 25 accounts');
    expect(await count(t, 'people')).toBe(300);
  });

  it('serve answers health, refuses a request without a token, serves data with one, and stops on SIGTERM', async () => {
    const { child, match } = await spawnUntil(url, ['serve', '--port', '0'], /running at (http:\/\/127\.0\.0\.1:\d+)/);
    children.push(child);
    const base = match[1]!;
    const health = await fetch(`${base}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', engine: TEST_ENGINE });
    expect((await fetch(`${base}/api/v1/accounts`)).status).toBe(401);
    expect((await fetch(`${base}/api/v1/accounts`, { headers: { authorization: `Bearer ${revokedToken}` } })).status).toBe(401);
    const accounts = await fetch(`${base}/api/v1/accounts?limit=5`, { headers: { authorization: `Bearer ${viewerToken}` } });
    expect(accounts.status).toBe(200);
    expect(((await accounts.json()) as { data: unknown[] }).data).toHaveLength(5);
    expect(await stop(child)).toBe(0);
  });
});
