/** `quorum start` (what `npm start` runs), as a child process on a fresh, empty test database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { count, dropSafely, spawnUntil, stop } from './test-cli.ts';

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
