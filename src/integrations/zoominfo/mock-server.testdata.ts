/**
 * A local HTTP server implementing the documented ZoomInfo GTM Data API contract for tests
 * (integrations.md B): the client-credentials token endpoint (Basic auth; `invalid_client`,
 * `unauthorized_client`), JSON:API contact search (filters, pages, `meta.totalResults`, no emails)
 * and contact enrich (≤ 25 inputs, `matchStatus` per input, one credit per record not already
 * under management), the gateway errors (ZI1001 bad token, ZI1003 scope, ZI4029 rate limit with
 * X-RateLimit-* headers and Retry-After, ZI9998 wrong path) and PFAPI validation errors.
 * Tests queue further failures with `failNext` (429 with/without Retry-After, 5xx, malformed).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MockContact {
  id: number;
  firstName: string;
  lastName: string;
  jobTitle: string;
  managementLevel: string;
  department: string;
  email: string;
  country: string;
  companyId: number;
  companyName: string;
  /** http://www.example.com form. */
  companyWebsite: string;
}

export interface MockZoomInfoRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
}

interface Failure {
  match: RegExp;
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const gateway = (status: number, code: string, message: string, headers: Record<string, string> = {}): Answer => ({
  status,
  headers,
  body: JSON.stringify({ error: { code, message, status, requestId: `req-${code}`, retryable: status === 429 } }),
});
const pfapi = (detail: string, pointer: string): Answer => ({
  status: 400,
  headers: {},
  body: JSON.stringify({ title: 'Bad Request', detail, errors: [{ id: 'e1', code: 'PFAPI0001', status: '400', title: 'Bad Request', detail, source: { pointer } }] }),
});
const norm = (s: string) => s.trim().toLowerCase();
const list = (v: unknown) => (typeof v === 'string' && v.trim() ? v.split(',').map(norm) : null);

export class MockZoomInfo {
  readonly requests: MockZoomInfoRequest[] = [];
  readonly contacts: MockContact[] = [];
  /** client id → secret. */
  readonly clients = new Map<string, string>();
  /** Clients whose app has the client-credentials grant disabled. */
  readonly withoutGrant = new Set<string>();
  /** Clients whose tokens lack api:data:contact (403 ZI1003). */
  readonly withoutContactScope = new Set<string>();
  /** Person ids that opted out (enrich answers OPT_OUT). */
  readonly optedOut = new Set<number>();
  /** token → { expiry ms, client }. */
  readonly tokens = new Map<string, { expiresAt: number; client: string }>();
  /** Records under management: enriching them again costs nothing (B.4). */
  readonly managed = new Set<number>();
  creditsCharged = 0;
  tokenTtlSeconds = 3600;
  /** Requests accepted per wall-clock second before ZI4029 (null: unlimited). */
  perSecondLimit: number | null = null;
  private window = { second: -1, count: 0 };
  private failures: Failure[] = [];
  private nextToken = 1;
  server: http.Server | null = null;
  baseUrl = '';

  constructor(private readonly now: () => number = Date.now) {}

  addClient(id: string, secret: string): void {
    this.clients.set(id, secret);
  }

  expireTokens(): void {
    for (const t of this.tokens.values()) t.expiresAt = 0;
  }

  /** The next `times` requests whose "METHOD path" matches get this answer (`body` as given: a string is sent raw). */
  failNext(match: RegExp, status: number, opts: { headers?: Record<string, string>; body?: unknown; times?: number } = {}): void {
    const body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body ?? { error: { code: `ZI${status}`, message: `mock failure ${status}`, status } });
    for (let i = 0; i < (opts.times ?? 1); i++) this.failures.push({ match, status, headers: opts.headers ?? {}, body });
  }

  count(path: RegExp): number {
    return this.requests.filter((r) => path.test(`${r.method} ${r.path.split('?')[0]}`)).length;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = this.handle(req, body);
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, status: answer.status });
        res.writeHead(answer.status, { 'content-type': answer.status < 300 ? 'application/vnd.api+json' : 'application/json', ...answer.headers });
        res.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/gtm`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private rateLimited(): Answer | null {
    if (this.perSecondLimit === null) return null;
    const second = Math.floor(this.now() / 1000);
    if (second !== this.window.second) this.window = { second, count: 0 };
    this.window.count++;
    const remaining = Math.max(0, this.perSecondLimit - this.window.count);
    if (this.window.count <= this.perSecondLimit) return null;
    return gateway(429, 'ZI4029', 'Rate limit exceeded', { 'retry-after': '1', 'x-ratelimit-limit-second': String(this.perSecondLimit), 'x-ratelimit-remaining-second': String(remaining), 'x-ratelimit-rejected-bucket': 'second' });
  }

  private handle(req: http.IncomingMessage, body: string): Answer {
    const [path = '', qs = ''] = (req.url ?? '').split('?');
    const line = `${req.method} ${path}`;
    const fi = this.failures.findIndex((f) => f.match.test(line));
    if (fi >= 0) {
      const [f] = this.failures.splice(fi, 1);
      return { status: f!.status, headers: f!.headers, body: f!.body };
    }
    const limited = this.rateLimited();
    if (limited) return limited;
    if (line === 'POST /gtm/oauth/v1/token') return this.token(req, body);
    if (line !== 'POST /gtm/data/v1/contacts/search' && line !== 'POST /gtm/data/v1/contacts/enrich') return gateway(404, 'ZI9998', `No static resource ${path.replace(/^\//, '')}.`);
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    const token = auth ? this.tokens.get(auth[1]!) : undefined;
    if (!token || token.expiresAt <= this.now()) return gateway(401, 'ZI1001', 'Invalid or expired token');
    if (this.withoutContactScope.has(token.client)) return gateway(403, 'ZI1003', 'Access denied: missing scope api:data:contact');
    if (!String(req.headers['content-type']).startsWith('application/vnd.api+json')) return pfapi('Content-Type must be application/vnd.api+json', '/');
    let json: { data?: { type?: unknown; attributes?: Record<string, unknown> } };
    try {
      json = JSON.parse(body) as typeof json;
    } catch {
      return pfapi('body is not JSON', '/');
    }
    const attributes = json.data?.attributes ?? {};
    if (path.endsWith('/search')) {
      if (json.data?.type !== 'ContactSearch') return pfapi('data.type must be ContactSearch', '/data/type');
      return this.search(attributes, new URLSearchParams(qs));
    }
    if (json.data?.type !== 'ContactEnrich') return pfapi('data.type must be ContactEnrich', '/data/type');
    return this.enrich(attributes);
  }

  private token(req: http.IncomingMessage, body: string): Answer {
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    const [id = '', secret = ''] = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':') : [];
    const json = (status: number, b: unknown): Answer => ({ status, headers: {}, body: JSON.stringify(b) });
    if (new URLSearchParams(body).get('grant_type') !== 'client_credentials') return json(400, { error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' });
    if (!this.clients.has(id) || this.clients.get(id) !== secret) return json(401, { error: 'invalid_client', error_description: 'Client authentication failed' });
    if (this.withoutGrant.has(id)) return json(400, { error: 'unauthorized_client', error_description: 'The client is not authorized to use this grant type' });
    const access = `zi-at-${this.nextToken++}`;
    this.tokens.set(access, { expiresAt: this.now() + this.tokenTtlSeconds * 1000, client: id });
    return json(200, { access_token: access, token_type: 'Bearer', expires_in: this.tokenTtlSeconds });
  }

  private search(a: Record<string, unknown>, qs: URLSearchParams): Answer {
    const number = Number(qs.get('page[number]') ?? 1);
    const size = Number(qs.get('page[size]') ?? 25);
    if (!Number.isInteger(number) || number < 1) return pfapi('page[number] must be ≥ 1', '/page/number');
    if (!Number.isInteger(size) || size < 1 || size > 100) return pfapi('page[size] must be 1–100', '/page/size');
    const websites = list(a.companyWebsite);
    const titles = typeof a.jobTitle === 'string' ? a.jobTitle.split(/\s+OR\s+/).map(norm) : null;
    const levels = list(a.managementLevel);
    const departments = list(a.department);
    const countries = list(a.country);
    const hits = this.contacts.filter(
      (c) =>
        (!websites || websites.includes(norm(c.companyWebsite))) &&
        (typeof a.companyName !== 'string' || norm(c.companyName) === norm(a.companyName)) &&
        (!titles || titles.some((t) => norm(c.jobTitle).includes(t))) &&
        (!levels || levels.includes(norm(c.managementLevel))) &&
        (!departments || departments.includes(norm(c.department))) &&
        (!countries || countries.includes(norm(c.country))),
    );
    const pages = Math.max(1, Math.ceil(hits.length / size));
    const page = hits.slice((number - 1) * size, number * size);
    return {
      status: 200,
      headers: {},
      body: JSON.stringify({
        data: page.map((c) => ({
          id: String(c.id),
          type: 'Contact',
          attributes: { firstName: c.firstName, lastName: c.lastName, jobTitle: c.jobTitle, managementLevel: [c.managementLevel], contactAccuracyScore: 95, hasEmail: true, hasDirectPhone: false, hasMobilePhone: false, company: { id: c.companyId, name: c.companyName } },
        })),
        links: { first: `/data/v1/contacts/search?page[number]=1&page[size]=${size}` },
        meta: { page: { number, total: pages }, totalResults: hits.length },
      }),
    };
  }

  private enrich(a: Record<string, unknown>): Answer {
    const inputs = a.matchPersonInput;
    if (!Array.isArray(inputs) || inputs.length < 1 || inputs.length > 25) return pfapi('matchPersonInput must hold 1 to 25 inputs', '/data/attributes/matchPersonInput');
    if (!Array.isArray(a.outputFields) || a.outputFields.length === 0) return pfapi('outputFields is required', '/data/attributes/outputFields');
    const fields = a.outputFields as string[];
    const data = (inputs as { personId?: unknown }[]).map((input) => {
      const c = this.contacts.find((x) => x.id === Number(input.personId));
      if (!c) return { id: null, type: 'NoMatch', meta: { matchStatus: 'NO_MATCH', input } };
      if (this.optedOut.has(c.id)) return { id: null, type: 'NoMatch', meta: { matchStatus: 'OPT_OUT', input } };
      if (!this.managed.has(c.id)) {
        this.managed.add(c.id);
        this.creditsCharged++;
      }
      const all: Record<string, unknown> = { ...c, id: String(c.id), company: { id: c.companyId, name: c.companyName } };
      const attributes = Object.fromEntries(fields.filter((f) => f in all).map((f) => [f, all[f]]));
      return { id: String(c.id), type: 'Contact', attributes: { ...attributes, company: all.company }, meta: { matchStatus: 'FULL_MATCH', input } };
    });
    return { status: 200, headers: {}, body: JSON.stringify({ data }) };
  }
}

/** A contact at Globex (company id 7) for engine and e2e tests. */
export function mockContact(id: number, jobTitle: string, managementLevel: string, country: string, over: Partial<MockContact> = {}): MockContact {
  return { id, firstName: `F${id}`, lastName: `L${id}`, jobTitle, managementLevel, department: 'C-Suite', email: `p${id}@globex.example`, country, companyId: 7, companyName: 'Globex', companyWebsite: 'http://www.globex.example', ...over };
}
