/**
 * Enrichment and acquisition (issue 11): the provider configuration (admins; credentials sealed
 * with QUORUM_SECRET_KEY, never answered), POST /fill-gaps (a dry run answers the derived
 * searches and the credit estimate; otherwise a job is queued) and the run results.
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, toIso, toIsoOrNull } from '../schemas.ts';
import { groupFilters } from './buying-groups.ts';
import { QuorumError } from '../../domain/index.ts';
import { enqueueFillGaps, getJob, previewFillGaps, type FillGapsRequest, type Job } from '../../engine/index.ts';
import { PROVIDERS, RESULT_OUTCOMES, getProviderConfig, getRun, listRunResults, saveProviderConfig, secretBoxFromEnv, type ProviderConfig, type RunCounts } from '../../store/index.ts';

const tags = ['enrichment'];
const admin = { access: 'admin' as const };

const countryCodes = z.array(z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 country code, e.g. US').transform((s) => s.toUpperCase())).max(300);

const consentSchema = z
  .strictObject({
    allowEuUk: z.boolean().default(false).describe('Acquire people located in the EU, EEA or UK (default false: GDPR / UK GDPR)'),
    allow: countryCodes.default([]).describe('When non-empty, only people located in these countries are acquired'),
    deny: countryCodes.default([]).describe('People located in these countries are never acquired (wins over everything)'),
    unknownCountry: z.enum(['refuse', 'allow']).default('refuse').describe('People whose country the provider does not give: refused by default'),
  })
  .describe('Region/consent policy');

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });

const settingsSchema = z.strictObject({
  apiBaseUrl: httpUrl.default('https://api.zoominfo.com/gtm').describe('GTM Data API base (paths /data/v1/…)'),
  tokenUrl: httpUrl.default('https://api.zoominfo.com/gtm/oauth/v1/token').describe('OAuth token endpoint (client credentials)'),
  requestsPerSecond: z.number().min(0.1).max(100).default(25).describe('Requests per second the client allows itself (ZoomInfo packages: 5, 25 or 35 per second; unconfirmed, so configurable)'),
  monthlyBudget: z.number().int().min(0).max(100_000_000).describe('Credits all runs of a calendar month (UTC) may spend'),
  defaultRunBudget: z.number().int().min(0).max(100_000_000).default(100).describe('Credits a run may spend when POST /fill-gaps gives no budget'),
  contactsPerRole: z.number().int().min(1).max(100).default(5).describe('Search hits considered (and at most enriched) per missing role and buying group'),
  consent: consentSchema.default({ allowEuUk: false, allow: [], deny: [], unknownCountry: 'refuse' }),
});

const providerBody = z
  .strictObject({
    credentials: z
      .strictObject({ clientId: z.string().trim().min(1).max(500), clientSecret: z.string().min(1).max(2000) })
      .nullable()
      .optional()
      .describe('ZoomInfo DevPortal app client id and secret (client-credentials grant). Omitted: kept; null: removed. Sealed at rest, never answered'),
    settings: settingsSchema,
  })
  .meta({ id: 'EnrichmentProviderUpdate' });

const providerOut = z
  .object({ provider: z.enum(PROVIDERS), settings: settingsSchema, hasCredentials: z.boolean(), createdAt: z.string(), updatedAt: z.string(), version: z.number().int() })
  .meta({ id: 'EnrichmentProvider' });

const providerOutOf = (c: ProviderConfig) => ({ ...c, createdAt: toIso(c.createdAt), updatedAt: toIso(c.updatedAt) });

const filterBody = groupFilters('body').omit({ limit: true, cursor: true }).describe('The buying-group filters of Browse (as POST /buying-groups/search without paging); the solution interest is added');

const fillGapsBody = z
  .strictObject({
    solutionInterestId: z.string().regex(/^si_/, 'must be a solution interest id (si_…)'),
    filter: filterBody.optional(),
    provider: z.enum(PROVIDERS).default('zoominfo'),
    budget: z.number().int().min(0).max(100_000_000).optional().describe("Credits this run may spend (default: the provider's defaultRunBudget); the monthly budget caps it too"),
    dryRun: z.boolean().default(false).describe('true: answer the derived searches and the credit estimate (200) without calling the provider or spending anything'),
  })
  .meta({ id: 'FillGapsRequest' });

const query = z.object({ companyWebsite: z.string().nullable(), companyName: z.string().nullable(), jobTitles: z.array(z.string()), managementLevels: z.array(z.string()), departments: z.array(z.string()), countries: z.array(z.string()) }).meta({ id: 'ContactQuery' });
const search = z.object({ groupId: z.string(), accountId: z.string(), accountName: z.string(), roleId: z.string(), roleName: z.string(), query });

const previewOut = z
  .object({
    provider: z.enum(PROVIDERS),
    groups: z.number().int().describe('Buying groups with missing roles that would be searched'),
    searches: z.array(search).describe('One provider search per missing role (and alternative of its condition) and group'),
    searchesNotPlanned: z.number().int(),
    roles: z.array(z.object({ roleId: z.string(), roleName: z.string(), searches: z.number().int(), untranslated: z.array(z.string()).describe('Parts of the role condition no provider filter expresses (the rules still decide membership)') })),
    estimate: z.object({ maxCredits: z.number().int(), budget: z.number().int(), monthlyBudget: z.number().int(), monthSpent: z.number().int(), monthReserved: z.number().int(), atMost: z.number().int().describe('The most this run can spend') }),
  })
  .meta({ id: 'FillGapsPreview' });

const countsOut = z.object(Object.fromEntries([...RESULT_OUTCOMES, 'searches', 'candidates'].map((k) => [k, z.number().int()])) as Record<keyof RunCounts, z.ZodNumber>);

const jobOut = z.object({ id: z.string(), status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']), progress: z.object({ done: z.number().int(), total: z.number().int() }), error: z.string().nullable() });
const jobOf = (j: Job) => ({ id: j.id, status: j.status, progress: j.progress, error: j.error });

const runOut = z
  .object({
    id: z.string(),
    provider: z.string(),
    solutionInterestId: z.string(),
    filter: z.record(z.string(), z.unknown()),
    budget: z.number().int(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed']),
    month: z.string(),
    creditsReserved: z.number().int(),
    creditsSpent: z.number().int(),
    counts: countsOut,
    error: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    job: jobOut.nullable(),
    results: z.array(
      z.object({
        accountId: z.string(),
        roleId: z.string(),
        providerId: z.string(),
        outcome: z.enum(RESULT_OUTCOMES as [string, ...string[]]).describe('added (a rule gave them a role), no_role (kept, matched no role), duplicate (email or provider id known), refused_consent (discarded), no_match, no_email, over_budget'),
        personId: z.string().nullable(),
        email: z.string().nullable(),
        name: z.string().nullable(),
        jobTitle: z.string().nullable(),
        country: z.string().nullable(),
        reason: z.string().nullable(),
        assignedRoleIds: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'FillGapsRun' });

const providerParam = z.strictObject({ provider: z.enum(PROVIDERS) });

export function fillGapsRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;
  const box = () => ctx.webhooks?.secrets ?? ctx.linkedin?.secrets ?? secretBoxFromEnv();

  api.get('/enrichment-providers/:provider', { config: admin, schema: { tags, summary: 'A data provider’s configuration', description: 'Admins only. Settings (budgets, consent policy, limits) and whether credentials are stored; never the credentials.', params: providerParam, response: { 200: providerOut } } }, async (req) => {
    const c = await getProviderConfig(db, req.params.provider);
    if (!c) throw QuorumError.field('not_found', '/provider', `provider ${req.params.provider} is not configured yet (PUT it)`);
    return providerOutOf(c);
  });

  api.put(
    '/enrichment-providers/:provider',
    { config: admin, schema: { tags, summary: 'Configure a data provider (credentials, budgets, consent)', description: 'Admins only. Creates or replaces the settings. Credentials are sealed with QUORUM_SECRET_KEY (409 invalid_state without it) and never answered.', params: providerParam, body: providerBody, response: { 200: providerOut } } },
    async (req) => providerOutOf(await saveProviderConfig(db, box(), actorOf(req), req.params.provider, req.body.settings, req.body.credentials, ctx.clock.now())),
  );

  api.post(
    '/fill-gaps',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Fill missing roles from a data provider (dry run or job)',
        description:
          'Finds the buying groups of the solution interest (narrowed by the Browse filter) with required roles nobody holds, and derives a provider search per missing role from its condition (title keywords, seniority → management level, function → department). dryRun: 200 with the searches and the credit estimate, nothing spent. Otherwise 202 with a queued job: it searches, enriches within the run and monthly budgets, applies the consent policy, dedupes by email and adds new people with provenance; rules assign them. Results: GET /fill-gaps/runs/{runId}.',
        body: fillGapsBody,
        response: { 200: previewOut, 202: z.object({ runId: z.string(), job: jobOut }).meta({ id: 'FillGapsQueued' }) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const r: FillGapsRequest = { solutionInterestId: b.solutionInterestId, filter: Object.fromEntries(Object.entries(b.filter ?? {}).filter(([, v]) => v !== undefined)), provider: b.provider, budget: b.budget };
      if (b.dryRun) return reply.status(200).send(await previewFillGaps(db, r, ctx.clock.now()));
      const { runId, job } = await enqueueFillGaps(db, actorOf(req), r, ctx.clock.now());
      ctx.runner?.notify();
      return reply.status(202).header('location', `/api/v1/fill-gaps/runs/${runId}`).send({ runId, job: jobOf(job) });
    },
  );

  api.get('/fill-gaps/runs/:id', { config: admin, schema: { tags, summary: 'A fill-gaps run with its progress and per-contact results', description: 'Admins only. Status, credits reserved and spent, counts per outcome, the job’s progress and one result per contact considered (refused contacts keep no personal data).', params: idParam('enr', 'fill-gaps run'), response: { 200: runOut } } }, async (req) => {
    const run = await getRun(db, req.params.id);
    const job = run.jobId ? await getJob(db, run.jobId) : null;
    const { searches: _searches, jobId: _jobId, ...rest } = run;
    return { ...rest, createdAt: toIso(run.createdAt), finishedAt: toIsoOrNull(run.finishedAt), job: job ? jobOf(job) : null, results: (await listRunResults(db, run.id)).map(({ seq: _seq, ...x }) => x) };
  });
}
