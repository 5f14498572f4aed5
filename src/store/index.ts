/**
 * The store's public surface: what the engine, the API and the CLI use (docs/architecture.md,
 * "Layers and direction of dependencies"). Other layers import the store only through this file;
 * modules inside the store import each other directly (never this file, so it makes no cycle).
 */
export { MAX_MEMBERS_PER_CALL, MAX_PREVIEW_SAMPLES, addAccountListMembers, createAccountList, deleteAccountList, getAccountList, listAccountListMembers, listAccountLists, previewAccountCondition, removeAccountListMembers, updateAccountList, withCurrentMemberCounts } from './account-lists.ts';
export type { AccountList, ListMember } from './account-lists.ts';
export { MAX_FACET_VALUES, accountAncestors, accountCoverage, accountFacets, listAccountPeople, listHierarchyLevel, listNonMembers, listPersonAccounts } from './account-views.ts';
export { accountColumns, createAccount, deleteAccount, getAccount, listAccounts, updateAccount } from './accounts.ts';
export type { Account, AccountFields } from './accounts.ts';
export { deleteActivity, getActivity, ingestActivities, listActivities } from './activities.ts';
export type { Activity, ActivityInput } from './activities.ts';
export { createActivityType, deleteActivityType, getActivityType, listActivityTypes, updateActivityType } from './activity-types.ts';
export type { ActivityType } from './activity-types.ts';
export { SYSTEM_ACTOR, audit, lastActors } from './audit.ts';
export type { Actor } from './audit.ts';
export { bulkInsert, marks, rawQuery } from './bulk.ts';
export type { BulkValue } from './bulk.ts';
export { buyingGroupStats, countBuyingGroups } from './buying-group-stats.ts';
export { buyingGroupFilters, buyingGroupPages, getBuyingGroup, listBuyingGroupEvents, listBuyingGroupMembers, listBuyingGroups, listPersonBuyingGroups, listStageHistory } from './buying-groups.ts';
export type { BuyingGroup, BuyingGroupMember, BuyingGroupQuery } from './buying-groups.ts';
export { accountsById, currentMembersOf, exportLookups, roleConditionKey } from './group-exports.ts';
export type { ExportAccount, ExportLookups, ExportMember } from './group-exports.ts';
export { hasChangeListener, setChangeListener } from './changes.ts';
export type { StoreChange } from './changes.ts';
export { checkVersion, holdConfiguration, lockConfiguration } from './concurrency.ts';
export type { ExpectedVersion } from './concurrency.ts';
export { SAMPLE_ROWS, customFieldsInData } from './condition-fields.ts';
export { compileAccountCondition, compilePersonCondition } from './conditions-sql.ts';
export { dbEngine, dialectFor, dialectOf } from './dialect.ts';
export type { Dialect, RowLockStrength, ScratchColumnType } from './dialect.ts';
export { DEFAULT_DATABASE_URL, openDatabase, parseJson, ping, toJson } from './db.ts';
export type { Database, Engine } from './db.ts';
export { descendantScope, factsNeeds, loadPersonFacts } from './facts.ts';
export { followAudience, listFollowedAudiences, scopeConflict, scopeDecisionFor, storedScope, unfollowAudience } from './followed-audiences.ts';
export type { FollowedAudience } from './followed-audiences.ts';
export { indexAccounts, indexPeople, insertActivities, linkParents, resolveAccountRef, resolvePersonRef, upsertAccounts, upsertPeople, upsertRelations } from './imports.ts';
export type { AccountBatchOutcome, AccountIndex, BatchOptions, BatchOutcome, BatchRow, PersonIndex, RowOutcomeKind } from './imports.ts';
export { migrate } from './migrate.ts';
export { afterCursor, decodeCursor, encodeCursor, toPage } from './pagination.ts';
export type { Page, PageRequest } from './pagination.ts';
export { verifyPassword } from './passwords.ts';
export { createPerson, deletePerson, deletePersonIn, getPerson, listPeople, personColumns, updatePerson } from './people.ts';
export type { Person, PersonFields } from './people.ts';
export { REDERIVE_BATCH, rederivePeople } from './people-rederive.ts';
export type { RederiveProgress } from './people-rederive.ts';
export { createPersona, deletePersona, getPersona, listPersonas, updatePersona } from './personas.ts';
export type { Persona } from './personas.ts';
export { buyingGroupLeaves, findReferrers, loadPersonaConditions, personasFor } from './references.ts';
export { createRelation, deleteRelation, getRelation, isActive, listRelations, updateRelation } from './relations.ts';
export type { Relation, RelationFields } from './relations.ts';
export { createRolesTemplate, deleteRolesTemplate, duplicateRolesTemplate, getRolesTemplate, listRolesTemplates, publishRolesTemplate, resolveRoleDefinitions, updateRolesTemplate } from './roles-templates.ts';
export type { RolesTemplate, TemplateRole } from './roles-templates.ts';
export { createRole, deleteRole, getRole, listRoles, updateRole } from './roles.ts';
export type { Role } from './roles.ts';
export type { DB, JobsTable, SuggestionState } from './schema.ts';
export { SIGN_IN_LINK_PATH, checkCredentials, consumeSignInLink, createSignInLink, csrfMatches, deleteSession, resolveSession, signIn, signInUrl } from './sessions.ts';
export type { LinkPurpose, NewSession } from './sessions.ts';
export { accountPeople, decideSuggestion, getSuggestionModel, groupPeoplePage, listSuggestionModels, listSuggestions, pendingSuggestion, replacePendingSuggestions, saveSuggestionModel } from './suggestions.ts';
export type { AccountOfPeople, GroupOfPeople, MemberSuggestion, StoredGroupPerson, NewSuggestion, StoredSuggestionModel, SuggestionQuery } from './suggestions.ts';
export { createSolutionInterest, deleteSolutionInterest, getSolutionInterest, listSolutionInterests, updateSolutionInterest } from './solution-interests.ts';
export type { SolutionInterest } from './solution-interests.ts';
export {
  createJourney,
  deleteJourney,
  dueEnrollments,
  duplicateJourney,
  endJourney,
  enqueueEffects,
  finishDueJourneys,
  getEnrollment,
  getJourney,
  insertEnrollment,
  journeyProblems,
  listEffects,
  listEnrollments,
  listJourneys,
  publishJourney,
  saveEnrollment,
  updateJourney,
} from './journeys.ts';
export type { Journey, JourneyFields, JourneyQuery, StoredEnrollment } from './journeys.ts';
export {
  accountMoves,
  admitEnrollments,
  claimCursor,
  claimDueEnrollments,
  claimEffect,
  claimEffects,
  claimEnrollment,
  endEnrollment,
  enteringJourneys,
  entryHistories,
  enrolledAccounts,
  finishEffect,
  getEffect,
  journeyCounters,
  journeyFactsNeeds,
  listeningEnrollments,
  lockPendingEffect,
  lockPendingEffects,
  finishEffects,
  groupIdsOf,
  listMembersAmong,
  nodeAccounts,
  outboxAccounts,
  outboxHead,
  postponeEnrollment,
  readCursor,
  releaseEffectLeases,
  renewEffectLease,
  retryEffectAt,
  saveCursor,
  saveEffectProgress,
  wakeEnrollments,
} from './journey-runtime.ts';
export { activationAccountGroups, activationAccountIds, addActivationAccount } from './activation-accounts.ts';
export { activitiesAfter, activitiesHead, activityListeners } from './journey-activities.ts';
export type { NewActivity } from './journey-activities.ts';
export type { EffectStatus, EntryHistory, JourneyFactsNeeds, NodeAccount, NodeAccountsFilter, NodeCounters, StoredEffect } from './journey-runtime.ts';
export { effectResultsOf, getEnrollments, insertEnteredSteps, loadAccountsEvents, loadAccountsFacts, saveSteps } from './journey-batch.ts';
export type { AccountsFacts, StepWrite } from './journey-batch.ts';
export { accountJourneys, journeyEntryCounts, nodeAccountsPage } from './journey-views.ts';
export type { AccountJourneyEntry, JourneyEntryCounts } from './journey-views.ts';
export { createStageModel, deleteStageModel, duplicateStageModel, getStageModel, listStageModels, publishStageModel, updateStageModel, validateStoredStageModel } from './stage-models.ts';
export type { StageModel } from './stage-models.ts';
export { USER_ROLES, authenticate, createToken, listTokens, revokeToken } from './tokens.ts';
export type { AuthUser, TokenInfo, UserRole } from './tokens.ts';
export { createUser, ensureSignInAdmin, findUserByEmail, getUser, listUsers, updateUser } from './users.ts';
export type { User } from './users.ts';
export { BAND_NAME_PATTERN, DAILY_CAP_MAX, K_MAX, MAX_BANDS, MAX_WEIGHTED_TYPES, WINDOW_DAYS_MAX, activateWeightingModel, activeWeightingModel, createWeightingModel, deleteWeightingModel, getWeightingModel, listWeightingModels, updateWeightingModel } from './weighting-models.ts';
export type { EffectiveWeightingModel, StoredWeightingModel } from './weighting-models.ts';
export { DEV_SECRET_KEY, SecretBox, SecretKeyError, parseSecretKey, secretBoxFromEnv } from './secrets.ts';
export { claimDelivery, countWebhooks, createWebhook, deleteWebhook, forEachFanOutTarget, getDelivery, getWebhook, listDeliveries, listWebhooks, queueDeliveries, readOutbox, recordAttempt, replayDeliveries, rotateWebhookSecret, signingSecrets, updateWebhook } from './webhooks.ts';
export type { AttemptRecord, DeliveryNext, DeliveryQuery, DeliveryStatus, FanOutTarget, NewDelivery, OutboxEvent, ReplayRange, Webhook, WebhookAttempt, WebhookDelivery, WebhookFields } from './webhooks.ts';
export {
  claimActivation,
  connectDestination,
  createActivation,
  createDestination,
  deleteActivation,
  deleteDestination,
  destinationCredentials,
  dueActivations,
  finishSync,
  getActivation,
  getDestination,
  getSync,
  listActivations,
  listDestinations,
  listSyncs,
  recordSynced,
  releaseActivation,
  setDestinationState,
  setSegment,
  setSegmentStatus,
  startSync,
  syncedMembers,
  updateActivation,
  updateDestination,
} from './destinations.ts';
export type { Activation, ActivationFields, ActivationFilter, ActivationSync, Credentials, Destination, DestinationState, ListName, SyncCounts, SyncStatus, SyncTrigger } from './destinations.ts';
export { PROVIDERS, RESULT_OUTCOMES, addRunResults, createRun, emptyRunCounts, existingEmails, getProviderConfig, getRun, insertAcquiredPerson, listRunResults, monthUsage, providerCredentials, reserveCredits, saveProviderConfig, settleCredits, updateRun } from './enrichment.ts';
export type { EnrichmentRun, ProviderConfig, ProviderCredentials, ProviderName, ProviderSettings, Provenance, ResultOutcome, RunCounts, RunResult } from './enrichment.ts';
