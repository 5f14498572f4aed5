/**
 * What Quorum needs from a contact data provider (issue 11): search people at an account (free
 * of credits at ZoomInfo, but rate limited), enrich chosen contacts (what costs credits), and say
 * what a call cost. ZoomInfo implements it in integrations/zoominfo; others can follow.
 */

/** A search at one account; lists are OR-ed within a filter, filters AND-ed. */
export interface ContactQuery {
  /** `http://www.example.com` form (ZoomInfo has no domain filter). */
  companyWebsite: string | null;
  companyName: string | null;
  /** Title keywords, OR-ed. */
  jobTitles: string[];
  /** Provider management-level ids (e.g. "VP Level Exec"). */
  managementLevels: string[];
  /** Provider department ids. */
  departments: string[];
  /** Only when the consent policy is an allow-list: the provider filters by country itself. */
  countries: string[];
}

/** A search hit: no email yet, only hints. */
export interface ProviderContact {
  providerId: string;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  managementLevel: string | null;
  companyName: string | null;
  /** When the provider reveals it at search time (lets consent refuse before credits are spent). */
  country: string | null;
  hasEmail: boolean;
}

export type EnrichStatus = 'matched' | 'no_match' | 'opted_out' | 'limit_exceeded' | 'invalid';

export interface EnrichedContact {
  providerId: string;
  status: EnrichStatus;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  jobTitle: string | null;
  managementLevel: string | null;
  department: string | null;
  country: string | null;
  state: string | null;
  city: string | null;
  phone: string | null;
  companyName: string | null;
  companyWebsite: string | null;
}

export interface SearchResult {
  contacts: ProviderContact[];
  totalResults: number;
}

export interface EnrichResult {
  contacts: EnrichedContact[];
  /** Credits the provider charged: one per matched record (integrations.md B.4). */
  creditsUsed: number;
}

export interface ContactProvider {
  readonly name: string;
  /** The most credits one enrichment of `n` contacts can cost (what a run reserves first). */
  maxCost(n: number): number;
  searchContacts(query: ContactQuery, limit: number): Promise<SearchResult>;
  enrichContacts(providerIds: string[]): Promise<EnrichResult>;
}
