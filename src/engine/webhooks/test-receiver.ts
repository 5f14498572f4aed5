/**
 * A real HTTP server standing in for a webhook receiver, failing on purpose: each request is
 * answered by the test's `respond` function (status, headers, body, delay). It records every
 * request with its raw body and headers, so tests verify signatures themselves.
 */
import http from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> & { eventId: string; seq: number; buyingGroupId: string } };
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Wait this long before answering (a slow or hanging receiver). */
  delayMs?: number;
}

export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  respond: (r: Received, nth: number) => Answer;
  close(): Promise<void>;
}

export async function startReceiver(respond: Receiver['respond'] = () => ({ status: 204 })): Promise<Receiver> {
  const received: Received[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const r: Receiver = {
    url: '',
    port: 0,
    received,
    respond,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const rec: Received = { headers: req.headers, body, json: JSON.parse(body) as Received['json'] };
      received.push(rec);
      const a = r.respond(rec, received.length);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(a.status, a.headers ?? {});
        res.end(a.body ?? '');
      };
      if (a.delayMs) setTimeout(send, a.delayMs);
      else send();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  r.port = address.port;
  r.url = `http://127.0.0.1:${address.port}/hooks`;
  return r;
}

/**
 * The receiver's verification, written from the Standard Webhooks spec independently of Quorum's
 * signing code: HMAC-SHA256 keyed with base64-decoded(secret without whsec_) over
 * `${id}.${timestamp}.${body}`, any `v1,` entry matching.
 */
export function verifiedBy(secret: string, r: Received): boolean {
  const id = String(r.headers['webhook-id']);
  const ts = String(r.headers['webhook-timestamp']);
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${ts}.${r.body}`).digest();
  return String(r.headers['webhook-signature'])
    .split(' ')
    .some((entry) => {
      const [v, sig] = entry.split(',');
      const given = Buffer.from(sig ?? '', 'base64');
      return v === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}
