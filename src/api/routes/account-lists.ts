import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { idParam, isoTime, nameText, optText, pageOf, pageQuery, toIso, toIsoOrNull } from '../schemas.ts';
import { boolQuery, definedKeys } from '../params.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { accountConditionDoc } from '../condition-input.ts';
import {
  MAX_MEMBERS_PER_CALL,
  addAccountListMembers,
  createAccountList,
  deleteAccountList,
  getAccountList,
  listAccountListMembers,
  listAccountLists,
  removeAccountListMembers,
  updateAccountList,
  withCurrentMemberCounts,
  type AccountList,
  type ListMember,
} from '../../store/index.ts';

const KINDS = ['static', 'dynamic'] as const;

const accountListOut = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    kind: z.enum(KINDS),
    condition: accountConditionDoc.nullable().describe('Dynamic lists: the account condition; static lists: null'),
    memberCount: z.number().int().nullable().describe('How many accounts are in the list now: static lists their members, dynamic lists the accounts their condition selects at the time of the request (as /members and a creation job)'),
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z.number().int().describe('Also sent as the ETag header'),
  })
  .meta({ id: 'AccountList' });

const memberOut = z
  .object({
    id: z.string(),
    name: z.string(),
    domain: z.string().nullable(),
    industry: z.string().nullable(),
    country: z.string().nullable(),
    addedAt: isoTime.nullable().describe('Static lists: when the account was added; dynamic lists: null'),
  })
  .meta({ id: 'AccountListMember' });

const memberChangeOut = z
  .object({
    changed: z.number().int().describe('Accounts added (or removed) by this call'),
    unchanged: z.number().int().describe('Accounts that already were (or were not) members'),
    memberCount: z.number().int(),
  })
  .meta({ id: 'AccountListMemberChange' });

const createBody = z
  .strictObject({ name: nameText(255), description: optText(2000), kind: z.enum(KINDS), condition: accountConditionDoc.nullable().optional().describe('Required for a dynamic list; not allowed for a static one') })
  .meta({ id: 'AccountListCreate' });
const patchBody = z
  .strictObject({
    name: nameText(255).optional(),
    description: optText(2000),
    kind: z.enum(KINDS).optional().describe('Cannot change; accepted only when equal to the current kind'),
    condition: accountConditionDoc.optional().describe('Dynamic lists only'),
  })
  .meta({ id: 'AccountListUpdate' });
const membersBody = z
  .strictObject({
    accountIds: z
      .array(z.string().regex(/^acc_/, 'must be an account id (acc_…)'))
      .min(1, 'send at least one account id')
      .max(MAX_MEMBERS_PER_CALL, `at most ${MAX_MEMBERS_PER_CALL} account ids per call`),
  })
  .meta({ id: 'AccountListMembersChange' });

function listOutOf(l: AccountList): z.infer<typeof accountListOut> {
  return { ...l, createdAt: toIso(l.createdAt), updatedAt: toIso(l.updatedAt) };
}
function memberOutOf(m: ListMember): z.infer<typeof memberOut> {
  return { ...m, addedAt: toIsoOrNull(m.addedAt) };
}

const tags = ['account lists'];
const listId = idParam('lst', 'account list');
const ifMatch = ifMatchHeader('configuration');

export function accountListRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;
  const withCount = async (l: AccountList) => (await withCurrentMemberCounts(db, [l], ctx.clock.now()))[0] as AccountList;

  api.get(
    '/account-lists',
    {
      schema: {
        tags,
        summary: 'List account lists (audiences)',
        description:
          'Account lists: static (members added by hand) and dynamic (an account condition) audiences. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in the name'),
          kind: z.enum(KINDS).optional(),
        }),
        response: { 200: pageOf(accountListOut) },
      },
    },
    async (req) => {
      const page = await listAccountLists(db, req.query);
      return { data: (await withCurrentMemberCounts(db, page.data, ctx.clock.now())).map(listOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/account-lists',
    { schema: { tags, summary: 'Create a static list, or a dynamic list defined by an account condition', description: 'Creates a static list, or a dynamic list with an account condition (validated; invalid_condition names the place). The ETag header carries its version.', body: createBody, response: { 201: accountListOut } } },
    async (req, reply) => {
      const b = req.body;
      const list = await createAccountList(db, actorOf(req), { name: b.name, description: b.description ?? null, kind: b.kind, condition: b.condition }, ctx.clock.now());
      setEtag(reply, list.version);
      return reply.status(201).send(listOutOf(await withCount(list)));
    },
  );

  api.get(
    '/account-lists/:id',
    { schema: { tags, summary: 'Get an account list (ETag: its version)', description: 'One account list. The ETag header carries its version.', params: listId, response: { 200: accountListOut } } },
    async (req, reply) => {
      const list = await getAccountList(db, req.params.id);
      setEtag(reply, list.version);
      return listOutOf(await withCount(list));
    },
  );

  api.patch(
    '/account-lists/:id',
    { schema: { tags, summary: 'Update an account list (name, description; condition of a dynamic list)', description: 'Changes name, description or the condition of a dynamic list (the kind cannot change). Accounts joining or leaving an audience followed by a job get or lose their group in the same transaction. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).', params: listId, headers: ifMatch, body: patchBody, response: { 200: accountListOut } } },
    async (req, reply) => {
      const list = await updateAccountList(db, actorOf(req), req.params.id, definedKeys(req.body), ctx.clock.now(), expectedVersion(req, 'configuration'));
      setEtag(reply, list.version);
      return listOutOf(await withCount(list));
    },
  );

  api.delete(
    '/account-lists/:id',
    {
      schema: {
        tags,
        summary: 'Delete an account list (refused while a condition refers to it or a solution interest follows it)',
        description:
          'Refused with 409 `in_use` while a condition (role, persona, list) refers to the list, and while a solution interest follows it as the audience of its buying groups ' +
          '(the answer names them). End a following with DELETE /solution-interests/{id}/audiences/{listId}, or send ?force=true to end every following of the list in the same ' +
          'transaction (audited). The buying groups are kept either way. Send If-Match with the ETag you read (428 without it; 412 when stale, naming the current version).',
        params: listId,
        headers: ifMatch,
        querystring: z.strictObject({ force: boolQuery.describe('End the followings of solution interests that follow this list, then delete it') }),
      },
    },
    async (req, reply) => {
      await deleteAccountList(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'configuration'), { force: req.query.force ?? false });
      return reply.status(204).send();
    },
  );

  api.get(
    '/account-lists/:id/members',
    {
      schema: {
        tags,
        summary: 'List the accounts in a list (a dynamic list is evaluated now)',
        description:
          'The accounts in the list; a dynamic list is evaluated now. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        params: listId,
        querystring: z.strictObject({ ...pageQuery, sort: z.string().optional().describe('name or createdAt; prefix with - for descending') }),
        response: { 200: pageOf(memberOut) },
      },
    },
    async (req) => {
      const page = await listAccountListMembers(db, req.params.id, req.query, ctx.clock.now());
      return { data: page.data.map(memberOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/account-lists/:id/members',
    {
      schema: {
        tags,
        summary: `Add accounts to a static list (up to ${MAX_MEMBERS_PER_CALL} per call; unknown ids refuse the whole call)`,
        description:
          'Adds accounts to a static list (idempotent: accounts already in it are reported as unchanged). Unknown ids refuse the whole call; a dynamic list refuses hand-made membership. Membership is a set, not versioned: no If-Match.',
        params: listId,
        body: membersBody,
        response: { 200: memberChangeOut },
      },
    },
    async (req) => addAccountListMembers(db, actorOf(req), req.params.id, req.body.accountIds, ctx.clock.now()),
  );

  api.delete(
    '/account-lists/:id/members',
    {
      schema: {
        tags,
        summary: `Remove accounts from a static list (up to ${MAX_MEMBERS_PER_CALL} per call)`,
        description:
          'Removes accounts from a static list (idempotent). Accounts leaving an audience followed by a job get an inactive group in the same transaction. No If-Match (membership is not versioned).',
        params: listId,
        body: membersBody,
        response: { 200: memberChangeOut },
      },
    },
    async (req) => removeAccountListMembers(db, actorOf(req), req.params.id, req.body.accountIds, ctx.clock.now()),
  );
}
