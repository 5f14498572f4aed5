import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../store/test-db.ts';
import { quorum } from './test-cli.ts';

describe('quorum webhooks', () => {
  let t: TestDatabase;
  const saved = process.env.QUORUM_SECRET_KEY;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.QUORUM_SECRET_KEY;
    else process.env.QUORUM_SECRET_KEY = saved;
    await t.drop();
  });

  it('refuses to create without QUORUM_SECRET_KEY, creates with it (secret alone on stdout), lists, replays', async () => {
    delete process.env.QUORUM_SECRET_KEY;
    const refused = await quorum(t.url, 'webhooks', 'create', '--url', 'https://example.com/hooks', '--events', 'all');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('QUORUM_SECRET_KEY is not set');
    process.env.QUORUM_SECRET_KEY = randomBytes(32).toString('base64');
    const bad = await quorum(t.url, 'webhooks', 'create', '--url', 'https://example.com/hooks', '--events', 'buying_group.nope');
    expect(bad.stderr).toContain('unknown event type buying_group.nope');
    const created = await quorum(t.url, 'webhooks', 'create', '--url', 'https://example.com/hooks', '--events', 'buying_group.member_added,buying_group.created');
    expect(created.code).toBe(0);
    expect(created.stdout.trim()).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const list = await quorum(t.url, 'webhooks', 'list', '--json');
    const hooks = JSON.parse(list.stdout) as { id: string; url: string; eventTypes: string[] }[];
    expect(hooks).toMatchObject([{ url: 'https://example.com/hooks', eventTypes: ['buying_group.member_added', 'buying_group.created'] }]);
    expect(list.stdout).not.toContain(created.stdout.trim());
    const replay = await quorum(t.url, 'webhooks', 'replay', hooks[0]!.id, '--status', 'dead,succeeded');
    expect(replay.stdout).toContain('Queued 0 deliveries again');
    const missing = await quorum(t.url, 'webhooks', 'replay', 'wh_missing');
    expect(missing.stderr).toContain('webhook wh_missing does not exist');
  });
});
