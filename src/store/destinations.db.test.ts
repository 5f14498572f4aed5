import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-db.ts';
import { SecretBox } from './secrets.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import {
  claimActivation,
  connectDestination,
  createActivation,
  createDestination,
  deleteDestination,
  destinationCredentials,
  dueActivations,
  finishSync,
  getActivation,
  listSyncs,
  recordSynced,
  releaseActivation,
  startSync,
  syncedMembers,
  updateActivation,
} from './destinations.ts';
import { seedExportData } from '../engine/exports.testdata.ts';

describe('destinations store', () => {
  let db: TestDatabase;
  const box = new SecretBox(randomBytes(32));
  const T = Date.parse('2026-06-01T00:00:00Z');
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedExportData(db.db, { groups: 3 });
  });
  afterAll(() => db.drop());

  it('seals credentials bound to the row and opens them only with the key', async () => {
    const a = await createDestination(db.db, SYSTEM_ACTOR, { name: 'A', adAccountId: '1' }, T);
    const b = await createDestination(db.db, SYSTEM_ACTOR, { name: 'B', adAccountId: '2' }, T);
    expect(await destinationCredentials(db.db, box, a.id)).toBeNull();
    const d = await connectDestination(db.db, box, SYSTEM_ACTOR, a.id, { accessToken: 'AT', refreshToken: 'RT', accessExpiresAt: T + 1000, refreshExpiresAt: T + 2000 }, T);
    expect(d).toMatchObject({ state: 'connected', accessExpiresAt: T + 1000, refreshExpiresAt: T + 2000 });
    expect(await destinationCredentials(db.db, box, a.id)).toEqual({ accessToken: 'AT', refreshToken: 'RT', accessExpiresAt: T + 1000, refreshExpiresAt: T + 2000 });
    await expect(destinationCredentials(db.db, new SecretBox(randomBytes(32)), a.id)).rejects.toThrow(/not configured/);
    // Copied to another row, the sealed value does not open (the row id is the AAD).
    const row = await db.db.selectFrom('destinations').select('credentials_sealed').where('id', '=', a.id).executeTakeFirstOrThrow();
    await db.db.updateTable('destinations').set({ credentials_sealed: row.credentials_sealed }).where('id', '=', b.id).execute();
    await expect(destinationCredentials(db.db, box, b.id)).rejects.toThrow();
    await expect(createDestination(db.db, SYSTEM_ACTOR, { name: 'C', adAccountId: 'x1' }, T)).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('activations: filters checked under /filter, editable, scheduled, one sync at a time, membership recorded idempotently', async () => {
    const d = await createDestination(db.db, SYSTEM_ACTOR, { name: 'D', adAccountId: '3' }, T);
    await expect(createActivation(db.db, SYSTEM_ACTOR, { destinationId: d.id, name: 'x', filter: { templateId: ['tpl_nope'] }, companyList: true, contactList: false, roleIds: [], syncIntervalMs: null }, T)).rejects.toMatchObject({ errors: [{ field: '/filter/templateId' }] });
    const a = await createActivation(db.db, SYSTEM_ACTOR, { destinationId: d.id, name: 'x', filter: { solutionInterestId: ['si_sec'] }, companyList: true, contactList: true, roleIds: ['rol_decision_maker'], syncIntervalMs: 3_600_000 }, T);
    expect(a).toMatchObject({ nextSyncAt: T, roleIds: ['rol_decision_maker'], filter: { solutionInterestId: ['si_sec'] } });
    expect(await dueActivations(db.db, T)).toContain(a.id);
    const b = await updateActivation(db.db, SYSTEM_ACTOR, a.id, { filter: { solutionInterest: ['Data'] } }, T + 1, a.version);
    expect(b.filter).toEqual({ solutionInterest: ['Data'] });
    await expect(updateActivation(db.db, SYSTEM_ACTOR, a.id, { name: 'y' }, T + 2, a.version)).rejects.toMatchObject({ code: 'precondition_failed' });

    expect(await claimActivation(db.db, a.id, T, 60_000)).toBe(true);
    expect(await claimActivation(db.db, a.id, T + 1, 60_000)).toBe(false);
    expect(await claimActivation(db.db, a.id, T + 60_001, 60_000)).toBe(true);
    await releaseActivation(db.db, a.id, T + 70_000);
    expect((await getActivation(db.db, a.id)).nextSyncAt).toBe(T + 70_000 + 3_600_000);
    expect(await dueActivations(db.db, T + 70_001)).not.toContain(a.id);

    await recordSynced(db.db, a.id, 'contacts', [{ key: 'p1', ident: '{"a":1}' }, { key: 'p2', ident: '{"a":2}' }], [], T);
    await recordSynced(db.db, a.id, 'contacts', [{ key: 'p2', ident: '{"a":3}' }], ['p1'], T);
    await recordSynced(db.db, a.id, 'contacts', [{ key: 'p2', ident: '{"a":3}' }], [], T);
    expect([...(await syncedMembers(db.db, a.id, 'contacts'))]).toEqual([['p2', '{"a":3}']]);
    expect((await syncedMembers(db.db, a.id, 'companies')).size).toBe(0);

    const s = await startSync(db.db, a.id, 'manual', T);
    await finishSync(db.db, s, { status: 'partial', companiesAdded: 1, companiesRemoved: 2, contactsAdded: 3, contactsRemoved: 4, skipped: 5, errors: 6, retries: 7, message: 'm', warnings: ['w'], errorSamples: ['e'] }, T + 5);
    expect(await listSyncs(db.db, a.id)).toEqual([expect.objectContaining({ id: s, status: 'partial', contactsRemoved: 4, errors: 6, warnings: ['w'], finishedAt: T + 5 })]);
    await expect(deleteDestination(db.db, SYSTEM_ACTOR, d.id, T)).rejects.toMatchObject({ code: 'in_use' });
  });
});
