import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { SecretBox, SecretKeyError, parseSecretKey, secretBoxFromEnv } from './secrets.ts';

describe('secrets at rest (AES-256-GCM)', () => {
  it('seals and opens; the sealed text names the key and hides the secret', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('whsec_abc', 'webhook:wh_1');
    expect(sealed).toMatch(new RegExp(`^v1\\.${box.keyId}\\.`));
    expect(sealed).not.toContain('whsec_abc');
    expect(box.open(sealed, 'webhook:wh_1')).toBe('whsec_abc');
    expect(box.seal('whsec_abc', 'webhook:wh_1')).not.toBe(sealed);
  });

  it('refuses a value moved to another row, a tampered value and an unknown key', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('s3cret', 'webhook:wh_1');
    expect(() => box.open(sealed, 'webhook:wh_2')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x' + Buffer.from(parts[3]!, 'base64url').toString('latin1').slice(1), 'latin1').toString('base64url');
    expect(() => box.open(parts.join('.'), 'webhook:wh_1')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'webhook:wh_1')).toThrow(SecretKeyError);
  });

  it('opens values sealed under a previous key after rotation, and seals under the new one', () => {
    const oldKey = randomBytes(32);
    const sealedOld = new SecretBox(oldKey).seal('v', 'c');
    const rotated = new SecretBox(randomBytes(32), [oldKey]);
    expect(rotated.open(sealedOld, 'c')).toBe('v');
    expect(rotated.seal('v', 'c').split('.')[1]).toBe(rotated.keyId);
  });

  it('reads QUORUM_SECRET_KEY as hex or base64 and says what is wrong otherwise', () => {
    const key = randomBytes(32);
    expect(parseSecretKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretKey(key.toString('base64'))).toEqual(key);
    expect(() => parseSecretKey('too-short')).toThrow(/32 bytes as 64 hex characters or base64/);
    expect(() => parseSecretKey(randomBytes(16).toString('base64'))).toThrow(/decoding to 16 bytes/);
    expect(secretBoxFromEnv({})).toBeNull();
    expect(secretBoxFromEnv({ QUORUM_SECRET_KEY: key.toString('hex') })?.keyId).toBe(new SecretBox(key).keyId);
    expect(() => secretBoxFromEnv({ QUORUM_SECRET_KEY: key.toString('hex'), QUORUM_SECRET_KEY_PREVIOUS: 'nope' })).toThrow(/QUORUM_SECRET_KEY_PREVIOUS/);
  });
});
