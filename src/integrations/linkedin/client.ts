/**
 * A typed client of the LinkedIn Marketing API's Matched Audiences calls that integrations.md
 * marks confirmed: create a DMP segment (A.3), read it for status and audience size (A.4), stream
 * companies and users in batches (A.5, A.6), and refresh the OAuth token (A.1). No database:
 * tokens are passed in; what to store is the caller's business.
 *
 * Every call carries Authorization, LinkedIn-Version (configurable: versions sunset after about a
 * year) and X-Restli-Protocol-Version 2.0.0. 408/409/423/429/5xx are retried with exponential
 * backoff and jitter, honouring Retry-After when LinkedIn sends one (that it does is unconfirmed);
 * a streaming call also retries 404, which LinkedIn answers for a minute or two after a segment
 * is created. A batch answered 400/413 is split in halves (the maximum batch size is unconfirmed).
 */
import { createHash } from 'node:crypto';
import { parseRetryAfter, retryDelayMs, type RetryPolicy } from '../webhooks/index.ts';

export interface LinkedInConfig {
  /** Default https://api.linkedin.com/rest */
  apiBaseUrl: string;
  /** Default https://www.linkedin.com/oauth/v2/accessToken */
  tokenUrl: string;
  /** LinkedIn-Version header, YYYYMM (default 202604). */
  version: string;
  clientId: string;
  clientSecret: string;
  /** The partner's sourcePlatform enum, assigned by LinkedIn. */
  sourcePlatform: string;
  /** Elements per streaming batch (unconfirmed maximum; default 5,000). */
  batchSize: number;
  retry: RetryPolicy;
  /** Per request (default 30 s). */
  timeoutMs: number;
}

export const DEFAULT_LINKEDIN_CONFIG: Omit<LinkedInConfig, 'clientId' | 'clientSecret' | 'sourcePlatform'> = {
  apiBaseUrl: 'https://api.linkedin.com/rest',
  tokenUrl: 'https://www.linkedin.com/oauth/v2/accessToken',
  version: '202604',
  batchSize: 5000,
  retry: { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 120_000 },
  timeoutMs: 30_000,
};

/** What the client needs from its surroundings (tests pass their own sleep and random). */
export interface LinkedInRuntime {
  fetch: typeof fetch;
  sleep(ms: number): Promise<void>;
  random(): number;
  now(): number;
}

export const realRuntime: LinkedInRuntime = {
  fetch: (input, init) => fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  now: Date.now,
};

/** A LinkedIn answer that is not a success after the retries (`status` 0: no answer at all). */
export class LinkedInApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly serviceErrorCode: number | null = null,
  ) {
    super(message);
  }
}

/** 401 on an API call: the access token expired or was revoked (refresh, then try once more). */
export class LinkedInTokenExpired extends LinkedInApiError {}

/** The refresh token is expired or revoked (`invalid_grant`): the member must consent again. */
export class LinkedInConsentRequired extends Error {}

export interface TokenSet {
  accessToken: string;
  accessExpiresAt: number;
  /** LinkedIn may answer a new refresh token; without one the old one stays. */
  refreshToken: string | null;
  /** The refresh token's end (365 days from the original consent); null when not answered. */
  refreshExpiresAt: number | null;
}

export type SegmentType = 'COMPANY' | 'USER';

export interface SegmentStatus {
  id: string;
  /** destinations[LINKEDIN].status: BUILDING, UPDATING, READY, ARCHIVED (targetable), EXPIRED, FAILED, ERROR. */
  status: string | null;
  audienceSize: number | null;
  matchedCount: number | null;
  inputCount: number | null;
  /** urn:li:adSegment:… — what campaign targeting references. */
  destinationSegmentId: string | null;
}

export const TARGETABLE_STATUSES = ['BUILDING', 'UPDATING', 'READY', 'ARCHIVED'] as const;

export type Action = 'ADD' | 'REMOVE';

export interface UserElement {
  action: Action;
  userIds: { idType: 'SHA256_EMAIL'; idValue: string }[];
  firstName?: string;
  lastName?: string;
  title?: string;
  company?: string;
  country?: string;
}

export interface CompanyElement {
  action: Action;
  companyName?: string;
  companyWebsiteDomain?: string;
  country?: string;
}

/** One element's outcome, in request order. */
export interface ElementResult {
  ok: boolean;
  status: number;
  error: string | null;
}

/** SHA-256 hex of the trimmed, lower-cased email (integrations.md A.5). */
export function hashEmail(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex');
}

const RETRYABLE = new Set([408, 409, 423, 429, 500, 502, 503, 504]);

interface Sent {
  status: number;
  headers: Headers;
  text: string;
}

function errorText(sent: Sent): { message: string; code: number | null } {
  try {
    const b = JSON.parse(sent.text) as { message?: unknown; serviceErrorCode?: unknown; error?: unknown; error_description?: unknown };
    const message = typeof b.message === 'string' ? b.message : typeof b.error_description === 'string' ? b.error_description : typeof b.error === 'string' ? b.error : null;
    return { message: message ?? `HTTP ${sent.status}`, code: typeof b.serviceErrorCode === 'number' ? b.serviceErrorCode : null };
  } catch {
    return { message: `HTTP ${sent.status}${sent.text ? `: ${sent.text.slice(0, 200)}` : ''}`, code: null };
  }
}

export class LinkedInClient {
  /** Retries made (for the sync history and tests). */
  retries = 0;

  constructor(
    readonly config: LinkedInConfig,
    private readonly rt: LinkedInRuntime = realRuntime,
  ) {}

  /** One HTTP exchange with retries; `retryNotFound` for streaming calls right after a create. */
  private async send(method: string, url: string, headers: Record<string, string>, body: string | undefined, retryNotFound = false): Promise<Sent> {
    for (let attempt = 1; ; attempt++) {
      let sent: Sent | null = null;
      let failure: string | null = null;
      try {
        const res = await this.rt.fetch(url, { method, headers, body, signal: AbortSignal.timeout(this.config.timeoutMs) });
        sent = { status: res.status, headers: res.headers, text: await res.text() };
      } catch (err) {
        failure = err instanceof Error ? err.message : String(err);
      }
      const retryable = sent === null || RETRYABLE.has(sent.status) || (retryNotFound && sent.status === 404);
      if (sent !== null && !retryable) return sent;
      if (attempt >= this.config.retry.maxAttempts) {
        if (sent) return sent;
        throw new LinkedInApiError(`LinkedIn did not answer (${failure}) after ${attempt} tries`, 0);
      }
      const retryAfter = sent ? parseRetryAfter(sent.headers.get('retry-after'), this.rt.now()) : null;
      this.retries++;
      await this.rt.sleep(retryDelayMs(this.config.retry, attempt, this.rt.random, retryAfter));
    }
  }

  private apiHeaders(token: string, extra: Record<string, string> = {}): Record<string, string> {
    return {
      authorization: `Bearer ${token}`,
      'linkedin-version': this.config.version,
      'x-restli-protocol-version': '2.0.0',
      'content-type': 'application/json',
      ...extra,
    };
  }

  private fail(sent: Sent, what: string): never {
    const { message, code } = errorText(sent);
    if (sent.status === 401) throw new LinkedInTokenExpired(`${what}: ${message}`, 401, code);
    throw new LinkedInApiError(`${what}: LinkedIn answered ${sent.status}: ${message}`, sent.status, code);
  }

  /** POST /oauth/v2/accessToken grant_type=refresh_token. invalid_grant → LinkedInConsentRequired. */
  async refresh(refreshToken: string): Promise<TokenSet> {
    const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: this.config.clientId, client_secret: this.config.clientSecret }).toString();
    const sent = await this.send('POST', this.config.tokenUrl, { 'content-type': 'application/x-www-form-urlencoded' }, body);
    if (sent.status >= 400) {
      const { message } = errorText(sent);
      let error: unknown = null;
      try {
        error = (JSON.parse(sent.text) as { error?: unknown }).error;
      } catch {
        /* not JSON */
      }
      if (error === 'invalid_grant' || sent.status === 401) throw new LinkedInConsentRequired(`LinkedIn refused the refresh token (${message}): the member must consent again`);
      throw new LinkedInApiError(`token refresh: LinkedIn answered ${sent.status}: ${message}`, sent.status);
    }
    const b = JSON.parse(sent.text) as { access_token?: unknown; expires_in?: unknown; refresh_token?: unknown; refresh_token_expires_in?: unknown };
    if (typeof b.access_token !== 'string' || typeof b.expires_in !== 'number') throw new LinkedInApiError('token refresh: LinkedIn answered without access_token/expires_in', sent.status);
    const now = this.rt.now();
    return {
      accessToken: b.access_token,
      accessExpiresAt: now + b.expires_in * 1000,
      refreshToken: typeof b.refresh_token === 'string' ? b.refresh_token : null,
      refreshExpiresAt: typeof b.refresh_token_expires_in === 'number' ? now + b.refresh_token_expires_in * 1000 : null,
    };
  }

  /** POST /dmpSegments; 201 with the id in x-restli-id (older: x-linkedin-id). */
  async createSegment(token: string, s: { name: string; adAccountId: string; type: SegmentType; sourceSegmentId: string }): Promise<string> {
    const body = JSON.stringify({
      name: s.name.slice(0, 255),
      sourcePlatform: this.config.sourcePlatform,
      sourceSegmentId: s.sourceSegmentId,
      account: `urn:li:sponsoredAccount:${s.adAccountId}`,
      accessPolicy: 'PRIVATE',
      type: s.type,
      destinations: [{ destination: 'LINKEDIN' }],
    });
    const sent = await this.send('POST', `${this.config.apiBaseUrl}/dmpSegments`, this.apiHeaders(token), body);
    if (sent.status !== 201 && sent.status !== 200) this.fail(sent, 'create DMP segment');
    const id = sent.headers.get('x-restli-id') ?? sent.headers.get('x-linkedin-id');
    if (!id) throw new LinkedInApiError('create DMP segment: LinkedIn answered without x-restli-id', sent.status);
    return decodeURIComponent(id);
  }

  /** GET /dmpSegments/{id}: the LINKEDIN destination's status and sizes. */
  async getSegment(token: string, id: string): Promise<SegmentStatus> {
    const sent = await this.send('GET', `${this.config.apiBaseUrl}/dmpSegments/${encodeURIComponent(id)}`, this.apiHeaders(token), undefined);
    if (sent.status !== 200) this.fail(sent, `read DMP segment ${id}`);
    let b: { destinations?: { destination?: unknown; status?: unknown; audienceSize?: unknown; matchedCount?: unknown; destinationSegmentId?: unknown }[]; inputCount?: unknown };
    try {
      b = JSON.parse(sent.text) as typeof b;
    } catch {
      throw new LinkedInApiError(`read DMP segment ${id}: LinkedIn answered malformed JSON`, sent.status);
    }
    const d = (Array.isArray(b.destinations) ? b.destinations : []).find((x) => x.destination === 'LINKEDIN');
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    return {
      id,
      status: typeof d?.status === 'string' ? d.status : null,
      audienceSize: num(d?.audienceSize),
      matchedCount: num(d?.matchedCount),
      inputCount: num(b.inputCount),
      destinationSegmentId: typeof d?.destinationSegmentId === 'string' ? d.destinationSegmentId : null,
    };
  }

  streamUsers(token: string, segmentId: string, elements: readonly UserElement[]): Promise<ElementResult[]> {
    return this.stream(token, `${this.config.apiBaseUrl}/dmpSegments/${encodeURIComponent(segmentId)}/users`, elements);
  }

  streamCompanies(token: string, segmentId: string, elements: readonly CompanyElement[]): Promise<ElementResult[]> {
    return this.stream(token, `${this.config.apiBaseUrl}/dmpSegments/${encodeURIComponent(segmentId)}/companies`, elements);
  }

  /** Batches of `batchSize`; one result per element in order (a batch LinkedIn refuses as a whole marks its elements failed). */
  private async stream(token: string, url: string, elements: readonly object[]): Promise<ElementResult[]> {
    const out: ElementResult[] = [];
    for (let i = 0; i < elements.length; i += this.config.batchSize) out.push(...(await this.batch(token, url, elements.slice(i, i + this.config.batchSize))));
    return out;
  }

  private async batch(token: string, url: string, elements: readonly object[]): Promise<ElementResult[]> {
    if (elements.length === 0) return [];
    const sent = await this.send('POST', url, this.apiHeaders(token, { 'x-restli-method': 'BATCH_CREATE' }), JSON.stringify({ elements }), true);
    // Too big (the maximum is unconfirmed): halve until it fits or one element is refused alone.
    if ((sent.status === 413 || sent.status === 400) && elements.length > 1) {
      const half = Math.ceil(elements.length / 2);
      return [...(await this.batch(token, url, elements.slice(0, half))), ...(await this.batch(token, url, elements.slice(half)))];
    }
    if (sent.status !== 200) {
      if (sent.status === 401) this.fail(sent, 'stream');
      const { message } = errorText(sent);
      return elements.map(() => ({ ok: false, status: sent.status, error: `LinkedIn answered ${sent.status}: ${message}` }));
    }
    let results: { status?: unknown; message?: unknown }[];
    try {
      const b = JSON.parse(sent.text) as { elements?: unknown };
      if (!Array.isArray(b.elements)) throw new Error('no elements');
      results = b.elements as typeof results;
    } catch {
      return elements.map(() => ({ ok: false, status: 200, error: 'LinkedIn answered 200 with a malformed body (no elements[])' }));
    }
    return elements.map((_, i) => {
      const r = results[i];
      const status = typeof r?.status === 'number' ? r.status : 0;
      const ok = status >= 200 && status < 300;
      return { ok, status, error: ok ? null : typeof r?.message === 'string' ? r.message : r ? `element status ${status}` : 'LinkedIn answered no result for this element' };
    });
  }
}
