/**
 * LinkedIn Campaign Manager's upload templates (integrations.md A.8): the header rows exactly as
 * LinkedIn's templates spell them (changing or removing a header makes the upload fail), and one
 * row per company or contact. Values are plain text; the caller writes them with csv-stringify.
 */
export const COMPANY_TEMPLATE_COLUMNS = ['companyname', 'companywebsite', 'companyemaildomain', 'linkedincompanypageurl', 'stocksymbol', 'industry', 'city', 'state', 'companycountry', 'zipcode'] as const;
export const CONTACT_TEMPLATE_COLUMNS = ['email', 'firstname', 'lastname', 'jobtitle', 'employeecompany', 'country', 'googleaid'] as const;

export interface CompanyRecord {
  name: string;
  domain: string | null;
  industry: string | null;
  /** ISO 3166-1 alpha-2 when the account's country is one; otherwise left out. */
  country: string | null;
}

export interface ContactRecord {
  email: string;
  firstName: string | null;
  lastName: string | null;
  title: string | null;
  company: string | null;
  country: string | null;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

// Not country codes LinkedIn takes: exceptionally reserved (UK), groupings (EU, EZ, UN, QO), pseudo (XA, XB) and withdrawn ones (DD, FX, BU, CS, NT, TP, YU, ZR, SU, AN).
const NOT_COUNTRIES = new Set(['UK', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'DD', 'FX', 'BU', 'CS', 'NT', 'TP', 'YU', 'ZR', 'SU', 'AN']);
let namesToCodes: Map<string, string> | null = null;
/** English region names (Intl's CLDR data, e.g. "Germany", "United States") → ISO 3166-1 alpha-2, built once. */
function codeOfName(name: string): string | null {
  if (!namesToCodes) {
    namesToCodes = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const n = names.of(code);
        if (n && n !== code && !NOT_COUNTRIES.has(code) && !namesToCodes.has(fold(n))) namesToCodes.set(fold(n), code);
      }
    }
    for (const [alias, code] of [['usa', 'US'], ['unitedstatesofamerica', 'US'], ['uk', 'GB'], ['greatbritain', 'GB'], ['england', 'GB']] as const) namesToCodes.set(alias, code);
  }
  return namesToCodes.get(fold(name)) ?? null;
}

/** LinkedIn wants ISO-2 country codes: a code as given, an English country name mapped; anything else is left empty rather than sent wrong. */
export function iso2(country: string | null): string | null {
  if (!country) return null;
  const c = country.trim();
  if (/^[A-Za-z]{2}$/.test(c)) return c.toUpperCase();
  return codeOfName(c);
}

/** A domain as LinkedIn's companywebsite takes it: no scheme, no path, no www. */
export function bareDomain(domain: string | null): string | null {
  if (!domain) return null;
  const d = domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^www\./, '');
  return d === '' ? null : d;
}

const cut = (s: string | null, n: number): string => (s ?? '').slice(0, n);

export function companyTemplateRow(c: CompanyRecord): string[] {
  const row: Record<(typeof COMPANY_TEMPLATE_COLUMNS)[number], string> = {
    companyname: c.name,
    companywebsite: bareDomain(c.domain) ?? '',
    companyemaildomain: '',
    linkedincompanypageurl: '',
    stocksymbol: '',
    industry: cut(c.industry, 50),
    city: '',
    state: '',
    companycountry: iso2(c.country) ?? '',
    zipcode: '',
  };
  return COMPANY_TEMPLATE_COLUMNS.map((k) => row[k]);
}

export function contactTemplateRow(c: ContactRecord): string[] {
  const row: Record<(typeof CONTACT_TEMPLATE_COLUMNS)[number], string> = {
    email: c.email,
    firstname: cut(c.firstName, 35),
    lastname: cut(c.lastName, 35),
    jobtitle: cut(c.title, 50),
    employeecompany: cut(c.company, 50),
    country: iso2(c.country) ?? '',
    googleaid: '',
  };
  return CONTACT_TEMPLATE_COLUMNS.map((k) => row[k]);
}
