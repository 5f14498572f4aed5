/**
 * `npm start` must open a working web app on a fresh clone: the app is built when its build is
 * missing or stale (a digest of web/ and the lock file, stored beside the build), once, even when
 * several processes start at the same time (a lock file), into a scratch folder that replaces the
 * old build only when complete.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_SOURCE_DIR = path.join(ROOT, 'web');
export const WEB_BUILD_DIR = path.join(ROOT, 'dist', 'web');
const STAMP = '.build-digest';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    // Browser tests and the screenshot script (e2e/) are not part of the bundle either.
    if (e.name === 'node_modules' || e.name === 'e2e' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    // Tests are not part of the bundle.
    else if (!/\.test\.tsx?$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** A digest of everything the build depends on. */
export function webSourceDigest(): string {
  const h = crypto.createHash('sha256');
  for (const f of [...listFiles(WEB_SOURCE_DIR), path.join(ROOT, 'package-lock.json')]) {
    if (!fs.existsSync(f)) continue;
    h.update(path.relative(ROOT, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

export function webBuildIsCurrent(digest = webSourceDigest()): boolean {
  try {
    return fs.existsSync(path.join(WEB_BUILD_DIR, 'index.html')) && fs.readFileSync(path.join(WEB_BUILD_DIR, STAMP), 'utf8') === digest;
  } catch {
    return false;
  }
}

async function withLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A lock older than three minutes belongs to a build that died.
      const age = Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000 || Date.now() > deadline) fs.rmSync(file, { force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(file, { force: true });
  }
}

export interface WebBuildResult {
  dir: string;
  built: boolean;
  ms: number;
}

/** Builds the web app unless the build is current; returns the folder to serve. */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<WebBuildResult> {
  const started = Date.now();
  const digest = webSourceDigest();
  if (webBuildIsCurrent(digest)) return { dir: WEB_BUILD_DIR, built: false, ms: 0 };
  return withLock(path.join(ROOT, 'dist', '.web-build.lock'), async () => {
    // Someone else may have built it while we waited.
    if (webBuildIsCurrent(digest)) return { dir: WEB_BUILD_DIR, built: false, ms: Date.now() - started };
    let vite: typeof import('vite');
    try {
      vite = await import('vite');
    } catch {
      throw new Error('the web app is not built and Vite is not installed: run `npm install` (with dev dependencies), then start again');
    }
    log('Building the web app (first start or sources changed)…');
    const scratch = path.join(ROOT, 'dist', `.web-${process.pid}-${Date.now().toString(36)}`);
    await vite.build({ configFile: path.join(WEB_SOURCE_DIR, 'vite.config.ts'), logLevel: 'warn', build: { outDir: scratch, emptyOutDir: true } });
    fs.writeFileSync(path.join(scratch, STAMP), digest);
    const old = `${WEB_BUILD_DIR}.old-${process.pid}`;
    if (fs.existsSync(WEB_BUILD_DIR)) fs.renameSync(WEB_BUILD_DIR, old);
    fs.renameSync(scratch, WEB_BUILD_DIR);
    fs.rmSync(old, { recursive: true, force: true });
    const ms = Date.now() - started;
    log(`Built the web app in ${(ms / 1000).toFixed(1)} s`);
    return { dir: WEB_BUILD_DIR, built: true, ms };
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const r = await ensureWebBuild((l) => process.stderr.write(`${l}\n`));
  if (!r.built) process.stderr.write(`The web app build in ${path.relative(process.cwd(), r.dir)} is current\n`);
}
