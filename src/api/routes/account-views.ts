/**
 * Read models behind the web app's Accounts and People pages and the "Not members" tab of a
 * buying group: account facets, one level of the hierarchy with child counts, an account's
 * ancestors, related people and contact coverage, a person's accounts, a group's non-members.
 */
import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { idParam, pageOf, pageQuery } from '../schemas.ts';
import { boolQuery } from '../params.ts';
import { utcDay } from '../../domain/index.ts';
import {
  accountAncestors,
  accountCoverage,
  accountFacets,
  listAccountPeople,
  listHierarchyLevel,
  listNonMembers,
  listPersonAccounts,
  MAX_FACET_VALUES,
} from '../../store/index.ts';
import { accountOut, accountOutOf } from './accounts.ts';
import { personOut, personOutOf } from './people.ts';

const facetValue = z.object({ value: z.string().describe('As stored (the first spelling met for values equal up to case)'), count: z.number().int() });
const facetsOut = z
  .object({ industries: z.array(facetValue), countries: z.array(facetValue) })
  .meta({ id: 'AccountFacets' });

const relationSummary = z
  .object({
    id: z.string(),
    relationType: z.enum(['employee', 'contractor']),
    roles: z.array(z.string()),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    active: z.boolean().describe('False once endedOn has passed'),
  })
  .meta({ id: 'RelationSummary' });

const accountNodeOut = z.object({ account: accountOut, childCount: z.number().int().describe('Direct child accounts') }).meta({ id: 'AccountNode' });
const accountPersonOut = z.object({ person: personOut, relation: relationSummary }).meta({ id: 'AccountPerson' });
const personAccountOut = z.object({ account: accountOut, relation: relationSummary }).meta({ id: 'PersonAccount' });
const nonMemberOut = z
  .object({ person: personOut, removed: z.boolean().describe('Was a member and was removed (remembered, so rules do not add them again)') })
  .meta({ id: 'BuyingGroupNonMember' });

const coverageOut = z
  .object({
    accountId: z.string(),
    groups: z.array(
      z.object({
        buyingGroupId: z.string(),
        buyingGroupName: z.string(),
        solutionInterestId: z.string(),
        solutionInterestName: z.string(),
        active: z.boolean(),
        roles: z.array(
          z.object({
            roleId: z.string(),
            roleName: z.string(),
            required: z.boolean(),
            membersRequired: z.number().int(),
            members: z.number().int().describe('Current (not removed) members of the group holding the role'),
          }),
        ),
      }),
    ),
    roles: z.array(z.object({ roleId: z.string(), roleName: z.string() })).describe('Every role of the groups’ templates, in template order (the rows of the matrix)'),
  })
  .meta({ id: 'AccountCoverage' });

const accountId = idParam('acc', 'account');
const personId = idParam('per', 'person');
const groupId = idParam('bg', 'buying group');

export function accountViewRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;
  const today = () => utcDay(ctx.clock.now());

  api.get(
    '/accounts/facets',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Distinct industries and countries of accounts, with counts (for filters)',
        description: `The industries and countries accounts have, values equal up to case counted together, most frequent first; at most ${MAX_FACET_VALUES} of each.`,
        response: { 200: facetsOut },
      },
    },
    async () => accountFacets(db),
  );

  api.get(
    '/accounts/hierarchy',
    {
      schema: {
        tags: ['accounts'],
        summary: 'One level of the account hierarchy, with the number of children of each account',
        description:
          'Top-level accounts (parentId=none, the default) or the children of one account, in name order, each with its number of direct child accounts (to show which can be expanded). An unknown parent id is a 400. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({ ...pageQuery, parentId: z.string().max(100).optional().describe('"none" (default) or an account id') }),
        response: { 200: pageOf(accountNodeOut) },
      },
    },
    async (req) => {
      const page = await listHierarchyLevel(db, { limit: req.query.limit, cursor: req.query.cursor, parentId: req.query.parentId ?? 'none' });
      return { data: page.data.map(({ childCount, ...a }) => ({ account: accountOutOf(a), childCount })), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/accounts/:id/ancestors',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The parent chain of an account, nearest first',
        description: 'The parent, its parent and so on up to the top-level account (at most 50). 404 for an unknown account.',
        params: accountId,
        response: { 200: z.object({ data: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async (req) => ({ data: await accountAncestors(db, req.params.id) }),
  );

  api.get(
    '/accounts/:id/people',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The people related to an account, each with their relation (type, since, ended)',
        description:
          'People with a relation to the account in e-mail order, each with the relation: type, roles in the account, start and end dates and whether it is active. active=true: active relations only; false: ended ones only. q searches e-mail, names and job title. 404 for an unknown account. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        params: accountId,
        querystring: z.strictObject({ ...pageQuery, active: boolQuery.describe('true: active relations only; false: ended ones only'), q: z.string().max(200).optional() }),
        response: { 200: pageOf(accountPersonOut) },
      },
    },
    async (req) => {
      const page = await listAccountPeople(db, req.params.id, req.query, today());
      return { data: page.data.map((r) => ({ person: personOutOf(r.person), relation: r.relation })), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/accounts/:id/coverage',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Contact coverage of an account: members per role for each of its buying groups (one per solution interest)',
        description:
          'For every buying group of the account and every role of the group’s roles template: how many current members hold the role, whether the template requires it and how many it requires. Roles lists every role met, in template order: the rows of a roles × solution interests matrix. 404 for an unknown account.',
        params: accountId,
        response: { 200: coverageOut },
      },
    },
    async (req) => {
      const cells = await accountCoverage(db, req.params.id);
      const groups = new Map<string, z.infer<typeof coverageOut>['groups'][number]>();
      const roles = new Map<string, { roleId: string; roleName: string; rank: number }>();
      for (const c of cells) {
        let g = groups.get(c.buyingGroupId);
        if (!g) {
          g = { buyingGroupId: c.buyingGroupId, buyingGroupName: c.buyingGroupName, solutionInterestId: c.solutionInterestId, solutionInterestName: c.solutionInterestName, active: c.active, roles: [] };
          groups.set(c.buyingGroupId, g);
        }
        g.roles.push({ roleId: c.roleId, roleName: c.roleName, required: c.required, membersRequired: c.membersRequired, members: c.members });
        const known = roles.get(c.roleId);
        if (!known || c.position < known.rank) roles.set(c.roleId, { roleId: c.roleId, roleName: c.roleName, rank: c.position });
      }
      const roleRows = [...roles.values()].sort((a, b) => a.rank - b.rank || a.roleName.localeCompare(b.roleName)).map(({ roleId, roleName }) => ({ roleId, roleName }));
      return { accountId: req.params.id, groups: [...groups.values()], roles: roleRows };
    },
  );

  api.get(
    '/people/:id/accounts',
    {
      schema: {
        tags: ['people'],
        summary: 'The accounts of a person, each with the relation (type, since, ended, active)',
        description: 'Every account the person is related to, active and ended, in account-name order, with the relation. 404 for an unknown person. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        params: personId,
        querystring: z.strictObject({ ...pageQuery }),
        response: { 200: pageOf(personAccountOut) },
      },
    },
    async (req) => {
      const page = await listPersonAccounts(db, req.params.id, req.query, today());
      return { data: page.data.map((r) => ({ account: accountOutOf(r.account), relation: r.relation })), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/buying-groups/:id/non-members',
    {
      schema: {
        tags: ['buying groups'],
        summary: 'People of the group’s account who are not current members (candidates; ask why not with …/members/{personId}/explain)',
        description:
          'People with an active relation to the group’s account who are not current members, in e-mail order; people removed from the group are included with removed=true. q searches e-mail, names and job title. 404 for an unknown group. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        params: groupId,
        querystring: z.strictObject({ ...pageQuery, q: z.string().max(200).optional() }),
        response: { 200: pageOf(nonMemberOut) },
      },
    },
    async (req) => {
      const page = await listNonMembers(db, req.params.id, req.query, today());
      return { data: page.data.map((r) => ({ person: personOutOf(r.person), removed: r.removed })), nextCursor: page.nextCursor };
    },
  );
}



