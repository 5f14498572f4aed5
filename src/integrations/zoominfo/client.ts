/**
 * A typed client of ZoomInfo's GTM Data API (integrations.md B.1–B.5, the parts marked
 * confirmed): client-credentials token (Basic auth, form body), JSON:API contact search and
 * contact enrich. No database: credentials are passed in.
 *
 * - The access token is kept until shortly before `expires_in` and fetched again then; a 401 on a
 *   data call (token revoked or expired early) refreshes once and retries. Refreshes are
 *   serialised (one in flight) because concurrent refreshes of rotating tokens kill each other.
 * - Requests are spaced to stay under the per-second limit (configurable: the package limits are
 *   only secondary-sourced). 429 and 5xx are retried with exponential backoff and jitter,
 *   honouring Retry-After; a Retry-After longer than the longest wait we accept (the hour or day
 *   bucket is spent) fails at once with `rate_limited` rather than stalling a run for hours.
 * - 401 after a refresh, 403 (scope or entitlement), other 4xx and answers that do not have the
 *   documented shape are typed errors (ZoomInfoError.code) with ZoomInfo's own message and code,
 *   read from either error shape (JSON:API `errors[]` or the gateway's `{error:{code,message}}`).
 */
import { z } from 'zod';
import { parseRetryAfter, retryDelayMs, type RetryPolicy } from '../webhooks/index.ts';
import type { ContactProvider, ContactQuery, EnrichResult, EnrichStatus, EnrichedContact, ProviderContact, SearchResult } from '../../domain/enrichment/index.ts';

export interface ZoomInfoConfig {
  /** Default https://api.zoominfo.com/gtm (paths /data/v1/…). */
  apiBaseUrl: string;
  /** Default https://api.zoominfo.com/gtm/oauth/v1/token */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Requests per second the client allows itself (default 25, the Standard package). */
  requestsPerSecond: number;
  retry: RetryPolicy;
  timeoutMs: number;
  /** Search page size, 1–100. */
  pageSize: number;
  /** Enrich output fields (must be entitled on the account: GET /lookup/enrich). */
  outputFields: string[];
  /** A token is renewed this long before it expires. */
  tokenMarginMs: number;
}

export const DEFAULT_ZOOMINFO_CONFIG: Omit<ZoomInfoConfig, 'clientId' | 'clientSecret'> = {
  apiBaseUrl: 'https://api.zoominfo.com/gtm',
  tokenUrl: 'https://api.zoominfo.com/gtm/oauth/v1/token',
  requestsPerSecond: 25,
  retry: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000 },
  timeoutMs: 30_000,
  pageSize: 25,
  outputFields: ['id', 'firstName', 'lastName', 'email', 'jobTitle', 'managementLevel', 'department', 'country', 'state', 'city', 'phone', 'companyName', 'companyWebsite'],
  tokenMarginMs: 60_000,
};

export interface ZoomInfoRuntime {
  fetch: typeof fetch;
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
}

export const zoomInfoRuntime: ZoomInfoRuntime = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

export type ZoomInfoErrorCode =
  /** Credentials refused (bad client id/secret, grant not enabled) or the token refused after a refresh. */
  | 'unauthorized'
  /** 403: the app lacks the scope or the account the entitlement. */
  | 'forbidden'
  /** 429 still after the retries, or a wait longer than allowed (hour/day bucket spent). */
  | 'rate_limited'
  /** 5xx or no answer after the retries. */
  | 'unavailable'
  /** Another 4xx (validation: PFAPI codes; wrong path: ZI9998). */
  | 'rejected'
  /** A 2xx whose body does not have the documented shape. */
  | 'malformed';

export class ZoomInfoError extends Error {
  constructor(
    readonly code: ZoomInfoErrorCode,
    message: string,
    readonly status: number,
    /** ZoomInfo's own code (ZI1001, PFAPI…, unauthorized_client) when it sent one. */
    readonly providerCode: string | null = null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

interface Sent {
  status: number;
  headers: Headers;
  text: string;
}

/** ZoomInfo's message and code from any of its error shapes (B.5), or the HTTP status. */
export function zoomInfoErrorText(status: number, text: string): { message: string; code: string | null } {
  try {
    const b = JSON.parse(text) as Record<string, unknown>;
    const gw = b.error;
    if (gw && typeof gw === 'object') {
      const g = gw as { code?: unknown; message?: unknown };
      return { message: typeof g.message === 'string' ? g.message : `HTTP ${status}`, code: typeof g.code === 'string' ? g.code : null };
    }
    const errors = Array.isArray(b.errors) ? (b.errors as { code?: unknown; detail?: unknown; title?: unknown }[]) : [];
    const first = errors[0];
    const message = [b.detail, first?.detail, b.title, first?.title, b.error_description].find((m) => typeof m === 'string') as string | undefined;
    const code = typeof first?.code === 'string' ? first.code : typeof gw === 'string' ? gw : null;
    return { message: message ?? (typeof gw === 'string' ? gw : `HTTP ${status}`), code };
  } catch {
    return { message: `HTTP ${status}${text ? `: ${text.slice(0, 200)}` : ''}`, code: null };
  }
}

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().positive() });

const str = z.string().nullish();
const searchSchema = z.object({
  data: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      type: z.string(),
      attributes: z
        .object({
          firstName: str,
          lastName: str,
          jobTitle: str,
          managementLevel: z.union([z.string(), z.array(z.string())]).nullish(),
          country: str,
          hasEmail: z.boolean().nullish(),
          company: z.object({ name: str }).passthrough().nullish(),
        })
        .passthrough(),
    }),
  ),
  meta: z.object({ page: z.object({ number: z.number(), total: z.number() }).partial().optional(), totalResults: z.number().optional() }).passthrough().optional(),
});

const enrichSchema = z.object({
  data: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).nullish(),
      type: z.string(),
      attributes: z.record(z.string(), z.unknown()).nullish(),
      meta: z.object({ matchStatus: z.string(), input: z.record(z.string(), z.unknown()).optional() }).passthrough(),
    }),
  ),
});

const MATCH_STATUS: Record<string, EnrichStatus> = {
  FULL_MATCH: 'matched',
  CONTACT_ONLY_MATCH: 'matched',
  OPT_OUT: 'opted_out',
  LIMIT_EXCEEDED: 'limit_exceeded',
  INVALID_INPUT: 'invalid',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null);
const firstText = (v: unknown): string | null => (Array.isArray(v) ? text(v[0]) : text(v));

/** Enrich takes at most 25 inputs per call (B.4). */
export const ENRICH_BATCH = 25;

export class ZoomInfoClient implements ContactProvider {
  readonly name = 'zoominfo';
  /** Retries made (for run reports and tests). */
  retries = 0;
  requests = 0;
  private token: { value: string; expiresAt: number } | null = null;
  private refreshing: Promise<string> | null = null;
  private nextSlot = 0;

  constructor(
    readonly config: ZoomInfoConfig,
    private readonly rt: ZoomInfoRuntime = zoomInfoRuntime,
  ) {}

  maxCost(n: number): number {
    return n;
  }

  /** Waits for this request's slot under the per-second limit. */
  private async throttle(): Promise<void> {
    const gap = 1000 / Math.max(0.001, this.config.requestsPerSecond);
    const now = this.rt.now();
    const at = Math.max(now, this.nextSlot);
    this.nextSlot = at + gap;
    if (at > now) await this.rt.sleep(at - now);
  }

  /** One exchange, retried on 429, 5xx and network failures. */
  private async send(method: string, url: string, headers: Record<string, string>, body: string | undefined): Promise<Sent> {
    for (let attempt = 1; ; attempt++) {
      await this.throttle();
      let sent: Sent | null = null;
      let failure = '';
      try {
        this.requests++;
        const res = await this.rt.fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.config.timeoutMs) });
        sent = { status: res.status, headers: res.headers, text: await res.text() };
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      }
      if (sent && sent.status !== 429 && sent.status < 500) return sent;
      const retryAfter = sent ? parseRetryAfter(sent.headers.get('retry-after'), this.rt.now()) : null;
      const spent = attempt >= this.config.retry.maxAttempts;
      if (sent?.status === 429 && (spent || (retryAfter !== null && retryAfter > this.config.retry.maxDelayMs))) {
        const { message, code } = zoomInfoErrorText(429, sent.text);
        const wait = retryAfter === null ? '' : ` (ZoomInfo asks to wait ${Math.ceil(retryAfter / 1000)} s${sent.headers.get('x-ratelimit-rejected-bucket') ? `: the ${sent.headers.get('x-ratelimit-rejected-bucket')} bucket is spent` : ''})`;
        throw new ZoomInfoError('rate_limited', `ZoomInfo rate limit: ${message}${wait}`, 429, code, retryAfter);
      }
      if (spent) {
        if (!sent) throw new ZoomInfoError('unavailable', `ZoomInfo did not answer (${failure}) after ${attempt} tries`, 0);
        const { message, code } = zoomInfoErrorText(sent.status, sent.text);
        throw new ZoomInfoError('unavailable', `ZoomInfo answered ${sent.status} after ${attempt} tries: ${message}`, sent.status, code);
      }
      this.retries++;
      await this.rt.sleep(retryDelayMs(this.config.retry, attempt, this.rt.random, retryAfter));
    }
  }

  /** POST /gtm/oauth/v1/token, grant_type=client_credentials with Basic auth (B.1). */
  async authenticate(): Promise<string> {
    const basic = Buffer.from(`${this.config.clientId}:${this.config.clientSecret}`, 'utf8').toString('base64');
    const sent = await this.send('POST', this.config.tokenUrl, { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, 'grant_type=client_credentials');
    if (sent.status >= 400) {
      const { message, code } = zoomInfoErrorText(sent.status, sent.text);
      const hint = code === 'unauthorized_client' ? ' (enable the client-credentials grant on the ZoomInfo DevPortal app)' : ' (check the ZoomInfo client id and secret)';
      throw new ZoomInfoError(sent.status === 403 ? 'forbidden' : 'unauthorized', `ZoomInfo refused the credentials: ${message}${hint}`, sent.status, code);
    }
    const parsed = tokenSchema.safeParse(safeJson(sent.text));
    if (!parsed.success) throw new ZoomInfoError('malformed', 'ZoomInfo token answer has no access_token/expires_in', sent.status);
    this.token = { value: parsed.data.access_token, expiresAt: this.rt.now() + parsed.data.expires_in * 1000 };
    return this.token.value;
  }

  /** The current token, fetched again when near expiry or when `force` (after a 401). */
  private async accessToken(force = false): Promise<string> {
    if (!force && this.token && this.token.expiresAt - this.config.tokenMarginMs > this.rt.now()) return this.token.value;
    this.refreshing ??= this.authenticate().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** A JSON:API call with the bearer token; one refresh-and-retry on 401. */
  private async call(path: string, body: unknown): Promise<unknown> {
    const url = `${this.config.apiBaseUrl}${path}`;
    const payload = JSON.stringify(body);
    let sent: Sent | null = null;
    for (const force of [false, true]) {
      const token = await this.accessToken(force);
      sent = await this.send('POST', url, { authorization: `Bearer ${token}`, accept: 'application/vnd.api+json', 'content-type': 'application/vnd.api+json' }, payload);
      if (sent.status !== 401) break;
    }
    const s = sent!;
    if (s.status >= 400) {
      const { message, code } = zoomInfoErrorText(s.status, s.text);
      if (s.status === 401) throw new ZoomInfoError('unauthorized', `ZoomInfo refused the access token even after a refresh: ${message}`, 401, code);
      if (s.status === 403) throw new ZoomInfoError('forbidden', `ZoomInfo refused ${path}: ${message} (the app lacks the api:data:contact scope or the account the entitlement)`, 403, code);
      throw new ZoomInfoError('rejected', `ZoomInfo answered ${s.status} to ${path}: ${message}`, s.status, code);
    }
    const json = safeJson(s.text);
    if (json === undefined) throw new ZoomInfoError('malformed', `ZoomInfo answered ${path} with something that is not JSON`, s.status);
    return json;
  }

  /** POST /data/v1/contacts/search, page by page until `limit` contacts or the last page. */
  async searchContacts(query: ContactQuery, limit: number): Promise<SearchResult> {
    const attributes: Record<string, unknown> = { excludePartialProfiles: true };
    if (query.companyWebsite) attributes.companyWebsite = query.companyWebsite;
    if (query.companyName) attributes.companyName = query.companyName;
    if (query.jobTitles.length) attributes.jobTitle = query.jobTitles.join(' OR ');
    if (query.managementLevels.length) attributes.managementLevel = query.managementLevels.join(',');
    if (query.departments.length) attributes.department = query.departments.join(',');
    if (query.countries.length) attributes.country = query.countries.join(',');
    const contacts: ProviderContact[] = [];
    let totalResults = 0;
    const size = Math.min(100, Math.max(1, this.config.pageSize));
    for (let page = 1; contacts.length < limit; page++) {
      const raw = await this.call(`/data/v1/contacts/search?page[number]=${page}&page[size]=${size}`, { data: { type: 'ContactSearch', attributes } });
      const parsed = searchSchema.safeParse(raw);
      if (!parsed.success) throw new ZoomInfoError('malformed', `ZoomInfo contact search answer does not have the documented shape: ${parsed.error.issues[0]?.message ?? ''} at ${parsed.error.issues[0]?.path.join('.') ?? ''}`, 200);
      totalResults = parsed.data.meta?.totalResults ?? totalResults;
      for (const d of parsed.data.data) {
        if (contacts.length >= limit) break;
        const a = d.attributes;
        contacts.push({ providerId: d.id, firstName: text(a.firstName), lastName: text(a.lastName), jobTitle: text(a.jobTitle), managementLevel: firstText(a.managementLevel), companyName: text(a.company?.name), country: text(a.country), hasEmail: a.hasEmail ?? false });
      }
      const pages = parsed.data.meta?.page?.total ?? page;
      if (parsed.data.data.length === 0 || page >= pages) break;
    }
    return { contacts, totalResults };
  }

  /** POST /data/v1/contacts/enrich by personId, 25 per call; one credit per matched record. */
  async enrichContacts(providerIds: string[]): Promise<EnrichResult> {
    const contacts: EnrichedContact[] = [];
    let creditsUsed = 0;
    for (let i = 0; i < providerIds.length; i += ENRICH_BATCH) {
      const batch = providerIds.slice(i, i + ENRICH_BATCH);
      const raw = await this.call('/data/v1/contacts/enrich', {
        data: { type: 'ContactEnrich', attributes: { matchPersonInput: batch.map((id) => ({ personId: /^\d+$/.test(id) ? Number(id) : id })), outputFields: this.config.outputFields } },
      });
      const parsed = enrichSchema.safeParse(raw);
      if (!parsed.success) throw new ZoomInfoError('malformed', `ZoomInfo contact enrich answer does not have the documented shape: ${parsed.error.issues[0]?.message ?? ''} at ${parsed.error.issues[0]?.path.join('.') ?? ''}`, 200);
      const byInput = new Map<string, (typeof parsed.data.data)[number]>();
      for (const d of parsed.data.data) {
        const input = text(d.meta.input?.personId);
        if (input) byInput.set(input, d);
      }
      // Results come one per input; match them back by the echoed input, else by position.
      batch.forEach((id, k) => {
        const d = byInput.get(id) ?? parsed.data.data[k];
        const mapped = d ? MATCH_STATUS[d.meta.matchStatus] : undefined;
        // A NoMatch never counts as matched, whatever its status says.
        const status: EnrichStatus = !mapped || (mapped === 'matched' && d?.type === 'NoMatch') ? 'no_match' : mapped;
        const a = (status === 'matched' ? d?.attributes : null) ?? {};
        const company = (a.company && typeof a.company === 'object' ? a.company : {}) as Record<string, unknown>;
        if (status === 'matched') creditsUsed++;
        contacts.push({
          providerId: id,
          status,
          email: text(a.email),
          firstName: text(a.firstName),
          lastName: text(a.lastName),
          jobTitle: text(a.jobTitle),
          managementLevel: firstText(a.managementLevel),
          department: firstText(a.department),
          country: text(a.country),
          state: text(a.state),
          city: text(a.city),
          phone: text(a.phone),
          companyName: text(a.companyName) ?? text(company.name),
          companyWebsite: text(a.companyWebsite) ?? text(company.website),
        });
      });
    }
    return { contacts, creditsUsed };
  }
}

function safeJson(t: string): unknown {
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}
