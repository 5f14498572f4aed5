import { z } from 'zod';
import type { AppContext } from '../app.ts';
import type { Api } from './index.ts';
import { actorOf } from '../auth.ts';
import { idParam, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { CREATION_JOB, enqueueCreationJob, getJob, isUpgradeParams, JOB_TYPES, listJobs, MAX_DESCENDANT_DEPTH, requestCancel, TEMPLATE_UPGRADE_JOB, TERMINAL, type Job } from '../../engine/jobs.ts';

export const jobOut = z
  .object({
    id: z.string(),
    type: z.enum(JOB_TYPES).describe('buying_group_creation (a creation job) or template_upgrade (POST /solution-interests/{id}/upgrade-template)'),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    solutionInterestId: z.string(),
    audienceId: z.string().nullable().describe('The audience of a creation job (null for a template upgrade)'),
    options: z.object({ descendantDepth: z.number().int() }),
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
    }),
    error: z.string().nullable(),
    attempts: z.number().int(),
    cancelRequested: z.boolean(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'BuyingGroupJob' });

export function jobOutOf(j: Job): z.infer<typeof jobOut> {
  const { cursor: _cursor, ...counts } = j.counts;
  const p = j.params;
  const upgrade = isUpgradeParams(p);
  return {
    id: j.id,
    type: upgrade ? TEMPLATE_UPGRADE_JOB : CREATION_JOB,
    status: j.status,
    solutionInterestId: p.solutionInterestId,
    audienceId: upgrade ? null : p.audienceId,
    options: p.options,
    templateUpgrade: upgrade ? { fromTemplateId: p.fromTemplateId, toTemplateId: p.toTemplateId } : null,
    progress: j.progress,
    counts: { ...counts, groupsUpgraded: counts.groupsUpgraded ?? 0 },
    error: j.error,
    attempts: j.attempts,
    cancelRequested: j.cancelRequested,
    createdAt: toIso(j.createdAt),
    startedAt: toIsoOrNull(j.startedAt),
    finishedAt: toIsoOrNull(j.finishedAt),
  };
}

const jobCreate = z
  .strictObject({
    solutionInterestId: z.string().regex(/^si_/, 'must be a solution interest id (si_…)'),
    audienceId: z.string().regex(/^lst_/, 'must be an account list id (lst_…)'),
    options: z
      .strictObject({
        descendantDepth: z.number().int().min(0).max(MAX_DESCENDANT_DEPTH).default(0).describe('Also consider people of descendant accounts down to this depth'),
      })
      .default({ descendantDepth: 0 }),
  })
  .meta({ id: 'BuyingGroupJobCreate' });

const tags = ['buying group jobs'];
const jobId = idParam('job', 'job');

export function jobRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.post(
    '/buying-group-jobs',
    { schema: { tags, summary: 'Start a creation job: one buying group per account of the audience for the solution interest', body: jobCreate, response: { 202: jobOut } } },
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
        querystring: z.strictObject({ ...pageQuery, status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).optional() }),
        response: { 200: pageOf(jobOut) },
      },
    },
    async (req) => {
      const page = await listJobs(db, req.query);
      return { data: page.data.map(jobOutOf), nextCursor: page.nextCursor };
    },
  );

  api.get('/buying-group-jobs/:id', { schema: { tags, summary: 'A job (creation job or template upgrade) with its progress and counts', params: jobId, response: { 200: jobOut } } }, async (req) =>
    jobOutOf(await getJob(db, req.params.id)),
  );

  api.post(
    '/buying-group-jobs/:id/cancel',
    { schema: { tags, summary: 'Cancel a job, creation or template upgrade (a running job stops after its current batch; what committed stays)', params: jobId, response: { 200: jobOut } } },
    async (req) => jobOutOf(await requestCancel(db, actorOf(req), req.params.id, ctx.clock.now())),
  );

  api.get(
    '/buying-group-jobs/:id/progress',
    {
      schema: {
        tags,
        summary: 'Progress as Server-Sent Events: `progress` events with the job, then `end`',
        params: jobId,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      let job = await getJob(db, req.params.id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      let last = '';
      let closed = false;
      req.raw.on('close', () => {
        closed = true;
      });
      while (!closed) {
        const payload = JSON.stringify(jobOutOf(job));
        if (payload !== last) {
          send('progress', jobOutOf(job));
          last = payload;
        }
        if (TERMINAL.includes(job.status)) break;
        await new Promise((r) => setTimeout(r, 200));
        job = await getJob(db, job.id);
      }
      if (!closed) {
        send('end', { status: job.status });
        res.end();
      }
    },
  );
}
