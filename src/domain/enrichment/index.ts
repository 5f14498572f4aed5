/** Enrichment and acquisition (issue 11): the provider interface and the pure rules (derived searches, budgets, consent, dedupe). */
export type { ContactProvider, ContactQuery, EnrichResult, EnrichStatus, EnrichedContact, ProviderContact, SearchResult } from './provider.ts';
export { DEFAULT_QUERY_MAPPING, FUNCTION_DEPARTMENTS, SENIORITY_LEVELS, deriveRoleQuery, websiteOf } from './derive-query.ts';
export type { DerivedRoleQuery, QueryMapping, RoleFilters } from './derive-query.ts';
export { affordable, available, monthOf, settle } from './budget.ts';
export type { CreditBudget, MonthUsage } from './budget.ts';
export { DEFAULT_CONSENT_POLICY, EU_EEA_UK, consentDecision, countryCode, searchCountries } from './consent.ts';
export type { ConsentDecision, ConsentPolicy } from './consent.ts';
export { dedupeByEmail, emailKey } from './dedupe.ts';
