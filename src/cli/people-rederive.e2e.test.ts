/** `quorum people rederive` as a child process, against a test database of the engine under test. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/audit.ts';
import { createPerson } from '../store/people.ts';
import { personFields } from '../engine/test-fixtures.ts';
import { dropSafely, quorum } from './test-cli.ts';

describe(`quorum people rederive (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => dropSafely(t));

  it('recomputes the derived values that went stale (as after a classifier upgrade), keeps explicit ones, reports progress and counts', async () => {
    const now = Date.now();
    const a = await createPerson(t.db, SYSTEM_ACTOR, personFields('a@example.com', 'Chief Information Officer'), now);
    const b = await createPerson(t.db, SYSTEM_ACTOR, personFields('b@example.com', 'Data Analyst', { explicitSeniority: 'senior' }), now);
    await createPerson(t.db, SYSTEM_ACTOR, personFields('c@example.com', 'Vertriebsleiter'), now);
    // Stale values, as an older classifier (or a bulk loader) would have left them.
    await t.db.updateTable('people').set({ derived_seniority: 'c-level', derived_function: 'it', derived_functions: null }).where('id', '=', a.id).execute();
    await t.db.updateTable('people').set({ derived_seniority: 'entry', derived_specialties: null }).where('id', '=', b.id).execute();

    const run = await quorum(t.url, 'people', 'rederive', '--batch', '2');
    expect(run.code).toBe(0);
    // Batches of 2 in id order: which batch holds the two stale people depends on their ids.
    expect(run.stderr).toMatch(/^ {2}2 people read, [12] changed\n {2}3 people read, 2 changed\n$/);
    expect(run.stdout).toMatch(/^Rederived 3 people in [\d.]+ s: 2 changed\.\nBuying groups of the changed people were brought up to date \(membership and scores\)\.\n$/);
    const rows = await t.db.selectFrom('people').select(['id', 'derived_seniority', 'derived_function', 'derived_functions', 'derived_specialties']).where('id', 'in', [a.id, b.id]).orderBy('id').execute();
    expect(rows).toEqual([
      { id: a.id, derived_seniority: 'cxo', derived_function: 'information_technology', derived_functions: '|information_technology|', derived_specialties: null },
      { id: b.id, derived_seniority: 'senior', derived_function: 'information_technology', derived_functions: '|information_technology|', derived_specialties: '|data_and_analytics|' },
    ]);

    const again = await quorum(t.url, 'people', 'rederive');
    expect(again.stdout).toMatch(/^Rederived 3 people in [\d.]+ s: 0 changed\.\n$/);
    const bad = await quorum(t.url, 'people', 'rederive', '--batch', '0');
    expect(bad.code).not.toBe(0);
  });
});
