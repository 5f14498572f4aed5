import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from './openapi-types.ts';

describe('the web app’s generated API types', () => {
  it('match the OpenAPI document the server serves now (run `npm run gen:api` when this fails)', async () => {
    const expected = await generateApiTypes();
    const committed = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : '';
    // Compare a digest first so a stale file fails with a short message, then the text for the diff.
    expect(committed.length > 0, `${API_TYPES_FILE} is missing: run npm run gen:api`).toBe(true);
    expect(committed === expected, 'web/src/api/schema.d.ts is stale: run npm run gen:api and commit it').toBe(true);
  });
});
