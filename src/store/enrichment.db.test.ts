import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './test-db.ts';
import { SecretBox } from './secrets.ts';
import { SYSTEM_ACTOR } from './audit.ts';
import { createRun, getProviderConfig, getRun, monthUsage, providerCredentials, reserveCredits, saveProviderConfig, settleCredits, type ProviderSettings } from './enrichment.ts';
import { DEFAULT_CONSENT_POLICY } from '../domain/enrichment/index.ts';

const settings: ProviderSettings = { apiBaseUrl: 'http://127.0.0.1:1/gtm', tokenUrl: 'http://127.0.0.1:1/gtm/oauth/v1/token', requestsPerSecond: 25, monthlyBudget: 150, defaultRunBudget: 100, contactsPerRole: 5, consent: DEFAULT_CONSENT_POLICY };

describe('enrichment store', () => {
  let db: TestDatabase;
  const box = new SecretBox(randomBytes(32));
  const T = Date.parse('2026-06-01T00:00:00Z');
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('stores provider credentials sealed (never in clear), and settings apart', async () => {
    const cfg = await saveProviderConfig(db.db, box, SYSTEM_ACTOR, 'zoominfo', settings, { clientId: 'cid', clientSecret: 'top-secret' }, T);
    expect(cfg).toMatchObject({ hasCredentials: true, settings, version: 1 });
    const raw = await db.db.selectFrom('enrichment_providers').select('credentials_sealed').executeTakeFirstOrThrow();
    expect(raw.credentials_sealed).not.toContain('top-secret');
    expect(await providerCredentials(db.db, box, 'zoominfo')).toEqual({ clientId: 'cid', clientSecret: 'top-secret' });
    const again = await saveProviderConfig(db.db, box, SYSTEM_ACTOR, 'zoominfo', { ...settings, monthlyBudget: 10 }, undefined, T + 1);
    expect(again).toMatchObject({ hasCredentials: true, version: 2 });
    expect((await getProviderConfig(db.db, 'zoominfo'))!.settings.monthlyBudget).toBe(10);
    await expect(saveProviderConfig(db.db, null, SYSTEM_ACTOR, 'zoominfo', settings, { clientId: 'a', clientSecret: 'b' }, T)).rejects.toMatchObject({ code: 'invalid_state' });
  });

  it('concurrent runs reserving at the same time never take more than the month or their run allows', async () => {
    const month = '2026-06';
    const budget = { perRun: 100, perMonth: 150 };
    const runs = await Promise.all([0, 1, 2].map(() => createRun(db.db, { provider: 'zoominfo', solutionInterestId: 'si_x', filter: {}, budget: 100, month, jobId: null }, T)));
    // Each run asks for 7 credits 20 times, all at once: 420 wanted, 150 available.
    const grants = await Promise.all(runs.flatMap((runId) => Array.from({ length: 20 }, () => reserveCredits(db.db, { provider: 'zoominfo', month, runId, budget, wanted: 7 }, T))));
    const total = grants.reduce((a, b) => a + b, 0);
    expect(total).toBe(150);
    expect(await monthUsage(db.db, 'zoominfo', month)).toEqual({ spent: 0, reserved: 150 });
    for (const id of runs) expect((await getRun(db.db, id)).creditsReserved).toBeLessThanOrEqual(100);
    // Settling gives back what was not charged; a later reservation can use it, but never beyond the month.
    const first = await getRun(db.db, runs[0]!);
    await settleCredits(db.db, { provider: 'zoominfo', month, runId: runs[0]!, reserved: first.creditsReserved, charged: 3 }, T);
    expect(await monthUsage(db.db, 'zoominfo', month)).toEqual({ spent: 3, reserved: 150 - first.creditsReserved });
    const more = await Promise.all([reserveCredits(db.db, { provider: 'zoominfo', month, runId: runs[0]!, budget, wanted: 500 }, T), reserveCredits(db.db, { provider: 'zoominfo', month, runId: runs[1]!, budget, wanted: 500 }, T)]);
    const usage = await monthUsage(db.db, 'zoominfo', month);
    expect(usage.spent + usage.reserved).toBe(150);
    expect(more[0]! + more[1]!).toBe(first.creditsReserved - 3);
    expect(await monthUsage(db.db, 'zoominfo', '2026-07')).toEqual({ spent: 0, reserved: 0 });
  });
});
