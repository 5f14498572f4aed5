/**
 * Uploaded import files on the server's disk. An upload is streamed to `<dir>/<uploadId>.data`
 * (never held in memory) with its metadata beside it (`<uploadId>.json`); an import job's report
 * goes to `<dir>/<jobId>.report.csv`. The directory: `uploadDir` of the app, else
 * QUORUM_UPLOAD_DIR, else `uploads/` beside the SQLite file, else (PostgreSQL, in-memory SQLite)
 * `<tmpdir>/quorum-uploads`. With several API processes over one PostgreSQL database, point
 * QUORUM_UPLOAD_DIR at a directory they share.
 *
 * Uploads do not stay: an import job that writes removes its upload when it ends (the job is told
 * the files, engine/import-job.ts), and `sweep` removes uploads abandoned for longer than a
 * maximum age (uploaded and never imported, or kept after a dry run), run by the app at start and
 * periodically (app.ts). Reports stay: the job's report link keeps working.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { QuorumError } from '../domain/index.ts';

/** Default cap on one uploaded file (QUORUM_UPLOAD_MAX_BYTES): 2 GiB. */
export const DEFAULT_UPLOAD_MAX_BYTES = 2 * 1024 ** 3;

export interface UploadMeta {
  uploadId: string;
  filename: string;
  bytes: number;
  createdAt: number;
  userId: string | null;
}

export function defaultUploadDir(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.QUORUM_UPLOAD_DIR) return path.resolve(env.QUORUM_UPLOAD_DIR);
  if (databaseUrl.startsWith('sqlite:')) {
    const file = databaseUrl.slice('sqlite:'.length);
    if (file && file !== ':memory:') return path.join(path.dirname(path.resolve(file)), 'uploads');
  }
  return path.join(os.tmpdir(), 'quorum-uploads');
}

/** QUORUM_UPLOAD_MAX_BYTES when it is a positive integer, else the default. */
export function uploadMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.QUORUM_UPLOAD_MAX_BYTES ?? DEFAULT_UPLOAD_MAX_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_UPLOAD_MAX_BYTES;
}

/** Upload ids are `upl_<ULID>`: checked before they become part of a path. */
const UPLOAD_ID = /^upl_[0-9A-HJKMNP-TV-Z]{26}$/;
/** An upload's own files (`<id>.data`, `<id>.json`, the staged `<id>.json.tmp`); reports (`<id>-<job>.report.csv`) are not. */
const UPLOAD_FILE = /^(upl_[0-9A-HJKMNP-TV-Z]{26})\.(?:data|json|json\.tmp)$/;

export class UploadStore {
  constructor(readonly dir: string) {}

  dataPath(uploadId: string): string {
    return path.join(this.dir, `${uploadId}.data`);
  }

  metaPath(uploadId: string): string {
    return path.join(this.dir, `${uploadId}.json`);
  }

  /** Where the final metadata is written before it is renamed into place (`save`). */
  private stagedMetaPath(uploadId: string): string {
    return `${this.metaPath(uploadId)}.tmp`;
  }

  /** The upload's files, metadata first: removed in this order, the upload is gone for the API before its data is. */
  files(uploadId: string): string[] {
    return [this.metaPath(uploadId), this.stagedMetaPath(uploadId), this.dataPath(uploadId)];
  }

  /** Where a job's report goes; `name` is unique per job. */
  reportPath(name: string): string {
    return path.join(this.dir, `${path.basename(name)}.report.csv`);
  }

  /**
   * Streams `file` to disk. `truncated()` tells whether the multipart reader stopped at the size
   * cap; then the partial file is removed and this throws 413.
   */
  async save(meta: Omit<UploadMeta, 'bytes'>, file: Readable, truncated: () => boolean, maxBytes: number): Promise<UploadMeta> {
    await mkdir(this.dir, { recursive: true });
    const target = this.dataPath(meta.uploadId);
    // The metadata comes first (its size is set at the end): an upload still streaming has its
    // creation time on record, so a sweep meanwhile judges it by the app's clock.
    await writeFile(this.metaPath(meta.uploadId), JSON.stringify({ ...meta, bytes: 0 } satisfies UploadMeta), { flag: 'wx' });
    try {
      await pipeline(file, createWriteStream(target, { flags: 'wx' }));
    } catch (e) {
      await this.remove(meta.uploadId);
      if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
      throw e;
    }
    if (truncated()) {
      await this.remove(meta.uploadId);
      throw tooLarge(maxBytes);
    }
    const { size } = await stat(target);
    const full: UploadMeta = { ...meta, bytes: size };
    // Replaced by a rename, not rewritten in place: a sweep never reads half a metadata file
    // (it would judge the upload by its files' times instead, and the app's clock may differ).
    const staged = this.stagedMetaPath(meta.uploadId);
    await writeFile(staged, JSON.stringify(full));
    await rename(staged, this.metaPath(meta.uploadId));
    return full;
  }

  /** The upload's metadata, or a 4xx naming `field` (a path parameter: 404; a body field: 400). */
  async get(uploadId: string, field: string, status: 'not_found' | 'validation_failed'): Promise<UploadMeta> {
    const missing = () => QuorumError.field(status, field, `upload ${uploadId} does not exist (upload the file again)`);
    if (!UPLOAD_ID.test(uploadId)) throw missing();
    try {
      return JSON.parse(await readFile(this.metaPath(uploadId), 'utf8')) as UploadMeta;
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') throw missing();
      throw e;
    }
  }

  async remove(uploadId: string): Promise<void> {
    if (!UPLOAD_ID.test(uploadId)) return;
    for (const file of this.files(uploadId)) await rm(file, { force: true });
  }

  /**
   * Removes the uploads older than `maxAgeMs` at `now` that no pending import reads (`inUse`).
   * The age is the metadata's `createdAt`, or the file's modification time when the metadata is
   * missing or unreadable (an upload cut off by a crash, data left by a job that was removing
   * it). Other files of the directory (reports, anything not named like an upload) are left.
   * Returns the upload ids removed.
   */
  async sweep(now: number, maxAgeMs: number, inUse: ReadonlySet<string>): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return [];
      throw e;
    }
    const ids = new Set(names.flatMap((n) => UPLOAD_FILE.exec(n)?.[1] ?? []));
    const removed: string[] = [];
    for (const id of [...ids].sort()) {
      if (inUse.has(id)) continue;
      const created = await this.createdAt(id);
      if (created === null || now - created < maxAgeMs) continue;
      await this.remove(id);
      removed.push(id);
    }
    return removed;
  }

  /** When the upload was made: its metadata's `createdAt`, else the oldest of its files' mtimes; null when both are gone. */
  private async createdAt(uploadId: string): Promise<number | null> {
    try {
      const meta = JSON.parse(await readFile(this.metaPath(uploadId), 'utf8')) as Partial<UploadMeta>;
      if (typeof meta.createdAt === 'number') return meta.createdAt;
    } catch {
      // Missing or cut off: the files' times tell.
    }
    const times: number[] = [];
    for (const file of this.files(uploadId)) {
      const s = await stat(file).catch(() => null);
      if (s) times.push(s.mtimeMs);
    }
    return times.length ? Math.min(...times) : null;
  }
}

function tooLarge(maxBytes: number): QuorumError {
  return QuorumError.field('payload_too_large', '/file', `the file is larger than the upload limit of ${maxBytes} bytes (QUORUM_UPLOAD_MAX_BYTES)`);
}

/**
 * Why the file is not text an import can read, from its first 64 KiB, or null. CSV and JSON Lines
 * in UTF-8 or Windows-1252 never hold a NUL byte; binary files (spreadsheets, images, archives)
 * and UTF-16 text do. Refused up front: read as Windows-1252 they would look like one odd column.
 */
export async function notText(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'the file is UTF-16 text; save it as UTF-8 (CSV UTF-8 in Excel) and upload it again';
    if (head[0] === 0x50 && head[1] === 0x4b) return 'the file is a ZIP archive (an Excel .xlsx workbook?); save the sheet as CSV and upload that';
    if (head.includes(0)) return 'the file is not text (it holds NUL bytes): upload a CSV or JSON Lines file';
    return null;
  } finally {
    await handle.close();
  }
}
