/**
 * A local HTTP server implementing the documented LinkedIn contract for tests (integrations.md A):
 * the token endpoint (refresh_token grant, invalid_grant once revoked), POST /rest/dmpSegments
 * (201 + x-restli-id), GET /rest/dmpSegments/{id} (status, audienceSize, matchedCount) and the
 * BATCH_CREATE streaming of users and companies (200 + per-element statuses), with the headers
 * checked. Failures are queued by tests: `failNext` (e.g. 429 with Retry-After, 503), expired or
 * revoked tokens, and a configurable matched fraction for audience sizes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LinkedInConfig, LinkedInRuntime } from './client.ts';

export interface MockRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
  at: number;
}

export interface MockSegment {
  id: string;
  body: Record<string, unknown>;
  type: 'USER' | 'COMPANY';
  /** Current members: idValue (users) or companyName|domain (companies). */
  members: Set<string>;
  /** Every element received, in order. */
  received: { action: string; key: string }[];
}

interface Failure {
  match: RegExp;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export class MockLinkedIn {
  readonly requests: MockRequest[] = [];
  readonly segments = new Map<string, MockSegment>();
  /** access token → expiry (ms). */
  readonly accessTokens = new Map<string, number>();
  readonly refreshTokens = new Set<string>();
  private failures: Failure[] = [];
  private nextSegment = 1000;
  private nextToken = 1;
  /** audienceSize = round(members × this) (LinkedIn matches a share of the records). */
  matchRate = 1;
  /** Per-element status for streamed elements whose key matches (partial batch failures). */
  rejectKeys = new Set<string>();
  server: http.Server | null = null;
  baseUrl = '';

  constructor(private readonly now: () => number = Date.now) {}

  /** A valid access/refresh token pair (what the OAuth consent gives). */
  issueTokens(ttlMs = 60 * 86_400_000): { accessToken: string; refreshToken: string; expiresAt: number } {
    const accessToken = `at-${this.nextToken++}`;
    const refreshToken = `rt-${this.nextToken++}`;
    const expiresAt = this.now() + ttlMs;
    this.accessTokens.set(accessToken, expiresAt);
    this.refreshTokens.add(refreshToken);
    return { accessToken, refreshToken, expiresAt };
  }

  /** The next `times` requests whose "METHOD path" matches get this answer. */
  failNext(match: RegExp, status: number, opts: { headers?: Record<string, string>; body?: unknown; times?: number } = {}): void {
    for (let i = 0; i < (opts.times ?? 1); i++) this.failures.push({ match, status, headers: opts.headers ?? {}, body: JSON.stringify(opts.body ?? { message: `mock failure ${status}`, serviceErrorCode: status, status }) });
  }

  expireAccessToken(token: string): void {
    this.accessTokens.set(token, 0);
  }

  revokeRefreshToken(token: string): void {
    this.refreshTokens.delete(token);
  }

  /** Elements received by a segment's streaming calls. */
  received(segmentId: string): { action: string; key: string }[] {
    return this.segments.get(segmentId)?.received ?? [];
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = this.handle(req, body);
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, status: answer.status, at: this.now() });
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: http.IncomingMessage, body: string): { status: number; headers: Record<string, string>; body: string } {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const line = `${req.method} ${path}`;
    const fi = this.failures.findIndex((f) => f.match.test(line));
    if (fi >= 0) {
      const [f] = this.failures.splice(fi, 1);
      return { status: f!.status, headers: f!.headers, body: f!.body };
    }
    const json = (status: number, b: unknown, headers: Record<string, string> = {}) => ({ status, headers, body: b === null ? '' : JSON.stringify(b) });
    const err = (status: number, message: string) => json(status, { message, serviceErrorCode: status, status });

    if (line === 'POST /oauth/v2/accessToken') {
      const form = new URLSearchParams(body);
      if (form.get('grant_type') !== 'refresh_token' || !form.get('client_id') || !form.get('client_secret')) return json(400, { error: 'invalid_request', error_description: 'grant_type, client_id and client_secret are required' });
      const rt = form.get('refresh_token') ?? '';
      if (!this.refreshTokens.has(rt)) return json(400, { error: 'invalid_grant', error_description: 'The provided authorization grant or refresh token is invalid, expired or revoked' });
      const accessToken = `at-${this.nextToken++}`;
      this.accessTokens.set(accessToken, this.now() + 60 * 86_400_000);
      return json(200, { access_token: accessToken, expires_in: 60 * 86_400, refresh_token: rt, refresh_token_expires_in: 300 * 86_400 });
    }

    if (!path.startsWith('/rest/')) return err(404, `no route ${line}`);
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!auth) return err(401, 'Empty oauth2_access_token');
    const exp = this.accessTokens.get(auth);
    if (exp === undefined) return err(401, 'Invalid access token');
    if (exp <= this.now()) return err(401, 'The token used in the request has expired');
    if (req.headers['x-restli-protocol-version'] !== '2.0.0') return err(400, 'X-Restli-Protocol-Version 2.0.0 is required');
    if (!/^\d{6}$/.test(String(req.headers['linkedin-version'] ?? ''))) return err(400, 'LinkedIn-Version YYYYMM is required');

    if (line === 'POST /rest/dmpSegments') {
      const b = JSON.parse(body) as Record<string, unknown>;
      if (!['USER', 'COMPANY'].includes(String(b.type)) || !/^urn:li:sponsoredAccount:\d+$/.test(String(b.account)) || typeof b.name !== 'string' || !b.sourcePlatform) return err(400, 'invalid segment');
      const id = String(this.nextSegment++);
      this.segments.set(id, { id, body: b, type: b.type as 'USER' | 'COMPANY', members: new Set(), received: [] });
      return json(201, null, { 'x-restli-id': id });
    }
    const seg = /^\/rest\/dmpSegments\/([^/]+)(\/(users|companies))?$/.exec(path);
    if (!seg) return err(404, `no route ${line}`);
    const segment = this.segments.get(decodeURIComponent(seg[1]!));
    if (!segment) return err(404, 'segment not found');
    if (req.method === 'GET' && !seg[2]) {
      const size = Math.round(segment.members.size * this.matchRate);
      return json(200, {
        ...segment.body,
        id: Number(segment.id),
        inputCount: segment.members.size,
        destinations: [{ destination: 'LINKEDIN', status: segment.members.size ? 'READY' : 'BUILDING', audienceSize: size, matchedCount: size, destinationSegmentId: `urn:li:adSegment:${segment.id}`, lastModified: this.now() }],
      });
    }
    if (req.method === 'POST' && seg[3]) {
      if (req.headers['x-restli-method'] !== 'BATCH_CREATE') return err(400, 'X-RestLi-Method BATCH_CREATE is required');
      if ((seg[3] === 'users') !== (segment.type === 'USER')) return err(400, `a ${segment.type} segment takes no ${seg[3]}`);
      const b = JSON.parse(body) as { elements?: Record<string, unknown>[] };
      if (!Array.isArray(b.elements)) return err(400, 'elements is required');
      const results = b.elements.map((e) => {
        const key = seg[3] === 'users' ? String((e.userIds as { idValue: string }[] | undefined)?.[0]?.idValue ?? '') : `${String(e.companyName ?? '')}|${String(e.companyWebsiteDomain ?? '')}`;
        if (!key || key === '|' || (e.action !== 'ADD' && e.action !== 'REMOVE')) return { status: 400, message: 'an element needs an action and an identifier' };
        if (this.rejectKeys.has(key)) return { status: 422, message: 'rejected by the mock' };
        segment.received.push({ action: String(e.action), key });
        if (e.action === 'ADD') segment.members.add(key);
        else segment.members.delete(key);
        return { status: 201 };
      });
      return json(200, { elements: results });
    }
    return err(405, `no route ${line}`);
  }
}

/** Client settings pointing at a started mock (`base` = what start() answered): quick retries, a small batch. */
export function mockLinkedInConfig(base: string, opts: { batchSize?: number; maxAttempts?: number } = {}): LinkedInConfig {
  return {
    apiBaseUrl: `${base}/rest`,
    tokenUrl: `${base}/oauth/v2/accessToken`,
    version: '202604',
    clientId: 'cid',
    clientSecret: 'csecret',
    sourcePlatform: 'QUORUM',
    batchSize: opts.batchSize ?? 10,
    retry: { maxAttempts: opts.maxAttempts ?? 3, baseDelayMs: 1, maxDelayMs: 5 },
    timeoutMs: 5000,
  };
}

/** A runtime that never waits (retries are immediate), over the real fetch. */
export const noWaitRuntime = (now: () => number = Date.now): LinkedInRuntime => ({ fetch: (u, i) => fetch(u, i), sleep: async () => undefined, random: () => 0.5, now });
