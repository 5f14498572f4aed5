import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layer rules of docs/architecture.md ("Layers and direction of dependencies"), checked over
 * the real import graph of every non-test .ts file under src/ (type-only and dynamic imports
 * included). eslint.config.js states the same rules as `no-restricted-imports`, so a wrong import
 * fails the lint step as well; this test is the check an eslint-disable comment cannot silence.
 */

const repo = resolve(import.meta.dirname, '..');
const src = join(repo, 'src');

/** Which layers each layer may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  store: ['domain'],
  engine: ['store', 'domain', 'integrations'],
  api: ['engine', 'store', 'domain', 'integrations'],
  cli: ['api', 'engine', 'store', 'domain', 'integrations'],
  integrations: ['domain'],
};

/** Tests and their helpers may import anything. */
function isTestFile(path: string): boolean {
  return /(\.test\.ts|\.testdata\.ts)$/.test(path) || /(^|\/)test-[^/]*\.ts$/.test(path);
}

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

/** Relative imports of a file, resolved to paths relative to the repository root. */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(repo, resolve(dirname(file), spec)));
}

const layerOf = (path: string): string | undefined => (path.startsWith('src/') ? path.split('/')[1] : undefined);

/** The public surfaces another layer may import: a layer's index.ts, or a domain module's index.ts. */
function isPublicSurface(target: string): boolean {
  const parts = target.split('/');
  if (parts.length === 3) return parts[2] === 'index.ts';
  // domain/<module>/index.ts, and each integration's own surface integrations/<name>/index.ts.
  return parts.length === 4 && (parts[1] === 'domain' || parts[1] === 'integrations') && parts[3] === 'index.ts';
}

const sources = filesUnder(src, /\.ts$/)
  .map((f) => relative(repo, f))
  .filter((f) => !isTestFile(f) && layerOf(f) !== undefined && ALLOWED[layerOf(f)!] !== undefined);
const graph = new Map(sources.map((f) => [f, importsOf(join(repo, f))]));

/** Every import cycle's members (strongly connected components of more than one file, or a self-import). */
function cycles(g: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!g.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/**
 * Lines of `file` that branch on an engine (docs/architecture.md, "The dialect"): an engine's name
 * as a string literal ('postgres', "sqlite" — comparisons, switch cases, arguments) or the engine
 * asked for (`dbEngine(`). Engine code asks `dialectOf(db)` / `dialectFor(engine)` instead.
 */
function engineChecks(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '');
    if (/(['"`])(postgres|sqlite)\1|\bdbEngine\(/.test(code)) out.push(`${file}:${i + 1}`);
  });
  return out;
}

describe('architecture', () => {
  it('sees the source files and their imports', () => {
    // Guards the checks below against passing on an empty graph.
    expect(sources).toContain('src/api/app.ts');
    expect(graph.get('src/api/app.ts')).toContain('src/api/routes/index.ts');
    expect(sources.length).toBeGreaterThan(100);
  });

  it('has no import cycles anywhere in src (type-only imports included)', () => {
    expect(cycles(graph).map((c) => c.join(' ↔ '))).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('src/engine has no engine checks: SQL that differs per engine comes from the store\'s dialect', () => {
    const engineFiles = sources.filter((f) => layerOf(f) === 'engine');
    expect(engineFiles.length).toBeGreaterThan(20);
    expect(engineFiles.flatMap((f) => engineChecks(f, readFileSync(join(repo, f), 'utf8')))).toEqual([]);
  });

  it('finds an engine check when there is one (the check can fail)', () => {
    const code = [
      "const postgres = dbEngine(trx) === 'postgres';",
      "if (plan.engine !== 'sqlite') return;",
      "const lock = engine === \"postgres\" ? sql`for update` : sql``;",
      "switch (database.engine) { case 'postgres': break; }",
      "if ('sqlite' == engine) {}",
      '// a comment that names postgres and sqlite is fine',
      "const d = dialectOf(trx); await d.lockRowsById(trx, 'people', ids);",
    ].join('\n');
    expect(engineChecks('src/engine/x.ts', code)).toEqual(['src/engine/x.ts:1', 'src/engine/x.ts:2', 'src/engine/x.ts:3', 'src/engine/x.ts:4', 'src/engine/x.ts:5']);
  });

  it('imports across layers only in the allowed direction', () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      const a = layerOf(from)!;
      for (const to of targets) {
        const b = layerOf(to);
        if (b === undefined || b === a) continue;
        if (!ALLOWED[a]!.includes(b)) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('imports across layers only through public surfaces (a layer\'s index.ts, a domain module\'s index.ts)', () => {
    const deep: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        const b = layerOf(to);
        if (b !== undefined && b !== layerOf(from) && !isPublicSurface(to)) deep.push(`${from} → ${to}`);
      }
    }
    expect(deep).toEqual([]);
  });

  it('the web app imports nothing of src/', () => {
    const wrong: string[] = [];
    for (const file of filesUnder(join(repo, 'web', 'src'), /\.tsx?$/)) {
      for (const to of importsOf(file)) if (to.startsWith('src/')) wrong.push(`${relative(repo, file)} → ${to}`);
    }
    expect(wrong).toEqual([]);
  });
});
