/**
 * The web app's typed API client is generated from the OpenAPI document this server serves, so
 * the UI cannot drift from the API: `npm run gen:api` writes web/src/api/schema.d.ts, and
 * openapi-types.e2e.test.ts fails when the committed file differs from what the API serves now.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from './app.ts';
import { openDatabase, migrate } from '../store/index.ts';

export const API_TYPES_FILE = fileURLToPath(new URL('../../web/src/api/schema.d.ts', import.meta.url));

const HEADER = '// Generated from the served OpenAPI document by `npm run gen:api` (src/api/openapi-types.ts). Do not edit.\n';

/** The OpenAPI document as served, from an app over a scratch database. */
export async function servedOpenApiDocument(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-openapi-'));
  const database = openDatabase(`sqlite:${path.join(dir, 'openapi.db')}`);
  try {
    await migrate(database);
    const app = await buildApp({ database });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function generateApiTypes(): Promise<string> {
  const doc = await servedOpenApiDocument();
  // openapi-typescript's types want its own OpenAPI3 type; the document is the served JSON.
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const text = await generateApiTypes();
  fs.mkdirSync(path.dirname(API_TYPES_FILE), { recursive: true });
  fs.writeFileSync(API_TYPES_FILE, text);
  process.stderr.write(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)} (${text.length} bytes)\n`);
}
