/** `quorum export groups|members|gaps` as a child process, against a test database of the engine under test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { listBuyingGroups } from '../store/buying-groups.ts';
import { DM_WORDS, seedExportData } from '../engine/exports.testdata.ts';
import { dropSafely, quorum } from './test-cli.ts';

describe(`quorum export (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedExportData(t.db, { groups: 60 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-export-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await dropSafely(t);
  });

  it('groups to stdout: the ids the list gives for the same filters, in its order', async () => {
    const run = await quorum(t.url, 'export', 'groups', '--missing-role', 'Decision Maker', '--completeness-below', '50', '--sort', '-engagement', '--columns', 'name,completeness');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    const list = await listBuyingGroups(t.db, { limit: 500, missingRole: ['Decision Maker'], completenessBelow: 50, sort: '-engagement' }, Date.now());
    expect(rows.map((r) => r.id)).toEqual(list.data.map((g) => g.id));
    expect(Object.keys(rows[0]!)).toEqual(['id', 'name', 'completeness', 'completeness_exact']);
  });

  it('gaps to a file as JSON Lines, saying how many rows it wrote', async () => {
    const file = path.join(dir, 'gaps.jsonl');
    const run = await quorum(t.url, 'export', 'gaps', '--format', 'jsonl', '--out', file, '--solution-interest', 'Security', '--missing-role-id', 'rol_decision_maker');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(run.stderr).toBe(`wrote ${lines.length} rows to ${file}\n`);
    expect(lines.length).toBe(10); // groups 0, 4, 8 … of the 60 with Security (i % 3 ≠ 0): 15 × 2/3
    for (const l of lines) expect(l).toMatchObject({ solution_interest: 'Security', role: 'Decision Maker', conditions_in_words: DM_WORDS });
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it('members as CSV', async () => {
    const run = await quorum(t.url, 'export', 'members', '--account-id', 'acc_0000002');
    expect(run.code).toBe(0);
    expect((parse(run.stdout, { columns: true }) as Record<string, string>[]).map((r) => r.person_id)).toEqual(['per_0000002_0', 'per_0000002_1']);
  });

  it('bad flags fail with a message naming the field and write nothing', async () => {
    const file = path.join(dir, 'never.csv');
    const unknown = await quorum(t.url, 'export', 'gaps', '--missing-role', 'Nobody', '--out', file);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/missingRole/);
    expect(fs.existsSync(file)).toBe(false);
    const column = await quorum(t.url, 'export', 'groups', '--columns', 'salary');
    expect(column.code).toBe(1);
    expect(column.stderr).toMatch(/salary/);
    expect(column.stdout).toBe('');
    const kind = await quorum(t.url, 'export', 'people');
    expect(kind.code).toBe(1);
    expect(kind.stderr).toMatch(/groups, members, gaps/);
    const score = await quorum(t.url, 'export', 'groups', '--completeness-below', 'lots');
    expect(score.code).toBe(1);
  });
});
