/** Orchestration of one import: detect, stream, validate, write in batches. */
import type { Kysely } from 'kysely';
import type { DB } from '../../store/index.ts';
import type { ColumnMapping, DetectedImport, ImportOptions, ImportResult, ImportSource, ImportType } from './types.ts';

export async function detectImport(_db: Kysely<DB>, _source: ImportSource, _type: ImportType, _mapping?: ColumnMapping): Promise<DetectedImport> {
  throw new Error('detectImport: in progress');
}

export async function runImport(_db: Kysely<DB>, _source: ImportSource, _opts: ImportOptions): Promise<ImportResult> {
  throw new Error('runImport: in progress');
}
