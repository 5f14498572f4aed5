/**
 * Browse's state lives in the URL, with the API's own parameter names, so a view can be shared,
 * bookmarked and saved, and a URL means exactly the same query in the browser and with curl.
 * Pure helpers here; the page reads and writes them through useSearchParams.
 */

/** Parameters that take several values (repeated in the URL and in the API call). */
export const MULTI_PARAMS = ['solutionInterestId', 'templateId', 'missingRoleId', 'stage', 'statusLabel', 'accountIndustry', 'accountCountry'] as const;
/** Parameters with one value. */
export const SINGLE_PARAMS = [
  'q',
  'sort',
  'active',
  'hasMissingRoles',
  'missingRoleMatch',
  'completenessMin',
  'completenessMax',
  'completenessBelow',
  'engagementMin',
  'engagementMax',
  'engagementBelow',
  'accountCondition',
] as const;

export type MultiParam = (typeof MULTI_PARAMS)[number];
export type SingleParam = (typeof SINGLE_PARAMS)[number];

export interface BrowseQuery {
  multi: Record<MultiParam, string[]>;
  single: Partial<Record<SingleParam, string>>;
  limit: number;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;
export const DEFAULT_LIMIT = 50;
export const DEFAULT_SORT = '-updatedAt';

export function parseBrowseQuery(params: URLSearchParams): BrowseQuery {
  const multi = Object.fromEntries(MULTI_PARAMS.map((k) => [k, params.getAll(k).filter((v) => v !== '')])) as Record<MultiParam, string[]>;
  const single: Partial<Record<SingleParam, string>> = {};
  for (const k of SINGLE_PARAMS) {
    const v = params.get(k);
    if (v != null && v !== '') single[k] = v;
  }
  const limit = Number(params.get('limit'));
  return { multi, single, limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : DEFAULT_LIMIT };
}

/** The URL search string of a query (stable order, defaults left out). */
export function browseSearch(q: BrowseQuery): string {
  const out = new URLSearchParams();
  for (const k of MULTI_PARAMS) for (const v of q.multi[k]) out.append(k, v);
  for (const k of SINGLE_PARAMS) {
    const v = q.single[k];
    if (v != null && v !== '') out.set(k, v);
  }
  if (q.limit !== DEFAULT_LIMIT) out.set('limit', String(q.limit));
  return out.toString();
}

/** The API's query object for GET /buying-groups (page size and cursor added by the caller). */
export function apiQuery(q: BrowseQuery): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const k of MULTI_PARAMS) if (q.multi[k].length) out[k] = q.multi[k];
  for (const k of SINGLE_PARAMS) {
    const v = q.single[k];
    if (v != null && v !== '') out[k] = v;
  }
  if (!out.sort) out.sort = DEFAULT_SORT;
  return out;
}

/** How many filters are set (search and sort are not filters). */
export function activeFilterCount(q: BrowseQuery): number {
  return MULTI_PARAMS.filter((k) => q.multi[k].length).length + SINGLE_PARAMS.filter((k) => k !== 'sort' && k !== 'q' && k !== 'missingRoleMatch' && q.single[k] != null).length;
}

export type SortKey = 'name' | 'completeness' | 'engagement' | 'createdAt' | 'updatedAt';

export function sortOf(q: BrowseQuery): { key: SortKey; desc: boolean } {
  const s = q.single.sort ?? DEFAULT_SORT;
  const desc = s.startsWith('-');
  return { key: (desc ? s.slice(1) : s) as SortKey, desc };
}

/** Clicking a header: first ascending (descending for scores and dates), then the other way. */
export function nextSort(q: BrowseQuery, key: SortKey): string {
  const cur = sortOf(q);
  if (cur.key === key) return cur.desc ? key : `-${key}`;
  return key === 'name' ? key : `-${key}`;
}

/** Parameters that are numbers or booleans in a JSON body (the URL has them as text). */
const NUMBER_PARAMS = ['completenessMin', 'completenessMax', 'completenessBelow', 'engagementMin', 'engagementMax', 'engagementBelow'] as const;
const BOOLEAN_PARAMS = ['active', 'hasMissingRoles'] as const;

export type BodyFilter = Record<string, string | string[] | number | boolean | unknown>;

/**
 * The view's filters as the JSON body of POST /buying-groups/search and /buying-groups/bulk:
 * numbers and booleans as JSON values, the account condition as an object; no sort or paging.
 */
export function bodyFilter(q: BrowseQuery): BodyFilter {
  const out: BodyFilter = {};
  for (const k of MULTI_PARAMS) if (q.multi[k].length) out[k] = q.multi[k];
  for (const k of SINGLE_PARAMS) {
    const v = q.single[k];
    if (v == null || v === '' || k === 'sort') continue;
    if ((NUMBER_PARAMS as readonly string[]).includes(k)) out[k] = Number(v);
    else if ((BOOLEAN_PARAMS as readonly string[]).includes(k)) out[k] = v === 'true';
    else if (k === 'accountCondition') {
      try {
        out[k] = JSON.parse(v) as unknown;
      } catch {
        // Sent as it is: the API names the field and says why it is not a condition.
        out[k] = v;
      }
    } else out[k] = v;
  }
  return out;
}

/**
 * The account condition of a query (the `accountCondition` parameter holds it as JSON, as the API
 * takes it): null when none is set; `invalid` when the parameter is not JSON of an object (the
 * API says what is wrong; the page offers to clear it).
 */
export function accountConditionOf(q: BrowseQuery): { condition: Record<string, unknown> | null; invalid: boolean } {
  const raw = q.single.accountCondition;
  if (raw == null || raw === '') return { condition: null, invalid: false };
  try {
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? { condition: v as Record<string, unknown>, invalid: false } : { condition: null, invalid: true };
  } catch {
    return { condition: null, invalid: true };
  }
}

/** The query with this account condition (null removes it), written as compact JSON. */
export function withAccountCondition(q: BrowseQuery, condition: object | null): BrowseQuery {
  const single = { ...q.single };
  if (condition === null) delete single.accountCondition;
  else single.accountCondition = JSON.stringify(condition);
  return { ...q, single };
}

export type ExportKind = 'groups' | 'members' | 'gaps';
export type ExportFormat = 'csv' | 'jsonl';

const EXPORT_PATHS: Record<ExportKind, string> = {
  groups: '/api/v1/buying-groups/export',
  members: '/api/v1/buying-groups/members/export',
  gaps: '/api/v1/buying-groups/gaps/export',
};

/**
 * The download link of an export of the view: the page's own query (filters and sort, no page
 * size or cursor) plus the format and, for groups, the visible columns. A plain GET: the session
 * cookie signs it in, so an <a download> works without script.
 */
export function exportUrl(q: BrowseQuery, kind: ExportKind, format: ExportFormat, visibleColumns: readonly string[] = []): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(apiQuery(q))) for (const x of Array.isArray(v) ? v : [v]) out.append(k, x);
  out.set('format', format);
  if (kind === 'groups' && visibleColumns.length) out.set('columns', visibleColumns.join(','));
  return `${EXPORT_PATHS[kind]}?${out.toString()}`;
}
