/**
 * What can be exported and how (issue 9): kinds, formats and the Browse columns of the groups
 * export. Plain data, shared by the engine (engine/exports.ts), the API and the CLI's flags.
 */
export const EXPORT_KINDS = ['groups', 'members', 'gaps'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Browse's columns (their ids in the web app), in Browse's order. */
export const GROUP_EXPORT_COLUMNS = ['name', 'account', 'solutionInterest', 'template', 'status', 'stage', 'completeness', 'engagement', 'members', 'missingRoles', 'updatedAt'] as const;
export type GroupExportColumn = (typeof GROUP_EXPORT_COLUMNS)[number];
