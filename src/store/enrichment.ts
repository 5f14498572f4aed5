/**
 * Enrichment and acquisition storage (issue 11, migration 0023): provider settings with sealed
 * credentials, the credit ledger (reserve and settle, each one transaction holding the month's
 * ledger row locked, so concurrent runs cannot overspend), fill-gaps runs and their per-contact
 * results, and the insertion of an acquired person with provenance through the normal path
 * (person + relation to the account, announced, so maintenance assigns them by rules).
 */
import type { Kysely } from 'kysely';
import type { DB, EnrichmentResultsTable, EnrichmentRunsTable } from './schema.ts';
import { QuorumError, newId, normText, notFound } from '../domain/index.ts';
import { available, type ConsentPolicy, type CreditBudget, type MonthUsage } from '../domain/enrichment/index.ts';
import { parseJson, toJson } from './db.ts';
import { dialectOf } from './dialect.ts';
import { audit, type Actor } from './audit.ts';
import { announce } from './changes.ts';
import { getPerson, personColumns, type Person, type PersonFields } from './people.ts';
import { relationColumns } from './relations.ts';
import type { SecretBox } from './secrets.ts';

export const PROVIDERS = ['zoominfo'] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Everything about a provider but its credentials. */
export interface ProviderSettings {
  apiBaseUrl: string;
  tokenUrl: string;
  /** Requests per second the client allows itself. */
  requestsPerSecond: number;
  /** Credits all runs of a calendar month may spend. */
  monthlyBudget: number;
  /** A run's budget when the caller gives none. */
  defaultRunBudget: number;
  /** Search hits considered per missing role and account (the enrich candidates). */
  contactsPerRole: number;
  consent: ConsentPolicy;
}

export interface ProviderConfig {
  provider: ProviderName;
  settings: ProviderSettings;
  hasCredentials: boolean;
  createdAt: number;
  updatedAt: number;
  version: number;
}

export interface ProviderCredentials {
  clientId: string;
  clientSecret: string;
}

const sealContext = (p: string) => `provider:${p}`;

export async function getProviderConfig(db: Kysely<DB>, provider: ProviderName): Promise<ProviderConfig | null> {
  const r = await db.selectFrom('enrichment_providers').selectAll().where('provider', '=', provider).executeTakeFirst();
  if (!r) return null;
  return { provider, settings: parseJson<ProviderSettings>(r.settings), hasCredentials: r.credentials_sealed !== null, createdAt: r.created_at, updatedAt: r.updated_at, version: r.version };
}

/** Creates or replaces the settings; credentials only when given (null clears them). */
export async function saveProviderConfig(db: Kysely<DB>, box: SecretBox | null, actor: Actor, provider: ProviderName, settings: ProviderSettings, credentials: ProviderCredentials | null | undefined, now: number): Promise<ProviderConfig> {
  if (credentials && !box) throw QuorumError.field('invalid_state', '/credentials', 'provider credentials need QUORUM_SECRET_KEY (32 bytes, base64 or hex) on the server; set it and restart');
  return db.transaction().execute(async (trx) => {
    const before = await getProviderConfig(trx, provider);
    const sealed = credentials === undefined ? undefined : credentials === null ? null : box!.seal(toJson(credentials), sealContext(provider));
    if (before) {
      await trx
        .updateTable('enrichment_providers')
        .set({ settings: toJson(settings), updated_at: now, version: before.version + 1, ...(sealed !== undefined ? { credentials_sealed: sealed } : {}) })
        .where('provider', '=', provider)
        .execute();
    } else {
      await trx.insertInto('enrichment_providers').values({ provider, settings: toJson(settings), credentials_sealed: sealed ?? null, created_at: now, updated_at: now }).execute();
    }
    const after = (await getProviderConfig(trx, provider))!;
    await audit(trx, actor, { action: before ? 'update' : 'create', entityType: 'enrichment_provider', entityId: provider, before, after, at: now });
    return after;
  });
}

export async function providerCredentials(db: Kysely<DB>, box: SecretBox, provider: ProviderName): Promise<ProviderCredentials | null> {
  const r = await db.selectFrom('enrichment_providers').select('credentials_sealed').where('provider', '=', provider).executeTakeFirst();
  if (!r?.credentials_sealed) return null;
  return parseJson<ProviderCredentials>(box.open(r.credentials_sealed, sealContext(provider)));
}

export async function monthUsage(db: Kysely<DB>, provider: string, month: string): Promise<MonthUsage> {
  const r = await db.selectFrom('credit_ledger').select(['spent', 'reserved']).where('provider', '=', provider).where('month', '=', month).executeTakeFirst();
  return { spent: r?.spent ?? 0, reserved: r?.reserved ?? 0 };
}

/** The month's ledger row, created when missing, locked for the rest of the transaction (PostgreSQL; SQLite writers are serial). */
async function lockedUsage(trx: Kysely<DB>, provider: string, month: string, now: number): Promise<MonthUsage> {
  await trx.insertInto('credit_ledger').values({ provider, month, updated_at: now }).onConflict((oc) => oc.columns(['provider', 'month']).doNothing()).execute();
  const q = trx.selectFrom('credit_ledger').select(['spent', 'reserved']).where('provider', '=', provider).where('month', '=', month);
  const r = await dialectOf(trx).withRowLocks(q, (x) => x.forUpdate()).executeTakeFirstOrThrow();
  return { spent: r.spent, reserved: r.reserved };
}

/**
 * Reserves up to `wanted` credits for run `runId` (what it already spent or holds counts against
 * its own budget) and returns how many were granted (0 … wanted). One transaction: the ledger row
 * and the run's counters move together.
 */
export async function reserveCredits(db: Kysely<DB>, q: { provider: string; month: string; runId: string; budget: CreditBudget; wanted: number }, now: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const usage = await lockedUsage(trx, q.provider, q.month, now);
    const run = await trx.selectFrom('enrichment_runs').select(['credits_reserved', 'credits_spent']).where('id', '=', q.runId).executeTakeFirstOrThrow();
    const granted = Math.max(0, Math.min(q.wanted, available(q.budget, usage, run.credits_reserved + run.credits_spent)));
    if (granted > 0) {
      await trx.updateTable('credit_ledger').set((eb) => ({ reserved: eb('reserved', '+', granted), updated_at: now })).where('provider', '=', q.provider).where('month', '=', q.month).execute();
      await trx.updateTable('enrichment_runs').set((eb) => ({ credits_reserved: eb('credits_reserved', '+', granted) })).where('id', '=', q.runId).execute();
    }
    return granted;
  });
}

/** Turns `reserved` credits of run `runId` into `charged` spent ones (the rest goes back to the month). */
export async function settleCredits(db: Kysely<DB>, q: { provider: string; month: string; runId: string; reserved: number; charged: number }, now: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockedUsage(trx, q.provider, q.month, now);
    await trx
      .updateTable('credit_ledger')
      .set((eb) => ({ spent: eb('spent', '+', q.charged), reserved: eb('reserved', '-', q.reserved), updated_at: now }))
      .where('provider', '=', q.provider)
      .where('month', '=', q.month)
      .execute();
    await trx
      .updateTable('enrichment_runs')
      .set((eb) => ({ credits_spent: eb('credits_spent', '+', q.charged), credits_reserved: eb('credits_reserved', '-', q.reserved) }))
      .where('id', '=', q.runId)
      .execute();
  });
}

export type ResultOutcome = EnrichmentResultsTable['outcome'];

export const RESULT_OUTCOMES: readonly ResultOutcome[] = ['added', 'duplicate', 'refused_consent', 'no_role', 'no_match', 'no_email', 'over_budget'];

export type RunCounts = Record<ResultOutcome, number> & { searches: number; candidates: number };

export const emptyRunCounts = (): RunCounts => ({ added: 0, duplicate: 0, refused_consent: 0, no_role: 0, no_match: 0, no_email: 0, over_budget: 0, searches: 0, candidates: 0 });

export interface EnrichmentRun {
  id: string;
  provider: string;
  solutionInterestId: string;
  filter: Record<string, unknown>;
  budget: number;
  jobId: string | null;
  status: EnrichmentRunsTable['status'];
  month: string;
  creditsReserved: number;
  creditsSpent: number;
  counts: RunCounts;
  searches: unknown[];
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
}

export interface RunResult {
  seq: number;
  accountId: string;
  roleId: string;
  providerId: string;
  outcome: ResultOutcome;
  personId: string | null;
  email: string | null;
  name: string | null;
  jobTitle: string | null;
  country: string | null;
  reason: string | null;
  assignedRoleIds: string[];
}

export async function createRun(db: Kysely<DB>, r: { provider: string; solutionInterestId: string; filter: Record<string, unknown>; budget: number; month: string; jobId: string | null }, now: number): Promise<string> {
  const id = newId('enrichmentRun', now);
  await db
    .insertInto('enrichment_runs')
    .values({ id, provider: r.provider, solution_interest_id: r.solutionInterestId, filter: toJson(r.filter), budget: r.budget, job_id: r.jobId, status: 'queued', month: r.month, counts: toJson(emptyRunCounts()), searches: '[]', error: null, created_at: now, finished_at: null })
    .execute();
  return id;
}

export async function updateRun(db: Kysely<DB>, id: string, patch: { status?: EnrichmentRun['status']; counts?: RunCounts; searches?: unknown[]; error?: string | null; finishedAt?: number | null; jobId?: string }): Promise<void> {
  await db
    .updateTable('enrichment_runs')
    .set({
      ...(patch.status ? { status: patch.status } : {}),
      ...(patch.counts ? { counts: toJson(patch.counts) } : {}),
      ...(patch.searches ? { searches: toJson(patch.searches) } : {}),
      ...(patch.error !== undefined ? { error: patch.error } : {}),
      ...(patch.finishedAt !== undefined ? { finished_at: patch.finishedAt } : {}),
      ...(patch.jobId ? { job_id: patch.jobId } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function getRun(db: Kysely<DB>, id: string): Promise<EnrichmentRun> {
  const r = await db.selectFrom('enrichment_runs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('enrichment run', id);
  return {
    id: r.id,
    provider: r.provider,
    solutionInterestId: r.solution_interest_id,
    filter: parseJson<Record<string, unknown>>(r.filter),
    budget: r.budget,
    jobId: r.job_id,
    status: r.status,
    month: r.month,
    creditsReserved: r.credits_reserved,
    creditsSpent: r.credits_spent,
    counts: { ...emptyRunCounts(), ...parseJson<Partial<RunCounts>>(r.counts) },
    searches: parseJson<unknown[]>(r.searches),
    error: r.error,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export async function addRunResults(db: Kysely<DB>, runId: string, results: readonly RunResult[]): Promise<void> {
  if (!results.length) return;
  await db
    .insertInto('enrichment_results')
    .values(results.map((x) => ({ run_id: runId, seq: x.seq, account_id: x.accountId, role_id: x.roleId, provider_id: x.providerId, outcome: x.outcome, person_id: x.personId, email: x.email, name: x.name, job_title: x.jobTitle, country: x.country, reason: x.reason, assigned_role_ids: toJson(x.assignedRoleIds) })))
    .execute();
}

export async function listRunResults(db: Kysely<DB>, runId: string): Promise<RunResult[]> {
  const rows = await db.selectFrom('enrichment_results').selectAll().where('run_id', '=', runId).orderBy('seq').execute();
  return rows.map((r) => ({ seq: r.seq, accountId: r.account_id, roleId: r.role_id, providerId: r.provider_id, outcome: r.outcome, personId: r.person_id, email: r.email, name: r.name, jobTitle: r.job_title, country: r.country, reason: r.reason, assignedRoleIds: parseJson<string[]>(r.assigned_role_ids) }));
}

/** The normalised emails among `emails` that already belong to a person. */
export async function existingEmails(db: Kysely<DB>, emails: readonly string[]): Promise<Set<string>> {
  const norms = [...new Set(emails.map(normText))];
  const out = new Set<string>();
  for (let i = 0; i < norms.length; i += 500) {
    const rows = await db.selectFrom('people').select('email_norm').where('email_norm', 'in', norms.slice(i, i + 500)).execute();
    for (const r of rows) out.add(r.email_norm);
  }
  return out;
}

export interface Provenance {
  source: 'provider';
  provider: string;
  providerId: string;
  fetchedAt: number;
}

/**
 * A person acquired from a provider, with provenance, and their relation (employee) to the
 * account: one transaction, announced like any relation, so maintenance assigns them by rules in
 * this very transaction. Null when the email turned out to be taken meanwhile (a concurrent
 * import or run): a duplicate, not an error.
 */
export async function insertAcquiredPerson(db: Kysely<DB>, actor: Actor, fields: PersonFields, provenance: Provenance, accountId: string, now: number): Promise<Person | null> {
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('people').select('id').where('email_norm', '=', normText(fields.email)).executeTakeFirst();
    if (taken) return null;
    const id = newId('person', now);
    await trx
      .insertInto('people')
      .values({ id, ...personColumns(fields), source: provenance.source, provider: provenance.provider, provider_id: provenance.providerId, fetched_at: provenance.fetchedAt, engagement_score: 0, created_at: now, updated_at: now, version: 1 })
      .execute();
    const relationId = newId('relation', now);
    await trx
      .insertInto('account_people')
      .values({ id: relationId, account_id: accountId, person_id: id, ...relationColumns({ relationType: 'employee', roles: [], startedOn: null, endedOn: null }), created_at: now, updated_at: now })
      .execute();
    const person = await getPerson(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'person', entityId: id, after: { ...person, provenance }, at: now });
    await announce(trx, [{ kind: 'relation', accountId, personId: id }], now);
    return person;
  });
}
