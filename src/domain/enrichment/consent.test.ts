import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONSENT_POLICY, EU_EEA_UK, consentDecision, countryCode, searchCountries, type ConsentPolicy } from './consent.ts';

describe('consent policy', () => {
  it('resolves codes, English names and aliases; refuses what it cannot place', () => {
    expect(countryCode('Germany')).toBe('DE');
    expect(countryCode('de')).toBe('DE');
    expect(countryCode('United Kingdom')).toBe('GB');
    expect(countryCode('UK')).toBe('GB');
    expect(countryCode('United States')).toBe('US');
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('EU')).toBeNull();
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('  ')).toBeNull();
  });

  it('excludes EU/EEA/UK by default, allows them when asked; deny wins; allow-lists admit only their countries', () => {
    expect(consentDecision(DEFAULT_CONSENT_POLICY, 'Germany')).toMatchObject({ allowed: false, country: 'DE' });
    expect(consentDecision(DEFAULT_CONSENT_POLICY, 'United Kingdom').allowed).toBe(false);
    expect(consentDecision(DEFAULT_CONSENT_POLICY, 'United States')).toEqual({ allowed: true, country: 'US' });
    expect(consentDecision(DEFAULT_CONSENT_POLICY, null)).toMatchObject({ allowed: false, reason: 'the person’s country is unknown' });
    expect(consentDecision({ ...DEFAULT_CONSENT_POLICY, unknownCountry: 'allow' }, null).allowed).toBe(true);
    expect(consentDecision({ ...DEFAULT_CONSENT_POLICY, allowEuUk: true }, 'France').allowed).toBe(true);
    expect(consentDecision({ ...DEFAULT_CONSENT_POLICY, allowEuUk: true, deny: ['FR'] }, 'France')).toMatchObject({ allowed: false, reason: 'FR is on the deny list' });
    expect(consentDecision({ ...DEFAULT_CONSENT_POLICY, allow: ['CA'] }, 'United States')).toMatchObject({ allowed: false, reason: 'US is not on the allow list' });
    expect(consentDecision({ ...DEFAULT_CONSENT_POLICY, allow: ['IE'] }, 'Ireland').allowed).toBe(true);
    expect(searchCountries({ ...DEFAULT_CONSENT_POLICY, allow: ['CA', 'US'], deny: ['US'] })).toEqual(['Canada']);
    expect(searchCountries(DEFAULT_CONSENT_POLICY)).toEqual([]);
  });

  const codes = fc.constantFrom('US', 'CA', 'DE', 'FR', 'GB', 'NO', 'CH', 'BR', 'JP', 'IE');
  const policy: fc.Arbitrary<ConsentPolicy> = fc.record({ allowEuUk: fc.boolean(), allow: fc.uniqueArray(codes, { maxLength: 4 }), deny: fc.uniqueArray(codes, { maxLength: 4 }), unknownCountry: fc.constantFrom('refuse' as const, 'allow' as const) });
  const names = fc.constantFrom('United States', 'Germany', 'United Kingdom', 'uk', 'france', 'Norway', 'Switzerland', 'Brazil', 'Japan', 'Ireland', 'Atlantis', '', null);

  it('property: an admitted person is never denied, never outside a non-empty allow-list, never in the EU/UK unless allowed', () => {
    fc.assert(
      fc.property(policy, fc.oneof(codes, names), (p, country) => {
        const d = consentDecision(p, country);
        if (!d.allowed) return;
        if (d.country === null) {
          expect(p.unknownCountry).toBe('allow');
          return;
        }
        expect(p.deny).not.toContain(d.country);
        if (p.allow.length) expect(p.allow).toContain(d.country);
        if ((EU_EEA_UK as readonly string[]).includes(d.country)) expect(p.allowEuUk || p.allow.includes(d.country)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
