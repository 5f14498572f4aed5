/**
 * LinkedIn Matched Audiences (issue 11), admins only: destinations (an ad account and its OAuth
 * credentials — written by /connect, sealed at rest, never answered), activations (a saved
 * buying-group filter → a company and/or contact list; the filter stays editable, the next sync
 * applies it; no cap on their number), on-demand syncs (activation sync jobs, engine/linkedin/sync-job.ts) with their history, and the upload CSVs
 * in LinkedIn's template columns.
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, isoTime, jobRunOf, jobRunShape, nameText, toIso, toIsoOrNull } from '../schemas.ts';
import { streamJob } from './job-stream.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { groupFilters } from './buying-groups.ts';
import { QuorumError } from '../../domain/index.ts';
import { activationTemplateCsv, enqueueActivationSync, getActivationSyncJob, type ActivationSyncJobParams, type Job } from '../../engine/index.ts';
import {
  connectDestination,
  createActivation,
  createDestination,
  deleteActivation,
  deleteDestination,
  getActivation,
  getDestination,
  listActivations,
  listDestinations,
  listSyncs,
  updateActivation,
  updateDestination,
  type Activation,
  type ActivationFilter,
  type ActivationSync,
  type Destination,
} from '../../store/index.ts';

const tags = ['destinations'];
const admin = { access: 'admin' as const };
const ifMatch = ifMatchHeader('data');

const destinationOut = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.literal('linkedin'),
    adAccountId: z.string().describe('The LinkedIn ad account (urn:li:sponsoredAccount:<adAccountId>)'),
    state: z.enum(['not_connected', 'connected', 'needs_consent', 'error']).describe('not_connected (no tokens yet), connected, needs_consent (the refresh token was refused or expired: run the OAuth consent again and POST /connect), error (the last sync failed talking to LinkedIn)'),
    stateMessage: z.string().nullable(),
    accessExpiresAt: isoTime.nullable().describe('When the stored access token expires (it is refreshed before)'),
    refreshExpiresAt: isoTime.nullable().describe('When the refresh token expires (365 days from the original consent): consent must be renewed before'),
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z.number().int(),
  })
  .meta({ id: 'Destination' });

const destOut = (d: Destination): z.infer<typeof destinationOut> => ({ ...d, accessExpiresAt: toIsoOrNull(d.accessExpiresAt), refreshExpiresAt: toIsoOrNull(d.refreshExpiresAt), createdAt: toIso(d.createdAt), updatedAt: toIso(d.updatedAt) });

const adAccountId = z.string().trim().regex(/^\d{1,20}$/, 'must be the numeric LinkedIn ad account id (the 123456 of urn:li:sponsoredAccount:123456)');
const destinationCreate = z.strictObject({ name: nameText(), adAccountId }).meta({ id: 'DestinationCreate' });
const destinationUpdate = destinationCreate.partial().meta({ id: 'DestinationUpdate' });
const connectBody = z
  .strictObject({
    accessToken: z.string().min(1, 'must not be empty').max(4000),
    expiresIn: z.number().int().min(1).max(400 * 86_400).describe('Seconds until the access token expires (LinkedIn’s expires_in; 60 days)'),
    refreshToken: z.string().min(1).max(4000).nullable().optional().describe('Only for approved partners; without it consent must be renewed when the access token expires'),
    refreshTokenExpiresIn: z.number().int().min(1).max(400 * 86_400).nullable().optional().describe('LinkedIn’s refresh_token_expires_in (seconds)'),
  })
  .meta({ id: 'DestinationConnect' });

const filterBody = groupFilters('body').omit({ limit: true, cursor: true }).describe('The buying-group filters of GET /buying-groups (Browse), as in POST /buying-groups/search without paging');
const roleIds = z.array(z.string().regex(/^rol_/, 'must be a role id (rol_…)')).max(50).refine((a) => new Set(a).size === a.length, 'must not repeat a role');
const syncInterval = z.number().int().min(15 * 60_000, 'must be at least 15 minutes (900000 ms)').max(30 * 86_400_000).nullable();

const activationCreate = z
  .strictObject({
    destinationId: z.string().regex(/^dst_/, 'must be a destination id (dst_…)'),
    name: nameText(),
    filter: filterBody,
    companyList: z.boolean().optional().describe('Keep a company list of the groups’ accounts (default true)'),
    contactList: z.boolean().optional().describe('Keep a contact list of the groups’ current members (default true)'),
    roleIds: roleIds.optional().describe('Contact list: only members holding one of these roles (default: every member)'),
    syncIntervalMs: syncInterval.optional().describe('Re-sync on a schedule every this many ms (≥ 15 min); null/absent: on demand only'),
  })
  .meta({ id: 'ActivationCreate' });
const activationUpdate = activationCreate.omit({ destinationId: true }).partial().meta({ id: 'ActivationUpdate' });

const listOut = z.object({
  segmentId: z.string().nullable().describe('The DMP segment (created at the first sync with something to send)'),
  status: z.string().nullable().describe('LinkedIn’s status: BUILDING, UPDATING, READY, ARCHIVED (targetable), EXPIRED, FAILED, ERROR'),
  audienceSize: z.number().int().nullable().describe('LinkedIn’s matched, targetable size'),
});
const activationOut = z
  .object({
    id: z.string(),
    destinationId: z.string(),
    name: z.string(),
    filter: z.record(z.string(), z.unknown()),
    companyList: z.boolean(),
    contactList: z.boolean(),
    roleIds: z.array(z.string()),
    syncIntervalMs: z.number().int().nullable(),
    companies: listOut,
    contacts: listOut,
    nextSyncAt: isoTime.nullable(),
    lastSyncAt: isoTime.nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z.number().int(),
  })
  .meta({ id: 'Activation' });

const actOut = (a: Activation): z.infer<typeof activationOut> => ({
  id: a.id,
  destinationId: a.destinationId,
  name: a.name,
  filter: a.filter as Record<string, unknown>,
  companyList: a.companyList,
  contactList: a.contactList,
  roleIds: a.roleIds,
  syncIntervalMs: a.syncIntervalMs,
  companies: { segmentId: a.companySegmentId, status: a.companyStatus, audienceSize: a.companyAudienceSize },
  contacts: { segmentId: a.contactSegmentId, status: a.contactStatus, audienceSize: a.contactAudienceSize },
  nextSyncAt: toIsoOrNull(a.nextSyncAt),
  lastSyncAt: toIsoOrNull(a.lastSyncAt),
  createdAt: toIso(a.createdAt),
  updatedAt: toIso(a.updatedAt),
  version: a.version,
});

const syncOut = z
  .object({
    id: z.string(),
    activationId: z.string(),
    trigger: z.enum(['manual', 'schedule', 'journey']).describe('manual: on demand; schedule: the sync interval; journey: an activate action of a journey'),
    status: z.enum(['running', 'succeeded', 'partial', 'failed']).describe('partial: some elements were refused (the next sync tries them again); failed: nothing more was sent (see message)'),
    startedAt: isoTime,
    finishedAt: isoTime.nullable(),
    companiesAdded: z.number().int(),
    companiesRemoved: z.number().int(),
    contactsAdded: z.number().int(),
    contactsRemoved: z.number().int(),
    skipped: z.number().int().describe('Members left out of the contact list (no email)'),
    errors: z.number().int().describe('Elements LinkedIn refused'),
    retries: z.number().int().describe('Requests retried (429, 5xx, 404 right after creation)'),
    message: z.string().nullable(),
    warnings: z.array(z.string()).describe('e.g. fewer than 300 matched members: campaigns do not serve yet'),
    errorSamples: z.array(z.string()),
  })
  .meta({ id: 'ActivationSync' });

const syncOf = (s: ActivationSync): z.infer<typeof syncOut> => ({ ...s, startedAt: toIso(s.startedAt), finishedAt: toIsoOrNull(s.finishedAt) });

const syncJobOut = z
  .object({
    id: z.string(),
    type: z.literal('activation_sync'),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']).describe('failed: the sync failed (error says why; the history row too); succeeded also when LinkedIn refused some elements (the row says partial)'),
    activationId: z.string(),
    trigger: z.enum(['manual', 'schedule', 'journey']).describe('manual: on demand; schedule: the sync interval; journey: an activate action of a journey'),
    coalesced: z.boolean().describe('POST …/sync only: a sync of the activation was already queued or running, and this is that job'),
    syncId: z.string().nullable().describe('The history row this job writes (GET /activations/{id}/syncs), once started'),
    progress: z.object({ done: z.number().int(), total: z.number().int() }).describe('Batches sent to LinkedIn / batches to send (known once the run has compared the lists)'),
    ...jobRunShape,
  })
  .meta({ id: 'ActivationSyncJob' });

const syncJobOf = (j: Job, coalesced: boolean): z.infer<typeof syncJobOut> => {
  const p = j.params as ActivationSyncJobParams;
  return { id: j.id, type: 'activation_sync', status: j.status, activationId: p.activationId, trigger: p.trigger, coalesced, syncId: j.counts.activationSync?.syncId ?? null, progress: j.progress, ...jobRunOf(j) };
};

const dstParam = idParam('dst', 'destination');
const atvParam = idParam('atv', 'activation');

/** The filter as stored: paging keys never, undefined keys dropped. */
const storedFilter = (f: z.infer<typeof filterBody>): ActivationFilter => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as ActivationFilter;

export function destinationRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;
  const box = () => {
    const s = ctx.linkedin?.secrets;
    if (!s) throw QuorumError.field('invalid_state', '/accessToken', 'destinations need QUORUM_SECRET_KEY (32 bytes, base64 or hex) on the server to store OAuth tokens; set it and restart');
    return s;
  };

  api.get('/destinations', { config: admin, schema: { tags, summary: 'List destinations (LinkedIn ad accounts)', description: 'Admins only. Every destination with its connection state; never its tokens.', response: { 200: z.object({ data: z.array(destinationOut) }) } } }, async () => ({
    data: (await listDestinations(db)).map(destOut),
  }));

  api.post(
    '/destinations',
    { config: admin, schema: { tags, summary: 'Create a LinkedIn destination (an ad account; connect it next)', description: 'Admins only. State not_connected until POST /destinations/{id}/connect stores the OAuth tokens.', body: destinationCreate, response: { 201: destinationOut } } },
    async (req, reply) => {
      const d = await createDestination(db, actorOf(req), { name: req.body.name, adAccountId: req.body.adAccountId }, ctx.clock.now());
      setEtag(reply, d.version);
      return reply.status(201).send(destOut(d));
    },
  );

  api.get('/destinations/:id', { config: admin, schema: { tags, summary: 'Get a destination', description: 'Admins only. Without its tokens.', params: dstParam, response: { 200: destinationOut } } }, async (req, reply) => {
    const d = await getDestination(db, req.params.id);
    setEtag(reply, d.version);
    return destOut(d);
  });

  api.patch(
    '/destinations/:id',
    { config: admin, schema: { tags, summary: 'Rename a destination or change its ad account', description: 'Admins only. If-Match optional.', params: dstParam, headers: ifMatch, body: destinationUpdate, response: { 200: destinationOut } } },
    async (req, reply) => {
      const d = await updateDestination(db, actorOf(req), req.params.id, req.body, ctx.clock.now(), expectedVersion(req, 'data'));
      setEtag(reply, d.version);
      return destOut(d);
    },
  );

  api.delete(
    '/destinations/:id',
    { config: admin, schema: { tags, summary: 'Delete a destination without activations', description: 'Admins only. 409 in_use while activations use it.', params: dstParam, headers: ifMatch } },
    async (req, reply) => {
      await deleteDestination(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'data'));
      return reply.status(204).send();
    },
  );

  api.post(
    '/destinations/:id/connect',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Store the OAuth tokens of a consent (sealed; never answered)',
        description: 'Admins only. The tokens of LinkedIn’s 3-legged OAuth (scope rw_dmp_segments; the member holds a role other than VIEWER on the ad account), as LinkedIn answered them. Stored with AES-256-GCM under QUORUM_SECRET_KEY (409 invalid_state without). The destination becomes connected; also how consent is renewed.',
        params: dstParam,
        body: connectBody,
        response: { 200: destinationOut },
      },
    },
    async (req) => {
      const now = ctx.clock.now();
      const b = req.body;
      return destOut(await connectDestination(db, box(), actorOf(req), req.params.id, { accessToken: b.accessToken, accessExpiresAt: now + b.expiresIn * 1000, refreshToken: b.refreshToken ?? null, refreshExpiresAt: b.refreshTokenExpiresIn ? now + b.refreshTokenExpiresIn * 1000 : null }, now));
    },
  );

  api.get(
    '/activations',
    { config: admin, schema: { tags, summary: 'List activations', description: 'Admins only. Every activation with its lists’ LinkedIn status and size (no cap on their number).', querystring: z.strictObject({ destinationId: z.string().max(100).optional() }), response: { 200: z.object({ data: z.array(activationOut) }) } } },
    async (req) => ({ data: (await listActivations(db, req.query.destinationId)).map(actOut) }),
  );

  api.post(
    '/activations',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Activate a buying-group filter to LinkedIn (a company list and/or a contact list)',
        description: 'Admins only. The filter is Browse’s (GET /buying-groups), checked as that list checks it (400 with the field under /filter). Nothing is sent until the first sync (POST /activations/{id}/sync, or the schedule).',
        body: activationCreate,
        response: { 201: activationOut },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const a = await createActivation(db, actorOf(req), { destinationId: b.destinationId, name: b.name, filter: storedFilter(b.filter), companyList: b.companyList ?? true, contactList: b.contactList ?? true, roleIds: b.roleIds ?? [], syncIntervalMs: b.syncIntervalMs ?? null }, ctx.clock.now());
      setEtag(reply, a.version);
      return reply.status(201).send(actOut(a));
    },
  );

  api.get('/activations/:id', { config: admin, schema: { tags, summary: 'Get an activation', description: 'Admins only.', params: atvParam, response: { 200: activationOut } } }, async (req, reply) => {
    const a = await getActivation(db, req.params.id);
    setEtag(reply, a.version);
    return actOut(a);
  });

  api.patch(
    '/activations/:id',
    { config: admin, schema: { tags, summary: 'Change an activation: filter, lists, roles, schedule', description: 'Admins only. Filters stay editable after activation: the next sync adds and removes what the new filter changes. If-Match optional.', params: atvParam, headers: ifMatch, body: activationUpdate, response: { 200: activationOut } } },
    async (req, reply) => {
      const b = req.body;
      const a = await updateActivation(db, actorOf(req), req.params.id, { name: b.name, filter: b.filter === undefined ? undefined : storedFilter(b.filter), companyList: b.companyList, contactList: b.contactList, roleIds: b.roleIds, syncIntervalMs: b.syncIntervalMs }, ctx.clock.now(), expectedVersion(req, 'data'));
      setEtag(reply, a.version);
      return actOut(a);
    },
  );

  api.delete(
    '/activations/:id',
    { config: admin, schema: { tags, summary: 'Delete an activation', description: 'Admins only. Its history and synced membership go with it; the LinkedIn segments stay (archive them in Campaign Manager).', params: atvParam, headers: ifMatch } },
    async (req, reply) => {
      await deleteActivation(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'data'));
      return reply.status(204).send();
    },
  );

  api.post(
    '/activations/:id/sync',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Sync an activation to LinkedIn now: queues a sync job (incremental, idempotent)',
        description:
          'Admins only. Queues an activation sync job (202; the job runner runs it) that creates the DMP segments if needed, streams ADD for newcomers and REMOVE for those who left in batches, polls status and audience size, and writes a run in GET /activations/{id}/syncs. Progress = batches sent / batches to send (GET /activation-sync-jobs/{id}/progress streams it). Two syncs of one activation never run at once: while one is queued or running, this answers that job with coalesced: true. 409 when LinkedIn or QUORUM_SECRET_KEY is not configured. LinkedIn’s failures end in the run’s status and message (and the job’s error).',
        params: atvParam,
        response: { 202: syncJobOut },
      },
    },
    async (req, reply) => {
      if (!ctx.linkedin?.config) throw QuorumError.field('invalid_state', '/id', 'LinkedIn is not configured on this server: set QUORUM_LINKEDIN_CLIENT_ID, QUORUM_LINKEDIN_CLIENT_SECRET and QUORUM_LINKEDIN_SOURCE_PLATFORM');
      box();
      const { job, coalesced } = await enqueueActivationSync(db, actorOf(req), req.params.id, 'manual', ctx.clock.now());
      ctx.runner?.notify();
      return reply.status(202).header('location', `/api/v1/activation-sync-jobs/${job.id}`).send(syncJobOf(job, coalesced));
    },
  );

  const jobParam = idParam('job', 'job');
  api.get(
    '/activation-sync-jobs/:id',
    { config: admin, schema: { tags, summary: 'An activation sync job with its progress', description: 'Admins only. Status, progress (batches sent / to send), error and the history row it writes (syncId, once started). Other jobs answer 404 here.', params: jobParam, response: { 200: syncJobOut } } },
    async (req) => syncJobOf(await getActivationSyncJob(db, req.params.id), false),
  );

  api.get(
    '/activation-sync-jobs/:id/progress',
    {
      config: admin,
      schema: {
        tags,
        summary: 'An activation sync job’s progress as Server-Sent Events: `progress` events with the job, then `end`',
        description: 'Admins only. A text/event-stream: a `progress` event with the job whenever it advances, then `end` when it finishes (at once for a finished job).',
        params: jobParam,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => streamJob(req, reply, await getActivationSyncJob(db, req.params.id), (id) => getActivationSyncJob(db, id), (j) => syncJobOf(j, false)),
  );

  api.get(
    '/activations/:id/syncs',
    { config: admin, schema: { tags, summary: 'The sync history of an activation (newest first)', description: 'Admins only. Counts added/removed per list, errors, retries, warnings and message per run (the last 100).', params: atvParam, response: { 200: z.object({ data: z.array(syncOut) }) } } },
    async (req) => {
      await getActivation(db, req.params.id);
      return { data: (await listSyncs(db, req.params.id)).map(syncOf) };
    },
  );

  api.get(
    '/activations/:id/template.csv',
    {
      config: admin,
      schema: {
        tags,
        summary: 'Download the LinkedIn upload CSV of an activation (company or contact list template)',
        description:
          'Admins only. What the filter selects now, in Campaign Manager’s template columns — companies: companyname, companywebsite, companyemaildomain, linkedincompanypageurl, stocksymbol, industry, city, state, companycountry, zipcode; contacts: email, firstname, lastname, jobtitle, employeecompany, country, googleaid. 400 when the list would exceed LinkedIn’s 300,000 records.',
        params: atvParam,
        querystring: z.strictObject({ list: z.enum(['companies', 'contacts']).describe('companies or contacts') }),
      },
    },
    async (req, reply) => {
      const out = await activationTemplateCsv(ctx.database, req.params.id, req.query.list, ctx.clock.now());
      const max = ctx.linkedin?.limits?.maxRecordsPerList ?? 300_000;
      if (out.rows > max) throw QuorumError.field('validation_failed', '/list', `the ${req.query.list === 'companies' ? 'company' : 'contact'} list would hold ${out.rows} records; LinkedIn accepts at most ${max} per list: narrow the filter`);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${out.filename}"`).send(out.csv);
    },
  );
}
