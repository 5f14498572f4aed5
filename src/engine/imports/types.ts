/**
 * The import runner's contract (engine/imports/index.ts re-exports it): what the CLI and the
 * HTTP upload endpoint pass in and get back.
 */
import type { Actor } from '../../store/index.ts';
import type { Clock } from '../../domain/index.ts';
import type { ColumnMapping, FieldInfo, ImportCounts, ImportType, RowProblem } from '../../domain/imports/index.ts';

export type { ColumnMapping, FieldInfo, ImportCounts, ImportType, RowProblem };

export type ImportEncoding = 'utf-8' | 'windows-1252' | 'auto';

/** A file on disk (an upload is written to a temporary file first). */
export interface ImportSource {
  path: string;
  /** 'auto' (default): UTF-8 unless the first chunk is not valid UTF-8, then Windows-1252 (a superset of Latin-1). */
  encoding?: ImportEncoding;
}

/** What a file looks like and how its columns will be read: shown before anything is written. */
export interface DetectedImport {
  format: 'csv' | 'jsonl';
  /** CSV only: `,`, `;`, tab or `|`. */
  delimiter?: string;
  /** 'utf-8' or 'windows-1252'. */
  encoding: string;
  /** The file's columns in file order (CSV header; JSON Lines: keys of the first rows). */
  columns: string[];
  /** The mapping that will be used: recognised headers, overridden by an explicit mapping. */
  mapping: ColumnMapping;
  /** Columns mapped to nothing (kept as custom attributes with keepUnmapped, where the type has them). */
  unmapped: string[];
  /** Every field of this import type, required or not. */
  fields: FieldInfo[];
  /** Required fields no column maps to (runImport refuses to start while this is not empty). */
  missingRequired: string[];
  /** Problems with the explicit mapping (unknown fields, columns the file lacks); runImport refuses to start while not empty. */
  mappingErrors: string[];
  /** The first few data rows, as text, keyed by column. */
  sample: Record<string, string>[];
}

export interface ImportProgress {
  rowsRead: number;
  bytesRead: number;
  bytesTotal: number;
  counts: ImportCounts;
}

export interface ImportOptions {
  type: ImportType;
  /** Explicit column → field choices; they win over recognised headers (other columns are still recognised). */
  mapping?: ColumnMapping;
  /** Classify every row exactly as a real run would, write nothing. */
  dryRun?: boolean;
  /** Keep unmapped columns as custom attributes (accounts, people). */
  keepUnmapped?: boolean;
  signal?: AbortSignal;
  /** Called after every batch (and once at the end). */
  onProgress?: (p: ImportProgress) => void;
  /** Who imports (audit entries); default the system actor. */
  actor?: Actor;
  /** Default the system clock. */
  clock?: Clock;
  /** Rows per transaction (default 10,000). */
  batchSize?: number;
  /**
   * Every problem goes to this file as CSV (row,column,value,reason), uncapped; `problems` in the
   * result stays capped at {@link MAX_PROBLEMS_KEPT}.
   */
  problemsPath?: string;
}

export interface ImportResult {
  counts: ImportCounts;
  /** The first MAX_PROBLEMS_KEPT problems, in row order. */
  problems: RowProblem[];
  /** How many problems there were in all (problems.length when not capped). */
  problemsTotal: number;
  dryRun: boolean;
  durationMs: number;
  detected: DetectedImport;
}

/** Problems kept in memory (and returned) per run; all of them go to `problemsPath` when given. */
export const MAX_PROBLEMS_KEPT = 10_000;
