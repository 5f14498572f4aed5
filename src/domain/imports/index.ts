/** The import module's public surface (docs/architecture.md): pure rules of `quorum import`. */
export { IMPORT_TYPES, zeroCounts } from './types.ts';
export type { ColumnMapping, FieldInfo, ImportCounts, ImportType, RowProblem } from './types.ts';
export { CUSTOM_TYPES, IMPORT_FIELDS, ONE_OF, fieldInfos, headerKey } from './fields.ts';
export type { FieldDef } from './fields.ts';
export { customKeyOf, isCustomField, resolveMapping } from './mapping.ts';
export type { ResolvedMapping } from './mapping.ts';
export { ROW_READERS, domainOf, parseTime, readAccountRow, readActivityRow, readMemberRow, readPersonRow, readRelationRow } from './rows.ts';
export type { AccountImportRow, AccountRef, ActivityImportRow, ImportRow, MemberImportRow, PersonImportRow, RawRow, RelationImportRow, RowContext, RowOutcome } from './rows.ts';
