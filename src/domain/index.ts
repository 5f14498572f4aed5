/**
 * The public surface of domain's top-level modules (errors, ids, clock, text, users, ...). The
 * modules in subfolders (conditions/, assignment/, scoring/, stages/, templates/, scope/, people/)
 * each have their own index.ts. Other layers import domain only through these index files.
 */
export { ACTIVITY_TYPES, ACTIVITY_TYPE_PATTERN, MAX_BULK_ACTIVITIES, MAX_CUSTOM_ACTIVITY_TYPES, MAX_FUTURE_SKEW_MS, activityTypeLabel } from './activities.ts';
export type { KnownActivityType } from './activities.ts';
export { DAY_MS, systemClock, utcDay } from './clock.ts';
export type { Clock } from './clock.ts';
export { QuorumError, notFound } from './errors.ts';
export type { ErrorCode, ErrorDetail } from './errors.ts';
export { ID_PREFIXES, newId } from './ids.ts';
export type { EntityKind } from './ids.ts';
export { MAX_FREE_JSON_DEPTH, MAX_REQUEST_DEPTH, hasDisallowedChars, inspectJson, jsonDepthExceeds } from './json-limits.ts';
export { closeMatches, copyName } from './names.ts';
export { RELATION_TYPES } from './relations.ts';
export type { RelationType } from './relations.ts';
export { DEFAULT_ROLES, MAX_ROLES, MAX_TEMPLATE_ROLES, WEIGHTING_BANDS } from './roles.ts';
export type { WeightingBand } from './roles.ts';
export { isEmailAddress, normCustom, normNullable, normText } from './text.ts';
export type { CustomAttributes, JsonValue } from './text.ts';
export { DEFAULT_SESSION_POLICY, FailureLimiter, PASSWORD_MIN_LENGTH, USER_ROLES, checkPasswordPolicy, leavesNoActiveAdmin, normaliseEmail, sessionState } from './users.ts';
export type { SessionPolicy, UserRole } from './users.ts';
export { EXPORT_FORMATS, EXPORT_KINDS, GROUP_EXPORT_COLUMNS } from './exports.ts';
export type { ExportFormat, ExportKind, GroupExportColumn } from './exports.ts';
