/** LinkedIn Matched Audiences: the Marketing API client, list limits and the upload CSV templates. */
export { DEFAULT_LINKEDIN_CONFIG, LinkedInApiError, LinkedInClient, LinkedInConsentRequired, LinkedInTokenExpired, TARGETABLE_STATUSES, hashEmail, realRuntime } from './client.ts';
export type { Action, CompanyElement, ElementResult, LinkedInConfig, LinkedInRuntime, SegmentStatus, SegmentType, TokenSet, UserElement } from './client.ts';
export { DEFAULT_LIST_LIMITS, audienceWarning, listSizeError } from './limits.ts';
export type { ListKind, ListLimits } from './limits.ts';
export { COMPANY_TEMPLATE_COLUMNS, CONTACT_TEMPLATE_COLUMNS, bareDomain, companyTemplateRow, contactTemplateRow, iso2 } from './csv.ts';
export type { CompanyRecord, ContactRecord } from './csv.ts';
