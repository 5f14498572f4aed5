/** `quorum scores recompute` as a child process, against a test database of the engine under test. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createPerson } from '../store/people.ts';
import { personFields } from '../engine/test-fixtures.ts';
import { engagementScore } from '../domain/scoring/index.ts';
import { dropSafely, quorum } from './test-cli.ts';

describe(`quorum scores recompute (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => dropSafely(t));

  it('recomputes engagement from the activities in the window and prints the counts', async () => {
    const now = Date.now();
    const p = await createPerson(t.db, SYSTEM_ACTOR, personFields('cli@example.com', null), now);
    // Written directly (as a bulk loader would), so the stored score is still 0.
    const rows = [
      { type: 'event_attended', occurredAt: now - 2 * 86_400_000 }, // 0.6
      { type: 'email_opened', occurredAt: now - 3 * 86_400_000 }, // 0.3
      { type: 'form_filled', occurredAt: now - 40 * 86_400_000 }, // outside the window
    ].map((a, i) => ({ id: `act_cli${i}`, person_id: p.id, account_id: null, type: a.type, occurred_at: a.occurredAt, metadata: '{}', created_at: now }));
    await t.db.insertInto('activities').values(rows).execute();

    const run = await quorum(t.url, 'scores', 'recompute');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Recomputed engagement in [\d.]+ s:\n {2}1 people \(1 changed\), 0 buying groups \(0 changed\), 0 events written\n$/);
    const stored = await t.db.selectFrom('people').select(['engagement_raw', 'engagement_score']).where('id', '=', p.id).executeTakeFirstOrThrow();
    const raw = 0.3 + 0.6; // email_opened < event_attended in the canonical order
    expect(stored).toEqual({ engagement_raw: raw, engagement_score: engagementScore(raw, 20) });
  });
});
