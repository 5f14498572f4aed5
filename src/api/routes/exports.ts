/**
 * Streamed exports (issue 9): buying groups as Browse lists them, their members, and the gap list
 * (one row per group × missing required role, with the role's conditions in words), as CSV or
 * JSON Lines, with the filters of GET /buying-groups. Everything the client sent is checked by
 * `openExport` before the first byte (a 4xx problem+json otherwise); then rows stream in pages.
 * Viewers may export (a GET). A client that goes away mid-stream destroys the stream, which ends
 * the page reader (tested in exports.e2e.test.ts).
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { groupFilters } from './buying-groups.ts';
import { GAP_EXPORT_FIELDS, MEMBER_EXPORT_FIELDS, openExport } from '../../engine/index.ts';
import { EXPORT_FORMATS, GROUP_EXPORT_COLUMNS, type ExportKind } from '../../domain/index.ts';
import { boolQuery } from '../params.ts';

const tags = ['exports'];

const format = z.enum(EXPORT_FORMATS).default('csv').describe('csv (default; RFC 4180, a header row, CRLF line ends) or jsonl (JSON Lines: one JSON object per line)');

/** `columns=name,account` or `columns=name&columns=account`. */
const columns = z
  .union([z.string().max(500), z.array(z.string().max(100)).max(50)])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== ''))
  .optional()
  .describe(`Browse's columns to export, comma-separated or repeated: ${GROUP_EXPORT_COLUMNS.join(', ')} (default all; the group id always comes first; each column exports its id beside its name)`);

const filters = groupFilters('query').omit({ limit: true, cursor: true });

export function exportRoutes(api: Api, ctx: AppContext): void {
  const send = async (kind: ExportKind, q: { format: (typeof EXPORT_FORMATS)[number]; columns?: string[] | undefined; shortRoles?: boolean | undefined } & z.infer<typeof filters>) => {
    const { format: f, columns: c, shortRoles, ...query } = q;
    return openExport(ctx.database, { kind, format: f, columns: c, shortRoles, query }, ctx.clock.now());
  };
  const streamed = (description: string) =>
    `${description} Takes the filters and sort of GET /buying-groups (no paging): the export holds exactly the groups that list pages through, in its order. The answer streams (a header row, then pages of rows), with content-disposition attachment; a bad filter, column or format is a 400 problem+json before anything is sent.`;

  api.get(
    '/buying-groups/export',
    {
      schema: {
        tags,
        summary: 'Export the buying groups of a filtered view (CSV or JSON Lines, streamed)',
        description: streamed('Browse’s columns plus ids: id, name, account_id/account_name, solution_interest_id/solution_interest, template_id/template, active/status_label, stage/stage_name, completeness/completeness_exact (displayed and exact), engagement/engagement_exact, members, missing_role_ids/missing_roles (in CSV joined with "; "), updated_at.'),
        querystring: filters.extend({ format, columns }),
      },
    },
    async (req, reply) => {
      const out = await send('groups', req.query);
      return reply.header('content-type', out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(Readable.from(out.chunks, { objectMode: false }));
    },
  );

  api.get(
    '/buying-groups/members/export',
    {
      schema: {
        tags,
        summary: 'Export the current members of the buying groups of a filtered view (CSV or JSON Lines, streamed)',
        description: streamed(`One row per current member (removed ones are left out), groups in the list’s order, members in the order they were added: ${MEMBER_EXPORT_FIELDS.join(', ')} (engagement: the person’s, as displayed).`),
        querystring: filters.extend({ format }),
      },
    },
    async (req, reply) => {
      const out = await send('members', req.query);
      return reply.header('content-type', out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(Readable.from(out.chunks, { objectMode: false }));
    },
  );

  api.get(
    '/buying-groups/gaps/export',
    {
      schema: {
        tags,
        summary: 'Export the gap list: one row per buying group × missing required role, with the role’s conditions in words (CSV or JSON Lines, streamed)',
        description: streamed(
          `For a data vendor or an SDR: ${GAP_EXPORT_FIELDS.join(', ')}. A missing role is a required role of the group’s template that no current member holds (shortRoles=true adds required roles held by fewer members than required). With missingRoleId / missingRole filters, only those roles’ rows. conditions_in_words is the template role’s condition as the condition builder names it, personas spelled out, e.g. job title starts with “CISO” or “CIO” and seniority is “C-level”.`,
        ),
        querystring: filters.extend({ format, shortRoles: boolQuery.describe('true: also required roles held by fewer members than required') }),
      },
    },
    async (req, reply) => {
      const out = await send('gaps', req.query);
      return reply.header('content-type', out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(Readable.from(out.chunks, { objectMode: false }));
    },
  );
}
