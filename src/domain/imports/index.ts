/** The import module's public surface (docs/architecture.md): pure rules of `quorum import`. */
export { IMPORT_TYPES, zeroCounts } from './types.ts';
export type { ColumnMapping, FieldInfo, ImportCounts, ImportType, RowProblem } from './types.ts';
