/**
 * `quorum import` on a real database (both engines): the messy fixtures of each kind, a second
 * run of the same file (all unchanged), a dry run (nothing written), parents later in the file,
 * hierarchy cycles, duplicate keys.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../store/test-db.ts';
import { ManualClock } from '../../domain/clock.ts';
import { detectImport, runImport } from './run.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => ({ path: path.join(FIXTURES, name) });
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const NOW = Date.parse('2026-12-01T12:00:00Z');

describe(`imports on ${TEST_ENGINE}`, () => {
  let t: TestDatabase;
  const clock = new ManualClock(NOW);
  const run = (name: string, opts: Omit<ImportOptions, 'clock'>): Promise<ImportResult> => runImport(t.db, fixture(name), { clock, ...opts });
  beforeEach(async () => {
    t = await createTestDatabase();
  });
  afterEach(async () => {
    await t.drop();
  });

  const reasons = (r: ImportResult) => r.problems.map((p) => `${p.row}|${p.column ?? ''}|${p.reason}`);

  it('accounts: Salesforce API names, BOM and CRLF, parents later in the file, cycles and bad values per row', async () => {
    const r = await run('accounts-salesforce.csv', { type: 'accounts', keepUnmapped: true });
    expect(r.detected).toMatchObject({ format: 'csv', delimiter: ',', encoding: 'utf-8' });
    expect(r.detected.mapping).toMatchObject({ Id: 'externalId', Name: 'name', ParentId: 'parentExternalId', Website: 'domain', NumberOfEmployees: 'employees', BillingCountry: 'country', Segment: null, Tier: null });
    expect(r.detected.unmapped).toEqual(['Segment', 'Tier']);
    // A-300 (bad employees), A-700 (no name), A-800 (name too long) rejected; 7 written.
    expect(r.counts).toEqual({ inserted: 6, updated: 0, unchanged: 0, rejected: 3 });
    const rows = await t.db.selectFrom('accounts').select(['id', 'external_id', 'name', 'parent_id', 'domain', 'employees', 'custom']).orderBy('external_id').execute();
    const by = new Map(rows.map((a) => [a.external_id, a]));
    expect(by.get('A-100')).toMatchObject({ name: 'Acme, Inc.', domain: 'acme.example', employees: 1200, parent_id: by.get('A-900')?.id });
    expect(by.get('A-900')).toMatchObject({ name: 'Acme Holding' });
    expect(json(by.get('A-100')?.custom)).toEqual({ Segment: 'Enterprise', Tier: 'gold' });
    expect(by.get('A-500')?.parent_id).toBeNull();
    expect(by.get('A-600')?.parent_id).toBeNull();
    const text = reasons(r);
    expect(text).toContain('4|NumberOfEmployees|must be a number');
    expect(text).toContain('10|Name|is required');
    expect(text.some((s) => s.startsWith('11|Name|must be at most 255 characters'))).toBe(true);
    expect(text.some((s) => s.startsWith('6|ParentId|parent not set: an account cannot be its own parent'))).toBe(true);
    expect(text.some((s) => s.startsWith('7|ParentId|parent not set: no account has the external id A-999'))).toBe(true);

    const again = await run('accounts-salesforce.csv', { type: 'accounts', keepUnmapped: true });
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 6, rejected: 3 });
  });

  it('accounts: a cycle inside the file is refused for the row that closes it', async () => {
    // A-300 is rejected in the fixture (bad employees); with the column ignored it is imported.
    const r = await run('accounts-salesforce.csv', { type: 'accounts', mapping: { NumberOfEmployees: null } });
    expect(r.counts.inserted).toBe(7);
    const by = new Map((await t.db.selectFrom('accounts').select(['id', 'external_id', 'parent_id']).execute()).map((a) => [a.external_id, a]));
    expect(by.get('A-300')?.parent_id).toBe(by.get('A-400')?.id);
    expect(by.get('A-400')?.parent_id).toBeNull();
    expect(reasons(r).some((s) => s.startsWith('5|ParentId|parent not set:') && s.includes('cycle'))).toBe(true);
  });

  it('people: Salesforce labels with messy values; relations from the account column; a second run changes nothing', async () => {
    await run('accounts-salesforce.csv', { type: 'accounts' });
    const r = await run('people-salesforce.csv', { type: 'people', keepUnmapped: true });
    expect(r.detected.mapping).toMatchObject({ 'Contact ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', Title: 'jobTitle', Email: 'email', 'Account ID': 'accountExternalId', 'Mailing Country': 'country', 'Lead Source': null });
    expect(r.counts).toEqual({ inserted: 4, updated: 0, unchanged: 1, rejected: 4 });
    const text = reasons(r);
    expect(text).toContain('6|Email|must be a valid email address');
    expect(text.some((s) => s.startsWith('7|Title|must be at most 255 characters'))).toBe(true);
    expect(text).toContain('8|Account ID|no account has the external id A-404');
    expect(text.some((s) => s.startsWith('11||superseded by row 12'))).toBe(true);
    expect(text).toContain('13|Email|is required');
    const people = await t.db.selectFrom('people').select(['id', 'email', 'first_name', 'job_title', 'external_id', 'custom']).orderBy('email_norm').execute();
    expect(people.map((p) => p.email)).toEqual(['Ada.Lovelace@Acme.Example', 'alan@acme.example', 'DUP@acme.example', 'grace@globex.example']);
    const by = new Map(people.map((p) => [p.email, p]));
    expect(by.get('grace@globex.example')?.first_name).toBe('Grace');
    expect(by.get('alan@acme.example')?.job_title).toBe('Head of\r\nSecurity');
    expect(by.get('Ada.Lovelace@Acme.Example')?.job_title).toBe('Chief Technology Officer, EMEA');
    expect(json(by.get('Ada.Lovelace@Acme.Example')?.custom)).toEqual({ Lead_Source: 'Web' });
    expect(by.get('DUP@acme.example')?.external_id).toBe('C-8');
    const rels = await t.db.selectFrom('account_people').select(['account_id', 'person_id']).execute();
    expect(rels).toHaveLength(4);

    const again = await run('people-salesforce.csv', { type: 'people', keepUnmapped: true });
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 5, rejected: 4 });
  });

  it('people: Seniority Level / Job Function columns set explicit values that win over the title; a bad value is refused for its row; a re-run changes nothing', async () => {
    const r = await run('people-linkedin-levels.csv', { type: 'people' });
    expect(r.detected.mapping).toMatchObject({ 'Seniority Level': 'explicitSeniority', 'Job Function': 'explicitFunction' });
    expect(r.counts).toEqual({ inserted: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(reasons(r)).toEqual([expect.stringMatching(/^5\|Seniority Level\|must be one of unpaid, training, entry, senior, manager, director, vp, cxo, partner, owner/)]);
    const rows = await t.db.selectFrom('people').select(['email', 'derived_seniority', 'derived_function', 'derived_functions', 'explicit_seniority', 'explicit_function']).orderBy('email_norm').execute();
    expect(rows).toEqual([
      { email: 'ella@acme.example', derived_seniority: 'training', derived_function: 'information_technology', derived_functions: '|information_technology|marketing|', explicit_seniority: null, explicit_function: 'information_technology' },
      { email: 'mia@acme.example', derived_seniority: 'senior', derived_function: 'engineering', derived_functions: '|engineering|', explicit_seniority: null, explicit_function: null },
      { email: 'noah@acme.example', derived_seniority: 'cxo', derived_function: 'engineering', derived_functions: '|engineering|', explicit_seniority: 'cxo', explicit_function: null },
    ]);
    const again = await run('people-linkedin-levels.csv', { type: 'people' });
    expect(again.counts).toEqual({ inserted: 0, updated: 0, unchanged: 3, rejected: 1 });
  });

  it('people: HubSpot, semicolons, Windows-1252, several associated companies; Marketo tabs; JSON Lines', async () => {
    await run('accounts-salesforce.csv', { type: 'accounts' });
    const d = await detectImport(t.db, fixture('people-hubspot.csv'), 'people');
    expect(d).toMatchObject({ format: 'csv', delimiter: ';', encoding: 'windows-1252' });
    expect(d.mapping).toMatchObject({ 'Record ID': 'externalId', 'Job Title': 'jobTitle', 'Company Name': 'accountName', 'Associated Company IDs': 'accountExternalId', 'Country/Region': 'country' });
    const hs = await run('people-hubspot.csv', { type: 'people', keepUnmapped: true });
    expect(hs.counts).toEqual({ inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    const jose = await t.db.selectFrom('people').selectAll().where('email_norm', '=', 'jose@acme.example').executeTakeFirstOrThrow();
    expect([jose.first_name, jose.last_name, jose.job_title, jose.country]).toEqual(['José', 'Muñoz', 'Directeur Général', 'España']);
    expect(json(jose.custom)).toEqual({ Budget: '5000€' });
    expect(await t.db.selectFrom('account_people').select('account_id').where('person_id', '=', jose.id).execute()).toHaveLength(2);

    const mk = await run('people-marketo.tsv', { type: 'people', mapping: { company: null } });
    expect(mk.detected.delimiter).toBe('\t');
    expect(mk.counts).toEqual({ inserted: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(reasons(mk)).toContain('3|unsubscribed|must be true or false (yes/no, 1/0)');
    expect((await t.db.selectFrom('people').select('unsubscribed').where('email_norm', '=', 'mia@initech.example').executeTakeFirstOrThrow()).unsubscribed).toBe(1);

    const jl = await run('people.jsonl', { type: 'people', mapping: { title: 'jobTitle' }, keepUnmapped: true });
    expect(jl.detected.format).toBe('jsonl');
    expect(jl.counts).toEqual({ inserted: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(reasons(jl).map((s) => s.split('|').slice(0, 2).join('|'))).toEqual(['2|', '4|']);
    const kim = await t.db.selectFrom('people').select(['job_title', 'custom']).where('email_norm', '=', 'kim@globex.example').executeTakeFirstOrThrow();
    expect(kim.job_title).toBe('CFO');
    expect(json(kim.custom)).toEqual({ score: 7 });
  });

  it('relations and activities: upsert by (account, person), unknown enum values and bad dates per row; re-run unchanged', async () => {
    await run('accounts-salesforce.csv', { type: 'accounts' });
    await run('people-salesforce.csv', { type: 'people' });
    const rel = await run('relations.csv', { type: 'relations' });
    expect(rel.counts).toEqual({ inserted: 1, updated: 0, unchanged: 0, rejected: 4 });
    const text = reasons(rel);
    expect(text).toContain('3|Relation Type|must be one of employee, contractor');
    expect(text).toContain('4|Email|no person has the email nobody@acme.example');
    expect(text).toContain('5|End Date|is before startedOn (2025-06-01)');
    expect(text).toContain('6|Start Date|must be a date YYYY-MM-DD');
    expect((await run('relations.csv', { type: 'relations' })).counts).toEqual({ inserted: 0, updated: 0, unchanged: 1, rejected: 4 });

    const act = await run('activities.csv', { type: 'activities' });
    expect(act.counts).toEqual({ inserted: 2, updated: 0, unchanged: 0, rejected: 4 });
    const at = reasons(act);
    expect(at.some((s) => s.startsWith('4|Activity Type|'))).toBe(true);
    expect(at.some((s) => s.startsWith('5|Activity Date|must be an ISO 8601 time'))).toBe(true);
    expect(at).toContain('6|Activity Date|is in the future');
    expect((await run('activities.csv', { type: 'activities' })).counts).toEqual({ inserted: 0, updated: 0, unchanged: 2, rejected: 4 });
  });

  it('a dry run reports what a run would do and writes nothing', async () => {
    await run('accounts-salesforce.csv', { type: 'accounts' });
    const tables = ['accounts', 'people', 'account_people', 'audit_log', 'events'] as const;
    const snapshot = async () => Promise.all(tables.map((tb) => t.db.selectFrom(tb).selectAll().execute().then((rows) => JSON.stringify(rows))));
    const before = await snapshot();
    const dry = await run('people-salesforce.csv', { type: 'people', dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(await snapshot()).toEqual(before);
    const real = await run('people-salesforce.csv', { type: 'people' });
    expect(dry.counts).toEqual(real.counts);
    expect(dry.problems).toEqual(real.problems);
  });

  it('stops between rows when cancelled: batches written before stay, the batch in flight is not written', async () => {
    const controller = new AbortController();
    let batches = 0;
    const r = run('accounts-salesforce.csv', { type: 'accounts', batchSize: 2, signal: controller.signal, onProgress: () => (++batches === 1 ? controller.abort() : undefined) });
    await expect(r).rejects.toThrow(/cancelled/);
    expect((await t.db.selectFrom('accounts').select('external_id').orderBy('external_id').execute()).map((a) => a.external_id)).toEqual(['A-100', 'A-200']);
  });

  it('refuses to start on unknown types, mapping errors, missing required fields and unreadable files', async () => {
    await expect(run('people-salesforce.csv', { type: 'people', mapping: { Email: 'mail' } })).rejects.toThrow(/not a field of people imports/);
    await expect(run('people-salesforce.csv', { type: 'people', mapping: { Nope: 'email' } })).rejects.toThrow(/does not have/);
    await expect(run('people-salesforce.csv', { type: 'people', mapping: { Email: null } })).rejects.toThrow(/required field email/);
    await expect(run('missing.csv', { type: 'people' })).rejects.toThrow(/cannot read .*no such file/);
    await expect(run('people-salesforce.csv', { type: 'widgets' as 'people' })).rejects.toThrow(/unknown import type/);
  });
});
