/**
 * The real `quorum` command, run as child processes (`node bin/quorum.js …`) against a fresh
 * test database of the engine under test (QUORUM_TEST_ENGINE).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/quorum.js');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function env(databaseUrl: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  delete e.PORT;
  delete e.HOST;
  return e;
}

function quorum(databaseUrl: string, ...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(databaseUrl), timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts a long-running command and resolves once its stdout matches `ready`. */
function spawnUntil(databaseUrl: string, args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(databaseUrl), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${ready}; stdout: ${stdout}; stderr: ${stderr}`));
    }, 30_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = stdout.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match, output: () => stdout + stderr });
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready; stdout: ${stdout}; stderr: ${stderr}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode != null) return resolve(child.exitCode);
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/**
 * Closes our connections and gives them a moment to finish before the database is dropped:
 * pg's Pool.end() resolves before its sockets close, and DROP DATABASE … WITH (FORCE) killing a
 * closing connection makes the pool emit an unhandled 'error'.
 */
async function dropSafely(t: TestDatabase): Promise<void> {
  await t.close();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await t.drop();
}

const count = async (t: TestDatabase, table: 'accounts' | 'people' | 'account_people' | 'activities') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

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

  it('migrate applies the migrations, then reports the schema up to date', async () => {
    const first = await quorum(url, 'migrate');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Applied migration 0001_initial');
    const again = await quorum(url, 'migrate');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('up to date');
  });

  let adminToken = '';
  let revokedToken = '';
  let revokedId = '';

  it('token create prints the token alone on stdout; list shows it; revoke revokes it', async () => {
    const [created, viewer, another] = await Promise.all([
      quorum(url, 'token', 'create', '--role', 'admin', '--name', 'ci'),
      quorum(url, 'token', 'create', '--role', 'viewer'),
      quorum(url, 'token', 'create', '--role', 'admin', '--name', 'server test'),
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^qrm_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toContain('admin token tok_');
    expect(viewer.code).toBe(0);
    const token = created.stdout.trim();
    const id = /tok_[0-9A-Z]{26}/.exec(created.stderr)![0];

    const list = await quorum(url, 'token', 'list');
    expect(list.code).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+USER\s+ROLE\s+CREATED\s+LAST USED\s+REVOKED$/);
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith(id))).toMatch(/\sci\s.*\sadmin\s/);
    expect(list.stdout).not.toContain(token);

    const revoke = await quorum(url, 'token', 'revoke', id);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toContain(`Revoked token ${id}`);
    const row = await t.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeGreaterThan(0);
    adminToken = another.stdout.trim();
    revokedToken = token;
    revokedId = id;
  });

  it('refuses bad arguments and impossible requests with a message and a non-zero exit', async () => {
    const [badRole, noRole, badNumber, badUrl, twice, unknown] = await Promise.all([
      quorum(url, 'token', 'create', '--role', 'superuser'),
      quorum(url, 'token', 'create'),
      quorum(url, 'demo', '--people', 'many'),
      quorum('mysql://localhost/x', 'migrate'),
      quorum(url, 'token', 'revoke', revokedId),
      quorum(url, 'token', 'revoke', 'tok_nope'),
    ]);
    expect(badRole.code).not.toBe(0);
    expect(badRole.stdout).toBe('');
    expect(badRole.stderr).toContain("argument 'superuser' is invalid. Allowed choices are admin, editor, viewer");
    expect(noRole.code).not.toBe(0);
    expect(noRole.stderr).toContain("required option '-r, --role <role>' not specified");
    expect(badNumber.code).not.toBe(0);
    expect(badNumber.stderr).toContain('must be a whole number');
    expect(badUrl.code).toBe(1);
    expect(badUrl.stderr).toMatch(/^error: DATABASE_URL must start with sqlite: or postgres:\/\//);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(`error: token ${revokedId} is already revoked\n`);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('does not exist');
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
    expect(person?.derived_seniority).toBe('c-level');
    expect(person?.derived_function).toBe('security');
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
    const accounts = await fetch(`${base}/api/v1/accounts?limit=5`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(accounts.status).toBe(200);
    expect(((await accounts.json()) as { data: unknown[] }).data).toHaveLength(5);
    expect(await stop(child)).toBe(0);
  });
});

describe(`quorum start (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(TEST_ENGINE, { migrate: false });
  });
  afterAll(async () => dropSafely(t));

  it('migrates, loads the demo data, prints the URL, docs and an admin token that works', async () => {
    const { child, output } = await spawnUntil(t.url, ['start', '--port', '0'], /Admin token: (qrm_\S+)/);
    try {
      const text = output();
      const base = /running at (http:\/\/\S+)/.exec(text)![1]!;
      const token = /Admin token: (qrm_\S+)/.exec(text)![1]!;
      expect(text).toContain(`API docs:    ${base}/docs`);
      expect(await count(t, 'accounts')).toBe(200);
      expect(await count(t, 'people')).toBe(5000);
      const res = await fetch(`${base}/api/v1/accounts?limit=1`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect((await fetch(`${base}/docs`)).status).toBe(200);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});
