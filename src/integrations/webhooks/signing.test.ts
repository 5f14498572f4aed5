import { describe, expect, it } from 'vitest';
import { generateSecret, secretKey, signatureHeader, signV1, verify } from './signing.ts';

// The Standard Webhooks repository's own test vector (../shared/integrations.md D.1).
const VECTOR = { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', ts: 1614265330, body: '{"test": 2432232314}' };

describe('Standard Webhooks signing', () => {
  it('signs the spec test vector to the published signature', () => {
    expect(signV1(VECTOR.secret, VECTOR.id, VECTOR.ts, VECTOR.body)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('carries one v1 entry per secret during a rotation, and a verifier accepts either secret', () => {
    const old = generateSecret();
    const header = signatureHeader([VECTOR.secret, old], VECTOR.id, VECTOR.ts, VECTOR.body);
    expect(header.split(' ')).toHaveLength(2);
    const h = { id: VECTOR.id, timestamp: String(VECTOR.ts), signature: header };
    expect(verify(VECTOR.secret, h, VECTOR.body, VECTOR.ts)).toBe(true);
    expect(verify(old, h, VECTOR.body, VECTOR.ts + 10)).toBe(true);
    expect(verify(generateSecret(), h, VECTOR.body, VECTOR.ts)).toBe(false);
  });

  it('refuses a changed body, another id and a timestamp out of tolerance', () => {
    const sig = signV1(VECTOR.secret, VECTOR.id, VECTOR.ts, VECTOR.body);
    const h = { id: VECTOR.id, timestamp: String(VECTOR.ts), signature: sig };
    expect(verify(VECTOR.secret, h, '{"test": 2432232315}', VECTOR.ts)).toBe(false);
    expect(verify(VECTOR.secret, { ...h, id: 'msg_other' }, VECTOR.body, VECTOR.ts)).toBe(false);
    expect(verify(VECTOR.secret, h, VECTOR.body, VECTOR.ts + 301)).toBe(false);
    expect(verify(VECTOR.secret, h, VECTOR.body, VECTOR.ts - 301)).toBe(false);
  });

  it('generates whsec_ secrets of 32 random bytes', () => {
    const a = generateSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(secretKey(a)).toHaveLength(32);
    expect(generateSecret()).not.toBe(a);
    expect(() => secretKey('sk_nope')).toThrow(/whsec_/);
  });
});
