/**
 * The import vocabulary shared by the pure rules (this folder), the engine's import runner
 * (engine/imports/) and its users (CLI, the HTTP upload endpoint). Plain data only.
 */

export const IMPORT_TYPES = ['accounts', 'people', 'relations', 'activities', 'members'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

/** File column → field of the import type (null = the column is ignored). */
export interface ColumnMapping {
  [column: string]: string | null;
}

/** A field an import type accepts: what a mapping may name. */
export interface FieldInfo {
  /** The field's key, as named in a mapping file (e.g. `email`, `accountExternalId`, `custom.tier`). */
  name: string;
  label: string;
  required: boolean;
  /** What the field holds and how the value is read, in one sentence. */
  description: string;
}

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** One problem with one row: the file's row number (1 = the first data row), the column and value at fault. */
export interface RowProblem {
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
}

export function zeroCounts(): ImportCounts {
  return { inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
}
