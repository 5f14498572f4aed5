/**
 * Helpers for tests that run the real `quorum` command as child processes
 * (`node bin/quorum.js …`) against a test database.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestDatabase } from '../store/test-db.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/quorum.js');

export interface Result {
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

export function quorum(databaseUrl: string, ...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(databaseUrl), timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs `quorum` in `cwd` with neither DATABASE_URL nor --database-url: the default database. */
export function quorumWithDefaultDatabase(cwd: string, ...args: string[]): Promise<Result> {
  const e: NodeJS.ProcessEnv = { ...process.env };
  delete e.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: e, timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Like quorum(), with `input` written to the command's standard input. */
export function quorumWithInput(databaseUrl: string, input: string, ...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: ROOT, env: env(databaseUrl), timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}

/** Starts a long-running command and resolves once its stdout matches `ready`. */
export function spawnUntil(databaseUrl: string, args: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray; output: () => string }> {
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

export function stop(child: ChildProcess): Promise<number | null> {
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
export async function dropSafely(t: TestDatabase): Promise<void> {
  await t.close();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await t.drop();
}

export const count = async (t: TestDatabase, table: 'accounts' | 'people' | 'account_people' | 'activities') =>
  Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
