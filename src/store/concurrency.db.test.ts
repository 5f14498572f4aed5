/**
 * Check and write are one step: a data write that passed its If-Match check but lost the race to
 * another transaction (which committed a new version meanwhile) is refused with 412 naming the
 * version that won, never applied over it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createPerson, getPerson, updatePerson } from './people.ts';
import { createAccount, getAccount, updateAccount } from './accounts.ts';
import { QuorumError } from '../domain/errors.ts';
import { accountFields, personFields, T0 } from '../engine/test-fixtures.ts';

describe(`version checks are atomic with the write (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.drop());

  /** Settles at once (no unhandled rejection while the winner holds its transaction open). */
  const outcomeOf = (p: Promise<unknown>): Promise<QuorumError | 'applied'> =>
    p.then(
      () => 'applied' as const,
      (e: unknown) => {
        if (e instanceof QuorumError) return e;
        throw e;
      },
    );

  it('a person write that loses the race gets 412 and the winner stays', async () => {
    const person = await createPerson(t.db, SYSTEM_ACTOR, personFields('race@example.com', 'Engineer'), T0);
    let loser: Promise<QuorumError | 'applied'> | undefined;
    await t.db.transaction().execute(async (trx) => {
      // The winner has written version 2 but not committed when the loser starts with version 1.
      await trx.updateTable('people').set({ job_title: 'Winner', version: 2 }).where('id', '=', person.id).execute();
      loser = outcomeOf(updatePerson(t.db, SYSTEM_ACTOR, person.id, { jobTitle: 'Loser' }, T0 + 1, 1));
      await new Promise((r) => setTimeout(r, 150));
    });
    const e = await loser;
    if (!(e instanceof QuorumError)) throw new Error('the write was applied');
    expect(e.code).toBe('precondition_failed');
    expect(e.message).toContain('version 2');
    expect(await getPerson(t.db, person.id)).toMatchObject({ jobTitle: 'Winner', version: 2 });
  });

  it('without If-Match, a write never overwrites a concurrent one it did not read', async () => {
    const account = await createAccount(t.db, SYSTEM_ACTOR, accountFields('Race Inc'), T0);
    let loser: Promise<QuorumError | 'applied'> | undefined;
    await t.db.transaction().execute(async (trx) => {
      await trx.updateTable('accounts').set({ industry: 'Winner', version: 2 }).where('id', '=', account.id).execute();
      loser = outcomeOf(updateAccount(t.db, SYSTEM_ACTOR, account.id, { city: 'Loser' }, T0 + 1));
      await new Promise((r) => setTimeout(r, 150));
    });
    const settled = await loser;
    const outcome = settled === 'applied' || settled === undefined ? 'applied' : settled.code;
    const after = await getAccount(t.db, account.id);
    // SQLite runs one writer at a time: the second write reads the winner's row and builds on it.
    // PostgreSQL runs them side by side: the second write read the old row, so it is refused.
    if (outcome === 'applied') expect(after).toMatchObject({ industry: 'Winner', city: 'Loser', version: 3 });
    else {
      expect(outcome).toBe('precondition_failed');
      expect(after).toMatchObject({ industry: 'Winner', city: null, version: 2 });
    }
    expect(outcome).toBe(TEST_ENGINE === 'sqlite' ? 'applied' : 'precondition_failed');
  });
});
