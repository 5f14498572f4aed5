/**
 * `--cache`: the loaded tenant kept between benchmark invocations, keyed by what decides its
 * content (the data generator, the loader, the configuration, the schema's migrations, the
 * scale). SQLite keeps the loaded file and copies it for each run; PostgreSQL keeps a database
 * and creates the run's database from it as a template. The load figures reported are then those
 * of the cached load (the report says so).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Engine } from '../src/store/db.ts';
import { FULL_SCALE, type Scale } from './data.ts';
import { freshPgDatabase } from './pg-admin.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CACHE_DIR = path.join(os.tmpdir(), 'quorum-bench-cache');

function filesOf(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The cache key: a digest of the sources that shape the loaded data, and the scale. */
export function cacheKey(engine: Engine, scale: Scale): string {
  const h = createHash('sha1');
  h.update(JSON.stringify({ engine, scale }));
  const src = path.join(here, '..', 'src', 'store');
  for (const f of [path.join(here, 'data.ts'), path.join(here, 'load.ts'), path.join(here, 'config.ts'), path.join(src, 'migrate.ts'), path.join(src, 'seed.ts'), ...filesOf(path.join(src, 'migrations'))]) {
    h.update(f);
    h.update(fs.readFileSync(f));
  }
  return h.digest('hex').slice(0, 12);
}

export interface CacheEntry<T> {
  key: string;
  /** SQLite: the kept file. PostgreSQL: the kept database's name. */
  target: string;
  meta: string;
  read(): T | null;
  write(value: T): void;
}

export function cacheEntry<T>(engine: Engine, scale: Scale): CacheEntry<T> {
  const key = cacheKey(engine, scale);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const meta = path.join(CACHE_DIR, `${engine}-${key}.json`);
  const target = engine === 'sqlite' ? path.join(CACHE_DIR, `${engine}-${key}.db`) : `quorum_bench_cache_${key}`;
  return {
    key,
    target,
    meta,
    read: () => (fs.existsSync(meta) ? (JSON.parse(fs.readFileSync(meta, 'utf8')) as T) : null),
    write: (value) => fs.writeFileSync(meta, JSON.stringify(value)),
  };
}

/** A scratch copy of a cached tenant for one script run (a file copy, or a database from the template); `drop` removes it. */
export async function copyOfCache(engine: Engine, entry: CacheEntry<unknown>, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    fs.copyFileSync(entry.target, path.join(dir, 'copy.db'));
    return { url: `sqlite:${path.join(dir, 'copy.db')}`, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  return freshPgDatabase(name.replace(/[^a-z0-9_]/g, '_'), entry.target);
}

/** The benchmark's tenant at full or 1/20 scale, as cached by `npm run bench -- --cache` (a clear error when it is not). */
export function cachedTenant<T>(engine: Engine, small: boolean): { entry: CacheEntry<T>; loaded: T } {
  const f = small ? 20 : 1;
  const scale: Scale = { accounts: FULL_SCALE.accounts / f, people: FULL_SCALE.people / f, seed: 20260601, now: Date.UTC(2026, 5, 1, 12) };
  const entry = cacheEntry<T>(engine, scale);
  const loaded = entry.read();
  if (!loaded) throw new Error(`no cached tenant for ${engine} at this scale: run npm run bench -- --cache --engine ${engine}${small ? ' --small' : ''} first`);
  return { entry, loaded };
}
