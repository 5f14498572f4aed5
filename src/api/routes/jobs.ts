import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { QuorumError } from '../../domain/index.ts';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, jobRunOf, jobRunShape, pageOf, pageQuery } from '../schemas.ts';
import {
  CREATION_JOB,
  CREATION_METHODS,
  enqueueCreationJob,
  getJob,
  isActivationSyncParams,
  isImportParams,
  isSuggestionsParams,
  isFillGapsParams,
  isUpgradeParams,
  JOB_TYPES,
  listJobs,
  MAX_DESCENDANT_DEPTH,
  requestCancel,
  TEMPLATE_UPGRADE_JOB,
  type ImportJobParams,
  type Job,
} from '../../engine/index.ts';
import { importJobOut, importJobOutOf } from './import-schemas.ts';
import { streamJob } from './job-stream.ts';

export const jobOut = z
  .object({
    id: z.string(),
    type: z.enum(JOB_TYPES.filter((t) => t !== 'import' && t !== 'activation_sync') as ['buying_group_creation', 'template_upgrade']).describe('buying_group_creation (a creation job) or template_upgrade (POST /solution-interests/{id}/upgrade-template)'),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    solutionInterestId: z.string(),
    audienceId: z.string().nullable().describe('The audience of a creation job (null for a template upgrade)'),
    options: z.object({
      descendantDepth: z.number().int().describe("The depth the job runs with: the solution interest's stored scope"),
      updateScope: z.boolean().describe('Whether the job changed the stored scope to its depth'),
      suggestWhereRulesFindNone: z.boolean().describe('Whether the job proposes suggestions for roles the rules left without a member'),
      method: z.enum(CREATION_METHODS).describe("How members come: rules (the template's conditions) or suggestions (groups only where the trained model proposes someone)"),
      suggestionThreshold: z.number().nullable().describe('The probability a suggestion needed (null: the default, 0.6; template upgrades: null)'),
    }),
    templateUpgrade: z
      .object({ fromTemplateId: z.string(), toTemplateId: z.string() })
      .nullable()
      .describe('For a template upgrade: the template the solution interest had and the one its groups move to'),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    counts: z.object({
      groupsCreated: z.number().int(),
      groupsReactivated: z.number().int(),
      membersAdded: z.number().int(),
      membersRemoved: z.number().int(),
      rolesChanged: z.number().int(),
      accountsSkipped: z.number().int(),
      groupsUpgraded: z.number().int().describe('Template upgrades: groups moved to the new template'),
      skipped: z.array(z.object({ accountId: z.string(), reason: z.string() })),
      emptyRoleSuggestions: z
        .object({
          groups: z.number().int().describe('Groups that had at least one role without an active member'),
          rolesWithoutMembers: z.number().int().describe('Such roles, over all those groups'),
          proposed: z.number().int().describe('Pending suggestions stored for them'),
          warning: z.string().nullable().describe('Why nothing was proposed, e.g. the solution interest has no trained model (the job still succeeds)'),
        })
        .nullable()
        .describe('With options.suggestWhereRulesFindNone, once the rules are done (null before, and for jobs without the option)'),
      suggestionGeneration: z
        .object({
          accountsWithSuggestions: z.number().int().describe('Accounts where the model proposed at least one person (each has a group holding the proposals)'),
          accountsWithoutSuggestions: z.number().int().describe('Accounts where it proposed no one: no group is created for them'),
          inactiveGroups: z.number().int().describe('Accounts whose group is inactive, left as they are'),
          proposed: z.number().int().describe('Pending suggestions stored'),
        })
        .nullable()
        .describe("With options.method 'suggestions' (null for other jobs)"),
    }),
    ...jobRunShape,
  })
  .meta({ id: 'BuyingGroupJob' });

/** Any job: a buying group job, or an import (GET /imports/{id} gives the same). */
export const anyJobOut = z.union([jobOut, importJobOut]);

export function anyJobOutOf(j: Job): z.infer<typeof anyJobOut> {
  return isImportParams(j.params) ? importJobOutOf(j as Job & { params: ImportJobParams }) : jobOutOf(j);
}

/** Import jobs are for editors and admins (as the /imports routes): a viewer reading one here gets 403. */
function visibleTo(req: FastifyRequest, job: Job): Job {
  if (isActivationSyncParams(job.params)) throw QuorumError.field('not_found', '/id', `job ${job.id} is an activation sync job: GET /activation-sync-jobs/${job.id}`);
  if (isSuggestionsParams(job.params)) throw QuorumError.field('not_found', '/id', `job ${job.id} is a suggestions job: GET /suggestion-jobs/${job.id}`);
  if (isFillGapsParams(job.params)) throw QuorumError.field('not_found', '/id', `job ${job.id} is a fill-gaps run: GET /fill-gaps/runs/${job.params.runId}`);
  if (isImportParams(job.params) && req.user?.role === 'viewer') throw new QuorumError('forbidden', `Job ${job.id} is an import; imports need the editor role`);
  return job;
}

export function jobOutOf(j: Job): z.infer<typeof jobOut> {
  const { cursor: _cursor, import: _import, suggestions: _suggestions, emptyRoleSuggestions, suggestionGeneration, ...counts } = j.counts;
  const p = j.params;
  if (isImportParams(p) || isSuggestionsParams(p) || isActivationSyncParams(p)) throw new Error(`job ${j.id} is an ${j.type} job`);
  const upgrade = isUpgradeParams(p);
  return {
    id: j.id,
    type: upgrade ? TEMPLATE_UPGRADE_JOB : CREATION_JOB,
    status: j.status,
    solutionInterestId: p.solutionInterestId,
    audienceId: upgrade ? null : p.audienceId,
    options: {
      descendantDepth: p.options.descendantDepth,
      updateScope: (upgrade ? false : p.options.updateScope) ?? false,
      suggestWhereRulesFindNone: (upgrade ? false : p.options.suggestWhereRulesFindNone) ?? false,
      method: (upgrade ? undefined : p.options.method) ?? 'rules',
      suggestionThreshold: (upgrade ? undefined : p.options.suggestionThreshold) ?? null,
    },
    templateUpgrade: upgrade ? { fromTemplateId: p.fromTemplateId, toTemplateId: p.toTemplateId } : null,
    progress: j.progress,
    counts: { ...counts, groupsUpgraded: counts.groupsUpgraded ?? 0, emptyRoleSuggestions: emptyRoleSuggestions ?? null, suggestionGeneration: suggestionGeneration ?? null },
    ...jobRunOf(j),
  };
}

const jobCreate = z
  .strictObject({
    solutionInterestId: z.string().regex(/^si_/, 'must be a solution interest id (si_…)'),
    audienceId: z.string().regex(/^lst_/, 'must be an account list id (lst_…)'),
    options: z
      .strictObject({
        descendantDepth: z
          .number()
          .int()
          .min(0)
          .max(MAX_DESCENDANT_DEPTH)
          .optional()
          .describe(
            "Also consider people of descendant accounts down to this depth. A solution interest has one scope (stored by its first job): omitted = that scope (0 for a first job); another depth is refused with 409 unless updateScope is true",
          ),
        updateScope: z
          .boolean()
          .default(false)
          .describe("Change the solution interest's stored scope to descendantDepth: all its active buying groups are reconciled with the new scope by this job"),
        suggestWhereRulesFindNone: z
          .boolean()
          .default(false)
          .describe(
            "After the rules, ask the solution interest's trained suggestion model for members of every role that has no active member (of any source: rule, import, journey or manual) in the job's groups, and store them as pending suggestions (GET /suggestions; confirm makes a manual member). Roles that have a member get none: suggestions never compete with a stronger source. A group's earlier pending suggestions are replaced. Without a trained model the job still succeeds and counts.emptyRoleSuggestions.warning says so",
          ),
        method: z
          .enum(CREATION_METHODS)
          .default('rules')
          .describe(
            "rules (default): members by the template's conditions. suggestions: generation by the trained model alone — a group is created only for an account where the model proposes someone at suggestionThreshold, holding those proposals as pending suggestions (no rule member); existing active groups get their pending suggestions refreshed. Needs a trained model (409 otherwise). Such a job does not follow its audience (rerun it to refresh) and reads each account's own people, so descendantDepth must be 0 and updateScope and suggestWhereRulesFindNone do not apply",
          ),
        suggestionThreshold: z
          .number()
          .gt(0)
          .lt(1)
          .optional()
          .describe("The probability a suggestion needs (default 0.6), with suggestWhereRulesFindNone or method 'suggestions'"),
      })
      .optional(),
  })
  .meta({ id: 'BuyingGroupJobCreate' });

const tags = ['buying group jobs'];
const jobId = idParam('job', 'job');

export function jobRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.post(
    '/buying-group-jobs',
    { schema: { tags, summary: 'Start a creation job: one buying group per account of the audience for the solution interest',
        description:
          'Queues a creation job (202): one buying group per account of the audience (an account list) for the solution interest, members assigned by its Live template in priority order. Jobs run in the background, commit batch by batch and survive a restart. ' +
          'When the job starts, the solution interest follows the audience (real-time maintenance creates groups for accounts that join it and deactivates those of accounts that leave). ' +
          "A solution interest keeps all its groups at one descendant depth (its scope, see GET /solution-interests/{id}/audiences): a job with another depth is refused (409) unless options.updateScope is true. " +
          'Ending the following: DELETE /solution-interests/{id}/audiences/{listId}. ' +
          "With options.method 'suggestions' the solution interest's trained model generates the groups instead of the rules (AI/ML generation; such a job does not follow the audience).",
        body: jobCreate, response: { 202: jobOut } } },
    async (req, reply) => {
      const job = await enqueueCreationJob(db, actorOf(req), req.body, ctx.clock.now());
      ctx.runner?.notify();
      return reply.status(202).header('location', `/api/v1/buying-group-jobs/${job.id}`).send(jobOutOf(job));
    },
  );

  api.get(
    '/buying-group-jobs',
    {
      schema: {
        tags,
        summary: 'List creation jobs, newest first',
        description:
          'Creation jobs, newest first, with status, progress and counts. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({ ...pageQuery, status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).optional() }),
        response: { 200: pageOf(jobOut) },
      },
    },
    async (req) => {
      const page = await listJobs(db, req.query);
      return { data: page.data.map(jobOutOf), nextCursor: page.nextCursor };
    },
  );

  api.get('/buying-group-jobs/:id', { schema: { tags, summary: 'A job (creation job, template upgrade or import) with its progress and counts', description: 'One job: type, status (queued, running, succeeded, failed, cancelled), progress, counts and error. Any job id answers here; an import job has the ImportJob shape (as GET /imports/{id}).', params: jobId, response: { 200: anyJobOut } } }, async (req) =>
    anyJobOutOf(visibleTo(req, await getJob(db, req.params.id))),
  );

  api.post(
    '/buying-group-jobs/:id/cancel',
    { schema: { tags, summary: 'Cancel a job, creation, template upgrade or import (a running job stops after its current batch; what committed stays)', description: 'Asks the job to stop: a queued job is cancelled at once, a running one after its current batch; what committed stays. No body. Refused (409) for a finished job.', params: jobId, response: { 200: anyJobOut } } },
    async (req) => {
      visibleTo(req, await getJob(db, req.params.id));
      return anyJobOutOf(await requestCancel(db, actorOf(req), req.params.id, ctx.clock.now()));
    },
  );

  api.get(
    '/buying-group-jobs/:id/progress',
    {
      schema: {
        tags,
        summary: 'Progress as Server-Sent Events: `progress` events with the job, then `end`',
        description:
          'A text/event-stream: a `progress` event with the job whenever it advances, then `end` when it finishes (at once for a finished job). Any job id, imports included.',
        params: jobId,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => streamJob(req, reply, visibleTo(req, await getJob(db, req.params.id)), (id) => getJob(db, id), anyJobOutOf),
  );
}
