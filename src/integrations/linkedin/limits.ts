/**
 * LinkedIn's list limits (integrations.md A.8): a matched audience serves only once ≥ 300 members
 * match [C], and a list holds at most 300,000 records [C for contact lists; the company-list
 * maximum is unconfirmed, so both are configurable and default to the contact-list figure].
 */
export interface ListLimits {
  /** Members LinkedIn must match before a campaign serves (default 300). */
  minMatchedToServe: number;
  /** Records one list may hold (default 300,000). */
  maxRecordsPerList: number;
}

export const DEFAULT_LIST_LIMITS: ListLimits = { minMatchedToServe: 300, maxRecordsPerList: 300_000 };

export type ListKind = 'companies' | 'contacts';

const noun = (list: ListKind) => (list === 'companies' ? 'company list' : 'contact list');

/** The error when a list would exceed the record limit (nothing is sent), or null. */
export function listSizeError(list: ListKind, records: number, limits: ListLimits = DEFAULT_LIST_LIMITS): string | null {
  if (records <= limits.maxRecordsPerList) return null;
  return `the ${noun(list)} would hold ${records.toLocaleString('en-US')} records; LinkedIn accepts at most ${limits.maxRecordsPerList.toLocaleString('en-US')} per list: narrow the filter (or the roles) of this activation`;
}

/**
 * The warning while an audience is too small to serve, or null. `audienceSize` is LinkedIn's
 * matched size once known; before LinkedIn reports one, the records sent are the upper bound.
 */
export function audienceWarning(list: ListKind, audienceSize: number | null, recordsSent: number, limits: ListLimits = DEFAULT_LIST_LIMITS): string | null {
  const min = limits.minMatchedToServe;
  if (audienceSize !== null) {
    return audienceSize < min ? `the ${noun(list)} matches ${audienceSize} LinkedIn members; campaigns serve only once at least ${min} match ("< ${min} members" in Campaign Manager)` : null;
  }
  return recordsSent < min ? `the ${noun(list)} holds ${recordsSent} records, fewer than the ${min} matched members a campaign needs to serve: it cannot serve until more match` : null;
}
