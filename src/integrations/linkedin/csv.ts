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

/** LinkedIn wants ISO-2 country codes; anything else is left empty rather than sent wrong. */
export function iso2(country: string | null): string | null {
  if (!country) return null;
  const c = country.trim();
  return /^[A-Za-z]{2}$/.test(c) ? c.toUpperCase() : null;
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
