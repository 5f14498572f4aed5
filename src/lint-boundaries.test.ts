import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join, resolve } from 'node:path';

/**
 * The layer rules in eslint.config.js (`no-restricted-imports` per layer) report a wrong import:
 * a forbidden direction, and a deep import past another layer's public surface. Run through
 * ESLint's Node API on snippets placed (by filePath) inside each layer.
 */

const repo = resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: repo, overrideConfigFile: join(repo, 'eslint.config.js') });

async function reported(file: string, specifier: string): Promise<string[]> {
  const code = `import { thing } from '${specifier}';\nexport const copy = thing;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(repo, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint rules for layer boundaries', () => {
  it.each([
    ['src/store/example.ts', '../engine/index.ts', 'store must not import'],
    ['src/store/example.ts', '../api/app.ts', 'store must not import'],
    ['src/store/migrations/example.ts', '../../engine/jobs.ts', 'store must not import'],
    ['src/engine/example.ts', '../api/index.ts', 'engine must not import'],
    ['src/engine/generation/example.ts', '../../cli/main.ts', 'engine must not import'],
    ['src/domain/example.ts', '../store/index.ts', 'domain must not import'],
    ['src/domain/conditions/example.ts', '../../engine/index.ts', 'domain must not import'],
    ['src/api/example.ts', '../cli/main.ts', 'api must not import'],
    ['src/integrations/webhooks/example.ts', '../../store/index.ts', 'integrations must not import'],
    ['src/store/example.ts', '../integrations/webhooks/index.ts', 'store must not import'],
  ])('%s importing %s: a forbidden direction', async (file, specifier, message) => {
    const messages = await reported(file, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each([
    ['src/api/routes/example.ts', '../../store/accounts.ts', 'store/index.ts'],
    ['src/api/example.ts', '../engine/jobs.ts', 'engine/index.ts'],
    ['src/engine/example.ts', '../store/db.ts', 'store/index.ts'],
    ['src/engine/example.ts', '../domain/conditions/walk.ts', 'domain/index.ts or domain/<module>/index.ts'],
    ['src/store/example.ts', '../domain/errors.ts', 'domain/index.ts or domain/<module>/index.ts'],
    ['src/cli/example.ts', '../api/app.ts', 'api/index.ts'],
    ['src/engine/example.ts', '../integrations/webhooks/http.ts', 'integrations/<name>/index.ts'],
  ])('%s importing %s: a deep import past the public surface', async (file, specifier, surface) => {
    const messages = await reported(file, specifier);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`through its public surface (${surface})`);
  });

  it.each([
    ['src/api/routes/example.ts', '../../store/index.ts'],
    ['src/api/routes/example.ts', '../../engine/index.ts'],
    ['src/engine/example.ts', '../domain/conditions/index.ts'],
    ['src/engine/example.ts', '../domain/index.ts'],
    ['src/store/example.ts', './accounts.ts'],
    ['src/engine/generation/example.ts', '../jobs.ts'],
    ['src/cli/example.ts', '../api/index.ts'],
    ['src/engine/webhooks/example.ts', '../../integrations/webhooks/index.ts'],
    // Tests and their helpers may import anything.
    ['src/store/example.db.test.ts', '../engine/jobs.ts'],
    ['src/engine/test-fixtures.ts', '../api/app.ts'],
  ])('%s importing %s: allowed', async (file, specifier) => {
    expect(await reported(file, specifier)).toEqual([]);
  });
});

describe('lint rule: src/engine asks the dialect, never the engine name', () => {
  async function engineChecks(file: string, code: string): Promise<number[]> {
    const [result] = await eslint.lintText(code, { filePath: join(repo, file) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line);
  }

  it('reports engine names and dbEngine() in engine code', async () => {
    const code = [
      "declare const engine: string;",
      "declare function dbEngine(x: unknown): string;",
      "export const a = engine === 'postgres';",
      'export const b = engine !== "sqlite";',
      'export const c = dbEngine(null);',
      "export const d = 'dialect';",
    ].join('\n');
    expect(await engineChecks('src/engine/generation/example.ts', code)).toEqual([3, 4, 5]);
  });

  it('leaves tests and other layers alone', async () => {
    const code = "declare const engine: string;\nexport const a = engine === 'postgres';\n";
    expect(await engineChecks('src/engine/example.db.test.ts', code)).toEqual([]);
    expect(await engineChecks('src/store/example.ts', code)).toEqual([]);
  });
});
