/**
 * Secrets at rest (webhook signing secrets now; LinkedIn and ZoomInfo credentials later):
 * AES-256-GCM (node:crypto) under a 32-byte key from QUORUM_SECRET_KEY (64 hex characters or
 * base64 of 32 bytes). A sealed value is `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts):
 * the key id (first 8 hex characters of SHA-256 of the key) names the key that sealed it, so a
 * new key can take over while values sealed under the old one (QUORUM_SECRET_KEY_PREVIOUS,
 * comma-separated) still open. The caller's `context` (e.g. `webhook:<id>`) is bound as
 * additional authenticated data: a sealed value copied to another row does not open there.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';

export class SecretKeyError extends Error {}

/** A 32-byte key from its text form; throws SecretKeyError saying what is wrong. */
export function parseSecretKey(text: string, name = 'QUORUM_SECRET_KEY'): Buffer {
  const t = text.trim();
  let key: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(t)) key = Buffer.from(t, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (!key || key.length !== 32) {
    throw new SecretKeyError(`${name} must be 32 bytes as 64 hex characters or base64 (e.g. \`openssl rand -base64 32\`); got ${t.length} characters${key ? ` decoding to ${key.length} bytes` : ''}`);
  }
  return key;
}

const keyIdOf = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 8);
const b64u = (b: Buffer) => b.toString('base64url');

export class SecretBox {
  private readonly keys: Map<string, Buffer>;
  readonly keyId: string;

  /** `primary` seals; `previous` keys only open what they sealed (rotation). */
  constructor(
    private readonly primary: Buffer,
    previous: readonly Buffer[] = [],
  ) {
    this.keyId = keyIdOf(primary);
    this.keys = new Map([[this.keyId, primary], ...previous.map((k) => [keyIdOf(k), k] as [string, Buffer])]);
  }

  /** The keys, primary first: to open the same box in a worker thread (never leaves the process). */
  exportKeys(): Buffer[] {
    return [this.primary, ...[...this.keys.values()].filter((k) => k !== this.primary)];
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.primary, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.keyId, b64u(iv), b64u(ct), b64u(cipher.getAuthTag())].join('.');
  }

  open(sealed: string, context: string): string {
    const [version, keyId, iv, ct, tag] = sealed.split('.');
    if (version !== VERSION || !keyId || iv === undefined || ct === undefined || tag === undefined) throw new Error('not a sealed secret');
    const key = this.keys.get(keyId);
    if (!key) throw new SecretKeyError(`a secret was sealed with key ${keyId}, which is not configured (QUORUM_SECRET_KEY or QUORUM_SECRET_KEY_PREVIOUS)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }
}

/**
 * A key only for `quorum start`'s embedded demo, never for data that matters: it is in the
 * source code, so anyone can open what it sealed. `start` says so loudly when it uses it.
 */
export const DEV_SECRET_KEY = Buffer.from('quorum-demo-key-NOT-SECRET-00000', 'utf8');

/** The box configured by QUORUM_SECRET_KEY (+ QUORUM_SECRET_KEY_PREVIOUS); null when unset; throws SecretKeyError when invalid. */
export function secretBoxFromEnv(env: NodeJS.ProcessEnv = process.env): SecretBox | null {
  const primary = env.QUORUM_SECRET_KEY;
  if (!primary?.trim()) return null;
  const previous = (env.QUORUM_SECRET_KEY_PREVIOUS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => parseSecretKey(s, 'QUORUM_SECRET_KEY_PREVIOUS'));
  return new SecretBox(parseSecretKey(primary), previous);
}
