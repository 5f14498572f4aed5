/**
 * Exports of buying groups, their members and the gap list (issue 9), as CSV or JSON Lines.
 *
 * One public surface, `openExport`: it checks everything the caller sent — kind, format, columns
 * and the list filters (the store's own `buyingGroupFilters`, so an export holds exactly what
 * GET /buying-groups lists, in its order) — and only then hands back a stream of text chunks, so a
 * bad request is refused before a byte is written. Rows are read in keyset pages
 * (`buyingGroupPages`): memory is one page whatever the size of the result, and nothing is held
 * between pages, so a consumer that stops (a client gone) leaves no open cursor or transaction.
 * The CSV header goes out before the first page is read, so the first byte does not wait for it.
 */
import { stringify } from 'csv-stringify/sync';
import { QuorumError, normText, EXPORT_FORMATS, EXPORT_KINDS, GROUP_EXPORT_COLUMNS, type ExportFormat, type ExportKind, type GroupExportColumn } from '../domain/index.ts';
import { describeCondition } from '../domain/conditions/index.ts';
import { displayScore } from '../domain/scoring/index.ts';
import {
  accountsById,
  buyingGroupPages,
  currentMembersOf,
  exportLookups,
  roleConditionKey,
  type BuyingGroup,
  type BuyingGroupQuery,
  type ExportLookups,
} from '../store/index.ts';
import type { Database } from '../store/index.ts';

/** The fields each Browse column exports (ids beside the names they stand for). */
const GROUP_FIELDS: Record<GroupExportColumn, readonly string[]> = {
  name: ['name'],
  account: ['account_id', 'account_name'],
  solutionInterest: ['solution_interest_id', 'solution_interest'],
  template: ['template_id', 'template'],
  status: ['active', 'status_label'],
  stage: ['stage', 'stage_name'],
  completeness: ['completeness', 'completeness_exact'],
  engagement: ['engagement', 'engagement_exact'],
  members: ['members'],
  missingRoles: ['missing_role_ids', 'missing_roles'],
  updatedAt: ['updated_at'],
};

export const MEMBER_EXPORT_FIELDS = [
  'group_id',
  'group_name',
  'account_id',
  'account_name',
  'person_id',
  'email',
  'first_name',
  'last_name',
  'job_title',
  'role_id',
  'role',
  'source',
  'added_at',
  'engagement',
] as const;

export const GAP_EXPORT_FIELDS = [
  'group_id',
  'group_name',
  'account_id',
  'account_name',
  'account_domain',
  'account_country',
  'solution_interest_id',
  'solution_interest',
  'role_id',
  'role',
  'members_required',
  'members_present',
  'conditions_in_words',
] as const;

type Cell = string | number | boolean | null | readonly string[];
type Row = Record<string, Cell>;

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  /** The filters and sort of GET /buying-groups (no paging). */
  query: Omit<BuyingGroupQuery, 'limit' | 'cursor'>;
  /** Groups only: which Browse columns (default all); the group id is always first. */
  columns?: readonly string[] | undefined;
  /** Gaps only: also required roles held by fewer members than required (default: only roles nobody holds). */
  shortRoles?: boolean | undefined;
  /** Groups read per page (default 500). */
  pageSize?: number | undefined;
}

export interface ExportStream {
  /** e.g. buying-groups-2026-12-02.csv */
  filename: string;
  contentType: string;
  fields: readonly string[];
  /** The text, chunk by chunk (the CSV header, then one chunk per page of groups). */
  chunks: AsyncGenerator<string, void, undefined>;
  /** Rows written so far. */
  rows(): number;
}

const stats = { inFlight: 0, completed: 0, abandoned: 0 };

/** Exports being streamed now, and how many ended complete or abandoned (the consumer stopped) since start. */
export function exportStats(): Readonly<typeof stats> {
  return { ...stats };
}

const FILE_NAMES: Record<ExportKind, string> = { groups: 'buying-groups', members: 'buying-group-members', gaps: 'buying-group-gaps' };

function groupFields(columns: readonly string[] | undefined): string[] {
  const chosen = columns === undefined || columns.length === 0 ? GROUP_EXPORT_COLUMNS : columns;
  const known = new Set<string>(GROUP_EXPORT_COLUMNS);
  const unknown = chosen.filter((c) => !known.has(c));
  if (unknown.length) {
    throw QuorumError.field('validation_failed', '/columns', `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; columns are ${GROUP_EXPORT_COLUMNS.join(', ')}`);
  }
  // Browse's order, whatever order they were named in; each once.
  const set = new Set(chosen);
  return ['id', ...GROUP_EXPORT_COLUMNS.filter((c) => set.has(c)).flatMap((c) => GROUP_FIELDS[c])];
}

const iso = (ms: number): string => new Date(ms).toISOString();

function groupRow(g: BuyingGroup, l: ExportLookups): Row {
  const si = l.solutionInterests.get(g.solutionInterestId);
  return {
    id: g.id,
    name: g.name,
    account_id: g.accountId,
    account_name: g.accountName,
    solution_interest_id: g.solutionInterestId,
    solution_interest: si?.name ?? null,
    template_id: g.templateId,
    template: l.templates.get(g.templateId) ?? null,
    active: g.active,
    status_label: g.statusLabel,
    stage: g.stage,
    stage_name: g.stage === null ? null : (si?.stages.get(g.stage) ?? g.stage),
    completeness: g.completenessDisplay,
    completeness_exact: g.completeness,
    engagement: g.engagementDisplay,
    engagement_exact: g.engagement,
    members: g.memberCount,
    missing_role_ids: g.missingRoleIds,
    missing_roles: g.missingRoleIds.map((id) => l.roles.get(id) ?? id),
    updated_at: iso(g.updatedAt),
  };
}

/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text cell starting with = + - @ or a
 * tab/CR is read as a formula by Excel and LibreOffice. CRM data is not trusted, so such cells get
 * a leading apostrophe in CSV; JSON Lines carries the value as stored.
 */
function csvText(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvCell(v: Cell): string | number {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return csvText(v);
  return csvText(v.join('; '));
}

function encoder(format: ExportFormat, fields: readonly string[]): { header: string; encode(rows: readonly Row[]): string } {
  if (format === 'jsonl') {
    return {
      header: '',
      encode: (rows) => rows.map((r) => `${JSON.stringify(Object.fromEntries(fields.map((f) => [f, r[f] ?? null])))}\n`).join(''),
    };
  }
  const options = { record_delimiter: '\r\n' } as const;
  return {
    header: stringify([fields as string[]], options),
    encode: (rows) => (rows.length ? stringify(rows.map((r) => fields.map((f) => csvCell(r[f] ?? null))), options) : ''),
  };
}

/** The roles a gap list is limited to when the filters name missing roles (by id or by name). */
function gapRoleFilter(query: ExportRequest['query'], l: ExportLookups): ((roleId: string) => boolean) | undefined {
  const ids = new Set(query.missingRoleId ?? []);
  const names = new Set((query.missingRole ?? []).map(normText));
  if (ids.size === 0 && names.size === 0) return undefined;
  return (roleId) => ids.has(roleId) || names.has(normText(l.roles.get(roleId) ?? ''));
}

/** Checks the request, then opens the stream. Throws QuorumError (4xx) for bad input, before any output. */
export async function openExport(database: Database, req: ExportRequest, now: number): Promise<ExportStream> {
  const db = database.db;
  if (!(EXPORT_KINDS as readonly string[]).includes(req.kind)) throw QuorumError.field('validation_failed', '/kind', `kind must be one of ${EXPORT_KINDS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(req.format)) throw QuorumError.field('validation_failed', '/format', `format must be one of ${EXPORT_FORMATS.join(', ')}`);
  if (req.kind !== 'groups' && req.columns !== undefined && req.columns.length > 0) throw QuorumError.field('validation_failed', '/columns', 'columns apply to the groups export only');
  const fields = req.kind === 'groups' ? groupFields(req.columns) : req.kind === 'members' ? [...MEMBER_EXPORT_FIELDS] : [...GAP_EXPORT_FIELDS];
  const pageSize = req.pageSize ?? 500;
  // The filters are checked here (a bad one throws), the first page is read when the stream is.
  // A gap list reads only groups with a role nobody holds (the list's own filter does it in SQL);
  // with shortRoles a role may be held by too few, which that filter does not see.
  const query = req.kind === 'gaps' && !req.shortRoles && req.query.hasMissingRoles === undefined ? { ...req.query, hasMissingRoles: true } : req.query;
  const pages = await buyingGroupPages(db, query, now, pageSize);
  const lookups = await exportLookups(db);
  const { header, encode } = encoder(req.format, fields);
  const inGaps = req.kind === 'gaps' ? gapRoleFilter(req.query, lookups) : undefined;
  let written = 0;

  const rowsOf = async (groups: BuyingGroup[]): Promise<Row[]> => {
    if (req.kind === 'groups') return groups.map((g) => groupRow(g, lookups));
    if (req.kind === 'members') {
      const members = await currentMembersOf(db, groups);
      return groups.flatMap((g) =>
        (members.get(g.id) ?? []).map((m) => ({
          group_id: g.id,
          group_name: g.name,
          account_id: g.accountId,
          account_name: g.accountName,
          person_id: m.personId,
          email: m.email,
          first_name: m.firstName,
          last_name: m.lastName,
          job_title: m.jobTitle,
          role_id: m.roleId,
          role: m.roleName,
          source: m.source,
          added_at: iso(m.addedAt),
          engagement: displayScore(m.personEngagement),
        })),
      );
    }
    const gapped = groups.filter((g) => g.requiredRoles.some((r) => (req.shortRoles ? r.members < r.membersRequired : r.members === 0)));
    const accounts = await accountsById(
      db,
      gapped.map((g) => g.accountId),
    );
    return gapped.flatMap((g) => {
      const account = accounts.get(g.accountId);
      const si = lookups.solutionInterests.get(g.solutionInterestId);
      return g.requiredRoles
        .filter((r) => (req.shortRoles ? r.members < r.membersRequired : r.members === 0) && (inGaps === undefined || inGaps(r.roleId)))
        .map((r) => {
          const condition = lookups.roleConditions.get(roleConditionKey(g.templateId, r.roleId)) ?? null;
          return {
            group_id: g.id,
            group_name: g.name,
            account_id: g.accountId,
            account_name: g.accountName,
            account_domain: account?.domain ?? null,
            account_country: account?.country ?? null,
            solution_interest_id: g.solutionInterestId,
            solution_interest: si?.name ?? null,
            role_id: r.roleId,
            role: lookups.roles.get(r.roleId) ?? r.roleId,
            members_required: r.membersRequired,
            members_present: r.members,
            conditions_in_words: condition === null ? 'assigned by hand (the role has no condition)' : describeCondition(condition, lookups.names, { subject: 'person', personas: lookups.personas }),
          };
        });
    });
  };

  async function* chunks(): AsyncGenerator<string, void, undefined> {
    stats.inFlight++;
    let complete = false;
    try {
      if (header) yield header;
      for await (const groups of pages) {
        const rows = await rowsOf(groups);
        written += rows.length;
        const text = encode(rows);
        if (text) yield text;
      }
      complete = true;
    } finally {
      stats.inFlight--;
      if (complete) stats.completed++;
      else stats.abandoned++;
      // Ends the page reader too when the consumer stopped early (its own finally, if any, runs).
      await pages.return(undefined);
    }
  }

  const day = iso(now).slice(0, 10);
  return {
    filename: `${FILE_NAMES[req.kind]}-${day}.${req.format}`,
    contentType: req.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    fields,
    chunks: chunks(),
    rows: () => written,
  };
}
