import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { customAttributes, idParam, nameText, optText, pageOf, pageQuery, toIso } from '../schemas.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import {
  createAccount,
  deleteAccount,
  getAccount,
  listAccounts,
  updateAccount,
  type Account,
  type AccountFields,
} from '../../store/index.ts';

export const accountOut = z
  .object({
    id: z.string(),
    name: z.string(),
    domain: z.string().nullable(),
    industry: z.string().nullable(),
    employees: z.number().int().nullable(),
    annualRevenue: z.number().nullable(),
    country: z.string().nullable(),
    region: z.string().nullable(),
    state: z.string().nullable(),
    city: z.string().nullable(),
    sicCode: z.string().nullable(),
    externalId: z.string().nullable(),
    parentId: z.string().nullable(),
    custom: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int().describe('Also sent as the ETag header; send it back in If-Match (optional for accounts)'),
  })
  .meta({ id: 'Account' });

const accountFields = {
  name: nameText(255),
  domain: optText(255),
  industry: optText(255),
  employees: z.number().int().min(0).max(100_000_000).nullable().optional(),
  annualRevenue: z.number().min(0).nullable().optional(),
  country: optText(100),
  region: optText(100),
  state: optText(100),
  city: optText(100),
  sicCode: optText(20),
  externalId: optText(255),
  parentId: z.string().regex(/^acc_/, 'must be an account id (acc_…)').nullable().optional(),
  custom: customAttributes.optional(),
};

const accountCreate = z.strictObject(accountFields).meta({ id: 'AccountCreate' });
const accountPatch = z.strictObject({ ...accountFields, name: accountFields.name.optional() }).meta({ id: 'AccountUpdate' });

export function accountOutOf(a: Account): z.infer<typeof accountOut> {
  return { ...a, createdAt: toIso(a.createdAt), updatedAt: toIso(a.updatedAt) };
}

type Create = z.infer<typeof accountCreate>;
function fieldsOf(b: Create): AccountFields {
  return {
    name: b.name,
    domain: b.domain ?? null,
    industry: b.industry ?? null,
    employees: b.employees ?? null,
    annualRevenue: b.annualRevenue ?? null,
    country: b.country ?? null,
    region: b.region ?? null,
    state: b.state ?? null,
    city: b.city ?? null,
    sicCode: b.sicCode ?? null,
    externalId: b.externalId ?? null,
    parentId: b.parentId ?? null,
    custom: b.custom ?? {},
  };
}

/** Only the keys the client sent: PATCH semantics (null clears, absent keeps). */
function patchOf(b: z.infer<typeof accountPatch>): Partial<AccountFields> {
  const out: Partial<AccountFields> = {};
  for (const [k, v] of Object.entries(b)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

const tags = ['accounts'];
const accountId = idParam('acc', 'account');
const ifMatch = ifMatchHeader('data');

export function accountRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/accounts',
    {
      schema: {
        tags,
        summary: 'List accounts',
        description:
          'Accounts in name order (or sort=createdAt/updatedAt, - for descending), filtered by free text, parent (parentId=none for top-level accounts), industry, country or domain (case-insensitive). Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({
          ...pageQuery,
          sort: z.string().optional().describe('name, createdAt or updatedAt; prefix with - for descending'),
          q: z.string().max(200).optional().describe('Free text in name or domain'),
          parentId: z.string().optional().describe('Children of this account, or "none" for top-level accounts (an unknown id is a 400)'),
          industry: z.string().optional(),
          country: z.string().optional(),
          domain: z.string().optional(),
        }),
        response: { 200: pageOf(accountOut) },
      },
    },
    async (req) => {
      const page = await listAccounts(db, req.query);
      return { data: page.data.map(accountOutOf), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/accounts',
    { schema: { tags, summary: 'Create an account', description: 'Creates an account, optionally below a parent account (the hierarchy may not form a cycle). Buying groups follow at once: a dynamic list the account joins, and the creation jobs that follow it, pick it up in the same transaction. The ETag header carries its version.', body: accountCreate, response: { 201: accountOut } } },
    async (req, reply) => {
      const account = await createAccount(db, actorOf(req), fieldsOf(req.body), ctx.clock.now());
      setEtag(reply, account.version);
      return reply.status(201).send(accountOutOf(account));
    },
  );

  api.get(
    '/accounts/:id',
    { schema: { tags, summary: 'Get an account', description: 'One account with its custom attributes. The ETag header carries its version.', params: accountId, response: { 200: accountOut } } },
    async (req, reply) => {
      const account = await getAccount(db, req.params.id);
      setEtag(reply, account.version);
      return accountOutOf(account);
    },
  );

  api.patch(
    '/accounts/:id',
    { schema: { tags, summary: 'Update an account (only the fields sent; null clears)', description: 'Changes only the fields sent; null (or "") clears a field. Moving it below another parent is refused if it would create a cycle. The buying groups of the account (and its ancestors, for jobs that follow descendants) are brought up to date in the same transaction. If-Match is optional (412 when stale, naming the current version).', params: accountId, headers: ifMatch, body: accountPatch, response: { 200: accountOut } } },
    async (req, reply) => {
      const account = await updateAccount(db, actorOf(req), req.params.id, patchOf(req.body), ctx.clock.now(), expectedVersion(req, 'data'));
      setEtag(reply, account.version);
      return accountOutOf(account);
    },
  );

  api.delete(
    '/accounts/:id',
    { schema: { tags, summary: 'Delete an account (refused while it has child accounts or buying groups)', description: 'Deletes the account with its relations and list memberships (its activities keep the person). Refused (409 in_use) while it has child accounts, buying groups, or a condition names it. If-Match is optional (412 when stale, naming the current version).', params: accountId, headers: ifMatch } },
    async (req, reply) => {
      await deleteAccount(db, actorOf(req), req.params.id, ctx.clock.now(), expectedVersion(req, 'data'));
      return reply.status(204).send();
    },
  );
}
