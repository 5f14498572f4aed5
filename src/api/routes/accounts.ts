import { z } from 'zod';
import type { AppContext } from '../app.ts';
import type { Api } from './index.ts';
import { actorOf } from '../auth.ts';
import { customAttributes, idParam, nameText, optText, pageOf, pageQuery, toIso } from '../schemas.ts';
import { createAccount, deleteAccount, getAccount, listAccounts, updateAccount, type Account, type AccountFields } from '../../store/accounts.ts';

const accountOut = z
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
    version: z.number().int(),
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

export function accountRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/accounts',
    {
      schema: {
        tags,
        summary: 'List accounts',
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
    { schema: { tags, summary: 'Create an account', body: accountCreate, response: { 201: accountOut } } },
    async (req, reply) => {
      const account = await createAccount(db, actorOf(req), fieldsOf(req.body), ctx.clock.now());
      return reply.status(201).send(accountOutOf(account));
    },
  );

  api.get(
    '/accounts/:id',
    { schema: { tags, summary: 'Get an account', params: accountId, response: { 200: accountOut } } },
    async (req) => accountOutOf(await getAccount(db, req.params.id)),
  );

  api.patch(
    '/accounts/:id',
    { schema: { tags, summary: 'Update an account (only the fields sent; null clears)', params: accountId, body: accountPatch, response: { 200: accountOut } } },
    async (req) => accountOutOf(await updateAccount(db, actorOf(req), req.params.id, patchOf(req.body), ctx.clock.now())),
  );

  api.delete(
    '/accounts/:id',
    { schema: { tags, summary: 'Delete an account (refused while it has child accounts or buying groups)', params: accountId } },
    async (req, reply) => {
      await deleteAccount(db, actorOf(req), req.params.id, ctx.clock.now());
      return reply.status(204).send();
    },
  );
}
