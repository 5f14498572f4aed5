/**
 * The engine's public surface: what the API and the CLI use (docs/architecture.md, "Layers and
 * direction of dependencies"). Other layers import the engine only through this file; modules
 * inside the engine import each other directly (never this file, so it makes no cycle).
 */
export { MAX_BULK_IDS, bulkUpdateGroups } from './bulk-groups.ts';
export type { BulkGroupTarget } from './bulk-groups.ts';
export { recomputeEngagement } from './engagement.ts';
export type { RecomputeCounts } from './engagement.ts';
export { explainMember } from './explain.ts';
export type { MemberExplanation } from './explain.ts';
export { CREATION_JOB, CREATION_METHODS, DEFAULT_BATCH_SIZE, IMPORT_JOB, JOB_TYPES, MAX_DESCENDANT_DEPTH, TEMPLATE_UPGRADE_JOB, TERMINAL, claimNextJob, enqueueCreationJob, getJob, isActivationSyncParams, ACTIVATION_SYNC_JOB, isImportParams, isSuggestionsParams, SUGGESTIONS_JOB, isUpgradeParams, listJobs, requestCancel, runCreationJob } from './jobs.ts';
export type { ActivationSyncJobParams, CreationJobRequest, ImportJobCounts, ImportJobParams, Job, SuggestionsJobCounts, SuggestionsJobParams } from './jobs.ts';
export { enqueueImportJob, getImportJob, runImportJob } from './import-job.ts';
export { uploadsInUse } from './import-uploads.ts';
export { runJob } from './run-job.ts';
export { IMPORT_TYPES, MAX_PROBLEMS_KEPT, detectImport, problemsToCsv, runImport } from './imports/index.ts';
export type { ColumnMapping, DetectedImport, FieldInfo, ImportCounts, ImportEncoding, ImportOptions, ImportProgress, ImportResult, ImportSource, ImportType, RowProblem } from './imports/index.ts';
export { installMaintenance } from './maintenance.ts';
export { MAX_MEMBER_ACTIONS, applyMemberActions, deletePersonAndMemberships } from './members.ts';
export { DIFF_ITEMS_LISTED, MAX_PREVIEW_ACCOUNT_IDS, SAMPLES_PER_ROLE, previewTemplate } from './preview.ts';
export type { Preview } from './preview.ts';
export { JobRunner } from './runner.ts';
export { GROUPS_PER_PAGE, confirmSuggestions, dismissSuggestions, enqueueSuggestionsJob, getSuggestionsJob, induceTemplateFor, proposeSuggestions, trainSuggestionModel } from './suggestions.ts';
export type { InducedTemplate, SuggestionRef, SuggestionsJobRequest } from './suggestions.ts';
export { DEFAULT_RECOMPUTE_INTERVAL_MS, MAX_RECOMPUTE_INTERVAL_MS, startScoreScheduler } from './scheduler.ts';
export { moveStage, setStatusLabel } from './stages.ts';
export { JourneyWorker, journeyLoopSettings, journeysEnabled, smtpConfig, smtpMailer, startJourneyLoop, stepEnrollment, type FactsLoader, type JourneyLoop, type Mailer, type StepResult, type TickCounts } from './journeys/index.ts';
export { enqueueTemplateUpgrade } from './template-upgrade.ts';
export { GAP_EXPORT_FIELDS, MEMBER_EXPORT_FIELDS, exportStats, openExport } from './exports.ts';
export type { ExportRequest, ExportStream } from './exports.ts';
export { WebhookDispatcher } from './webhooks/index.ts';
export type { DispatcherOptions, RoundCounts } from './webhooks/index.ts';
export { activationTemplateCsv, syncActivation, wantedLists } from './linkedin/sync.ts';
export type { LinkedInSettings, SyncHooks, WantedLists } from './linkedin/sync.ts';
export { ActivationScheduler } from './linkedin/scheduler.ts';
export { enqueueActivationSync, getActivationSyncJob, runActivationSyncJob } from './linkedin/sync-job.ts';
export type { EnqueuedSync } from './linkedin/sync-job.ts';
export type { ActivationSchedulerOptions } from './linkedin/scheduler.ts';
export { FILL_GAPS_JOB, MAX_SEARCHES, enqueueFillGaps, isFillGapsParams, planFillGaps, previewFillGaps, providerFor, runFillGapsJob } from './fill-gaps.ts';
export type { CreditEstimate, FillGapsJobParams, FillGapsPlan, FillGapsPreview, FillGapsRequest, FillGapsRunOptions, PlannedSearch, RoleTranslation } from './fill-gaps.ts';
