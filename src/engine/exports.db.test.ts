/**
 * openExport below HTTP, on the engine under test: page size does not change the output (keyset
 * pages over ties in the sort column), pages are read lazily (nothing before the consumer asks),
 * and a consumer that stops early ends the reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { exportStats, openExport, type ExportRequest } from './exports.ts';
import { seedExportData } from './exports.testdata.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');

async function text(t: TestDatabase, req: ExportRequest): Promise<string> {
  const s = await openExport(t, req, NOW);
  let out = '';
  for await (const c of s.chunks) out += c;
  return out;
}

describe(`openExport (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedExportData(t.db, { groups: 90 });
  });
  afterAll(async () => t.drop());

  it.each([
    ['groups', 'csv', '-completeness'],
    ['groups', 'jsonl', 'engagement'],
    ['members', 'csv', '-updatedAt'],
    ['gaps', 'jsonl', 'name'],
  ] as const)('%s as %s sorted by %s: the same text whatever the page size', async (kind, format, sort) => {
    const big = await text(t, { kind, format, query: { sort }, pageSize: 1000 });
    for (const pageSize of [1, 7, 89]) expect(await text(t, { kind, format, query: { sort }, pageSize })).toBe(big);
    expect(big.length).toBeGreaterThan(1000);
  });

  it('reads lazily and stops when the consumer does', async () => {
    const before = exportStats();
    const s = await openExport(t, { kind: 'groups', format: 'csv', query: {}, pageSize: 10 }, NOW);
    expect(exportStats().inFlight).toBe(before.inFlight);
    expect(s.rows()).toBe(0);
    const header = await s.chunks.next();
    expect(header.value).toMatch(/^id,name,/);
    expect(s.rows()).toBe(0); // the header goes out before the first page is read
    await s.chunks.next();
    expect(s.rows()).toBe(10);
    expect(exportStats().inFlight).toBe(before.inFlight + 1);
    await s.chunks.return(undefined);
    expect(s.rows()).toBe(10);
    expect(exportStats()).toMatchObject({ inFlight: before.inFlight, abandoned: before.abandoned + 1, completed: before.completed });
  });
});
