/**
 * Jobs as records: their types, parameters, counts and constants, reading one, queueing one, and
 * the depth rules follow. Shared by creation jobs (jobs.ts) and template upgrades
 * (template-upgrade.ts); jobs.ts re-exports it, and dispatches to template-upgrade.ts, so this
 * file keeps the two from importing each other.
 */
import type { Kysely, Selectable } from 'kysely';
import { type DB, type JobsTable, parseJson, toJson, audit, type Actor, storedScope } from '../store/index.ts';
import { newId, notFound } from '../domain/index.ts';
import type { LinkedInSettings } from './linkedin/sync.ts';
import { emptyCounts, type GenerationCounts, type GenerationOptions } from './generation/index.ts';

export const CREATION_JOB = 'buying_group_creation';
/** Re-evaluates every group of a solution interest with its new roles template (engine/template-upgrade.ts). */
export const TEMPLATE_UPGRADE_JOB = 'template_upgrade';
/** Runs an import of an uploaded file (engine/import-job.ts over engine/imports). */
export const IMPORT_JOB = 'import';
/** Trains a solution interest's suggestion model and/or proposes members (engine/suggestions.ts). */
export const SUGGESTIONS_JOB = 'suggestions';
/** Syncs one activation to LinkedIn (engine/linkedin/sync-job.ts over engine/linkedin/sync.ts). */
export const ACTIVATION_SYNC_JOB = 'activation_sync';
/** Fill-gaps runs (engine/fill-gaps.ts). */
export const FILL_GAPS_JOB = 'fill_gaps';
export const JOB_TYPES = [CREATION_JOB, TEMPLATE_UPGRADE_JOB, IMPORT_JOB, SUGGESTIONS_JOB, ACTIVATION_SYNC_JOB, FILL_GAPS_JOB] as const;
export type JobType = (typeof JOB_TYPES)[number];
export const MAX_DESCENDANT_DEPTH = 10;
/**
 * Accounts per batch (one transaction each) unless configured. New groups are generated
 * set-based, so a batch's cost is a few statements plus the work proper. Bigger batches read
 * their people in fewer, denser passes (people rows probed in key order: at a million people,
 * 2,000 accounts per batch take 11 s in all, 5,000 take 9 s, 10,000 take 8.7 s on the benchmark
 * machine) at the price of a longer write transaction (on SQLite other writers wait for it: about
 * a second for 5,000 accounts there).
 */
export const DEFAULT_BATCH_SIZE = 5000;
/** A job is retried this many times after crashes before it is marked failed. */
export const MAX_ATTEMPTS = 3;

export type JobStatus = JobsTable['status'];
export const TERMINAL: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export interface CreationJobOptions extends GenerationOptions {
  /**
   * Change the solution interest's stored scope (descendant depth) to this job's depth: the job
   * then reconciles every active group of the solution interest, not only its audience's.
   */
  updateScope?: boolean;
  /**
   * After the rules, propose pending suggestions (the solution interest's trained model) for the
   * roles of the job's groups that have no active member (engine/suggest-empty-roles.ts).
   */
  suggestWhereRulesFindNone?: boolean;
  /**
   * How members come: 'rules' (the template's conditions; the default) or 'suggestions' — groups
   * only where the trained model proposes someone, holding its pending suggestions and no rule
   * member (engine/suggestion-generation.ts). A suggestions job does not follow its audience.
   */
  method?: CreationMethod;
  /** The probability a suggestion needs (suggestWhereRulesFindNone and method 'suggestions'); default DEFAULT_THRESHOLD. */
  suggestionThreshold?: number;
}

export const CREATION_METHODS = ['rules', 'suggestions'] as const;
export type CreationMethod = (typeof CREATION_METHODS)[number];

/** What a creation job with method 'suggestions' did. */
export interface SuggestionGenerationCounts {
  /** Accounts where the model proposed at least one person. */
  accountsWithSuggestions: number;
  /** Accounts where it proposed no one (no group is created for them). */
  accountsWithoutSuggestions: number;
  /** Accounts whose group is inactive (left as they are). */
  inactiveGroups: number;
  /** Pending suggestions stored (in new and existing groups). */
  proposed: number;
}

/** What `suggestWhereRulesFindNone` did: groups with an empty role, those roles, suggestions stored; a warning when there was no model. */
export interface EmptyRoleSuggestionCounts {
  groups: number;
  rolesWithoutMembers: number;
  proposed: number;
  warning: string | null;
}

export interface CreationJobParams {
  solutionInterestId: string;
  audienceId: string;
  options: CreationJobOptions;
}

/** What a caller asks for: the depth may be omitted (= the solution interest's stored scope, else 0). */
export interface CreationJobRequest {
  solutionInterestId: string;
  audienceId: string;
  options?:
    | { descendantDepth?: number | undefined; updateScope?: boolean | undefined; suggestWhereRulesFindNone?: boolean | undefined; method?: CreationMethod | undefined; suggestionThreshold?: number | undefined }
    | undefined;
}

export interface TemplateUpgradeParams {
  solutionInterestId: string;
  fromTemplateId: string;
  toTemplateId: string;
  /** The descendant depth the solution interest's creation jobs follow (rules look as deep). */
  options: GenerationOptions;
}

/** An import job: the uploaded file and how to read it (engine/import-job.ts runs it). */
export interface ImportJobParams {
  kind: 'import';
  uploadId: string;
  /** The file's name as uploaded (for people; the data is read from `path`). */
  filename: string;
  /** The stored upload, an absolute path on the server's disk. */
  path: string;
  /** Where the per-row problems CSV is written when the run ends. */
  reportPath: string;
  type: string;
  mapping?: Record<string, string | null> | undefined;
  dryRun: boolean;
  keepUnmapped: boolean;
  /** Who asked (audit entries of the rows written). */
  actor: Actor;
  /**
   * The upload's files (data and metadata, absolute paths), removed when a run that writes ends
   * (succeeded, failed or cancelled), unless another queued or running import job reads the same
   * upload. A dry run keeps them: the real run usually follows. Jobs queued before this field
   * existed have none and remove nothing (the uploads sweep takes them).
   */
  uploadFiles?: string[] | undefined;
}

/** A suggestions job: train the model, propose members with it, or both (engine/suggestions.ts). */
export interface SuggestionsJobParams {
  kind: 'suggestions';
  solutionInterestId: string;
  train: boolean;
  run: boolean;
  /** Training options (domain/suggestions TrainingOptions, partial). */
  training: Record<string, number | boolean>;
  /** Suggestions below this probability are not proposed (default: the model's DEFAULT_THRESHOLD). */
  threshold?: number | undefined;
  actor: Actor;
}

/** What a suggestions job counts. */
export interface SuggestionsJobCounts {
  groupsRead: number;
  peopleRead: number;
  examples: number;
  groupsTrained: number;
  suggestionsProposed: number;
  trainMs: number | null;
}

/** An activation sync job: one run of engine/linkedin/sync.ts (on demand or by the scheduler). */
export interface ActivationSyncJobParams {
  kind: 'activationSync';
  activationId: string;
  trigger: 'manual' | 'schedule' | 'journey';
  actor: Actor;
}

/** What an activation sync job keeps in its counts: the history row it writes, once started. */
export interface ActivationSyncJobCounts {
  syncId: string | null;
}

export type JobParams = CreationJobParams | TemplateUpgradeParams | ImportJobParams | SuggestionsJobParams | ActivationSyncJobParams;

export function isActivationSyncParams(p: JobParams): p is ActivationSyncJobParams {
  return 'kind' in p && p.kind === 'activationSync';
}

export function isSuggestionsParams(p: JobParams): p is SuggestionsJobParams {
  return 'kind' in p && p.kind === 'suggestions';
}

export function isUpgradeParams(p: JobParams): p is TemplateUpgradeParams {
  return 'toTemplateId' in p;
}

export function isImportParams(p: JobParams): p is ImportJobParams {
  return 'kind' in p && p.kind === 'import';
}

/** What an import job keeps in its counts while it runs and when it ends. */
export interface ImportJobCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rowsRead: number;
  bytesRead: number;
  bytesTotal: number;
  /** Problems found; the report file (the engine's problemsPath) holds every one. */
  problemsTotal: number;
  durationMs: number | null;
}

export interface JobCounts extends GenerationCounts {
  /** Last account id whose batch committed (resume point). */
  cursor: string | null;
  /** Template upgrades: groups moved to the new template. */
  groupsUpgraded?: number;
  /** Import jobs: rows read and the running counts. */
  import?: ImportJobCounts;
  /** Suggestions jobs. */
  suggestions?: SuggestionsJobCounts;
  /** Activation sync jobs. */
  activationSync?: ActivationSyncJobCounts;
  /** Creation jobs with suggestWhereRulesFindNone, once the rules are done. */
  emptyRoleSuggestions?: EmptyRoleSuggestionCounts;
  /** Creation jobs with method 'suggestions'. */
  suggestionGeneration?: SuggestionGenerationCounts;
}

export interface Job {
  id: string;
  type: string;
  status: JobStatus;
  params: JobParams;
  progress: { done: number; total: number };
  counts: JobCounts;
  error: string | null;
  attempts: number;
  cancelRequested: boolean;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

type Row = Selectable<JobsTable>;

export function jobFromRow(r: Row): Job {
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    params: parseJson<JobParams>(r.params),
    progress: { done: r.progress_done, total: r.progress_total },
    counts: { ...emptyCounts(), cursor: null, ...parseJson<Partial<JobCounts>>(r.counts) },
    error: r.error,
    attempts: r.attempts,
    cancelRequested: r.cancel_requested === 1,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export async function getJob(db: Kysely<DB>, id: string): Promise<Job> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('job', id);
  return jobFromRow(row);
}

/** Inserts a queued job of any type (audited), in the caller's transaction. */
export async function insertQueuedJob(
  trx: Kysely<DB>,
  actor: Actor,
  job: { type: string; params: JobParams; total: number; counts: Record<string, unknown> },
  now: number,
): Promise<Job> {
  const id = newId('job', now);
  await trx
    .insertInto('jobs')
    .values({
      id,
      type: job.type,
      status: 'queued',
      params: toJson(job.params),
      progress_done: 0,
      progress_total: job.total,
      counts: toJson(job.counts),
      error: null,
      locked_by: null,
      heartbeat_at: null,
      created_at: now,
      started_at: null,
      finished_at: null,
    })
    .execute();
  const created = await getJob(trx, id);
  await audit(trx, actor, { action: 'create', entityType: 'job', entityId: id, after: created, at: now });
  return created;
}

export interface RunOptions {
  batchSize?: number;
  /** Activation sync jobs: the LinkedIn settings (without them such a job fails with a message). */
  linkedin?: LinkedInSettings | undefined;
  /** Import jobs: rows per transaction (default: the import engine's own). */
  importBatchSize?: number | undefined;
  now: () => number;
  /** Called after each committed batch; awaited, so a slow listener slows the job down. */
  onProgress?: (job: Job) => void | Promise<void>;
}

/**
 * The descendant depth rules use for a solution interest's groups: its stored scope (the one fact
 * generation, maintenance, explain and preview read); 0 when it has none yet.
 */
export async function followedDepth(db: Kysely<DB>, solutionInterestId: string): Promise<number> {
  return (await storedScope(db, solutionInterestId)) ?? 0;
}
