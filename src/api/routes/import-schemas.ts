/**
 * Response schemas of imports (routes/imports.ts): the detected file and mapping, and an import
 * job. Apart from the routes so that the job routes (routes/jobs.ts), which answer for every job
 * type, can serialise an import job without importing the import routes.
 */
import { z } from 'zod';
import { jobRunOf, jobRunShape } from '../schemas.ts';
import { IMPORT_TYPES, type DetectedImport, type ImportJobCounts, type ImportJobParams, type Job } from '../../engine/index.ts';

export const importType = z.enum(IMPORT_TYPES).describe('What the file holds: accounts, people, relations, activities or members (the third-party buying group import)');

export const columnMapping = z
  .record(z.string().max(500), z.string().max(200).nullable())
  .describe('File column → field of the import type (null: ignore the column). Columns not named keep the recognised mapping')
  .meta({ id: 'ImportMapping' });

export const detectedOut = z
  .object({
    format: z.enum(['csv', 'jsonl']),
    delimiter: z.string().nullable().describe('CSV: the detected separator (",", ";", tab or "|")'),
    encoding: z.string().describe('utf-8 or windows-1252'),
    columns: z.array(z.string()).describe("The file's columns in file order"),
    mapping: columnMapping,
    unmapped: z.array(z.string()).describe('Columns mapped to nothing (kept as custom attributes with keepUnmapped, where the type has them)'),
    fields: z.array(z.object({ name: z.string(), label: z.string(), required: z.boolean(), description: z.string() })).describe('Every field of this import type'),
    missingRequired: z.array(z.string()).describe('Required fields no column maps to: the import is refused until they are mapped'),
    sample: z.array(z.record(z.string(), z.string())).describe('The first data rows, as text, keyed by column'),
  })
  .meta({ id: 'DetectedImport' });

export function detectedOutOf(d: DetectedImport): z.infer<typeof detectedOut> {
  return {
    format: d.format,
    delimiter: d.delimiter ?? null,
    encoding: d.encoding,
    columns: d.columns,
    mapping: d.mapping,
    unmapped: d.unmapped,
    fields: d.fields.map((f) => ({ name: f.name, label: f.label, required: f.required, description: f.description })),
    missingRequired: d.missingRequired,
    sample: d.sample,
  };
}

export const importJobOut = z
  .object({
    id: z.string(),
    type: z.literal('import'),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    importType,
    uploadId: z.string(),
    filename: z.string(),
    mapping: columnMapping.nullable().describe('The explicit mapping the import was started with (null: the recognised one)'),
    dryRun: z.boolean().describe('A dry run classifies every row as a real run would and writes nothing'),
    keepUnmapped: z.boolean(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).describe('Bytes of the file read, of its size'),
    counts: z
      .object({
        inserted: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
        rejected: z.number().int(),
        rowsRead: z.number().int(),
        problemsTotal: z.number().int().describe('Problems found (rows rejected, values dropped); all of them are in the report'),
      })
      .describe('Running counts while the job runs; the result when it ends. A cancelled import keeps the rows written before it stopped: these counts'),
    durationMs: z.number().nullable(),
    reportUrl: z.string().describe('The per-row problems as CSV (row, column, value, reason), once the job has ended'),
    ...jobRunShape,
  })
  .meta({ id: 'ImportJob' });

export function importJobOutOf(j: Job & { params: ImportJobParams }): z.infer<typeof importJobOut> {
  const p = j.params;
  const c: Partial<ImportJobCounts> = j.counts.import ?? {};
  return {
    id: j.id,
    type: 'import',
    status: j.status,
    importType: importType.parse(p.type),
    uploadId: p.uploadId,
    filename: p.filename,
    mapping: p.mapping ?? null,
    dryRun: p.dryRun,
    keepUnmapped: p.keepUnmapped,
    progress: j.progress,
    counts: { inserted: c.inserted ?? 0, updated: c.updated ?? 0, unchanged: c.unchanged ?? 0, rejected: c.rejected ?? 0, rowsRead: c.rowsRead ?? 0, problemsTotal: c.problemsTotal ?? 0 },
    durationMs: c.durationMs ?? null,
    reportUrl: `/api/v1/imports/${j.id}/report.csv`,
    ...jobRunOf(j),
  };
}
