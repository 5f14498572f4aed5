/**
 * The import engine's one public surface (`quorum import`, the HTTP upload endpoint).
 *
 *   detectImport(db, source, type, mapping?)  → DetectedImport  (reads the first rows only)
 *   runImport(db, source, opts)               → ImportResult
 *   problemsToCsv(problems)                   → CSV text (row,column,value,reason)
 *
 * `db` is the Kysely handle every engine function takes (`ctx.database.db` in the API); the
 * clock and the actor come in `opts` (`ctx.clock`, `actorOf(req)`). A run streams the file,
 * validates each row with the pure rules of domain/imports/, and writes in batches of
 * `batchSize` rows, one transaction each, announcing the batch's changes once so that buying
 * groups are maintained per batch. Problems: the first MAX_PROBLEMS_KEPT are returned; pass
 * `problemsPath` to get all of them as a CSV file.
 */
export { MAX_PROBLEMS_KEPT } from './types.ts';
export type { ColumnMapping, DetectedImport, FieldInfo, ImportCounts, ImportEncoding, ImportOptions, ImportProgress, ImportResult, ImportSource, ImportType, RowProblem } from './types.ts';
export { IMPORT_TYPES } from '../../domain/imports/index.ts';
export { detectImport, runImport } from './run.ts';
export { problemsToCsv } from './report.ts';
