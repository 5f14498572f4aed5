import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createAccount } from '../store/accounts.ts';
import { addAccountListMembers, createAccountList } from '../store/account-lists.ts';
import { createJourney, listEnrollments, publishJourney } from '../store/journeys.ts';
import { DAY_MS } from '../domain/clock.ts';
import { definitionSchema } from '../domain/journeys/index.ts';
import { accountFields } from '../engine/test-fixtures.ts';
import { quorum } from './test-cli.ts';

describe('quorum journeys worker', () => {
  let t: TestDatabase;
  let journeyId: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    const now = Date.now();
    const a = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Acme'), now);
    const list = await createAccountList(t.db, SYSTEM_ACTOR, { name: 'Targets', description: null, kind: 'static' }, now);
    await addAccountListMembers(t.db, SYSTEM_ACTOR, list.id, [a.id], now);
    const definition = definitionSchema.parse({ nodes: [{ id: 'in', kind: 'entry', listId: list.id, next: 'hold' }, { id: 'hold', kind: 'wait', wait: { type: 'duration', duration: { amount: 2, unit: 'days' } }, next: null }] });
    const j = await createJourney(t.db, SYSTEM_ACTOR, { name: 'CLI', description: null, definition, startAt: null, endAt: now + 30 * DAY_MS }, now);
    journeyId = (await publishJourney(t.db, SYSTEM_ACTOR, j.id, now, 1)).id;
  });
  afterAll(async () => t.drop());

  it('--once runs one round and prints what it did; a second round has nothing to do', async () => {
    const first = await quorum(t.url, 'journeys', 'worker', '--once');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe('admitted 1, woken 0, stepped 1; effects: 0 done, 0 skipped, 0 failed, 0 to retry');
    const [e] = await listEnrollments(t.db, journeyId);
    expect(e?.tokens[0]).toMatchObject({ nodeId: 'hold', state: { kind: 'waiting' } });
    const second = await quorum(t.url, 'journeys', 'worker', '--once');
    expect(second.stdout.trim()).toBe('admitted 0, woken 0, stepped 0; effects: 0 done, 0 skipped, 0 failed, 0 to retry');
  });

  it('refuses a QUORUM_SMTP_URL that is not smtp(s)://', async () => {
    process.env.QUORUM_SMTP_URL = 'http://mail.example.com';
    try {
      const r = await quorum(t.url, 'journeys', 'worker', '--once');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('QUORUM_SMTP_URL must be an smtp:// or smtps:// URL');
    } finally {
      delete process.env.QUORUM_SMTP_URL;
    }
  });
});
