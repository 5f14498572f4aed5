import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import {
  checkVersion,
  getBuyingGroup,
  listBuyingGroupEvents,
  listBuyingGroupMembers,
  listBuyingGroups,
  listStageHistory,
  type BuyingGroup,
  type BuyingGroupQuery,
  type BuyingGroupMember,
  buyingGroupStats,
  countBuyingGroups,
} from '../../store/index.ts';
import { actorOf } from '../auth.ts';
import { idParam, isoTime, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { boolQuery } from '../params.ts';
import { accountConditionDoc } from '../condition-input.ts';
import {
  applyMemberActions,
  MAX_MEMBER_ACTIONS,
  moveStage,
  setStatusLabel,
  bulkUpdateGroups,
  MAX_BULK_IDS,
  type BulkGroupTarget,
} from '../../engine/index.ts';
import { MEMBER_SOURCES } from '../../domain/assignment/index.ts';

const score = (what: string) => z.number().describe(`${what}, 0–100, stored exactly (SPEC §5)`);
const display = (what: string) => z.number().int().describe(`${what} as displayed: a whole percentage, rounded half up`);

const roleCoverageOut = z.object({
  roleId: z.string(),
  members: z.number().int().describe('Current members holding the role'),
  membersRequired: z.number().int(),
  score: z.number().describe('min(members, membersRequired) / membersRequired × 100'),
});

const buyingGroupOut = z
  .object({
    id: z.string(),
    accountId: z.string(),
    accountName: z.string(),
    solutionInterestId: z.string(),
    templateId: z.string(),
    name: z.string().describe('"<solution interest> for <account>"'),
    statusLabel: z.string().nullable(),
    stage: z
      .string()
      .nullable()
      .describe(
        'Key of a stage of the solution interest’s stage model. New groups start at the model’s entry stage; null when the solution interest has no Live stage model, when its model has several entry stages (move the group to one), or for groups created before the model was set',
      ),
    completeness: score('Completeness'),
    completenessDisplay: display('Completeness'),
    engagement: score('Engagement'),
    engagementDisplay: display('Engagement'),
    active: z.boolean(),
    memberCount: z.number().int().describe('Members not removed'),
    missingRoleIds: z.array(z.string()).describe('Required roles of the template that no current member holds, in template order'),
    requiredRoles: z.array(roleCoverageOut).describe('Every required role of the template with its coverage, in template order'),
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z
      .number()
      .int()
      .describe('Also sent as the ETag header. Counts the changes made through the API (status label, stage, member actions); rules and scores do not change it. If-Match is optional.'),
  })
  .meta({ id: 'BuyingGroup' });

const memberOut = z
  .object({
    personId: z.string(),
    email: z.string(),
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    jobTitle: z.string().nullable(),
    roleId: z.string(),
    roleName: z.string(),
    source: z.enum(MEMBER_SOURCES),
    removed: z.boolean().describe('Removed members are remembered so that rules do not add them again'),
    personEngagement: score('The person’s engagement score'),
    personEngagementDisplay: display('The person’s engagement score'),
    addedAt: isoTime,
    removedAt: isoTime.nullable(),
    updatedAt: isoTime,
  })
  .meta({ id: 'BuyingGroupMember' });

function groupOutOf(g: BuyingGroup): z.infer<typeof buyingGroupOut> {
  return { ...g, createdAt: toIso(g.createdAt), updatedAt: toIso(g.updatedAt) };
}

/** One group with its version as the ETag. */
function sendGroup(reply: FastifyReply, g: BuyingGroup): z.infer<typeof buyingGroupOut> {
  setEtag(reply, g.version);
  return groupOutOf(g);
}

const ifMatch = ifMatchHeader('data');

function memberOutOf(m: BuyingGroupMember): z.infer<typeof memberOut> {
  return { ...m, addedAt: toIso(m.addedAt), removedAt: toIsoOrNull(m.removedAt), updatedAt: toIso(m.updatedAt) };
}

const personId = z.string().regex(/^per_/, 'must be a person id (per_…)').max(100);
const roleId = z.string().regex(/^rol_/, 'must be a role id (rol_…)').max(100);

const memberAction = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), personId, roleId }).describe('Add the person with this role (a current member gets this role)'),
  z.strictObject({ op: z.literal('remove'), personId }).describe('Remove the person; rules will not add them again'),
  z.strictObject({ op: z.literal('change_role'), personId, roleId }).describe('Give a current member another role'),
  z
    .strictObject({ op: z.literal('release'), personId })
    .describe(
      'Hand back to rules: clear the decision a stronger source made (added or removed by hand, by a journey or an import); rules decide again at once — the person joins or keeps the role rules give them, or leaves',
    ),
]);

const memberActionsIn = z
  .strictObject({
    actions: z
      .array(memberAction)
      .min(1, 'send at least one action')
      .max(MAX_MEMBER_ACTIONS, `at most ${MAX_MEMBER_ACTIONS} actions per call; send them in several calls`),
  })
  .meta({ id: 'MemberActions' });

const sourceEnum = z.enum(MEMBER_SOURCES);
const changeOut = z.discriminatedUnion('kind', [
  z.object({ index: z.number().int(), kind: z.literal('member_added'), personId: z.string(), roleId: z.string(), source: sourceEnum }),
  z.object({ index: z.number().int(), kind: z.literal('member_removed'), personId: z.string(), roleId: z.string(), source: sourceEnum, previousSource: sourceEnum }),
  z.object({ index: z.number().int(), kind: z.literal('role_changed'), personId: z.string(), fromRoleId: z.string(), toRoleId: z.string(), source: sourceEnum, previousSource: sourceEnum }),
]);

const memberActionsOut = z
  .object({
    changes: z.array(changeOut).describe('Membership changes made, in action order (index = position in `actions`)'),
    unchanged: z.array(z.object({ index: z.number().int(), personId: z.string(), reason: z.string() })).describe('Actions that changed no membership, and why'),
    group: buyingGroupOut.describe('The group after the changes, with refreshed scores'),
  })
  .meta({ id: 'MemberActionsResult' });

const stageChangeOut = z
  .object({ id: z.string(), from: z.string().nullable(), to: z.string(), actorId: z.string().nullable(), at: isoTime })
  .meta({ id: 'StageChange' });

const eventOut = z
  .object({
    seq: z.number().int().describe('Position in the outbox; consumers read in this order'),
    id: z.string(),
    type: z
      .string()
      .describe(
        'member_added, member_removed (with reasonCode: no_longer_matches, left_account + relation, no_longer_related, removed_by_hand, person_deleted, role_not_in_template), role_changed, completeness_changed, engagement_changed, stage_changed, status_changed, group_created, active_changed, template_changed',
      ),
    payload: z.record(z.string(), z.unknown()),
    createdAt: isoTime,
  })
  .meta({ id: 'BuyingGroupEvent' });

/** `?x=a` or `?x=a&x=b` → string[] */
const many = (item: z.ZodString, what: string) =>
  z
    .union([item, z.array(item).max(100)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional()
    .describe(`${what}; repeat the parameter for several values (any of them matches)`);

/**
 * The filters of the buying-group list, once for both ways of sending them: as a query string
 * (GET /buying-groups: numbers and booleans as text, accountCondition as JSON text) and as a JSON
 * body (POST /buying-groups/search, for conditions too big for a URL: real numbers and booleans,
 * accountCondition as an object). Both end up as the same BuyingGroupQuery.
 */
export function groupFilters(mode: 'query' | 'body') {
  const num = mode === 'query' ? z.coerce.number() : z.number();
  const bool = (what: string) => (mode === 'query' ? boolQuery : z.boolean().optional()).describe(what);
  const scoreBound = (what: string) => num.min(0).max(100).optional().describe(what);
  const accountCondition =
    mode === 'query'
      ? z
          .string()
          .max(20_000)
          .transform((s, ctx) => {
            try {
              return JSON.parse(s) as unknown;
            } catch {
              ctx.addIssue({ code: 'custom', message: 'must be an account condition as JSON, e.g. {"field":"industry","op":"is","value":"Software"}' });
              return z.NEVER;
            }
          })
          .optional()
          .describe(`JSON: ${accountConditionDoc.description ?? 'an account condition'}`)
      : z.unknown().optional().describe(accountConditionDoc.description ?? 'An account condition');
  return z.strictObject({
    limit: num.int().min(1).max(500).default(50).describe('Page size (1–500, default 50)'),
    cursor: pageQuery.cursor,
    sort: z.string().max(50).optional().describe('name, completeness, engagement, createdAt or updatedAt; prefix with - for descending (e.g. -completeness)'),
    q: z.string().max(200).optional().describe('Free text in the group’s name ("<solution interest> for <account>"), case-insensitive'),
    solutionInterestId: many(z.string().max(100), 'Solution interest id (an unknown id is a 400)'),
    solutionInterest: many(z.string().max(255), 'Solution interest name, case-insensitive (an unknown name is a 400 suggesting close names); combines with solutionInterestId'),
    templateId: many(z.string().max(100), 'Roles template id (an unknown id is a 400)'),
    template: many(z.string().max(255), 'Roles template name, case-insensitive (an unknown name is a 400 suggesting close names); combines with templateId'),
    accountId: z.string().max(100).optional().describe('Groups of this account (an unknown id is a 400)'),
    active: bool('true: active groups only; false: inactive ones only'),
    missingRoleId: z
      .union([roleId, z.array(roleId).max(50)])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .optional()
      .describe('Groups where this role is required by the template and no current member holds it; repeat for several roles (all of them missing, or any of them with missingRoleMatch=any). An unknown role id is a 400 suggesting the id meant'),
    missingRole: z
      .union([z.string().max(255), z.array(z.string().max(255)).max(50)])
      .transform((v) => (Array.isArray(v) ? v : [v]))
      .optional()
      .describe('As missingRoleId, by role name (case-insensitive, e.g. missingRole=Decision Maker); an unknown name is a 400 listing the roles'),
    missingRoleMatch: z.enum(['all', 'any']).optional().describe('With several missing roles: all (default) — every one of them is missing; any — at least one of them is'),
    hasMissingRoles: bool('true: groups with at least one required role that nobody holds; false: groups with every required role held'),
    completenessMin: scoreBound('Completeness ≥ this (exact score)'),
    completenessMax: scoreBound('Completeness ≤ this (exact score)'),
    completenessBelow: scoreBound('Completeness < this (exact score), e.g. 50'),
    engagementMin: scoreBound('Engagement ≥ this (exact score)'),
    engagementMax: scoreBound('Engagement ≤ this (exact score)'),
    engagementBelow: scoreBound('Engagement < this (exact score)'),
    stage: many(z.string().max(50), 'Stage key, case-insensitive (a key no stage model has is a 400 listing the valid keys)'),
    statusLabel: many(z.string().max(200), 'Status label (case-insensitive, surrounding spaces ignored)'),
    hasStatusLabel: bool('true: groups with a status label; false: groups without'),
    accountIndustry: many(z.string().max(255), 'Industry of the account (case-insensitive)'),
    accountCountry: many(z.string().max(100), 'Country of the account (case-insensitive)'),
    accountCondition,
  });
}

const tags = ['buying groups'];
const groupId = idParam('bg', 'buying group');

export function buyingGroupRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  const listGroups = async (filters: BuyingGroupQuery) => {
    const page = await listBuyingGroups(db, filters, ctx.clock.now());
    return { data: page.data.map(groupOutOf), nextCursor: page.nextCursor };
  };

  api.get(
    '/buying-groups',
    {
      schema: {
        tags,
        summary: 'List and filter buying groups (find the gaps: e.g. missingRoleId=rol_decision_maker&completenessBelow=50)',
        description:
          'Find the gaps: filters combine with AND (repeat a parameter for several values) — missing roles, completeness and engagement bounds, stage, status label, account industry, country or an account condition. Each group lists its missingRoleIds and role coverage. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: groupFilters('query'),
        response: { 200: pageOf(buyingGroupOut) },
      },
    },
    async (req) => listGroups(req.query),
  );

  api.post(
    '/buying-groups/search',
    {
      // A search reads: viewers may run it like GET /buying-groups.
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'List and filter buying groups with the filters in a JSON body (same filters, order and cursors as GET /buying-groups)',
        description:
          'For filters too large for a URL (a big accountCondition): the body takes every query parameter of GET /buying-groups, with numbers and booleans as JSON values, repeated parameters as arrays and accountCondition as an object. Send nextCursor back in the body for the next page.',
        body: groupFilters('body').meta({ id: 'BuyingGroupSearch' }),
        response: { 200: pageOf(buyingGroupOut) },
      },
    },
    async (req) => listGroups(req.body),
  );

  const statsFilters = groupFilters('query').omit({ limit: true, cursor: true, sort: true });
  const band = z.object({
    label: z.string().describe('A band of displayed scores: 0–25, 26–50, 51–75, 76–100'),
    minExact: z.number().describe('The band as exact scores: ≥ minExact …'),
    belowExact: z.number().describe('… and < belowExact (pass them as …Min / …Below to list the band)'),
    count: z.number().int(),
  });
  const statsOut = z
    .object({
      total: z.number().int(),
      active: z.number().int(),
      withMissingRoles: z.number().int().describe('Groups with at least one required role nobody holds'),
      completeness: z.array(band),
      engagement: z.array(band),
      bySolutionInterest: z.array(z.object({ solutionInterestId: z.string(), count: z.number().int() })),
      byStage: z.array(z.object({ solutionInterestId: z.string(), stage: z.string().nullable(), count: z.number().int() })),
      missingRoles: z.array(z.object({ roleId: z.string(), count: z.number().int() })).describe('Required roles nobody holds, most often missing first'),
    })
    .meta({ id: 'BuyingGroupStats' });

  api.get(
    '/buying-groups/stats',
    {
      schema: {
        tags,
        summary: 'Numbers for a dashboard: completeness and engagement in four bands, groups by solution interest and stage, most frequently missing roles',
        description:
          'Takes the filters of GET /buying-groups (without paging or sort) and answers aggregates over the matching groups. Bands are of displayed scores (whole percent, half up); each band also gives its exact bounds, so that GET /buying-groups?completenessMin=…&completenessBelow=… lists exactly its groups.',
        querystring: statsFilters,
        response: { 200: statsOut },
      },
    },
    async (req) => buyingGroupStats(db, req.query, ctx.clock.now()),
  );

  api.get(
    '/buying-groups/count',
    {
      schema: {
        tags,
        summary: 'How many buying groups match the filters of GET /buying-groups',
        description: 'Takes the filters of GET /buying-groups (without paging or sort) and answers the number of matching groups, e.g. for "1–50 of 1,234".',
        querystring: statsFilters,
        response: { 200: z.object({ total: z.number().int() }) },
      },
    },
    async (req) => ({ total: await countBuyingGroups(db, req.query, ctx.clock.now()) }),
  );

  api.get(
    '/buying-groups/:id',
    { schema: { tags, summary: 'Get a buying group', description: 'One buying group with its scores (exact and as displayed), role coverage and missing roles. The ETag header carries its version. The version counts changes made through the API (status, stage, member actions); rules and scores do not change it.', params: groupId, response: { 200: buyingGroupOut } } },
    async (req, reply) => sendGroup(reply, await getBuyingGroup(db, req.params.id)),
  );

  api.patch(
    '/buying-groups/:id',
    {
      schema: {
        tags,
        summary: 'Set or clear the status label (free text, at most 50 characters; null or "" clears it)',
        description:
          'Sets the status label (at most 50 characters, one line) or clears it with null or "". Writes a status_changed event. If-Match is optional (412 when stale, naming the current version).',
        params: groupId,
        headers: ifMatch,
        body: z.strictObject({ statusLabel: z.string().max(1000).nullable().optional().describe('At most 50 characters after trimming; null or "" clears it') }).meta({ id: 'BuyingGroupUpdate' }),
        response: { 200: buyingGroupOut },
      },
    },
    async (req, reply) => {
      const expected = expectedVersion(req, 'data');
      if (req.body.statusLabel !== undefined) await setStatusLabel(db, actorOf(req), req.params.id, req.body.statusLabel, ctx.clock.now(), expected);
      const group = await getBuyingGroup(db, req.params.id);
      // Nothing to write: a stale If-Match is still refused, as for any write.
      if (req.body.statusLabel === undefined) checkVersion('buying group', group.id, group.version, expected);
      return sendGroup(reply, group);
    },
  );

  api.get(
    '/buying-groups/:id/members',
    {
      schema: {
        tags,
        summary: 'List the members of a buying group, with their role, source, title and engagement (removed members included unless filtered)',
        description:
          'Members with role, source (manual, journey, import, rule, suggestion), removed flag, title and engagement; removed members are kept so that rules do not add them again. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        params: groupId,
        querystring: z.strictObject({
          ...pageQuery,
          removed: boolQuery.describe('false: current members only; true: removed ones only'),
          roleId: z.string().max(100).optional().describe('Members holding this role (an unknown role id is a 400)'),
          source: z.enum(MEMBER_SOURCES).optional(),
        }),
        response: { 200: pageOf(memberOut) },
      },
    },
    async (req) => {
      const page = await listBuyingGroupMembers(db, req.params.id, req.query);
      return { data: page.data.map(memberOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/buying-groups/:id/members/actions',
    {
      schema: {
        tags,
        summary: `Add, remove, change the role of or hand back to rules up to ${MAX_MEMBER_ACTIONS} members by hand, in one transaction`,
        description:
          'Every action is manual, the strongest source: rules, imports and journeys never undo it, and a person removed by hand is not added again by rules. ' +
          'A role must be a role of the group’s roles template. A person added must have an active relation with the account or one of its descendant accounts. ' +
          'One action per person per call. If any action is invalid, nothing is applied and every invalid action is reported at its index (/actions/3/personId). ' +
          '`release` ("hand back to rules") undoes a manual decision: the membership becomes the rules\' again, decided in the same transaction (source rule). ' +
          'If-Match is optional (412 when stale, naming the current version).',
        params: groupId,
        headers: ifMatch,
        body: memberActionsIn,
        response: { 200: memberActionsOut },
      },
    },
    async (req, reply) => {
      const result = await applyMemberActions(db, actorOf(req), req.params.id, req.body.actions, ctx.clock.now(), 'manual', expectedVersion(req, 'data'));
      const group = await getBuyingGroup(db, req.params.id);
      setEtag(reply, group.version);
      return { changes: result.changes, unchanged: result.unchanged, group: groupOutOf(group) };
    },
  );

  api.post(
    '/buying-groups/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move the buying group to a stage of its solution interest’s stage model',
        description:
          'A group without a stage starts at an entry stage; afterwards it moves only along the model’s allowed transitions. A refused move (409 invalid_state) changes nothing and names the stages allowed next. ' +
          'If-Match is optional (412 when stale, naming the current version).',
        params: groupId,
        headers: ifMatch,
        body: z.strictObject({ to: z.string().min(1).max(50).describe('Stage key') }).meta({ id: 'StageMove' }),
        response: { 200: z.object({ from: z.string().nullable(), to: z.string(), at: isoTime, group: buyingGroupOut }).meta({ id: 'StageMoveResult' }) },
      },
    },
    async (req, reply) => {
      const move = await moveStage(db, actorOf(req), req.params.id, req.body.to, ctx.clock.now(), expectedVersion(req, 'data'));
      const group = await getBuyingGroup(db, req.params.id);
      setEtag(reply, group.version);
      return { from: move.from, to: move.to, at: toIso(move.at), group: groupOutOf(group) };
    },
  );

  const bulkIn = z
    .strictObject({
      ids: z
        .array(z.string().regex(/^bg_/, 'must be a buying group id (bg_…)').max(100))
        .min(1)
        .max(MAX_BULK_IDS)
        .optional()
        .describe(`The groups to change, by id (at most ${MAX_BULK_IDS}); or send filter`),
      filter: groupFilters('body')
        .omit({ limit: true, cursor: true, sort: true })
        .optional()
        .describe('Every group matching these filters of POST /buying-groups/search (an empty object: every group); or send ids'),
      action: z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('set_status'), statusLabel: z.string().max(1000).nullable().describe('At most 50 characters after trimming; null or "" clears it') }),
        z.strictObject({ type: z.literal('move_stage'), to: z.string().min(1).max(50).describe('Stage key') }),
      ]),
    })
    .superRefine((b, c) => {
      if ((b.ids === undefined) === (b.filter === undefined)) c.addIssue({ code: 'custom', path: ['ids'], message: 'send either ids (the groups picked) or filter (every group matching it), not both and not neither' });
    })
    .meta({ id: 'BuyingGroupBulkUpdate' });
  const bulkOut = z
    .object({
      matched: z.number().int().describe('Groups the ids or the filter picked'),
      updated: z.number().int(),
      unchanged: z.number().int().describe('Already in the state asked for'),
      refused: z
        .array(z.object({ solutionInterestId: z.string(), from: z.string().nullable().describe('Their current stage'), count: z.number().int(), reason: z.string() }))
        .describe('Stage moves the stage model does not allow, per solution interest and current stage: those groups are left as they are'),
    })
    .meta({ id: 'BuyingGroupBulkResult' });

  api.post(
    '/buying-groups/bulk',
    {
      schema: {
        tags,
        summary: 'Set the status label of, or move to a stage, many buying groups at once: picked by id or every group matching the filters',
        description:
          'One transaction for all of them: each changed group gets its version bump, its status_changed or stage_changed event and (stages) a stage-history row; the bulk change is audited once. ' +
          'Stage moves follow each solution interest’s Live stage model: groups that may not move are left as they are and reported per solution interest and current stage with the reason. Unknown ids are a 404 naming the index.',
        body: bulkIn,
        response: { 200: bulkOut },
      },
    },
    async (req) => {
      const b = req.body;
      const target: BulkGroupTarget = b.ids ? { ids: b.ids } : { filter: b.filter ?? {} };
      return bulkUpdateGroups(db, actorOf(req), target, b.action, ctx.clock.now());
    },
  );

  api.get(
    '/buying-groups/:id/stage-history',
    {
      schema: { tags, summary: 'The stage changes of a buying group, oldest first', description: 'Every stage change of the group with who moved it and when, oldest first. Paged: pass nextCursor back as cursor (limit 1–500, default 50).', params: groupId, querystring: z.strictObject({ ...pageQuery }), response: { 200: pageOf(stageChangeOut) } },
    },
    async (req) => {
      const page = await listStageHistory(db, req.params.id, req.query);
      return { data: page.data.map((c) => ({ ...c, at: toIso(c.at) })), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/buying-groups/:id/events',
    {
      schema: {
        tags,
        summary: 'The events of a buying group (its outbox), in order',
        description:
          'The group’s outbox in seq order: group_created (with initial members and scores), member added / removed / role changed, completeness, engagement, stage and status changed. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        params: groupId,
        querystring: z.strictObject({ ...pageQuery, type: many(z.string().max(50), 'Event type') }),
        response: { 200: pageOf(eventOut) },
      },
    },
    async (req) => {
      const page = await listBuyingGroupEvents(db, req.params.id, req.query);
      return { data: page.data.map((e) => ({ ...e, createdAt: toIso(e.createdAt) })), nextCursor: page.nextCursor };
    },
  );
}
