/**
 * The upload store on a real directory: a sweep running while uploads are written never takes one
 * of them, even when the app's clock is far from the files' times (it judges by the metadata).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UploadStore } from './uploads.ts';
import { newId } from '../domain/index.ts';

const HOUR = 3600_000;

describe('UploadStore', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-uploads-test-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a sweep concurrent with saves never removes an upload being written', async () => {
    const store = new UploadStore(dir);
    // The app's clock is a day and more ahead of the disk's: files' times look 25 hours old.
    const now = Date.now() + 25 * HOUR;
    let sweeping = true;
    const swept: string[] = [];
    // Several sweeps at once, each reading every upload's metadata over and over.
    const sweepers = Array.from({ length: 4 }, async () => {
      while (sweeping) swept.push(...(await store.sweep(now, 24 * HOUR, new Set())));
    });
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const uploadId = newId('upload', now);
      ids.push(uploadId);
      await store.save({ uploadId, filename: 'a.csv', createdAt: now, userId: null }, Readable.from([Buffer.from(`Id\nA-${i}\n`)]), () => false, 1024);
    }
    sweeping = false;
    await Promise.all(sweepers);
    expect(swept).toEqual([]);
    for (const id of ids) expect(fs.existsSync(store.dataPath(id)) && fs.existsSync(store.metaPath(id))).toBe(true);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('sweeps a staged metadata file a crash left behind, with its upload', async () => {
    const store = new UploadStore(dir);
    const uploadId = newId('upload', Date.now());
    fs.writeFileSync(store.dataPath(uploadId), 'Id\n');
    fs.writeFileSync(`${store.metaPath(uploadId)}.tmp`, '{"upl');
    const old = new Date(Date.now() - 48 * HOUR);
    for (const f of [store.dataPath(uploadId), `${store.metaPath(uploadId)}.tmp`]) fs.utimesSync(f, old, old);
    expect(await store.sweep(Date.now(), 24 * HOUR, new Set())).toContain(uploadId);
    expect(fs.readdirSync(dir).filter((n) => n.startsWith(uploadId))).toEqual([]);
  });
});
