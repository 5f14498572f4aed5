/**
 * LinkedIn destinations and activations in words: a destination's status (what an admin must
 * do), an activation's stored filter as a sentence list, and LinkedIn's list limits as warnings.
 * Pure: the pages render what these answer.
 */
import type { Schemas } from '../api/client.ts';
import type { Lookups } from './lookups.ts';

export type DestinationStatus = 'not_connected' | 'connected' | 'token_expiring' | 'needs_consent' | 'error';

export const DESTINATION_STATUS: Record<DestinationStatus, { label: string; color: string }> = {
  not_connected: { label: 'Not connected', color: 'gray' },
  connected: { label: 'Connected', color: 'teal' },
  token_expiring: { label: 'Token expiring', color: 'yellow' },
  needs_consent: { label: 'Consent must be renewed', color: 'orange' },
  error: { label: 'Error', color: 'red' },
};

const DAY = 86_400_000;
/** The refresh token (365 days) ends consent: warn a month ahead. */
export const REFRESH_WARNING_MS = 30 * DAY;
/** Without a refresh token the access token (60 days) is all there is: warn a week ahead. */
export const ACCESS_WARNING_MS = 7 * DAY;

type Destination = Pick<Schemas['Destination'], 'state' | 'accessExpiresAt' | 'refreshExpiresAt'> & { hasRefreshToken?: boolean };

/**
 * What the destination needs: the stored state, and for a connected one whether consent is about
 * to lapse (the refresh token's expiry, or the access token's when there is no refresh token)
 * or has already lapsed.
 */
export function destinationStatus(d: Destination, now: number): { status: DestinationStatus; until: number | null } {
  if (d.state !== 'connected') return { status: d.state, until: null };
  const refresh = d.refreshExpiresAt ? Date.parse(d.refreshExpiresAt) : null;
  const access = d.accessExpiresAt ? Date.parse(d.accessExpiresAt) : null;
  // The end of consent: the refresh token's expiry when there is one, else the access token's.
  const end = refresh ?? access;
  if (end === null) return { status: 'connected', until: null };
  if (end <= now) return { status: 'needs_consent', until: end };
  return end - now <= (refresh !== null ? REFRESH_WARNING_MS : ACCESS_WARNING_MS) ? { status: 'token_expiring', until: end } : { status: 'connected', until: end };
}

const list = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`);
const all = (xs: string[], match: unknown) => (xs.length <= 1 ? (xs[0] ?? '') : match === 'any' ? list(xs) : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);
const asArray = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v == null ? [] : [String(v)]);

/** The filter an activation stores (Browse's), one phrase per filter; "Every buying group" when none. */
export function describeFilter(filter: Record<string, unknown>, l: Lookups | undefined): string[] {
  const out: string[] = [];
  const si = asArray(filter.solutionInterestId).map((id) => l?.solutionInterest(id)?.name ?? id);
  if (si.length) out.push(`Solution interest: ${list([...si, ...asArray(filter.solutionInterest)])}`);
  else if (filter.solutionInterest) out.push(`Solution interest: ${list(asArray(filter.solutionInterest))}`);
  const tpl = asArray(filter.templateId).map((id) => l?.template(id)?.name ?? id);
  if (tpl.length || filter.template) out.push(`Roles template: ${list([...tpl, ...asArray(filter.template)])}`);
  if (filter.active === true) out.push('Active groups only');
  if (filter.active === false) out.push('Inactive groups only');
  const missing = [...asArray(filter.missingRoleId).map((id) => l?.role(id)?.name ?? id), ...asArray(filter.missingRole)];
  if (missing.length) out.push(`Missing role: ${all(missing, filter.missingRoleMatch)}`);
  if (filter.hasMissingRoles === true) out.push('At least one required role is missing');
  if (filter.hasMissingRoles === false) out.push('Every required role is held');
  const bound = (label: string, key: string, op: string) => {
    if (typeof filter[key] === 'number') out.push(`${label} ${op} ${filter[key]}`);
  };
  bound('Completeness', 'completenessMin', '≥');
  bound('Completeness', 'completenessMax', '≤');
  bound('Completeness', 'completenessBelow', '<');
  bound('Engagement', 'engagementMin', '≥');
  bound('Engagement', 'engagementMax', '≤');
  bound('Engagement', 'engagementBelow', '<');
  if (asArray(filter.stage).length) out.push(`Stage: ${list(asArray(filter.stage))}`);
  if (asArray(filter.statusLabel).length) out.push(`Status label: ${list(asArray(filter.statusLabel))}`);
  if (filter.hasStatusLabel === true) out.push('Has a status label');
  if (filter.hasStatusLabel === false) out.push('Has no status label');
  if (asArray(filter.accountIndustry).length) out.push(`Industry: ${list(asArray(filter.accountIndustry))}`);
  if (asArray(filter.accountCountry).length) out.push(`Country: ${list(asArray(filter.accountCountry))}`);
  if (typeof filter.accountId === 'string') out.push(`Account ${filter.accountId}`);
  if (filter.accountCondition != null) out.push('Accounts matching a condition');
  if (typeof filter.q === 'string' && filter.q) out.push(`Name contains “${filter.q}”`);
  return out.length ? out : ['Every buying group'];
}

/** LinkedIn's limits (integrations.md): any matched audience serves from 300 matched members; a list holds 300,000 records. */
export const MIN_MATCHED_TO_SERVE = 300;
export const MAX_RECORDS_PER_LIST = 300_000;

/** Warnings for one list of an activation from LinkedIn's reported size (null: not known yet). */
export function listWarnings(list: 'companies' | 'contacts', audienceSize: number | null, segmentId: string | null): string[] {
  const out: string[] = [];
  if (segmentId && audienceSize !== null && audienceSize < MIN_MATCHED_TO_SERVE)
    out.push(`Only ${audienceSize.toLocaleString('en')} matched members: LinkedIn serves a ${list === 'contacts' ? 'contact' : 'company'} list from ${MIN_MATCHED_TO_SERVE} matched members, so campaigns targeting it will not run yet.`);
  if (audienceSize !== null && audienceSize > MAX_RECORDS_PER_LIST) out.push(`More than ${MAX_RECORDS_PER_LIST.toLocaleString('en')} records: LinkedIn refuses larger lists; narrow the filter.`);
  return out;
}
