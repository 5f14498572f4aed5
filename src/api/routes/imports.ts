/**
 * Imports over HTTP (issue 9): upload a file, see how it will be read (detected format,
 * encoding, delimiter, the mapping and the unmapped columns) before anything is written, then
 * run it as a job of the job machinery (queued, run by the runner, progress on the job, SSE,
 * cancel) and download the per-row problems as CSV. The import itself is engine/imports/.
 * Editors and admins only: an import writes accounts, people, relations, activities or members.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, pageOf, pageQuery } from '../schemas.ts';
import { newId, QuorumError, type ErrorDetail } from '../../domain/index.ts';
import {
  detectImport,
  enqueueImportJob,
  getImportJob,
  IMPORT_JOB,
  isImportParams,
  listJobs,
  problemsToCsv,
  requestCancel,
  TERMINAL,
  type ColumnMapping,
  type DetectedImport,
  type ImportJobParams,
  type ImportType,
  type Job,
} from '../../engine/index.ts';
import { columnMapping, detectedOut, detectedOutOf, importJobOut, importJobOutOf, importType } from './import-schemas.ts';
import { streamJob } from './job-stream.ts';
import { notText, type UploadStore } from '../uploads.ts';

const tags = ['imports'];
const editor = { access: 'editor' as const };
const uploadIdParam = idParam('upl', 'upload');
const jobIdParam = idParam('job', 'job');

const uploadOut = z
  .object({
    uploadId: z.string(),
    filename: z.string(),
    bytes: z.number().int(),
    detected: detectedOut,
  })
  .meta({ id: 'ImportUpload' });

const detectIn = z.strictObject({ type: importType, mapping: columnMapping.optional() }).meta({ id: 'ImportDetect' });

const importIn = z
  .strictObject({
    uploadId: z.string().describe('From POST /imports/uploads'),
    type: importType,
    mapping: columnMapping.optional(),
    dryRun: z.boolean().default(false).describe('Report exactly what would change (counts and problems) and write nothing'),
    keepUnmapped: z.boolean().default(false).describe('Keep unmapped columns as custom attributes (accounts, people)'),
  })
  .meta({ id: 'ImportCreate' });

type ImportJob = Job & { params: ImportJobParams };

/** Types whose unmapped columns may be kept as custom attributes, and how such a field is named. */
const CUSTOM_ATTRIBUTE_TYPES: ReadonlySet<ImportType> = new Set(['accounts', 'people']);
const CUSTOM_FIELD = /^custom\.[A-Za-z_][A-Za-z0-9_-]{0,63}$/;

/**
 * detectImport with the mapping checked field by field: a column the file does not have, a
 * field the type does not have (`custom.<key>` is one where the type keeps custom attributes). Anything else the engine throws while reading the file is the file's fault: 400 at
 * /file, never a 500.
 */
async function detect(store: UploadStore, uploadId: string, type: ImportType, mapping: ColumnMapping | undefined, ctx: AppContext): Promise<DetectedImport> {
  const why = await notText(store.dataPath(uploadId));
  if (why) throw QuorumError.field('validation_failed', '/file', why);
  const read = async (m: ColumnMapping | undefined) => {
    try {
      return await detectImport(ctx.database.db, { path: store.dataPath(uploadId) }, type, m);
    } catch (e) {
      if (e instanceof QuorumError) throw e;
      throw QuorumError.field('validation_failed', '/file', `the file cannot be read as CSV or JSON Lines: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  // The file as recognised first: its columns and the type's fields, to check the mapping against
  // field by field (each error names its column) before the engine applies it.
  const recognised = await read(undefined);
  if (recognised.columns.length === 0) throw QuorumError.field('validation_failed', '/file', 'the file has no columns: it is empty, or its first line is not a header row (CSV) or a JSON object (JSON Lines)');
  if (!mapping) return recognised;
  const errors: ErrorDetail[] = [];
  const fields = new Set(recognised.fields.map((f) => f.name));
  const columns = new Set(recognised.columns);
  const keepsCustom = CUSTOM_ATTRIBUTE_TYPES.has(type);
  for (const [column, field] of Object.entries(mapping)) {
    const at = `/mapping/${column.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!columns.has(column)) errors.push({ field: at, message: `the file has no column "${column}" (its columns: ${recognised.columns.join(', ')})` });
    else if (field !== null && !fields.has(field) && !(keepsCustom && CUSTOM_FIELD.test(field)))
      errors.push({ field: at, message: `"${field}" is not a field of ${type} imports (fields: ${[...fields].join(', ')}${keepsCustom ? ', custom.<key>' : ''})` });
  }
  if (errors.length) throw new QuorumError('validation_failed', errors.map((e) => e.message).join('; '), errors);
  return read(mapping);
}

/** An import job the caller may see; 404 for other jobs. */
async function importJob(ctx: AppContext, id: string): Promise<ImportJob> {
  return getImportJob(ctx.database.db, id);
}

export function importRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;
  const uploads = ctx.uploads;

  // Multipart is read by the upload route only: everywhere else a multipart body stays a 415.
  void api.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: uploads.maxBytes, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 20 } });
    const upload = scope.withTypeProvider<ZodTypeProvider>();
    upload.post(
      '/imports/uploads',
      {
        config: editor,
        schema: {
          tags,
          summary: 'Upload a file to import (multipart, field `file`) and see how it will be read',
          description:
            'A multipart/form-data upload with the file in the field `file` (CSV or JSON Lines; UTF-8 or Windows-1252). The file is streamed to the server\'s disk ' +
            `(at most QUORUM_UPLOAD_MAX_BYTES, default 2 GiB: a larger one is a 413), then its first rows are read for the import type given as the query parameter \`type\` (or a form field \`type\` before the file): ` +
            'the detected format, encoding and delimiter, the mapping of columns to fields that the import will use, the unmapped columns, the required fields still missing and a sample. Nothing is imported yet: ' +
            'change the mapping with POST /imports/uploads/{id}/detect, start with POST /imports.',
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({ type: importType.optional() }),
          response: { 201: uploadOut },
        },
      },
      async (req, reply) => {
        if (!req.isMultipart()) {
          throw new QuorumError('unsupported_media_type', 'Send the file as multipart/form-data with the file in the field "file"', [
            { field: '/content-type', message: 'must be multipart/form-data' },
          ]);
        }
        let type: string | undefined = req.query.type;
        let saved: { uploadId: string; filename: string; bytes: number } | null = null;
        const now = ctx.clock.now();
        try {
          for await (const part of req.parts()) {
            if (part.type === 'field') {
              if (part.fieldname === 'type' && typeof part.value === 'string' && !type) type = part.value;
              continue;
            }
            if (part.fieldname !== 'file' || saved) {
              part.file.resume();
              continue;
            }
            const uploadId = newId('upload', now);
            const filename = (part.filename || 'upload').slice(0, 255);
            saved = await uploads.store.save({ uploadId, filename, createdAt: now, userId: actorOf(req).userId }, part.file, () => part.file.truncated, uploads.maxBytes);
          }
        } catch (e) {
          if (saved) await uploads.store.remove(saved.uploadId);
          if (e instanceof QuorumError) throw e;
          const code = (e as { code?: string }).code;
          if (code === 'FST_REQ_FILE_TOO_LARGE') throw QuorumError.field('payload_too_large', '/file', `the file is larger than the upload limit of ${uploads.maxBytes} bytes (QUORUM_UPLOAD_MAX_BYTES)`);
          if (code?.startsWith('FST_')) throw QuorumError.field('validation_failed', '/file', `the multipart body cannot be read: ${e instanceof Error ? e.message : String(e)}`);
          throw e;
        }
        if (!saved) throw QuorumError.field('validation_failed', '/file', 'is required: send the file in the multipart field "file"');
        const parsedType = importType.safeParse(type);
        if (!parsedType.success) {
          await uploads.store.remove(saved.uploadId);
          throw QuorumError.field('validation_failed', '/type', type ? `"${type}" is not an import type (accounts, people, relations, activities, members)` : 'is required (query parameter or form field before the file)');
        }
        let detected: DetectedImport;
        try {
          detected = await detect(uploads.store, saved.uploadId, parsedType.data, undefined, ctx);
        } catch (e) {
          await uploads.store.remove(saved.uploadId);
          throw e;
        }
        return reply.status(201).send({ ...saved, detected: detectedOutOf(detected) });
      },
    );
  });

  api.post(
    '/imports/uploads/:id/detect',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Read an uploaded file again with another type or mapping',
        description:
          'How the upload will be read for this import type, with this mapping (file column → field; null ignores a column; columns not named keep their recognised field): the mapping that will be used, the unmapped columns, the required fields still missing and a sample. ' +
          'A mapping naming a column the file does not have, or a field the type does not have, is a 400 at /mapping/<column>. Writes nothing.',
        params: uploadIdParam,
        body: detectIn,
        response: { 200: detectedOut },
      },
    },
    async (req) => {
      await uploads.store.get(req.params.id, '/id', 'not_found');
      return detectedOutOf(await detect(uploads.store, req.params.id, req.body.type, req.body.mapping, ctx));
    },
  );

  api.post(
    '/imports',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Start an import of an uploaded file (a job; dryRun writes nothing)',
        description:
          'Queues an import job (202) for an upload: rows are read in file order and written batch by batch (inserted, updated, unchanged or rejected with a reason per row). ' +
          'The mapping is checked first (400 at /mapping/<column> for an unknown column or field, at /mapping when a required field is not mapped). ' +
          'Follow it with GET /imports/{id} or the Server-Sent Events of GET /imports/{id}/progress; POST /imports/{id}/cancel stops it between batches (rows written so far stay). ' +
          'The per-row report: GET /imports/{id}/report.csv. With dryRun the job reports exactly what would change and writes nothing.',
        body: importIn,
        response: { 202: importJobOut },
      },
    },
    async (req, reply) => {
      const { uploadId, type, mapping, dryRun, keepUnmapped } = req.body;
      const meta = await uploads.store.get(uploadId, '/uploadId', 'validation_failed');
      const detected = await detect(uploads.store, uploadId, type, mapping, ctx);
      if (detected.missingRequired.length) {
        const errors = detected.missingRequired.map((f) => ({ field: '/mapping', message: `required field "${f}" is not mapped to a column` }));
        throw new QuorumError('validation_failed', `Map a column to ${detected.missingRequired.map((f) => `"${f}"`).join(', ')} before importing ${type}`, errors);
      }
      const now = ctx.clock.now();
      const job = await enqueueImportJob(
        db,
        actorOf(req),
        {
          uploadId,
          filename: meta.filename,
          path: uploads.store.dataPath(uploadId),
          // The job's id is not known before it is queued: the report gets a name of its own.
          reportPath: uploads.store.reportPath(`${uploadId}-${newId('job', now)}`),
          bytes: meta.bytes,
          type,
          mapping,
          dryRun,
          keepUnmapped,
          uploadFiles: uploads.store.files(uploadId),
        },
        now,
      );
      ctx.runner?.notify();
      return reply
        .status(202)
        .header('location', `/api/v1/imports/${job.id}`)
        .send(importJobOutOf(job as ImportJob));
    },
  );

  api.get(
    '/imports',
    {
      config: editor,
      schema: {
        tags,
        summary: 'List import jobs, newest first',
        description: 'Import jobs, newest first, with status, progress and counts. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({ ...pageQuery, status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).optional() }),
        response: { 200: pageOf(importJobOut) },
      },
    },
    async (req) => {
      const page = await listJobs(db, { ...req.query, type: IMPORT_JOB });
      return { data: page.data.filter((j): j is ImportJob => isImportParams(j.params)).map(importJobOutOf), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/imports/:id',
    {
      config: editor,
      schema: { tags, summary: 'An import job with its progress and counts', description: 'One import job: status, bytes read of the file, running counts (inserted, updated, unchanged, rejected), error.', params: jobIdParam, response: { 200: importJobOut } },
    },
    async (req) => importJobOutOf(await importJob(ctx, req.params.id)),
  );

  api.post(
    '/imports/:id/cancel',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Cancel an import (it stops between batches; rows written so far stay)',
        description: 'Asks the import to stop: a queued one is cancelled at once, a running one after its current batch; the rows it wrote stay written and its counts say how many. No body. Refused (409) for a finished import.',
        params: jobIdParam,
        response: { 200: importJobOut },
      },
    },
    async (req) => {
      await importJob(ctx, req.params.id);
      return importJobOutOf((await requestCancel(db, actorOf(req), req.params.id, ctx.clock.now())) as ImportJob);
    },
  );

  api.get(
    '/imports/:id/progress',
    {
      config: editor,
      schema: {
        tags,
        summary: 'Import progress as Server-Sent Events: `progress` events with the job, then `end`',
        description: 'A text/event-stream: a `progress` event with the import job whenever it advances (bytes read, running counts), then `end` when it finishes (at once for a finished job).',
        params: jobIdParam,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => streamJob(req, reply, await importJob(ctx, req.params.id), (id) => importJob(ctx, id), (j) => importJobOutOf(j as ImportJob)),
  );

  api.get(
    '/imports/:id/report.csv',
    {
      config: editor,
      schema: {
        tags,
        summary: 'The per-row problems of an import as CSV',
        description: 'row, column, value, reason: one line per problem, every problem of the run; row is the line of the file the row starts on (the header is line 1). Ready when the job has ended (409 before).',
        params: jobIdParam,
        produces: ['text/csv'],
      },
    },
    async (req, reply) => {
      const job = await importJob(ctx, req.params.id);
      if (!TERMINAL.includes(job.status)) throw QuorumError.field('invalid_state', '/id', `import ${job.id} is ${job.status}; its report is ready when it ends`);
      const path = job.params.reportPath;
      const exists = await access(path).then(
        () => true,
        () => false,
      );
      const name = `${job.params.filename.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'import'}-problems.csv`;
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`);
      // A job that never started (cancelled while queued) or failed before reading has no file: an empty report.
      if (!exists) return reply.send(problemsToCsv([]));
      return reply.send(createReadStream(path));
    },
  );
}
