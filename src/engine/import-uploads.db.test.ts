/**
 * Import jobs remove their upload when they end (succeeded, failed, cancelled — also cancelled
 * before they ran), keep it after a dry run, and keep it while another pending job reads it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../store/test-db.ts';
import { SYSTEM_ACTOR } from '../store/index.ts';
import { enqueueImportJob, runImportJob } from './import-job.ts';
import { requestCancel } from './jobs.ts';
import { uploadsInUse } from './import-uploads.ts';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const CSV = 'Id,Account Name\r\nA-1,Acme\r\nA-2,Globex\r\n';

describe('import jobs and their upload files', () => {
  let db: TestDatabase;
  let dir: string;
  let n = 0;
  beforeEach(async () => {
    db = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-upload-release-'));
  });
  afterEach(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** An upload on disk (data and metadata) and a queued import job of it. */
  const queue = async (opts: { content?: string; dryRun?: boolean; uploadId?: string } = {}) => {
    const uploadId = opts.uploadId ?? `upl_01ARZ3NDEKTSV4RRFFQ69G5F${String(n++).padStart(2, '0')}`;
    const data = path.join(dir, `${uploadId}.data`);
    const meta = path.join(dir, `${uploadId}.json`);
    if (!fs.existsSync(data)) {
      fs.writeFileSync(data, opts.content ?? CSV);
      fs.writeFileSync(meta, '{}');
    }
    const job = await enqueueImportJob(
      db.db,
      SYSTEM_ACTOR,
      { uploadId, filename: 'a.csv', path: data, reportPath: path.join(dir, `${uploadId}-${n++}.report.csv`), bytes: 1, type: 'accounts', dryRun: Boolean(opts.dryRun), keepUnmapped: false, uploadFiles: [meta, data] },
      NOW,
    );
    return { job, uploadId, files: [meta, data] };
  };
  const exists = (files: string[]) => files.map((f) => fs.existsSync(f));
  const run = (id: string) => runImportJob(db, id, { now: () => NOW });

  it('a run that succeeds removes the upload; its report stays', async () => {
    const { job, files } = await queue();
    const done = await run(job.id);
    expect(done.status).toBe('succeeded');
    expect(exists(files)).toEqual([false, false]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.report.csv'))).toHaveLength(1);
  });

  it('a dry run keeps the upload for the run that follows, which removes it', async () => {
    const { job, files, uploadId } = await queue({ dryRun: true });
    expect((await run(job.id)).status).toBe('succeeded');
    expect(exists(files)).toEqual([true, true]);
    const real = await queue({ uploadId });
    expect((await run(real.job.id)).status).toBe('succeeded');
    expect(exists(files)).toEqual([false, false]);
  });

  it('a run that fails removes the upload', async () => {
    const { job, files } = await queue({ content: 'Colour,Size\r\nred,9\r\n' }); // no name column: the run fails
    const done = await run(job.id);
    expect(done.status).toBe('failed');
    expect(exists(files)).toEqual([false, false]);
  });

  it('a job cancelled before it ran removes the upload; one cancelled while running removes it when it stops', async () => {
    const queued = await queue();
    expect((await requestCancel(db.db, SYSTEM_ACTOR, queued.job.id, NOW)).status).toBe('cancelled');
    expect(exists(queued.files)).toEqual([false, false]);

    const running = await queue();
    await db.db.updateTable('jobs').set({ status: 'running', cancel_requested: 1 }).where('id', '=', running.job.id).execute();
    expect((await run(running.job.id)).status).toBe('cancelled');
    expect(exists(running.files)).toEqual([false, false]);
  });

  it('keeps the upload while another queued job reads it', async () => {
    const first = await queue();
    const second = await queue({ uploadId: first.uploadId });
    expect(await uploadsInUse(db.db)).toEqual(new Set([first.uploadId]));
    expect(await uploadsInUse(db.db, first.job.id)).toEqual(new Set([first.uploadId])); // the second one
    expect((await run(first.job.id)).status).toBe('succeeded');
    expect(exists(first.files)).toEqual([true, true]);
    expect((await run(second.job.id)).counts.import).toMatchObject({ unchanged: 2 });
    expect(exists(first.files)).toEqual([false, false]);
    expect(await uploadsInUse(db.db)).toEqual(new Set());
  });
});
