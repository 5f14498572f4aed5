/** `quorum import` as a child process, against a test database of the engine under test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../store/test-db.ts';
import { dropSafely, quorum } from './test-cli.ts';

const FIXTURES = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../engine/imports/fixtures');

describe(`quorum import (${TEST_ENGINE})`, () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-import-cli-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await dropSafely(t);
  });

  it('prints the detection and mapping before writing, then the counts and the report; a dry run writes nothing', async () => {
    const report = path.join(dir, 'accounts.problems.csv');
    const dry = await quorum(t.url, 'import', path.join(FIXTURES, 'accounts-salesforce.csv'), '--type', 'accounts', '--dry-run', '--report', report);
    expect(dry.stderr).toMatch(/CSV, delimiter ",", encoding utf-8/);
    expect(dry.stderr).toMatch(/ParentId\s+→ parentExternalId/);
    expect(dry.stderr).toMatch(/Unmapped columns: Segment, Tier/);
    expect(dry.stdout).toMatch(/Dry run \(nothing written\) in .*: 6 inserted, 0 updated, 0 unchanged, 3 rejected/);
    expect((await t.db.selectFrom('accounts').select('id').execute()).length).toBe(0);

    const run = await quorum(t.url, 'import', path.join(FIXTURES, 'accounts-salesforce.csv'), '--type', 'accounts', '--report', report);
    expect(run.stderr.indexOf('Mapping (accounts)')).toBeLessThan(run.stderr.indexOf('Importing'));
    expect(run.stdout).toMatch(/Imported in .*: 6 inserted, 0 updated, 0 unchanged, 3 rejected/);
    expect(run.stdout).toContain(`6 problems (row, column, value, reason) in ${report}`);
    expect(run.code).toBe(2);
    const lines = fs.readFileSync(report, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('row,column,value,reason');
    expect(lines).toContain('4,NumberOfEmployees,abc,must be a number');

    const again = await quorum(t.url, 'import', path.join(FIXTURES, 'accounts-salesforce.csv'), '--type', 'accounts', '--report', report);
    expect(again.stdout).toMatch(/0 inserted, 0 updated, 6 unchanged, 3 rejected/);
  });

  it('clear errors: unknown type, unreadable file, mapping naming unknown fields, missing required fields', async () => {
    const people = path.join(FIXTURES, 'people-salesforce.csv');
    const type = await quorum(t.url, 'import', people, '--type', 'persons');
    expect([type.code, type.stderr]).toEqual([1, expect.stringContaining('error: unknown import type "persons"; use one of accounts, people, relations, activities, members')]);
    const missing = await quorum(t.url, 'import', path.join(dir, 'nope.csv'), '--type', 'people');
    expect(missing.stderr).toMatch(/error: cannot read .*nope\.csv: no such file/);
    const mapping = path.join(dir, 'm.json');
    fs.writeFileSync(mapping, JSON.stringify({ Email: 'e-mail' }));
    const bad = await quorum(t.url, 'import', people, '--type', 'people', '--mapping', mapping);
    expect(bad.stderr).toMatch(/error: the mapping maps column "Email" to "e-mail", which is not a field of people imports/);
    fs.writeFileSync(mapping, JSON.stringify({ Email: null }));
    const req = await quorum(t.url, 'import', people, '--type', 'people', '--mapping', mapping);
    expect(req.stderr).toMatch(/error: no column is mapped to the required field\(s\) email/);
    fs.writeFileSync(mapping, '{not json');
    expect((await quorum(t.url, 'import', people, '--type', 'people', '--mapping', mapping)).stderr).toMatch(/is not valid JSON/);
    expect((await t.db.selectFrom('people').select('id').execute()).length).toBe(0);
  });
});
