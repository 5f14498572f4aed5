import { z } from 'zod';
import type { AppContext } from '../app.ts';
import type { Api } from './index.ts';
import { idParam, isoTime, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { boolQuery } from '../params.ts';
import { getBuyingGroup, listBuyingGroupMembers, listBuyingGroups, type BuyingGroup, type BuyingGroupMember } from '../../store/buying-groups.ts';

const buyingGroupOut = z
  .object({
    id: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    solutionInterestId: z.string(),
    templateId: z.string(),
    name: z.string().describe('"<solution interest> for <account>"'),
    statusLabel: z.string().nullable(),
    stage: z.string().nullable().describe('Key of a stage of the solution interest’s stage model'),
    completeness: z.number().describe('0–100, exact (SPEC §5); display rounded half up'),
    engagement: z.number().describe('0–100 (SPEC §5)'),
    active: z.boolean(),
    memberCount: z.number().int().describe('Members not removed'),
    createdAt: isoTime,
    updatedAt: isoTime,
  })
  .meta({ id: 'BuyingGroup' });

const SOURCES = ['manual', 'journey', 'import', 'rule', 'suggestion'] as const;

const memberOut = z
  .object({
    personId: z.string(),
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    jobTitle: z.string().nullable(),
    roleId: z.string(),
    roleName: z.string(),
    source: z.enum(SOURCES),
    removed: z.boolean().describe('Removed members are remembered so that rules do not add them again'),
    addedAt: isoTime,
    removedAt: isoTime.nullable(),
    updatedAt: isoTime,
  })
  .meta({ id: 'BuyingGroupMember' });

function groupOutOf(g: BuyingGroup): z.infer<typeof buyingGroupOut> {
  return { ...g, createdAt: toIso(g.createdAt), updatedAt: toIso(g.updatedAt) };
}

function memberOutOf(m: BuyingGroupMember): z.infer<typeof memberOut> {
  return { ...m, addedAt: toIso(m.addedAt), removedAt: toIsoOrNull(m.removedAt), updatedAt: toIso(m.updatedAt) };
}

const tags = ['buying groups'];
const groupId = idParam('bg', 'buying group');

export function buyingGroupRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/buying-groups',
    {
      schema: {
        tags,
        summary: 'List buying groups',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, completeness, engagement or createdAt; prefix with - for descending (e.g. -completeness)'),
          solutionInterestId: z.string().max(100).optional(),
          accountId: z.string().max(100).optional(),
          active: boolQuery.describe('true: active groups only; false: inactive ones only'),
        }),
        response: { 200: pageOf(buyingGroupOut) },
      },
    },
    async (req) => {
      const page = await listBuyingGroups(db, req.query);
      return { data: page.data.map(groupOutOf), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/buying-groups/:id',
    { schema: { tags, summary: 'Get a buying group', params: groupId, response: { 200: buyingGroupOut } } },
    async (req) => groupOutOf(await getBuyingGroup(db, req.params.id)),
  );

  api.get(
    '/buying-groups/:id/members',
    {
      schema: {
        tags,
        summary: 'List the members of a buying group, with their role and source (removed members included unless filtered)',
        params: groupId,
        querystring: z.strictObject({
          ...pageQuery,
          removed: boolQuery.describe('false: current members only; true: removed ones only'),
          roleId: z.string().max(100).optional(),
        }),
        response: { 200: pageOf(memberOut) },
      },
    },
    async (req) => {
      const page = await listBuyingGroupMembers(db, req.params.id, req.query);
      return { data: page.data.map(memberOutOf), nextCursor: page.nextCursor };
    },
  );
}
