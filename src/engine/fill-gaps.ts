/**
 * Fill the gaps (issue 11): for a solution interest's buying groups (optionally narrowed by a
 * Browse filter) whose required roles nobody holds, derive provider searches from the roles'
 * conditions, and — unless it is a dry run — search, enrich within the credit budget and add the
 * new people through the normal store path (person + relation, announced), so maintenance
 * assigns them by rules (source `rule`, with an explanation) in the same transaction.
 *
 * Per candidate, in order: a person already known by the provider id is a duplicate (no credit);
 * a search hit whose country the consent policy refuses is refused (no credit); the rest are
 * enriched as far as the reservation allows (the others: over_budget); an enriched contact the
 * consent policy refuses is discarded (only its provider id, country code and reason are kept);
 * an email already known is a duplicate; the others are inserted, and reported `added` when
 * rules gave them a role in the group, else `no_role` (kept, reported).
 *
 * Credits: each enrichment first reserves its worst case (store/enrichment.ts, one locked
 * transaction), then settles to what the provider charged. When the enrich call fails, the
 * reservation is booked as spent: the provider may have charged, and a budget must never be
 * exceeded by what we could not see.
 */
import type { Kysely } from 'kysely';
import {
  type BuyingGroupQuery,
  type DB,
  type Database,
  type ProviderName,
  type ProviderSettings,
  type RunCounts,
  type RunResult,

  type Actor,
  accountsById,
  buyingGroupFilters,
  addRunResults,
  buyingGroupPages,
  createRun,
  emptyRunCounts,
  existingEmails,
  getProviderConfig,
  getRolesTemplate,
  getRun,
  getSolutionInterest,
  hasChangeListener,
  insertAcquiredPerson,
  loadPersonaConditions,
  monthUsage,
  providerCredentials,
  reserveCredits,
  secretBoxFromEnv,
  settleCredits,
  toJson,
  updateRun,
  type PersonFields,
  type RolesTemplate,
} from '../store/index.ts';
import { QuorumError } from '../domain/index.ts';
import {
  DEFAULT_QUERY_MAPPING,
  affordable,
  available,
  consentDecision,
  dedupeByEmail,
  deriveRoleQuery,
  monthOf,
  searchCountries,
  websiteOf,
  type ContactProvider,
  type ContactQuery,
  type EnrichedContact,
  type ProviderContact,
} from '../domain/enrichment/index.ts';
import { DEFAULT_ZOOMINFO_CONFIG, ZoomInfoClient } from '../integrations/zoominfo/index.ts';
import { FILL_GAPS_JOB, getJob, insertQueuedJob, type Job, type RunOptions } from './job-records.ts';

export { FILL_GAPS_JOB };
import { installMaintenance } from './maintenance.ts';

/** A run plans at most this many searches (the rest are reported as not planned). */
export const MAX_SEARCHES = 2000;

export interface FillGapsRequest {
  solutionInterestId: string;
  /** A Browse filter of buying groups (no paging); the solution interest is added to it. */
  filter: Omit<BuyingGroupQuery, 'limit' | 'cursor'>;
  provider: ProviderName;
  /** Credits this run may spend (default: the provider's defaultRunBudget). */
  budget?: number | undefined;
}

export interface FillGapsJobParams {
  kind: 'fillGaps';
  runId: string;
  actor: Actor;
}

export function isFillGapsParams(p: unknown): p is FillGapsJobParams {
  return typeof p === 'object' && p !== null && (p as { kind?: unknown }).kind === 'fillGaps';
}

export interface PlannedSearch {
  groupId: string;
  accountId: string;
  accountName: string;
  roleId: string;
  roleName: string;
  query: ContactQuery;
}

export interface RoleTranslation {
  roleId: string;
  roleName: string;
  /** Searches per missing group of this role. */
  searches: number;
  untranslated: string[];
}

export interface FillGapsPlan {
  groups: number;
  searches: PlannedSearch[];
  /** Searches not planned beyond MAX_SEARCHES. */
  searchesNotPlanned: number;
  roles: RoleTranslation[];
}

export interface CreditEstimate {
  /** Most credits the searches could cost if every hit were enriched (search itself is free). */
  maxCredits: number;
  budget: number;
  monthlyBudget: number;
  monthSpent: number;
  monthReserved: number;
  /** What the run can spend at most: min(maxCredits, budget, the month's remainder). */
  atMost: number;
}

export interface FillGapsPreview extends FillGapsPlan {
  provider: ProviderName;
  estimate: CreditEstimate;
}

async function settingsOf(db: Kysely<DB>, provider: ProviderName): Promise<ProviderSettings> {
  const cfg = await getProviderConfig(db, provider);
  if (!cfg) throw QuorumError.field('invalid_state', '/provider', `provider ${provider} is not configured: PUT /enrichment-providers/${provider} (or quorum fill-gaps --configure) first`);
  return cfg.settings;
}

function checkBudget(budget: number | undefined, settings: ProviderSettings): number {
  const b = budget ?? settings.defaultRunBudget;
  if (!Number.isInteger(b) || b < 0) throw QuorumError.field('validation_failed', '/budget', 'budget must be a whole number of credits, 0 or more');
  return b;
}

/** The searches a run would make: pure reads. */
export async function planFillGaps(db: Kysely<DB>, req: FillGapsRequest, settings: ProviderSettings, now: number): Promise<FillGapsPlan> {
  await getSolutionInterest(db, req.solutionInterestId);
  const personas = await loadPersonaConditions(db);
  const templates = new Map<string, RolesTemplate>();
  const derived = new Map<string, ReturnType<typeof deriveRoleQuery> & { roleName: string }>();
  const onlyRoles = req.filter.missingRoleId?.length ? new Set(req.filter.missingRoleId) : null;
  const countries = searchCountries(settings.consent);
  const searches: PlannedSearch[] = [];
  let notPlanned = 0;
  let groups = 0;
  const pages = await buyingGroupPages(db, { ...req.filter, solutionInterestId: [req.solutionInterestId], solutionInterest: undefined, hasMissingRoles: true }, now, 500);
  for await (const page of pages) {
    const accounts = await accountsById(db, page.map((g) => g.accountId));
    for (const g of page) {
      const roles = g.missingRoleIds.filter((r) => !onlyRoles || onlyRoles.has(r));
      if (!roles.length) continue;
      groups++;
      let template = templates.get(g.templateId);
      if (!template) templates.set(g.templateId, (template = await getRolesTemplate(db, g.templateId)));
      const account = accounts.get(g.accountId);
      const website = websiteOf(account?.domain ?? null);
      for (const roleId of roles) {
        const def = template.roles.find((r) => r.roleId === roleId);
        if (!def) continue;
        const key = `${g.templateId}|${roleId}`;
        let d = derived.get(key);
        if (!d) derived.set(key, (d = { ...deriveRoleQuery(def.condition, DEFAULT_QUERY_MAPPING, personas), roleName: def.roleName }));
        for (const alt of d.alternatives) {
          if (searches.length >= MAX_SEARCHES) {
            notPlanned++;
            continue;
          }
          searches.push({ groupId: g.id, accountId: g.accountId, accountName: g.accountName, roleId, roleName: def.roleName, query: { companyWebsite: website, companyName: website ? null : (account?.name ?? g.accountName), ...alt, countries } });
        }
      }
    }
  }
  const roles = new Map<string, RoleTranslation>();
  for (const [key, d] of derived) {
    const roleId = key.split('|')[1]!;
    if (!roles.has(roleId)) roles.set(roleId, { roleId, roleName: d.roleName, searches: d.alternatives.length, untranslated: d.untranslated });
  }
  return { groups, searches, searchesNotPlanned: notPlanned, roles: [...roles.values()] };
}

/** The dry run: the derived searches and what they could cost; no provider call, no credit. */
export async function previewFillGaps(db: Kysely<DB>, req: FillGapsRequest, now: number): Promise<FillGapsPreview> {
  const settings = await settingsOf(db, req.provider);
  const budget = checkBudget(req.budget, settings);
  const plan = await planFillGaps(db, req, settings, now);
  const usage = await monthUsage(db, req.provider, monthOf(now));
  const maxCredits = plan.searches.length * settings.contactsPerRole;
  const atMost = Math.min(maxCredits, available({ perRun: budget, perMonth: settings.monthlyBudget }, usage, 0));
  return { provider: req.provider, ...plan, estimate: { maxCredits, budget, monthlyBudget: settings.monthlyBudget, monthSpent: usage.spent, monthReserved: usage.reserved, atMost } };
}

/** Queues a real run as a job (the run row and the job in one transaction). */
export async function enqueueFillGaps(db: Kysely<DB>, actor: Actor, req: FillGapsRequest, now: number): Promise<{ runId: string; job: Job }> {
  const settings = await settingsOf(db, req.provider);
  const budget = checkBudget(req.budget, settings);
  await getSolutionInterest(db, req.solutionInterestId);
  // The filter is checked now (a bad one is a 400 here, not a failed job later), without reading the groups.
  await buyingGroupFilters(db, { ...req.filter, solutionInterestId: [req.solutionInterestId], limit: 1 }, now);
  return db.transaction().execute(async (trx) => {
    const runId = await createRun(trx, { provider: req.provider, solutionInterestId: req.solutionInterestId, filter: req.filter as Record<string, unknown>, budget, month: monthOf(now), jobId: null }, now);
    const params: FillGapsJobParams = { kind: 'fillGaps', runId, actor };
    const job = await insertQueuedJob(trx, actor, { type: FILL_GAPS_JOB, params: params as never, total: 0, counts: { cursor: null, fillGaps: emptyRunCounts() } }, now);
    await updateRun(trx, runId, { jobId: job.id });
    return { runId, job };
  });
}

/** The provider client a run uses, from the stored settings and sealed credentials. */
export async function providerFor(db: Kysely<DB>, provider: ProviderName, settings: ProviderSettings): Promise<ContactProvider> {
  const box = secretBoxFromEnv();
  if (!box) throw new Error('QUORUM_SECRET_KEY is not set: the provider credentials cannot be opened');
  const creds = await providerCredentials(db, box, provider);
  if (!creds) throw new Error(`provider ${provider} has no credentials: set them first`);
  return new ZoomInfoClient({ ...DEFAULT_ZOOMINFO_CONFIG, apiBaseUrl: settings.apiBaseUrl, tokenUrl: settings.tokenUrl, requestsPerSecond: settings.requestsPerSecond, clientId: creds.clientId, clientSecret: creds.clientSecret });
}

export interface FillGapsRunOptions extends RunOptions {
  /** Tests and the CLI may pass a provider; default: built from the stored configuration. */
  provider?: ContactProvider;
}

const nameOf = (c: { firstName: string | null; lastName: string | null }) => [c.firstName, c.lastName].filter(Boolean).join(' ') || null;

function personFields(c: EnrichedContact): PersonFields {
  return {
    email: c.email!.trim(),
    firstName: c.firstName,
    lastName: c.lastName,
    jobTitle: c.jobTitle,
    department: c.department,
    seniority: c.managementLevel,
    phone: c.phone,
    country: c.country,
    state: c.state,
    city: c.city,
    postalCode: null,
    externalId: null,
    emailInvalid: false,
    emailSuspended: false,
    unsubscribed: false,
    custom: {},
    explicitSeniority: null,
    explicitFunction: null,
  };
}

/** Runs a queued fill-gaps job to its end (the run row holds the results; the job the progress). */
export async function runFillGapsJob(database: Database, jobId: string, opts: FillGapsRunOptions): Promise<Job> {
  const { db } = database;
  const job = await getJob(db, jobId);
  if (!isFillGapsParams(job.params)) throw new Error(`job ${jobId} is not a fill-gaps job`);
  const { runId, actor } = job.params;
  const run = await getRun(db, runId);
  const counts: RunCounts = { ...emptyRunCounts(), ...run.counts };
  let done = 0;
  let total = 0;
  const write = async (status: Job['status'] | null, error: string | null = null): Promise<Job> => {
    const at = opts.now();
    await db
      .updateTable('jobs')
      .set({ progress_done: done, progress_total: total, counts: toJson({ cursor: null, fillGaps: counts }), heartbeat_at: at, ...(status ? { status, error, finished_at: at, locked_by: null } : {}) })
      .where('id', '=', jobId)
      .execute();
    if (status) await updateRun(db, runId, { status: status === 'succeeded' ? 'succeeded' : 'failed', counts, error, finishedAt: at });
    const j = await getJob(db, jobId);
    if (!status) await opts.onProgress?.(j);
    return j;
  };
  // In a job thread no maintenance listens yet: install it so new people are assigned by rules.
  const uninstall = hasChangeListener() ? null : installMaintenance();
  try {
    await updateRun(db, runId, { status: 'running' });
    const settings = await settingsOf(db, run.provider as ProviderName);
    const req: FillGapsRequest = { solutionInterestId: run.solutionInterestId, filter: run.filter as FillGapsRequest['filter'], provider: run.provider as ProviderName, budget: run.budget };
    const plan = await planFillGaps(db, req, settings, opts.now());
    await updateRun(db, runId, { searches: plan.searches });
    total = plan.searches.length;
    const provider = opts.provider ?? (await providerFor(db, req.provider, settings));
    let seq = 0;
    for (const s of plan.searches) {
      const results = await fillOne(db, { actor, runId, run: { provider: run.provider, month: run.month, budget: { perRun: run.budget, perMonth: settings.monthlyBudget } }, settings, provider, search: s, now: opts.now }, counts);
      await addRunResults(db, runId, results.map((r) => ({ ...r, seq: seq++ })));
      done++;
      if ((await write(null)).cancelRequested) return await write('cancelled');
    }
    return await write('succeeded');
  } catch (e) {
    return write('failed', e instanceof Error ? e.message : String(e));
  } finally {
    uninstall?.();
  }
}

interface FillContext {
  actor: Actor;
  runId: string;
  run: { provider: string; month: string; budget: { perRun: number; perMonth: number } };
  settings: ProviderSettings;
  provider: ContactProvider;
  search: PlannedSearch;
  now: () => number;
}

type Draft = Omit<RunResult, 'seq'>;

/** One search: search, pre-filter, reserve, enrich, settle, insert. Returns one result per candidate. */
async function fillOne(db: Kysely<DB>, c: FillContext, counts: RunCounts): Promise<Draft[]> {
  const { search } = c;
  counts.searches++;
  const found = await c.provider.searchContacts(search.query, c.settings.contactsPerRole);
  counts.candidates += found.contacts.length;
  const out: Draft[] = [];
  const base = (x: ProviderContact | EnrichedContact): Draft => ({ accountId: search.accountId, roleId: search.roleId, providerId: x.providerId, outcome: 'no_match', personId: null, email: null, name: nameOf(x), jobTitle: x.jobTitle, country: x.country, reason: null, assignedRoleIds: [] });
  const ids = found.contacts.map((x) => x.providerId);
  const known = await knownProviderIds(db, c.run.provider, ids);
  const refused = await refusedEarlier(db, c.run.provider, ids);
  const candidates: ProviderContact[] = [];
  for (const x of found.contacts) {
    if (known.has(x.providerId)) out.push({ ...base(x), outcome: 'duplicate', personId: known.get(x.providerId)!, reason: 'already acquired from this provider' });
    else if (refused.has(x.providerId) && !consentDecision(c.settings.consent, refused.get(x.providerId)!.country).allowed) out.push({ ...base(x), name: null, jobTitle: null, country: refused.get(x.providerId)!.country, outcome: 'refused_consent', reason: `${refused.get(x.providerId)!.reason ?? 'refused'} (found by an earlier run; not bought again)` });
    else if (x.country !== null && !consentDecision(c.settings.consent, x.country).allowed) {
      const d = consentDecision(c.settings.consent, x.country);
      out.push({ ...base(x), name: null, jobTitle: null, country: d.country, outcome: 'refused_consent', reason: d.allowed ? null : d.reason });
    } else candidates.push(x);
  }
  if (candidates.length) {
    const granted = await reserveCredits(db, { provider: c.run.provider, month: c.run.month, runId: c.runId, budget: c.run.budget, wanted: c.provider.maxCost(candidates.length) }, c.now());
    const take = affordable(candidates.length, granted, c.provider.maxCost(1));
    for (const x of candidates.slice(take)) out.push({ ...base(x), outcome: 'over_budget', reason: 'the run or monthly credit budget is spent' });
    if (take > 0) {
      let enriched: EnrichedContact[];
      try {
        const r = await c.provider.enrichContacts(candidates.slice(0, take).map((x) => x.providerId));
        await settleCredits(db, { provider: c.run.provider, month: c.run.month, runId: c.runId, reserved: granted, charged: r.creditsUsed }, c.now());
        enriched = r.contacts;
      } catch (e) {
        await settleCredits(db, { provider: c.run.provider, month: c.run.month, runId: c.runId, reserved: granted, charged: granted }, c.now());
        throw e;
      }
      out.push(...(await admit(db, c, enriched, base)));
    } else if (granted > 0) {
      await settleCredits(db, { provider: c.run.provider, month: c.run.month, runId: c.runId, reserved: granted, charged: 0 }, c.now());
    }
  }
  for (const r of out) counts[r.outcome]++;
  return out;
}

/** Consent, dedupe and insertion of enriched contacts. */
async function admit(db: Kysely<DB>, c: FillContext, enriched: EnrichedContact[], base: (x: EnrichedContact) => Draft): Promise<Draft[]> {
  const out: Draft[] = [];
  const allowed: EnrichedContact[] = [];
  for (const x of enriched) {
    if (x.status !== 'matched') {
      out.push({ ...base(x), outcome: 'no_match', reason: `provider answered ${x.status}` });
      continue;
    }
    const d = consentDecision(c.settings.consent, x.country);
    // Refused people are discarded: only the provider id, country code and reason are kept.
    if (!d.allowed) out.push({ ...base(x), name: null, jobTitle: null, country: d.country, outcome: 'refused_consent', reason: d.reason });
    else allowed.push(x);
  }
  const existing = await existingEmails(db, allowed.flatMap((x) => (x.email ? [x.email] : [])));
  const { fresh, duplicates, noEmail } = dedupeByEmail(allowed, existing);
  for (const x of noEmail) out.push({ ...base(x), outcome: 'no_email', reason: 'the provider has no email for this contact' });
  for (const x of duplicates) out.push({ ...base(x), email: x.email, outcome: 'duplicate', reason: 'a person with this email already exists' });
  for (const x of fresh) {
    const at = c.now();
    const person = await insertAcquiredPerson(db, c.actor, personFields(x), { source: 'provider', provider: c.run.provider, providerId: x.providerId, fetchedAt: at }, c.search.accountId, at);
    if (!person) {
      out.push({ ...base(x), email: x.email, outcome: 'duplicate', reason: 'a person with this email was added meanwhile' });
      continue;
    }
    const roles = await db.selectFrom('buying_group_members').select('role_id').where('buying_group_id', '=', c.search.groupId).where('person_id', '=', person.id).where('removed', '=', 0).execute();
    const assigned = roles.map((r) => r.role_id);
    out.push({ ...base(x), email: x.email, personId: person.id, outcome: assigned.length ? 'added' : 'no_role', assignedRoleIds: assigned, reason: assigned.length ? null : 'matched no role of the buying group by rules; kept at the account' });
  }
  return out;
}

async function knownProviderIds(db: Kysely<DB>, provider: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'provider_id']).where('provider', '=', provider).where('provider_id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.provider_id!, r.id]));
}


/** Contacts an earlier run bought and the consent policy refused: not bought again while the policy still refuses their country (their data was discarded). */
async function refusedEarlier(db: Kysely<DB>, provider: string, ids: readonly string[]): Promise<Map<string, { country: string | null; reason: string | null }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('enrichment_results as r')
    .innerJoin('enrichment_runs as n', 'n.id', 'r.run_id')
    .select(['r.provider_id', 'r.country', 'r.reason'])
    .where('n.provider', '=', provider)
    .where('r.outcome', '=', 'refused_consent')
    .where('r.reason', 'not like', '%not bought again%')
    .where('r.provider_id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.provider_id, { country: r.country, reason: r.reason }]));
}
