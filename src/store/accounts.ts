import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AccountsTable, DB } from './schema.ts';
import { newId, QuorumError, notFound, normCustom, normNullable, normText, type CustomAttributes } from '../domain/index.ts';
import { parseJson, toJson } from './db.ts';
import { audit, type Actor } from './audit.ts';
import { announce } from './changes.ts';
import { checkVersion, ensureWritten, type ExpectedVersion } from './concurrency.ts';
import { describeReferrers, findReferrers } from './references.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, sortBy, toPage, type Page, type PageRequest } from './pagination.ts';
import { checkFilterIds } from './filter-references.ts';

export interface AccountFields {
  name: string;
  domain: string | null;
  industry: string | null;
  employees: number | null;
  annualRevenue: number | null;
  country: string | null;
  region: string | null;
  state: string | null;
  city: string | null;
  sicCode: string | null;
  externalId: string | null;
  parentId: string | null;
  custom: CustomAttributes;
}

export interface Account extends AccountFields {
  id: string;
  createdAt: number;
  updatedAt: number;
  version: number;
}

type Row = Selectable<AccountsTable>;

const TEXT_FIELDS = [
  ['domain', 'domain'],
  ['industry', 'industry'],
  ['country', 'country'],
  ['region', 'region'],
  ['state', 'state'],
  ['city', 'city'],
  ['sicCode', 'sic_code'],
  ['externalId', 'external_id'],
] as const;

export function accountFromRow(r: Row): Account {
  return {
    id: r.id,
    name: r.name,
    domain: r.domain,
    industry: r.industry,
    employees: r.employees,
    annualRevenue: r.annual_revenue,
    country: r.country,
    region: r.region,
    state: r.state,
    city: r.city,
    sicCode: r.sic_code,
    externalId: r.external_id,
    parentId: r.parent_id,
    custom: parseJson<CustomAttributes>(r.custom),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

/** Column values (with normalised twins) for the given fields. */
export function accountColumns(f: AccountFields) {
  const cols = {
    name: f.name,
    name_norm: normText(f.name),
    employees: f.employees,
    annual_revenue: f.annualRevenue,
    parent_id: f.parentId,
    custom: toJson(f.custom),
    custom_norm: toJson(normCustom(f.custom)),
  } as Record<string, string | number | null>;
  for (const [prop, col] of TEXT_FIELDS) {
    cols[col] = f[prop];
    cols[`${col}_norm`] = normNullable(f[prop]);
  }
  return cols as unknown as Omit<Insertable<AccountsTable>, 'id' | 'created_at' | 'updated_at' | 'version'>;
}

export async function getAccount(db: Kysely<DB>, id: string): Promise<Account> {
  const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('account', id);
  return accountFromRow(row);
}

/**
 * Refuses a parent that does not exist or that would close a cycle (the account itself or one
 * of its descendants). Walks up from the proposed parent; the tree is shallow in practice.
 */
async function checkParent(db: Kysely<DB>, accountId: string | null, parentId: string | null): Promise<void> {
  if (parentId == null) return;
  if (parentId === accountId) throw QuorumError.field('hierarchy_cycle', '/parentId', 'an account cannot be its own parent');
  let current: string | null = parentId;
  const seen = new Set<string>();
  while (current != null) {
    if (seen.has(current) || seen.size > 10_000) break;
    seen.add(current);
    const row: { parent_id: string | null } | undefined = await db.selectFrom('accounts').select('parent_id').where('id', '=', current).executeTakeFirst();
    if (!row) {
      if (current === parentId) throw QuorumError.field('validation_failed', '/parentId', `parent account ${parentId} does not exist`);
      break;
    }
    if (accountId != null && row.parent_id === accountId) {
      throw QuorumError.field('hierarchy_cycle', '/parentId', `account ${parentId} is below this account in the hierarchy; making it the parent would create a cycle`);
    }
    current = row.parent_id;
  }
}

export async function createAccount(db: Kysely<DB>, actor: Actor, fields: AccountFields, now: number): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    await checkParent(trx, null, fields.parentId);
    const id = newId('account', now);
    const row = { id, ...accountColumns(fields), created_at: now, updated_at: now, version: 1 };
    await trx.insertInto('accounts').values(row).execute();
    const account = await getAccount(trx, id);
    await audit(trx, actor, { action: 'create', entityType: 'account', entityId: id, after: account, at: now });
    await announce(trx, [{ kind: 'account', accountId: id, previousParentId: null }], now);
    return account;
  });
}

export async function updateAccount(db: Kysely<DB>, actor: Actor, id: string, patch: Partial<AccountFields>, now: number, expected?: ExpectedVersion): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    const before = await getAccount(trx, id);
    checkVersion('account', id, before.version, expected);
    const merged: AccountFields = { ...before, ...patch };
    if (patch.parentId !== undefined && patch.parentId !== before.parentId) await checkParent(trx, id, merged.parentId);
    const written = await trx
      .updateTable('accounts')
      .set({ ...accountColumns(merged), updated_at: now, version: before.version + 1 })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    await ensureWritten(trx, 'accounts', 'account', id, written.numUpdatedRows);
    const after = await getAccount(trx, id);
    await audit(trx, actor, { action: 'update', entityType: 'account', entityId: id, before, after, at: now });
    await announce(trx, [{ kind: 'account', accountId: id, previousParentId: before.parentId }], now);
    return after;
  });
}

export async function deleteAccount(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await getAccount(trx, id);
    checkVersion('account', id, before.version, expected);
    const child = await trx.selectFrom('accounts').select('id').where('parent_id', '=', id).executeTakeFirst();
    if (child) throw QuorumError.field('in_use', '/id', `account ${id} has child accounts (e.g. ${child.id}); move or delete them first`);
    const referrers = await findReferrers(trx, 'account', id);
    if (referrers.length) throw QuorumError.field('in_use', '/id', `account ${id} is named in conditions of ${describeReferrers(referrers)}; change those first`);
    const group = await trx.selectFrom('buying_groups').select('id').where('account_id', '=', id).executeTakeFirst();
    if (group) throw QuorumError.field('in_use', '/id', `account ${id} has buying groups (e.g. ${group.id}); it cannot be deleted`);
    // Relations and list memberships belong to the account and go with it; activities keep the person.
    await trx.deleteFrom('account_people').where('account_id', '=', id).execute();
    await trx.deleteFrom('account_list_members').where('account_id', '=', id).execute();
    await trx.updateTable('activities').set({ account_id: null }).where('account_id', '=', id).execute();
    const deleted = await trx.deleteFrom('accounts').where('id', '=', id).where('version', '=', before.version).executeTakeFirst();
    await ensureWritten(trx, 'accounts', 'account', id, deleted.numDeletedRows);
    await audit(trx, actor, { action: 'delete', entityType: 'account', entityId: id, before, at: now });
  });
}

export interface AccountQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  parentId?: string | undefined;
  industry?: string | undefined;
  country?: string | undefined;
  domain?: string | undefined;
}

const ACCOUNT_SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.id('id'), updatedAt: sortBy.integer('updated_at') };

export async function listAccounts(db: Kysely<DB>, query: AccountQuery): Promise<Page<Account>> {
  const { column, desc, kind } = parseSort(query.sort, ACCOUNT_SORTS, 'name');
  let qb = db.selectFrom('accounts').selectAll();
  if (query.q) {
    const pattern = likeContains(normText(query.q));
    qb = qb.where((eb) => eb.or([likeEscaped('name_norm', pattern), likeEscaped('domain_norm', pattern)]));
  }
  if (query.parentId && query.parentId !== 'none') await checkFilterIds(db, 'accounts', 'parentId', query.parentId);
  if (query.parentId) qb = query.parentId === 'none' ? qb.where('parent_id', 'is', null) : qb.where('parent_id', '=', query.parentId);
  if (query.industry) qb = qb.where('industry_norm', '=', normText(query.industry));
  if (query.country) qb = qb.where('country_norm', '=', normText(query.country));
  if (query.domain) qb = qb.where('domain_norm', '=', normText(query.domain));
  if (query.cursor) qb = qb.where(afterCursor(column, 'id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(column as 'name_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('id', dir))
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as Record<string, string | number>)[column] ?? null, accountFromRow);
}
