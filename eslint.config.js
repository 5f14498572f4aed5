// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/*
 * Layers and direction of dependencies (docs/architecture.md): domain ← store ← engine ← api ← cli,
 * each importing only the layers to its right, and another layer only through its public surface
 * (`<layer>/index.ts`, or a domain module's `domain/<module>/index.ts`). A relative import that
 * climbs out of a layer looks like `../../store/…`, so the specifier tells the layer it reaches.
 * src/architecture.test.ts checks the same rules over the resolved import graph (dynamic imports
 * included) and src/lint-boundaries.test.ts proves these rules report a wrong import.
 */
const LAYER_FILES = { domain: 'src/domain/**/*.ts', store: 'src/store/**/*.ts', engine: 'src/engine/**/*.ts', api: 'src/api/**/*.ts', cli: 'src/cli/**/*.ts', integrations: 'src/integrations/**/*.ts' };
/** Which layers each layer may import. */
const LAYER_DEPENDS = {
  domain: [],
  store: ['domain'],
  engine: ['store', 'domain', 'integrations'],
  api: ['engine', 'store', 'domain', 'integrations'],
  cli: ['api', 'engine', 'store', 'domain', 'integrations'],
  // Clients of outside systems (webhooks): pure protocol code and their HTTP calls, no database.
  integrations: ['domain'],
};
/** Anything under src/<layer>/ but its public surface(s). */
const DEEP = {
  domain: String.raw`^(\.\./)+domain/(?!index\.ts$|[^/]+/index\.ts$)`,
  store: String.raw`^(\.\./)+store/(?!index\.ts$)`,
  engine: String.raw`^(\.\./)+engine/(?!index\.ts$)`,
  api: String.raw`^(\.\./)+api/(?!index\.ts$)`,
  // One surface per integration: integrations/<name>/index.ts.
  integrations: String.raw`^(\.\./)+integrations/(?![^/]+/index\.ts$)`,
};
/** Tests and their helpers may import anything. */
const TEST_FILES = ['src/**/*.test.ts', 'src/**/*.testdata.ts', 'src/**/test-*.ts'];
const layerRules = Object.entries(LAYER_FILES).map(([layer, files]) => {
  const forbidden = Object.keys(LAYER_FILES).filter((other) => other !== layer && !LAYER_DEPENDS[layer].includes(other));
  return {
    files: [files],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(forbidden.length
              ? [{ regex: String.raw`^(\.\./)+(${forbidden.join('|')})(/|$)`, message: `${layer} must not import ${forbidden.join(', ')} (docs/architecture.md, "Layers and direction of dependencies").` }]
              : []),
            ...LAYER_DEPENDS[layer].map((other) => ({
              regex: DEEP[other],
              message: `Import ${other} through its public surface (${other === 'domain' ? 'domain/index.ts or domain/<module>/index.ts' : other === 'integrations' ? 'integrations/<name>/index.ts' : `${other}/index.ts`}), not one of its modules.`,
            })),
          ],
        },
      ],
    },
  };
});

/*
 * Engine code asks the store's dialect (store/dialect.ts) for SQL that differs per engine, never
 * the engine's name (docs/architecture.md, "The dialect"); src/architecture.test.ts checks the
 * same over the text.
 */
const DIALECT_MESSAGE = 'src/engine does not check the engine: ask the dialect (dialectOf(db) / dialectFor(engine), store/dialect.ts) for what differs.';
const engineChecksRule = {
  files: [LAYER_FILES.engine],
  ignores: TEST_FILES,
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: "Literal[value='postgres'], Literal[value='sqlite']", message: DIALECT_MESSAGE },
      { selector: "CallExpression[callee.name='dbEngine']", message: DIALECT_MESSAGE },
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'coverage', 'web/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // The web app: the rules of hooks (React 19).
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...layerRules,
  engineChecksRule,
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
