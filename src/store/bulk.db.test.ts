/**
 * bulkInsert on the test engine (QUORUM_TEST_ENGINE; CI runs both): every row written with its
 * nulls, numbers beyond 2^31 and JSON intact — through VALUES, and on PostgreSQL through unnest
 * for tables without JSON columns —, unique-key conflicts skipped or turned into updates, and the
 * inserted rows returned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './test-db.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createAccount } from './accounts.ts';
import { bulkInsert } from './bulk.ts';
import { accountFields, T0 } from '../engine/test-fixtures.ts';

describe(`bulkInsert on ${TEST_ENGINE}`, () => {
  let t: TestDatabase;
  let ids: string[];
  const COLUMNS = ['id', 'journey_id', 'account_id', 'entry_number', 'status', 'state', 'entered_at', 'ended_at', 'wake_at', 'updated_at'] as const;
  const state = JSON.stringify([{ id: 't', note: 'quote " and comma , and brace {' }]);
  const read = async () =>
    (await t.db.selectFrom('journey_enrollments').select(['id', 'status', 'state', 'entered_at', 'ended_at', 'wake_at', 'updated_at']).where('journey_id', '=', 'jrn_bulk').orderBy('id').execute()).map((r) => [
      r.id,
      r.status,
      JSON.stringify(typeof r.state === 'string' ? JSON.parse(r.state) : r.state),
      Number(r.entered_at),
      r.ended_at === null ? null : Number(r.ended_at),
      r.wake_at === null ? null : Number(r.wake_at),
      Number(r.updated_at),
    ]);

  beforeAll(async () => {
    t = await createTestDatabase();
    ids = [];
    for (const name of ['Acme', 'Globex']) ids.push((await createAccount(t.db, SYSTEM_ACTOR, accountFields(name), T0)).id);
    await t.db.insertInto('journeys').values({ id: 'jrn_bulk', name: 'Bulk', name_norm: 'bulk', description: null, status: 'draft', definition: '{"nodes":[]}', start_at: null, end_at: null, published_at: null, closed_at: null, ended_at: null, created_at: T0, updated_at: T0, version: 1 }).execute();
  });
  afterAll(async () => t.drop());

  it('writes JSON, nulls and large numbers intact; skips a conflict on a unique key and returns only what it inserted', async () => {
    const rows = [
      ['enr_b1', 'jrn_bulk', ids[0]!, 1, 'active', state, 1_800_000_000_000, null, 1_800_000_000_500, 1],
      ['enr_b2', 'jrn_bulk', ids[1]!, 1, 'completed', '[]', 1_800_000_000_000, 1_800_000_000_100, null, 1],
    ];
    const first = await t.db.transaction().execute((trx) => bulkInsert(trx, 'journey_enrollments', COLUMNS, rows, { skipConflictsOn: ['journey_id', 'account_id', 'entry_number'], returning: ['id'] }));
    expect(first.rows.map((r) => r.id)).toEqual(['enr_b1', 'enr_b2']);
    // The same entries under new ids: the unique (journey, account, entry number) skips both.
    const again = await t.db.transaction().execute((trx) => bulkInsert(trx, 'journey_enrollments', COLUMNS, rows.map((r) => [`${r[0]}x`, ...r.slice(1)]), { skipConflictsOn: ['journey_id', 'account_id', 'entry_number'], returning: ['id'] }));
    expect(again).toEqual({ inserted: 0, rows: [] });
    expect(await read()).toEqual([
      ['enr_b1', 'active', state, 1_800_000_000_000, null, 1_800_000_000_500, 1],
      ['enr_b2', 'completed', '[]', 1_800_000_000_000, 1_800_000_000_100, null, 1],
    ]);
  });

  it('updates the named columns of the rows that exist (an upsert), and inserts the others', async () => {
    const rows = [
      ['enr_b1', 'jrn_bulk', ids[0]!, 1, 'completed', '[]', 1_800_000_000_000, 1_800_000_000_900, null, 2],
      ['enr_b3', 'jrn_bulk', ids[0]!, 2, 'active', state, 1_800_000_001_000, null, 1_800_000_001_000, 2],
    ];
    await t.db.transaction().execute((trx) => bulkInsert(trx, 'journey_enrollments', COLUMNS, rows, { updateConflictsOn: { on: ['id'], set: ['status', 'state', 'ended_at', 'wake_at', 'updated_at'] } }));
    expect(await read()).toEqual([
      ['enr_b1', 'completed', '[]', 1_800_000_000_000, 1_800_000_000_900, null, 2],
      ['enr_b2', 'completed', '[]', 1_800_000_000_000, 1_800_000_000_100, null, 1],
      ['enr_b3', 'active', state, 1_800_000_001_000, null, 1_800_000_001_000, 2],
    ]);
  });

  it('writes a table without JSON columns (unnest on PostgreSQL) with its nulls', async () => {
    const moves = [
      ['jrn_bulk', 'enr_b1', ids[0]!, 't', null, 'start', 'enter', '1', 1_800_000_000_000],
      ['jrn_bulk', 'enr_b1', ids[0]!, 't', 'start', null, 'next', null, 1_800_000_000_001],
    ];
    const r = await t.db.transaction().execute((trx) => bulkInsert(trx, 'journey_moves', ['journey_id', 'enrollment_id', 'account_id', 'token_id', 'from_node', 'to_node', 'via', 'detail', 'at'], moves));
    expect(r.inserted).toBe(2);
    const back = await t.db.selectFrom('journey_moves').select(['from_node', 'to_node', 'via', 'detail', 'at']).where('journey_id', '=', 'jrn_bulk').orderBy('seq').execute();
    expect(back.map((m) => [m.from_node, m.to_node, m.via, m.detail, Number(m.at)])).toEqual([
      [null, 'start', 'enter', '1', 1_800_000_000_000],
      ['start', null, 'next', null, 1_800_000_000_001],
    ]);
  });
});
