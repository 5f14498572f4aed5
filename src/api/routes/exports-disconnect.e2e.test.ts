/**
 * A client that hangs up mid-export: the server's stream is destroyed, the page reader ends (its
 * `finally` runs, counted as abandoned) and nothing stays held — a write goes through at once.
 * The export must be larger than what socket buffers absorb (a few MB on loopback), or the server
 * would have written it all before the hang-up: 12,000 groups as JSON Lines are ~8 MB.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-app.ts';
import { exportStats } from '../../engine/index.ts';
import { seedExportData } from '../../engine/exports.testdata.ts';

const GROUPS = 12_000;

describe('exports: the client goes away mid-stream', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedExportData(t.db.db, { groups: GROUPS });
  }, 120_000);
  afterAll(async () => t.close());

  it('ends the export: the reader stops early and nothing stays held', async () => {
    const before = exportStats();
    const url = new URL(`${t.baseUrl}/api/v1/buying-groups/export?format=jsonl`);
    let received = 0;
    await new Promise<void>((resolve, reject) => {
      const req = http.get(url, { headers: { authorization: `Bearer ${t.tokens.admin}` } }, (res) => {
        expect(res.statusCode).toBe(200);
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          // The first chunk is in: stop reading, so that back-pressure holds the server …
          res.pause();
          setTimeout(() => {
            // … which must still be streaming (not all in buffers), then hang up.
            expect(exportStats().inFlight).toBe(before.inFlight + 1);
            req.destroy();
            resolve();
          }, 300);
        });
      });
      req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
    });
    expect(received).toBeGreaterThan(0);
    const deadline = Date.now() + 5000;
    while (exportStats().inFlight > before.inFlight && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const after = exportStats();
    expect(after.inFlight).toBe(before.inFlight);
    expect(after.abandoned).toBe(before.abandoned + 1);
    expect(after.completed).toBe(before.completed);
    // Nothing is held: a write goes through at once, and a new export runs to its end.
    expect((await t.call('PATCH', '/buying-groups/bg_0000001', { statusLabel: 'after the hang-up' })).status).toBe(200);
    const res = await fetch(`${t.baseUrl}/api/v1/buying-groups/export?format=jsonl&accountId=acc_0000001`, { headers: { authorization: `Bearer ${t.tokens.admin}` } });
    expect(JSON.parse((await res.text()).trim())).toMatchObject({ id: 'bg_0000001', status_label: 'after the hang-up' });
    expect(exportStats().completed).toBe(after.completed + 1);
  });
});
