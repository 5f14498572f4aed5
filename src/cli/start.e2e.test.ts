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

  it('migrates, loads the demo data, prints the URL, docs, an admin token and a one-time sign-in link that work', async () => {
    const { child, output } = await spawnUntil(t.url, ['start', '--port', '0'], /Sign in: +(\S+)/);
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
      // The sign-in link: once it signs the admin in (cookies + redirect to the app), then it is spent.
      const link = /Sign in: +(\S+)/.exec(text)![1]!;
      expect(link).toMatch(new RegExp(`^${base}/sign-in/link\\?token=qsl_`));
      const signedIn = await fetch(link, { redirect: 'manual' });
      expect(signedIn.status).toBe(303);
      expect(signedIn.headers.get('location')).toBe('/');
      const session = signedIn.headers.getSetCookie().find((c) => c.startsWith('quorum_session='))!.split(';')[0]!;
      const me = await fetch(`${base}/api/v1/me`, { headers: { cookie: session } });
      expect(await me.json()).toMatchObject({ email: 'admin@quorum.local', role: 'admin', tokenId: null });
      expect((await fetch(link, { redirect: 'manual' })).headers.get('location')).toBe('/sign-in?error=link_expired');
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });
});
