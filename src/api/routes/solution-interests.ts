import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, nameText, optText, pageOf, pageQuery, toIso } from '../schemas.ts';
import { definedKeys } from '../params.ts';
import { jobOut, jobOutOf } from './jobs.ts';
import { enqueueTemplateUpgrade } from '../../engine/index.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import {
  createSolutionInterest,
  deleteSolutionInterest,
  getSolutionInterest,
  listSolutionInterests,
  updateSolutionInterest,
  type SolutionInterest,
  listFollowedAudiences,
  unfollowAudience,
  type FollowedAudience,
} from '../../store/index.ts';

const solutionInterestOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    products: z.array(z.string()),
    templateId: z.string(),
    stageModelId: z.string().nullable(),
    followMembershipChanges: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header'),
  })
  .meta({ id: 'SolutionInterest' });

const fields = {
  name: nameText(255),
  description: optText(2000),
  products: z.array(nameText(255)).max(100, 'at most 100 products').describe('The products this offering covers (each once)'),
  templateId: z.string().regex(/^tpl_/, 'must be a roles template id (tpl_…)').describe('A Live roles template'),
  stageModelId: z.string().regex(/^stm_/, 'must be a stage model id (stm_…)').nullable().optional().describe('A Live stage model, or null for none'),
  followMembershipChanges: z.boolean().describe('Existing buying groups follow membership changes (default true)'),
};
const createBody = z
  .strictObject({ ...fields, products: fields.products.default([]), followMembershipChanges: fields.followMembershipChanges.default(true) })
  .meta({ id: 'SolutionInterestCreate' });
const patchBody = z
  .strictObject({
    name: fields.name.optional(),
    description: fields.description,
    products: fields.products.optional(),
    templateId: fields.templateId.optional(),
    stageModelId: fields.stageModelId,
    followMembershipChanges: fields.followMembershipChanges.optional(),
  })
  .meta({ id: 'SolutionInterestUpdate' });

export function solutionInterestOutOf(s: SolutionInterest): z.infer<typeof solutionInterestOut> {
  return { ...s, createdAt: toIso(s.createdAt), updatedAt: toIso(s.updatedAt) };
}

const followedOut = z
  .object({
    audienceId: z.string(),
    audienceName: z.string(),
    audienceKind: z.enum(['static', 'dynamic']),
    descendantDepth: z.number().int().describe('The scope of the solution interest’s groups (the same for all its audiences)'),
    createdAt: z.string(),
    createdByJob: z.string().nullable().describe('The creation job that started the following'),
  })
  .meta({ id: 'FollowedAudience' });

function followedOutOf(f: FollowedAudience): z.infer<typeof followedOut> {
  return { audienceId: f.audienceId, audienceName: f.audienceName, audienceKind: f.audienceKind, descendantDepth: f.descendantDepth, createdAt: toIso(f.createdAt), createdByJob: f.createdByJob };
}

const tags = ['solution interests'];
const siId = idParam('si', 'solution interest');
const listId = idParam('lst', 'account list');
const ifMatch = ifMatchHeader('configuration');

export function solutionInterestRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/solution-interests',
    {
      schema: {
        tags,
        summary: 'List solution interests',
        description:
          'Solution interests: what is sold, each with its Live roles template and optional stage model. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in the name'),
          templateId: z.string().max(100).optional().describe('Solution interests using this roles template (an unknown id is a 400)'),
          stageModelId: z.string().max(100).optional().describe('A stage model id, or "none" (an unknown id is a 400)'),
        }),
        response: { 200: pageOf(solutionInterestOut) },
      },
    },
    async (req) => {
      const page = await listSolutionInterests(db, req.query);
      return { data: page.data.map(solutionInterestOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/solution-interests',
    { schema: { tags, summary: 'Create a solution interest (what is being sold)', description: 'Creates a solution interest; its roles template (and stage model, if any) must be Live. Names are unique. The ETag header carries its version.', body: createBody, response: { 201: solutionInterestOut } } },
    async (req, reply) => {
      const b = req.body;
      const si = await createSolutionInterest(
        db,
        actorOf(req),
        { name: b.name, description: b.description ?? null, products: b.products, templateId: b.templateId, stageModelId: b.stageModelId ?? null, followMembershipChanges: b.followMembershipChanges },
        ctx.clock.now(),
      );
      setEtag(reply, si.version);
      return reply.status(201).send(solutionInterestOutOf(si));
    },
  );

  api.get(
    '/solution-interests/:id',
    { schema: { tags, summary: 'Get a solution interest (ETag: its version)', description: 'One solution interest. The ETag header carries its version.', params: siId, response: { 200: solutionInterestOut } } },
    async (req, reply) => {
      const si = await getSolutionInterest(db, req.params.id);
      setEtag(reply, si.version);
      return solutionInterestOutOf(si);
    },
  );

  api.patch(
    '/solution-interests/:id',
    {
      schema: {
        tags,
        summary: 'Update a solution interest (only the fields sent; null clears)',
        description:
          'Changes only the fields sent; null clears. A new template or stage model must be Live; the stage model cannot be removed while groups have stages (409 in_use). ' +
          'templateId can change here only while the solution interest has no buying groups; otherwise 409 — use POST /solution-interests/{id}/upgrade-template. ' +
          'Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: siId,
        headers: ifMatch,
        body: patchBody,
        response: { 200: solutionInterestOut },
      },
    },
    async (req, reply) => {
      const si = await updateSolutionInterest(db, actorOf(req), req.params.id, definedKeys(req.body), ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, si.version);
      return solutionInterestOutOf(si);
    },
  );

  api.get(
    '/solution-interests/:id/audiences',
    {
      schema: {
        tags,
        summary: "The audiences the solution interest follows, with its groups' scope (descendant depth)",
        description:
          'A creation job starts following its audience when it starts: accounts that join the list get their group, accounts that leave it get an inactive group. ' +
          'All the audiences of a solution interest share one descendant depth, the scope that jobs, maintenance, explain and preview use.',
        params: siId,
        response: { 200: z.object({ data: z.array(followedOut) }) },
      },
    },
    async (req) => {
      await getSolutionInterest(db, req.params.id);
      return { data: (await listFollowedAudiences(db, req.params.id)).map(followedOutOf) };
    },
  );

  api.delete(
    '/solution-interests/:id/audiences/:listId',
    {
      schema: {
        tags,
        summary: 'Stop following an audience (audited)',
        description:
          'Ends the following started by a creation job: accounts joining or leaving the list no longer create or deactivate groups of this solution interest. ' +
          'Existing groups are kept and still follow changes of their people. Afterwards the list can be deleted.',
        params: z.strictObject({ id: siId.shape.id, listId: listId.shape.id }),
      },
    },
    async (req, reply) => {
      await unfollowAudience(db, actorOf(req), req.params.id, req.params.listId, ctx.clock.now());
      return reply.status(204).send();
    },
  );

  api.post(
    '/solution-interests/:id/upgrade-template',
    {
      schema: {
        tags,
        summary: 'Upgrade the solution interest to another Live roles template: a job re-evaluates every buying group with it',
        description:
          'Switches the solution interest to the template at once (new groups and real-time maintenance use it from now on) and queues a `template_upgrade` job (202; follow it at /buying-group-jobs/{id}, its progress as SSE, cancel it there). ' +
          'Batch by batch, each group is re-evaluated with the new template’s rules, its templateId updated and a `template_changed` event written (from, to, the people handed back to rules), then the membership and score events. ' +
          'Rule members follow the new rules. Members set by hand (or a journey, an import) keep their membership when their role is in the new template; when it is not, they are handed back to rules: they take the role rules give them or leave (reason role_not_in_template). People removed by hand stay removed. ' +
          'Preview the diff first with POST /roles-templates/{templateId}/preview and this solutionInterestId. While the job runs, groups not reached yet still report the old templateId. ' +
          'Sending the current template again queues a job only if some groups are still on another template (e.g. after a cancelled upgrade). 409 while another upgrade of this solution interest is under way. Send If-Match with the solution interest’s ETag (428 without it; 412 when stale).',
        params: siId,
        headers: ifMatch,
        body: z.strictObject({ templateId: fields.templateId }).meta({ id: 'TemplateUpgrade' }),
        response: { 202: jobOut },
      },
    },
    async (req, reply) => {
      const job = await enqueueTemplateUpgrade(db, actorOf(req), req.params.id, req.body.templateId, ctx.clock.now(), expectedVersion(req, 'configuration'));
      ctx.runner?.notify();
      return reply.status(202).header('location', `/api/v1/buying-group-jobs/${job.id}`).send(jobOutOf(job));
    },
  );

  api.delete(
    '/solution-interests/:id',
    {
      schema: {
        tags,
        summary: 'Delete a solution interest (refused while it has buying groups)',
        description: 'Refused with 409 `in_use` while it has buying groups. Otherwise the followings of its audiences end with it (audited). Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: siId,
        headers: ifMatch,
      },
    },
    async (req, reply) => {
      await deleteSolutionInterest(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'));
      return reply.status(204).send();
    },
  );
}
