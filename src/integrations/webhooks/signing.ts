/**
 * Standard Webhooks signing (../shared/integrations.md D.1, standard-webhooks spec): the signed
 * content is `${id}.${timestamp}.${body}` over the exact body bytes; `v1` is HMAC-SHA256 keyed
 * with the base64-decoded secret (after `whsec_`), in standard base64 with padding. A message
 * signed under several secrets (rotation) carries space-separated `v1,<sig>` entries.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
/** Secret length in bytes: the spec allows 24–64; 32 matches the HMAC-SHA256 block's key size well. */
export const SECRET_BYTES = 32;
/** What a verifier accepts around its clock (the JS reference library's WEBHOOK_TOLERANCE_IN_SECONDS). */
export const TOLERANCE_SECONDS = 300;

/** A fresh secret as shown to users: `whsec_` + base64 of 32 random bytes. */
export function generateSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/** The HMAC key of a `whsec_…` secret; throws when it is not one. */
export function secretKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('a webhook secret starts with whsec_');
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  if (key.length === 0) throw new Error('a webhook secret is whsec_ followed by base64');
  return key;
}

/** One `v1,<base64>` signature of a message under one secret. */
export function signV1(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret)).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/** The `webhook-signature` header: one entry per valid secret (the current first), space-separated. */
export function signatureHeader(secrets: readonly string[], id: string, timestampSeconds: number, body: string): string {
  if (secrets.length === 0) throw new Error('a webhook needs at least one secret to be signed');
  return secrets.map((s) => signV1(s, id, timestampSeconds, body)).join(' ');
}

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export function signedHeaders(secrets: readonly string[], id: string, timestampSeconds: number, body: string): SignedHeaders {
  return { 'webhook-id': id, 'webhook-timestamp': String(timestampSeconds), 'webhook-signature': signatureHeader(secrets, id, timestampSeconds, body) };
}

/**
 * The receiver's check (what the README shows, and what Quorum's own tests do independently):
 * true when some `v1` entry matches under `secret` and the timestamp is within the tolerance.
 */
export function verify(secret: string, headers: { id: string; timestamp: string; signature: string }, body: string, nowSeconds: number): boolean {
  const ts = Number(headers.timestamp);
  if (!/^\d+$/.test(headers.timestamp) || Math.abs(nowSeconds - ts) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signV1(secret, headers.id, ts, body).slice(3), 'base64');
  return headers.signature.split(' ').some((entry) => {
    const [version, sig] = entry.split(',', 2);
    if (version !== 'v1' || !sig) return false;
    const given = Buffer.from(sig, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
