/**
 * Abandoned uploads are swept by the app: at start and periodically, by the app's clock, keeping
 * uploads a pending import reads, reports and files that are not uploads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';
import { buildApp } from './app.ts';
import { ManualClock } from '../domain/clock.ts';

const HOUR = 3600_000;

async function upload(t: TestApp, content: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([content]), 'accounts.csv');
  const res = await fetch(`${t.baseUrl}/api/v1/imports/uploads?type=accounts`, { method: 'POST', headers: { authorization: `Bearer ${t.tokens.editor}` }, body: form });
  const body = (await res.json()) as { uploadId: string };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.uploadId;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the uploads sweep', () => {
  // The orphan files' age comes from their modification time: the clock starts at the real time.
  const clock = new ManualClock(Date.now());
  let t: TestApp;
  beforeAll(async () => {
    // No runner: queued import jobs stay queued.
    t = await createTestApp({ clock, uploadSweep: { maxAgeMs: 24 * HOUR, everyMs: 40 } });
  });
  afterAll(async () => t.close());

  const has = (name: string) => fs.existsSync(path.join(t.uploadDir, name));
  const CSV = 'Id,Account Name\nA-1,Acme\n';

  it('removes uploads older than the maximum age that no pending import reads, periodically', async () => {
    const idle = await upload(t, CSV);
    const queued = await upload(t, CSV);
    const job = await t.call<{ id: string; status: string }>('POST', '/imports', { uploadId: queued, type: 'accounts' });
    expect(job.body.status).toBe('queued');
    // Left by a crash: data without metadata, one two days old (by its file time) and one fresh.
    const oldOrphan = 'upl_01ARZ3NDEKTSV4RRFFQ69G5F00.data';
    const newOrphan = 'upl_01ARZ3NDEKTSV4RRFFQ69G5F01.data';
    fs.writeFileSync(path.join(t.uploadDir, oldOrphan), CSV);
    const twoDaysAgo = new Date(clock.now() - 48 * HOUR);
    fs.utimesSync(path.join(t.uploadDir, oldOrphan), twoDaysAgo, twoDaysAgo);
    fs.writeFileSync(path.join(t.uploadDir, newOrphan), CSV);
    // Not uploads: left alone whatever their age.
    fs.writeFileSync(path.join(t.uploadDir, `${idle}-job_x.report.csv`), 'row,column,value,reason\n');
    fs.writeFileSync(path.join(t.uploadDir, 'notes.txt'), 'keep');
    fs.utimesSync(path.join(t.uploadDir, 'notes.txt'), twoDaysAgo, twoDaysAgo);

    await until(() => !has(oldOrphan), 'the old orphan to go');
    expect([has(`${idle}.data`), has(`${idle}.json`), has(`${queued}.data`), has(newOrphan)]).toEqual([true, true, true, true]);

    clock.advance(25 * HOUR);
    await until(() => !has(`${idle}.data`) && !has(newOrphan), 'the abandoned upload and the fresh orphan to go');
    expect(has(`${idle}.json`)).toBe(false);
    expect((await t.call('POST', `/imports/uploads/${idle}/detect`, { type: 'accounts' })).status).toBe(404);
    // The queued job's upload stays until that job ends; cancelling it before it ran removes it.
    expect([has(`${queued}.data`), has(`${queued}.json`)]).toEqual([true, true]);
    expect((await t.call<{ status: string }>('POST', `/imports/${job.body.id}/cancel`)).body.status).toBe('cancelled');
    expect([has(`${queued}.data`), has(`${queued}.json`)]).toEqual([false, false]);
    expect([has(`${idle}-job_x.report.csv`), has('notes.txt')]).toEqual([true, true]);
  });

  it('sweeps when the app starts', async () => {
    const stale = await upload(t, CSV);
    const fresh = await upload(t, CSV);
    await t.app.close(); // its periodic sweep must not be the one that removes it
    // Make `stale` a day and a half older than the clock (its metadata's createdAt decides).
    const meta = path.join(t.uploadDir, `${stale}.json`);
    fs.writeFileSync(meta, JSON.stringify({ ...JSON.parse(fs.readFileSync(meta, 'utf8')), createdAt: clock.now() - 36 * HOUR }));
    const again = await buildApp({ database: t.db, clock, uploadDir: t.uploadDir, uploadSweep: { maxAgeMs: 24 * HOUR, everyMs: 0 } });
    expect(has(`${stale}.data`)).toBe(true);
    await again.ready();
    expect([has(`${stale}.data`), has(`${stale}.json`), has(`${fresh}.data`)]).toEqual([false, false, true]);
    await again.close();
  });
});
