/**
 * Learned member suggestions and template induction (issue 10):
 *   POST /solution-interests/{id}/suggestions/train   queue a job training the model (optionally then proposing)
 *   POST /solution-interests/{id}/suggestions/run     queue a job proposing members with the stored model
 *   GET  /solution-interests/{id}/suggestion-model    the stored model's statistics
 *   GET  /suggestion-jobs/{id}                        a suggestions job
 *   GET  /buying-groups/{id}/suggestions              a group's suggestions
 *   GET  /suggestions                                 suggestions across groups (filters)
 *   POST /suggestions/confirm | /suggestions/dismiss  one or many (≤ 500), all or nothing
 *   POST /solution-interests/{id}/induce-template     a Draft roles template induced from confirmed members
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, jobRunOf, jobRunShape, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { confirmSuggestions, dismissSuggestions, enqueueSuggestionsJob, getSuggestionsJob, induceTemplateFor, MAX_MEMBER_ACTIONS, type Job, type SuggestionsJobParams } from '../../engine/index.ts';
import { getBuyingGroup, getSuggestionModel, listSuggestionModels, listSuggestions, type MemberSuggestion } from '../../store/index.ts';
import { QuorumError } from '../../domain/index.ts';
import { describeFeature } from '../../domain/suggestions/index.ts';

const tags = ['suggestions'];
const siParam = idParam('si', 'solution interest');

const trainingOptions = z
  .strictObject({
    includeRuleMembers: z.boolean().optional().describe('Learn from rule members too, with the lower ruleWeight (default false: only confirmed members — manual, journey, import)'),
    ruleWeight: z.number().min(0).max(1).optional().describe('Weight of a rule member as an example (default 0.3)'),
    dismissalWeight: z.number().min(0).max(100).optional().describe('Weight of a dismissal or a removal by hand as a negative example (default 2)'),
    negativeRate: z.number().gt(0).max(1).optional().describe('Share of plain negatives (other people of the account) kept, re-weighted by its inverse (default 1)'),
    epochs: z.number().int().min(1).max(50).optional().describe('Passes over the examples (default 6)'),
    l2: z.number().min(0).max(1).optional().describe('L2 regularisation (default 0.0001)'),
    seed: z.number().int().min(0).max(2 ** 31 - 1).optional().describe('Seed of the example order: training is deterministic given it (default 1)'),
  })
  .describe('Training options');
const threshold = z.number().min(0).max(1).optional().describe('Suggestions below this probability are not proposed (default 0.6)');

const jobOut = z
  .object({
    id: z.string(),
    type: z.literal('suggestions'),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    solutionInterestId: z.string(),
    train: z.boolean(),
    run: z.boolean(),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).describe('Groups read (training, then proposing)'),
    counts: z.object({
      groupsRead: z.number().int(),
      peopleRead: z.number().int(),
      examples: z.number().int(),
      groupsTrained: z.number().int().describe('Groups with at least one confirmed member, the ones learned from'),
      suggestionsProposed: z.number().int(),
      trainMs: z.number().int().nullable(),
    }),
    ...jobRunShape,
  })
  .meta({ id: 'SuggestionsJob' });

function jobOutOf(j: Job): z.infer<typeof jobOut> {
  const p = j.params as SuggestionsJobParams;
  return {
    id: j.id,
    type: 'suggestions',
    status: j.status,
    solutionInterestId: p.solutionInterestId,
    train: p.train,
    run: p.run,
    progress: j.progress,
    counts: j.counts.suggestions ?? { groupsRead: 0, peopleRead: 0, examples: 0, groupsTrained: 0, suggestionsProposed: 0, trainMs: null },
    ...jobRunOf(j),
  };
}

const reasonOut = z.object({ feature: z.string().describe('The feature, e.g. t:leiter (title word), s:director (seniority), a:event_attended:2-4'), text: z.string().describe('In words'), weight: z.number().describe('Its term in the log-odds of the role against no role') });

const suggestionOut = z
  .object({
    buyingGroupId: z.string(),
    accountId: z.string(),
    solutionInterestId: z.string(),
    personId: z.string(),
    roleId: z.string(),
    source: z.literal('suggestion'),
    state: z.enum(['pending', 'confirmed', 'dismissed']),
    probability: z.number(),
    reasons: z.array(reasonOut),
    reasonsText: z.string().describe("The reasons in one line: \"title contains 'leiter' (+0.9), event attended 2-4 times (+0.4)\""),
    person: z.object({ email: z.string(), firstName: z.string().nullable(), lastName: z.string().nullable(), jobTitle: z.string().nullable() }),
    buyingGroupName: z.string().describe('The group the suggestion is for (lists across groups name it)'),
    accountName: z.string(),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'MemberSuggestion' });

function suggestionOutOf(s: MemberSuggestion): z.infer<typeof suggestionOut> {
  return {
    buyingGroupId: s.buyingGroupId,
    accountId: s.accountId,
    solutionInterestId: s.solutionInterestId,
    personId: s.personId,
    roleId: s.roleId,
    source: 'suggestion',
    state: s.state,
    probability: s.probability,
    reasons: s.reasons,
    reasonsText: s.reasons.map((r) => `${r.text} (${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(1)})`).join(', '),
    person: s.person,
    buyingGroupName: s.buyingGroupName,
    accountName: s.accountName,
    createdAt: toIso(s.createdAt),
    decidedAt: toIsoOrNull(s.decidedAt),
  };
}

const listFilters = {
  ...pageQuery,
  state: z.enum(['pending', 'confirmed', 'dismissed']).default('pending').describe('Default pending'),
  roleId: z.string().regex(/^rol_/, 'must be a role id (rol_…)').optional(),
  minProbability: z.coerce.number().min(0).max(1).optional(),
};

const refs = z.strictObject({
  items: z
    .array(z.strictObject({ buyingGroupId: z.string().regex(/^bg_/, 'must be a buying group id (bg_…)'), personId: z.string().regex(/^per_/, 'must be a person id (per_…)') }))
    .min(1, 'send at least one suggestion')
    .max(MAX_MEMBER_ACTIONS, `at most ${MAX_MEMBER_ACTIONS} suggestions per call`),
});
const decisionOut = z.object({ confirmed: z.number().int(), dismissed: z.number().int() });

const inducedOut = z
  .object({
    templateId: z.string().describe('The Draft roles template created (open it in the template editor: /roles-templates/{id})'),
    templateName: z.string(),
    people: z.number().int().describe('People learned from: those of groups with a confirmed member'),
    roles: z.array(z.object({ roleId: z.string(), condition: z.unknown().describe('The induced condition (the condition language)'), precision: z.number(), recall: z.number(), support: z.number().int(), predicted: z.number().int() })),
  })
  .meta({ id: 'InducedTemplate' });

export function suggestionRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.post(
    '/solution-interests/:id/suggestions/train',
    {
      schema: {
        tags,
        summary: "Train the solution interest's suggestion model (a job)",
        description:
          'Queues a suggestions job (202) that trains a logistic-regression model on the confirmed members of the solution interest’s buying groups (manual, journey, import; confirmed suggestions are manual) against the other people of their accounts, with dismissals as negatives, and stores it (replacing the previous one). With `run: true` it then proposes members for every group. 409 when no group has a confirmed member (reported by the job as its error).',
        params: siParam,
        body: z.strictObject({ options: trainingOptions.optional(), run: z.boolean().default(false).describe('Propose members with the new model when trained'), threshold }).optional(),
        response: { 202: jobOut },
      },
    },
    async (req, reply) => {
      const job = await enqueueSuggestionsJob(db, actorOf(req), req.params.id, { train: true, run: req.body?.run ?? false, training: req.body?.options ?? {}, threshold: req.body?.threshold }, ctx.clock.now());
      ctx.runner?.notify();
      return reply.status(202).header('location', `/api/v1/suggestion-jobs/${job.id}`).send(jobOutOf(job));
    },
  );

  api.post(
    '/solution-interests/:id/suggestions/run',
    {
      schema: {
        tags,
        summary: 'Propose members for every group with the stored model (a job)',
        description: 'Queues a suggestions job (202) that replaces each active group’s pending suggestions with the stored model’s proposals. Never proposes a current member, a person a stronger source removed, or a role dismissed for that person in that group. 409 when no model is trained.',
        params: siParam,
        body: z.strictObject({ threshold }).optional(),
        response: { 202: jobOut },
      },
    },
    async (req, reply) => {
      const job = await enqueueSuggestionsJob(db, actorOf(req), req.params.id, { train: false, run: true, threshold: req.body?.threshold }, ctx.clock.now());
      ctx.runner?.notify();
      return reply.status(202).header('location', `/api/v1/suggestion-jobs/${job.id}`).send(jobOutOf(job));
    },
  );

  api.get(
    '/suggestion-models',
    {
      schema: {
        tags,
        summary: 'Which solution interests have a trained suggestion model',
        description:
          'One item per solution interest with a trained model (when and by which job it was trained), ordered by solution interest id; a solution interest without a model is absent (GET /solution-interests/{id}/suggestion-model has the statistics). Never paged in practice: nextCursor is always null.',
        response: { 200: pageOf(z.object({ solutionInterestId: z.string(), trainedAt: z.string(), jobId: z.string().nullable() })) },
      },
    },
    async () => ({ data: (await listSuggestionModels(db)).map((m) => ({ ...m, trainedAt: toIso(m.trainedAt) })), nextCursor: null }),
  );

  api.get(
    '/solution-interests/:id/suggestion-model',
    {
      schema: {
        tags,
        summary: "The solution interest's trained suggestion model (statistics)",
        description: 'When and by which job it was trained, on how many groups and examples, positives per role, the options, and the strongest features per role. 404 when none is trained.',
        params: siParam,
        response: {
          200: z.object({
            solutionInterestId: z.string(),
            trainedAt: z.string(),
            jobId: z.string().nullable(),
            stats: z.object({ groups: z.number().int(), groupsSkipped: z.number().int(), examples: z.number().int(), positives: z.record(z.string(), z.number().int()), negatives: z.number().int(), dismissals: z.number().int(), features: z.number().int() }),
            options: z.record(z.string(), z.unknown()),
            topFeatures: z.record(z.string(), z.array(z.object({ feature: z.string(), text: z.string().describe('The feature in words, as reasons say it'), weight: z.number() }))).describe('Per role id: the 10 features raising it most against no role'),
          }),
        },
      },
    },
    async (req) => {
      const m = await getSuggestionModel(db, req.params.id);
      if (!m) throw QuorumError.field('not_found', '/id', `solution interest ${req.params.id} has no trained suggestion model`);
      const none = m.model.roleIds.length;
      const topFeatures = Object.fromEntries(
        m.model.roleIds.map((roleId, k) => [
          roleId,
          Object.entries(m.model.weights)
            .map(([feature, w]) => ({ feature, text: describeFeature(feature), weight: Math.round((w[k]! - w[none]!) * 100) / 100 }))
            .sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1))
            .slice(0, 10),
        ]),
      );
      return { solutionInterestId: m.solutionInterestId, trainedAt: toIso(m.trainedAt), jobId: m.jobId, stats: m.stats, options: m.options, topFeatures };
    },
  );

  api.get(
    '/suggestion-jobs/:id',
    { schema: { tags, summary: 'A suggestions job with its progress and counts', description: 'Status, progress (groups read) and counts of a job queued by …/suggestions/train or …/suggestions/run. Other jobs answer 404 here.', params: idParam('job', 'job'), response: { 200: jobOut } } },
    async (req) => jobOutOf(await getSuggestionsJob(db, req.params.id)),
  );

  api.get(
    '/buying-groups/:id/suggestions',
    {
      schema: {
        tags,
        summary: "A buying group's member suggestions, most probable first",
        description: 'The people the model proposes for the group (pending by default; confirmed and dismissed ones with `state`), with the role, probability and reasons in words. Pending suggestions are not members: completeness, engagement and explain ignore them.',
        params: idParam('bg', 'buying group'),
        querystring: z.strictObject(listFilters),
        response: { 200: pageOf(suggestionOut) },
      },
    },
    async (req) => {
      await getBuyingGroup(db, req.params.id);
      const page = await listSuggestions(db, { ...req.query, buyingGroupId: req.params.id });
      return { data: page.data.map(suggestionOutOf), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/suggestions',
    {
      schema: {
        tags,
        summary: 'Member suggestions across buying groups, most probable first',
        description: 'Filter by solution interest, role, state (default pending) and minimum probability. Paged: pass nextCursor back as cursor.',
        querystring: z.strictObject({ ...listFilters, solutionInterestId: z.string().regex(/^si_/, 'must be a solution interest id (si_…)').optional() }),
        response: { 200: pageOf(suggestionOut) },
      },
    },
    async (req) => {
      const page = await listSuggestions(db, req.query);
      return { data: page.data.map(suggestionOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/suggestions/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm pending suggestions: each person becomes a manual member with the suggested role',
        description: `One or many (at most ${MAX_MEMBER_ACTIONS}) pending suggestions, each named by buying group and person, confirmed in one transaction: the person is added as a manual member (events, scores and audit as for member actions) and the suggestion is kept as confirmed. All or nothing: a suggestion that is not pending is a 404 at /items/i.`,
        body: refs,
        response: { 200: decisionOut },
      },
    },
    async (req) => confirmSuggestions(db, actorOf(req), req.body.items, ctx.clock.now()),
  );

  api.post(
    '/suggestions/dismiss',
    {
      schema: {
        tags,
        summary: 'Dismiss pending suggestions (remembered: never proposed again for that role)',
        description: `One or many (at most ${MAX_MEMBER_ACTIONS}) pending suggestions dismissed in one transaction. A dismissal is remembered per (group, person, role): that role is never proposed again for the person in that group, and the next training learns from it as a negative. All or nothing.`,
        body: refs,
        response: { 200: decisionOut },
      },
    },
    async (req) => dismissSuggestions(db, actorOf(req), req.body.items, ctx.clock.now()),
  );

  api.post(
    '/solution-interests/:id/induce-template',
    {
      schema: {
        tags,
        summary: 'Induce a Draft roles template from confirmed members',
        description:
          'Learns, per role, a small decision list (any of up to 5 rules, each all of up to 3 tests on derived seniority, derived function, job title and department words) from the confirmed members of the solution interest’s groups against the other people of their accounts, and saves it as a Draft roles template (the Live template’s roles, bands and requirements with the induced conditions; roles nothing could be learned for are not auto-assigned). Each role’s precision and recall are measured on that data with the condition evaluator, in the template’s priority order. 409 when no group has a confirmed member.',
        params: siParam,
        body: z.strictObject({ name: z.string().trim().min(1).max(200).optional().describe('Name of the Draft template (default: "<solution interest> (induced <time>)")'), minPrecision: z.number().min(0).max(1).optional(), maxRules: z.number().int().min(1).max(20).optional() }).optional(),
        response: { 201: inducedOut },
      },
    },
    async (req, reply) => {
      const b = req.body ?? {};
      const r = await induceTemplateFor(db, actorOf(req), req.params.id, ctx.clock.now(), { ...(b.minPrecision !== undefined ? { minPrecision: b.minPrecision } : {}), ...(b.maxRules !== undefined ? { maxRules: b.maxRules } : {}) }, b.name);
      return reply
        .status(201)
        .header('location', `/api/v1/roles-templates/${r.template.id}`)
        .send({ templateId: r.template.id, templateName: r.template.name, people: r.people, roles: r.roles });
    },
  );
}
