/**
 * The outbound POST of one webhook attempt, SSRF-guarded: the host name is resolved first, every
 * address it resolves to is checked (addresses.ts), and the connection goes to the checked
 * address (the resolver handed to node:http returns exactly what was checked, so a second DNS
 * answer cannot swap in another address). No redirect is followed (a 3xx is a failed attempt),
 * the whole exchange has a deadline, and at most `maxResponseBytes` of the answer are read.
 */
import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { refusal, type AddressPolicy } from './addresses.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses (node:dns by default; tests may pass their own). */
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (host) => dnsLookup(host, { all: true, verbatim: true });

export interface PostOptions {
  policy: AddressPolicy;
  timeoutMs: number;
  maxResponseBytes: number;
  resolver?: Resolver;
  /** POST by default; a journey's HTTP call may use PUT, PATCH or GET (GET sends no body). */
  method?: 'POST' | 'PUT' | 'PATCH' | 'GET';
}

export interface PostResult {
  /** null when no HTTP answer came (refused, DNS, connection, timeout). */
  status: number | null;
  headers: Record<string, string>;
  /** The first bytes of the answer (at most maxResponseBytes), as text. */
  body: string;
  error: string | null;
  durationMs: number;
  /** The address connected to (or refused). */
  address: string | null;
}

export class RefusedAddress extends Error {}

/** The addresses of `host` after the policy check: all of them must pass, or the request is refused. */
export async function checkedAddresses(host: string, policy: AddressPolicy, resolver: Resolver = systemResolver): Promise<ResolvedAddress[]> {
  const literal = isIP(host);
  const addresses = literal ? [{ address: host, family: literal }] : await resolver(host);
  if (addresses.length === 0) throw new RefusedAddress(`${host} resolves to no address`);
  for (const a of addresses) {
    const why = refusal(a.address, policy);
    if (why) throw new RefusedAddress(`refused: ${host} resolves to ${why} (set QUORUM_WEBHOOKS_ALLOW_PRIVATE=1 or QUORUM_WEBHOOKS_ALLOW_CIDRS to allow it)`);
  }
  return addresses;
}

function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  }) as unknown as LookupFunction;
}

/** POSTs `body` to `url` with `headers`; never throws (failures are in the result). */
export async function postWebhook(url: string, headers: Record<string, string>, body: string, opts: PostOptions, now: () => number = Date.now): Promise<PostResult> {
  const started = now();
  const done = (r: Omit<PostResult, 'durationMs'>): PostResult => ({ ...r, durationMs: Math.max(0, now() - started) });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return done({ status: null, headers: {}, body: '', error: `not a URL: ${url}`, address: null });
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return done({ status: null, headers: {}, body: '', error: `only http and https URLs are called, not ${target.protocol}`, address: null });
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  let pinned: ResolvedAddress;
  try {
    [pinned] = (await checkedAddresses(host, opts.policy, opts.resolver)) as [ResolvedAddress];
  } catch (e) {
    return done({ status: null, headers: {}, body: '', error: e instanceof Error ? e.message : String(e), address: null });
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (r: Omit<PostResult, 'durationMs' | 'address'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done({ ...r, address: pinned.address }));
    };
    const req = client.request(
      target,
      {
        method: opts.method ?? 'POST',
        headers: opts.method === 'GET' ? { 'user-agent': 'Quorum-Webhooks/1', ...headers } : { 'content-type': 'application/json', 'user-agent': 'Quorum-Webhooks/1', ...headers, 'content-length': Buffer.byteLength(body) },
        lookup: pinnedLookup(pinned),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let cut = false;
        const respHeaders = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
        const end = () => finish({ status: res.statusCode ?? null, headers: respHeaders, body: Buffer.concat(chunks).toString('utf8'), error: cut ? `answer larger than ${opts.maxResponseBytes} bytes; stopped reading` : null });
        res.on('data', (chunk: Buffer) => {
          if (cut) return;
          const room = opts.maxResponseBytes - size;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            cut = true;
            res.destroy();
            end();
            return;
          }
          chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', end);
        res.on('error', (e) => finish({ status: res.statusCode ?? null, headers: respHeaders, body: Buffer.concat(chunks).toString('utf8'), error: e.message }));
        res.on('close', end);
      },
    );
    const timer = setTimeout(() => {
      finish({ status: null, headers: {}, body: '', error: `no answer within ${opts.timeoutMs} ms` });
      req.destroy();
    }, opts.timeoutMs);
    req.on('error', (e) => finish({ status: null, headers: {}, body: '', error: e.message }));
    req.end(opts.method === 'GET' ? undefined : body);
  });
}
