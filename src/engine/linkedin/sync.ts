/**
 * Syncing an activation to LinkedIn (issue 11): the buying groups its saved filter selects today
 * give the wanted company list (their accounts) and contact list (their current members, only the
 * chosen roles, those with an email); the synced membership (store) says what LinkedIn holds. The
 * difference is streamed — ADD for newcomers, REMOVE for those who left the group or the account
 * (with the identifier they were added with) — and only what LinkedIn accepted is recorded, so a
 * re-sync after a failure or a crash sends exactly what is still missing, and a sync with nothing
 * changed sends nothing (incremental and idempotent). Filters are read at every sync, so edits
 * apply at the next one.
 *
 * Tokens are refreshed before they expire (and once more when LinkedIn says 401); a refused
 * refresh marks the destination `needs_consent`. LinkedIn's limits are checked: more records than
 * a list may hold is an error before anything is sent; fewer matched members than a campaign
 * needs to serve is a warning on the run.
 */
import { stringify } from 'csv-stringify/sync';
import { QuorumError } from '../../domain/index.ts';
import {
  accountsById,
  activationAccountGroups,
  activationAccountIds,
  buyingGroupPages,
  claimActivation,
  connectDestination,
  currentMembersOf,
  destinationCredentials,
  finishSync,
  getActivation,
  getDestination,
  getSync,
  recordSynced,
  releaseActivation,
  setDestinationState,
  setSegment,
  setSegmentStatus,
  startSync,
  syncedMembers,
  type Activation,
  type ActivationSync,
  type Credentials,
  type Database,
  type ListName,
  type SecretBox,
  type SyncCounts,
  type SyncTrigger,
} from '../../store/index.ts';
import {
  COMPANY_TEMPLATE_COLUMNS,
  CONTACT_TEMPLATE_COLUMNS,
  DEFAULT_LIST_LIMITS,
  LinkedInClient,
  LinkedInConsentRequired,
  LinkedInTokenExpired,
  audienceWarning,
  bareDomain,
  companyTemplateRow,
  contactTemplateRow,
  hashEmail,
  iso2,
  listSizeError,
  realRuntime,
  type CompanyElement,
  type CompanyRecord,
  type ContactRecord,
  type ElementResult,
  type LinkedInConfig,
  type LinkedInRuntime,
  type ListLimits,
  type UserElement,
} from '../../integrations/linkedin/index.ts';

export interface LinkedInSettings {
  /** The app's LinkedIn client settings; null: LinkedIn is not configured (syncs refuse). */
  config: LinkedInConfig | null;
  /** The key sealing destination credentials; null: destinations cannot be connected. */
  secrets: SecretBox | null;
  limits?: ListLimits;
  /** Refresh the access token when it expires within this (default 7 days). */
  refreshMarginMs?: number;
  runtime?: LinkedInRuntime;
}

const DEFAULT_REFRESH_MARGIN_MS = 7 * 86_400_000;
const LEASE_MS = 30 * 60_000;

interface Wanted<R> {
  record: R;
  /** The element without its action, as JSON: stored with the membership (a removal sends it). */
  ident: string;
}

export interface WantedLists {
  companies: Map<string, Wanted<CompanyRecord>>;
  contacts: Map<string, Wanted<ContactRecord>>;
  /** Members left out of the contact list because they have no email. */
  skipped: number;
}

function companyIdent(c: CompanyRecord): string {
  const e: Omit<CompanyElement, 'action'> = { companyName: c.name.slice(0, 255) };
  const domain = bareDomain(c.domain);
  if (domain) e.companyWebsiteDomain = domain;
  const country = iso2(c.country);
  if (country) e.country = country;
  return JSON.stringify(e);
}

function contactIdent(c: ContactRecord): string {
  const e: Omit<UserElement, 'action'> = { userIds: [{ idType: 'SHA256_EMAIL', idValue: hashEmail(c.email) }] };
  if (c.firstName) e.firstName = c.firstName.slice(0, 35);
  if (c.lastName) e.lastName = c.lastName.slice(0, 35);
  if (c.title) e.title = c.title.slice(0, 50);
  if (c.company) e.company = c.company.slice(0, 50);
  const country = iso2(c.country);
  if (country) e.country = country;
  return JSON.stringify(e);
}

/**
 * The filter's pages, then the buying groups of the accounts journeys added to the activation
 * (store/activation-accounts.ts), in pages of the same size: both become list members alike.
 */
async function* pagesWithJourneyAccounts(database: Database, a: Pick<Activation, 'id' | 'filter'>, pages: AsyncIterable<readonly { id: string; accountId: string; accountName: string }[]>): AsyncGenerator<readonly { id: string; accountId: string; accountName: string }[]> {
  yield* pages;
  const ids = await activationAccountIds(database.db, a.id);
  for (let i = 0; i < ids.length; i += 500) {
    const groups = await activationAccountGroups(database.db, ids.slice(i, i + 500), a.filter);
    if (groups.length) yield groups;
  }
}

/** What the activation's filter selects now, plus the accounts journeys added to it, page by page (memory: the lists, not the groups). */
export async function wantedLists(database: Database, a: Pick<Activation, 'id' | 'filter' | 'companyList' | 'contactList' | 'roleIds'>, now: number): Promise<WantedLists> {
  const db = database.db;
  const out: WantedLists = { companies: new Map(), contacts: new Map(), skipped: 0 };
  const roles = new Set(a.roleIds);
  const noEmail = new Set<string>();
  const pages = await buyingGroupPages(db, a.filter, now, 500);
  for await (const groups of pagesWithJourneyAccounts(database, a, pages)) {
    const accounts = await accountsById(
      db,
      groups.map((g) => g.accountId),
    );
    if (a.companyList) {
      for (const g of groups) {
        const acc = accounts.get(g.accountId);
        if (!acc || out.companies.has(acc.id)) continue;
        const record: CompanyRecord = { name: acc.name, domain: acc.domain, industry: null, country: acc.country };
        out.companies.set(acc.id, { record, ident: companyIdent(record) });
      }
    }
    if (a.contactList) {
      const members = await currentMembersOf(db, groups);
      for (const g of groups) {
        for (const m of members.get(g.id) ?? []) {
          if (roles.size > 0 && !roles.has(m.roleId)) continue;
          if (out.contacts.has(m.personId)) continue;
          if (!m.email) {
            noEmail.add(m.personId);
            continue;
          }
          const record: ContactRecord = { email: m.email, firstName: m.firstName, lastName: m.lastName, title: m.jobTitle, company: g.accountName, country: accounts.get(g.accountId)?.country ?? null };
          out.contacts.set(m.personId, { record, ident: contactIdent(record) });
        }
      }
    }
  }
  // Journey-added accounts without a buying group still go to the company list.
  if (a.companyList) {
    const bare = (await activationAccountIds(db, a.id)).filter((id) => !out.companies.has(id));
    for (const acc of (await accountsById(db, bare)).values()) {
      const record: CompanyRecord = { name: acc.name, domain: acc.domain, industry: null, country: acc.country };
      out.companies.set(acc.id, { record, ident: companyIdent(record) });
    }
  }
  for (const p of out.contacts.keys()) noEmail.delete(p);
  out.skipped = noEmail.size;
  return out;
}

/** The LinkedIn upload CSV (Campaign Manager's template columns) of what the activation selects now. */
export async function activationTemplateCsv(database: Database, activationId: string, list: ListName, now: number): Promise<{ filename: string; csv: string; rows: number }> {
  const a = await getActivation(database.db, activationId);
  const wanted = await wantedLists(database, { ...a, companyList: list === 'companies', contactList: list === 'contacts' }, now);
  const rows = list === 'companies' ? [...wanted.companies.values()].map((w) => companyTemplateRow(w.record)) : [...wanted.contacts.values()].map((w) => contactTemplateRow(w.record));
  const header = list === 'companies' ? [...COMPANY_TEMPLATE_COLUMNS] : [...CONTACT_TEMPLATE_COLUMNS];
  // LinkedIn's templates want plain text; cells starting with = + - @ get an apostrophe (CSV injection).
  const safe = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
  return { filename: `linkedin-${list}-${activationId}.csv`, csv: stringify([header, ...safe], { record_delimiter: '\r\n' }), rows: rows.length };
}

class SyncFailure extends Error {}

/**
 * Runs one sync of the activation now and answers its history row. Throws QuorumError 409 when
 * LinkedIn is not configured or another sync of the same activation is running; everything
 * LinkedIn does wrong ends in the run's status and message instead.
 */
export interface SyncHooks {
  /** The history row exists (the run has started). */
  onStart?: (syncId: string) => Promise<void>;
  /** After each streamed batch (and once with 0 when the batches are known). */
  onProgress?: (batchesSent: number, totalBatches: number) => Promise<void>;
}

export async function syncActivation(database: Database, settings: LinkedInSettings, activationId: string, trigger: SyncTrigger, now: () => number, hooks: SyncHooks = {}): Promise<ActivationSync> {
  const db = database.db;
  const activation = await getActivation(db, activationId);
  const { config, secrets } = settings;
  if (!config) throw QuorumError.field('invalid_state', '/destinationId', 'LinkedIn is not configured on this server: set QUORUM_LINKEDIN_CLIENT_ID, QUORUM_LINKEDIN_CLIENT_SECRET and QUORUM_LINKEDIN_SOURCE_PLATFORM');
  if (!secrets) throw QuorumError.field('invalid_state', '/destinationId', 'destinations need QUORUM_SECRET_KEY on the server to open their credentials');
  if (!(await claimActivation(db, activationId, now(), LEASE_MS))) throw QuorumError.field('invalid_state', '/id', `a sync of activation ${activationId} is already running; wait for it to end`);
  const limits = settings.limits ?? DEFAULT_LIST_LIMITS;
  const client = new LinkedInClient(config, settings.runtime ?? realRuntime);
  const syncId = await startSync(db, activationId, trigger, now());
  await hooks.onStart?.(syncId);
  const counts: SyncCounts = { companiesAdded: 0, companiesRemoved: 0, contactsAdded: 0, contactsRemoved: 0, skipped: 0, errors: 0, retries: 0 };
  const warnings: string[] = [];
  const errorSamples: string[] = [];
  let status: 'succeeded' | 'partial' | 'failed' = 'succeeded';
  let message: string | null = null;
  try {
    const destination = await getDestination(db, activation.destinationId);
    let creds: Credentials | null = await destinationCredentials(db, secrets, destination.id);
    if (!creds) throw new SyncFailure(`destination ${destination.id} is not connected: connect it with OAuth tokens first`);

    const refresh = async (): Promise<string> => {
      if (!creds?.refreshToken) throw new LinkedInConsentRequired('the access token expired and there is no refresh token: the member must consent again');
      const t = await client.refresh(creds.refreshToken);
      creds = { accessToken: t.accessToken, accessExpiresAt: t.accessExpiresAt, refreshToken: t.refreshToken ?? creds.refreshToken, refreshExpiresAt: t.refreshExpiresAt ?? creds.refreshExpiresAt };
      await connectDestination(db, secrets, null, destination.id, creds, now());
      return creds.accessToken;
    };
    let token = creds.accessExpiresAt - now() < (settings.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS) ? await refresh() : creds.accessToken;
    /** A call with the token; a 401 refreshes once and tries again. */
    const withToken = async <T>(fn: (t: string) => Promise<T>): Promise<T> => {
      try {
        return await fn(token);
      } catch (err) {
        if (!(err instanceof LinkedInTokenExpired)) throw err;
        token = await refresh();
        return fn(token);
      }
    };

    const wanted = await wantedLists(database, activation, now());
    counts.skipped = wanted.skipped;
    for (const list of ['companies', 'contacts'] as const) {
      const size = list === 'companies' ? wanted.companies.size : wanted.contacts.size;
      const tooBig = listSizeError(list, size, limits);
      if (tooBig) throw new SyncFailure(tooBig);
    }
    if (wanted.skipped > 0) warnings.push(`${wanted.skipped} member${wanted.skipped === 1 ? '' : 's'} without an email left out of the contact list`);

    // Every list's difference first, so that progress counts the batches of the whole run.
    const plans = [];
    for (const list of ['companies', 'contacts'] as const) {
      const want: Map<string, Wanted<unknown>> = list === 'companies' ? wanted.companies : wanted.contacts;
      const have = await syncedMembers(db, activationId, list);
      // Adds: newcomers and changed identifiers (the old one is removed first). Removes: gone.
      const removes: { key: string; ident: string }[] = [];
      const adds: { key: string; ident: string }[] = [];
      for (const [key, ident] of have) {
        const w = want.get(key);
        if (!w || w.ident !== ident) removes.push({ key, ident });
      }
      for (const [key, w] of want) if (have.get(key) !== w.ident) adds.push({ key, ident: w.ident });
      plans.push({ list, want, removes, adds });
    }
    const batchSize = Math.max(1, config.batchSize);
    const totalBatches = plans.reduce((n, p) => n + Math.ceil((p.removes.length + p.adds.length) / batchSize), 0);
    let batchesSent = 0;
    await hooks.onProgress?.(0, totalBatches);

    for (const { list, want, removes, adds } of plans) {
      let segmentId = list === 'companies' ? activation.companySegmentId : activation.contactSegmentId;
      if (!segmentId && adds.length === 0) continue;
      if (!segmentId) {
        segmentId = await withToken((t) => client.createSegment(t, { name: `${activation.name} (${list === 'companies' ? 'companies' : 'contacts'})`, adAccountId: destination.adAccountId, type: list === 'companies' ? 'COMPANY' : 'USER', sourceSegmentId: `${activationId}:${list}` }));
        await setSegment(db, activationId, list, segmentId, now());
      }
      const sid = segmentId;
      const elements = [...removes.map((r) => ({ action: 'REMOVE' as const, ...(JSON.parse(r.ident) as object) })), ...adds.map((a) => ({ action: 'ADD' as const, ...(JSON.parse(a.ident) as object) }))];
      const results: ElementResult[] = [];
      // One request per batch here (the client still halves a batch LinkedIn finds too big).
      for (let i = 0; i < elements.length; i += batchSize) {
        const chunk = elements.slice(i, i + batchSize);
        results.push(...(await withToken((t) => (list === 'companies' ? client.streamCompanies(t, sid, chunk as CompanyElement[]) : client.streamUsers(t, sid, chunk as UserElement[])))));
        await hooks.onProgress?.(++batchesSent, totalBatches);
      }
      const removedOk: string[] = [];
      const addedOk: { key: string; ident: string }[] = [];
      results.forEach((r, i) => {
        const isRemove = i < removes.length;
        const item = isRemove ? removes[i]! : adds[i - removes.length]!;
        if (!r.ok) {
          counts.errors++;
          if (errorSamples.length < 20) errorSamples.push(`${list} ${isRemove ? 'remove' : 'add'} ${item.key}: ${r.error ?? `status ${r.status}`}`);
          return;
        }
        if (isRemove) removedOk.push(item.key);
        else addedOk.push(item);
      });
      // A changed identifier: its removal and its add are both recorded by the add's upsert.
      const readded = new Set(addedOk.map((a) => a.key));
      await recordSynced(
        db,
        activationId,
        list,
        addedOk,
        removedOk.filter((k) => !readded.has(k)),
        now(),
      );
      const changedKeys = new Set(removes.filter((r) => want.has(r.key)).map((r) => r.key));
      if (list === 'companies') {
        counts.companiesAdded += addedOk.filter((a) => !changedKeys.has(a.key)).length;
        counts.companiesRemoved += removedOk.filter((k) => !changedKeys.has(k)).length;
      } else {
        counts.contactsAdded += addedOk.filter((a) => !changedKeys.has(a.key)).length;
        counts.contactsRemoved += removedOk.filter((k) => !changedKeys.has(k)).length;
      }
      // Status and size: what LinkedIn reports now (the first build can take up to 48 h).
      const st = await withToken((t) => client.getSegment(t, sid));
      await setSegmentStatus(db, activationId, list, st.status, st.audienceSize);
      const warn = audienceWarning(list, st.audienceSize, want.size, limits);
      if (warn) warnings.push(warn);
      if (st.status && ['EXPIRED', 'FAILED', 'ERROR'].includes(st.status)) warnings.push(`LinkedIn reports the ${list === 'companies' ? 'company' : 'contact'} list as ${st.status}: it cannot be targeted`);
    }
    if (counts.errors > 0) {
      status = 'partial';
      message = `${counts.errors} element${counts.errors === 1 ? '' : 's'} refused by LinkedIn; the next sync tries them again`;
    }
    if (destination.state !== 'connected') await setDestinationState(db, destination.id, 'connected', null, now());
  } catch (err) {
    status = 'failed';
    if (err instanceof LinkedInConsentRequired) {
      message = err.message;
      await setDestinationState(db, activation.destinationId, 'needs_consent', `consent must be renewed: ${err.message}`, now());
    } else if (err instanceof LinkedInTokenExpired) {
      message = `LinkedIn refused the refreshed token: ${err.message}`;
      await setDestinationState(db, activation.destinationId, 'needs_consent', message, now());
    } else if (err instanceof SyncFailure || err instanceof Error) {
      message = err.message;
      if (!(err instanceof SyncFailure) && !(err instanceof QuorumError)) await setDestinationState(db, activation.destinationId, 'error', err.message.slice(0, 500), now());
    } else {
      message = String(err);
    }
  } finally {
    counts.retries = client.retries;
    await finishSync(db, syncId, { ...counts, status, message, warnings, errorSamples }, now());
    await releaseActivation(db, activationId, now());
  }
  return getSync(db, syncId);
}
