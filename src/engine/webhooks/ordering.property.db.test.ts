/**
 * Property: whatever the receiver answers (random failures per attempt), each buying group's
 * events reach it in seq order — a later event is never sent before the earlier one succeeded or
 * was dead-lettered — and every event ends delivered or dead after enough rounds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../store/test-db.ts';
import { SYSTEM_ACTOR } from '../../store/audit.ts';
import { SecretBox } from '../../store/secrets.ts';
import { createWebhook, listDeliveries } from '../../store/webhooks.ts';
import { ManualClock } from '../../domain/clock.ts';
import { generateSecret } from '../../integrations/webhooks/index.ts';
import { writeEvents } from '../events.ts';
import { T0 } from '../test-fixtures.ts';
import { WebhookDispatcher } from './dispatcher.ts';
import { startReceiver, type Receiver } from './test-receiver.ts';

describe('webhook ordering (property)', () => {
  let t: TestDatabase;
  let receiver: Receiver;
  const box = new SecretBox(randomBytes(32));
  beforeAll(async () => {
    t = await createTestDatabase();
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await t.drop();
  });

  it('keeps every group in order under random failures, and finishes every event', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        async (groupOfEvent, failures) => {
          run++;
          const clock = new ManualClock(T0);
          await t.db.deleteFrom('webhook_attempts').execute();
          await t.db.deleteFrom('webhook_deliveries').execute();
          await t.db.deleteFrom('webhook_subscriptions').execute();
          const hook = await createWebhook(t.db, box, SYSTEM_ACTOR, { url: receiver.url, description: null, eventTypes: ['buying_group.status_changed'], solutionInterestId: null, enabled: true }, generateSecret(), clock.now());
          receiver.received.length = 0;
          receiver.respond = (_r, nth) => ({ status: failures[(nth - 1) % failures.length] ? 500 : 200 });
          await writeEvents(t.db, groupOfEvent.map((g) => ({ accountId: 'acc_p', buyingGroupId: `bg_p${run}_${g}`, event: { type: 'status_changed' as const, from: null, to: 'x' } })), clock.now());
          const d = new WebhookDispatcher({ database: t, clock, secrets: box, addressPolicy: { allowPrivate: true, allowCidrs: [] }, retry: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1000 }, random: () => 1, concurrency: 2 });
          // Worst case: every event of one group fails all 3 tries, one failure per group a round.
          for (let i = 0; i < 8 * 3 + 1; i++) {
            await d.runOnce();
            clock.advance(1000);
          }
          const byGroup = new Map<string, number[]>();
          for (const r of receiver.received) byGroup.set(r.json.data.buyingGroupId, [...(byGroup.get(r.json.data.buyingGroupId) ?? []), r.json.data.seq]);
          for (const seqs of byGroup.values()) expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
          const all = await listDeliveries(t.db, hook.id, { limit: 100 });
          expect(all).toHaveLength(groupOfEvent.length);
          expect(all.every((x) => x.status === 'succeeded' || x.status === 'dead')).toBe(true);
        },
      ),
      { numRuns: 12 },
    );
  });
});
