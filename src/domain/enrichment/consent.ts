/**
 * The region/consent policy (issue 11): who may be acquired from a provider, by the country the
 * person is located in. By default nobody in the EU, the EEA or the UK (GDPR and UK GDPR: buying
 * personal data of people there needs a basis this tool cannot check); `allowEuUk` lifts that.
 * A non-empty allow-list admits only its countries; the deny-list always refuses; a person whose
 * country is unknown is refused unless `unknownCountry` is 'allow'. Pure; countries are ISO 3166
 * alpha-2 codes or English names (resolved through Intl.DisplayNames, so any name ICU knows).
 */

export interface ConsentPolicy {
  allowEuUk: boolean;
  /** ISO alpha-2; when non-empty, only these. */
  allow: string[];
  /** ISO alpha-2; always refused (wins over allow and allowEuUk). */
  deny: string[];
  unknownCountry: 'refuse' | 'allow';
}

export const DEFAULT_CONSENT_POLICY: ConsentPolicy = { allowEuUk: false, allow: [], deny: [], unknownCountry: 'refuse' };

/** EU 27 + EEA (IS, LI, NO) + UK. */
export const EU_EEA_UK = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'GB'] as const;
const EU_SET = new Set<string>(EU_EEA_UK);

const ALIASES: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'united states of america': 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'czech republic': 'CZ',
  holland: 'NL',
  'the netherlands': 'NL',
  'republic of ireland': 'IE',
  'south korea': 'KR',
  'korea, republic of': 'KR',
  russia: 'RU',
  'russian federation': 'RU',
  'viet nam': 'VN',
};

/** Region codes ICU names that are not countries. */
// (and deprecated codes ICU still names: DD East Germany would otherwise shadow DE, UK shadows GB)
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'AA', 'XA', 'XB', 'DD', 'FX', 'SU', 'YU', 'ZR', 'TP', 'BU', 'CS', 'NT', 'YD', 'UK']);

let names: Map<string, string> | null = null;
let display: Intl.DisplayNames | null = null;
const displayNames = () => (display ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }));
function nameTable(): Map<string, string> {
  if (names) return names;
  names = new Map(Object.entries(ALIASES));
  const dn = displayNames();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = NOT_COUNTRIES.has(code) ? undefined : dn.of(code);
      if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), code);
    }
  }
  return names;
}

/** The ISO alpha-2 code of a country code or English name; null when unknown or empty. */
export function countryCode(country: string | null | undefined): string | null {
  const t = (country ?? '').trim();
  if (!t) return null;
  if (/^[A-Za-z]{2}$/.test(t)) {
    const code = t.toUpperCase();
    if (code === 'UK') return 'GB';
    return !NOT_COUNTRIES.has(code) && displayNames().of(code) ? code : null;
  }
  return nameTable().get(t.toLowerCase()) ?? null;
}

export type ConsentDecision = { allowed: true; country: string | null } | { allowed: false; country: string | null; reason: string };

export function consentDecision(policy: ConsentPolicy, country: string | null | undefined): ConsentDecision {
  const code = countryCode(country);
  if (!code) {
    return policy.unknownCountry === 'allow' ? { allowed: true, country: null } : { allowed: false, country: null, reason: country?.trim() ? `country "${country.trim()}" is not recognised` : 'the person’s country is unknown' };
  }
  if (policy.deny.map((c) => c.toUpperCase()).includes(code)) return { allowed: false, country: code, reason: `${code} is on the deny list` };
  if (policy.allow.length && !policy.allow.map((c) => c.toUpperCase()).includes(code)) return { allowed: false, country: code, reason: `${code} is not on the allow list` };
  if (EU_SET.has(code) && !policy.allowEuUk && !policy.allow.map((c) => c.toUpperCase()).includes(code)) return { allowed: false, country: code, reason: `${code} is in the EU/EEA/UK, excluded unless allowed` };
  return { allowed: true, country: code };
}

/**
 * Countries the provider search can be limited to (only for an allow-list: there is no
 * exclude-country filter), as English names (ZoomInfo's lookup values are names [U]).
 */
export function searchCountries(policy: ConsentPolicy): string[] {
  if (!policy.allow.length) return [];
  const dn = displayNames();
  return policy.allow.filter((c) => consentDecision(policy, c).allowed).map((c) => dn.of(c.toUpperCase()) ?? c);
}
