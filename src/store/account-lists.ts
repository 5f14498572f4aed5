/**
 * Account lists (audiences, SPEC §2): static lists hold members added explicitly; dynamic lists
 * hold an account condition, and their members are computed on demand by the SQL compiler.
 */
import { sql, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { AccountListsTable, DB } from './schema.ts';
import { QuorumError, notFound, type ErrorDetail, normText } from '../domain/index.ts';
import { validateCondition, type Condition } from '../domain/conditions/index.ts';
import { parseJson, toJson } from './db.ts';
import type { Actor } from './audit.ts';
import { announce } from './changes.ts';
import type { ExpectedVersion } from './concurrency.ts';
import { dbEngine, dialectOf } from './dialect.ts';
import { auditConfig, bump, checkNameFree, checkRename, CONFIG_KINDS, configWrite, createConfig, deleteConfig, updateConfig } from './config-entity.ts';
import { buyingGroupLeaves, checkConditionReferences, describeReferrers, findReferrers, personasFor } from './references.ts';
import { compileAccountCondition } from './conditions-sql.ts';
import { endFollowing, followersOfList } from './followed-audiences.ts';
import { afterCursor, decodeCursor, likeContains, likeEscaped, parseSort, sortBy, toPage, type Page, type PageRequest } from './pagination.ts';

export type ListKind = 'static' | 'dynamic';

export interface AccountListFields {
  name: string;
  description: string | null;
  kind: ListKind;
  /** Unvalidated input: required for a dynamic list, absent for a static one. */
  condition?: unknown;
}

export interface AccountList {
  id: string;
  name: string;
  description: string | null;
  kind: ListKind;
  condition: Condition | null;
  /**
   * Static lists: their member count. Dynamic lists: null as read from the table; the API fills in
   * the current count (`withCurrentMemberCounts`, the condition evaluated now).
   */
  memberCount: number | null;
  createdAt: number;
  updatedAt: number;
  version: number;
}

/** Accounts per add/remove call (the UI sends 500 at a time; the API takes more). */
export const MAX_MEMBERS_PER_CALL = 10_000;
const CHUNK = 500;

type Row = Selectable<AccountListsTable> & { member_count: number | null };

function listQuery(db: Kysely<DB>) {
  return db
    .selectFrom('account_lists')
    .selectAll('account_lists')
    .select((eb) =>
      eb
        .selectFrom('account_list_members as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.list_id', '=', 'account_lists.id')
        .as('member_count'),
    );
}

function listFromRow(r: Row): AccountList {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    kind: r.kind,
    condition: r.condition == null ? null : parseJson<Condition>(r.condition),
    memberCount: r.kind === 'static' ? Number(r.member_count ?? 0) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export async function getAccountList(db: Kysely<DB>, id: string): Promise<AccountList> {
  const row = await listQuery(db).where('account_lists.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('account list', id);
  return listFromRow(row);
}

const KIND = CONFIG_KINDS.accountList;

/** The condition a list of this kind stores: null for static, a checked account condition for dynamic. */
async function checkedCondition(db: Kysely<DB>, kind: ListKind, input: unknown, selfId: string | null): Promise<Condition | null> {
  const given = input !== undefined && input !== null;
  if (kind === 'static') {
    if (given) throw QuorumError.field('validation_failed', '/condition', 'a static list has no condition (its members are added explicitly); use kind "dynamic" for a condition');
    return null;
  }
  if (!given) throw QuorumError.field('validation_failed', '/condition', 'a dynamic list needs an account condition (it decides which accounts are in the list)');
  const cond = validateCondition(input, 'account', '/condition');
  await checkConditionReferences(db, cond, { basePath: '/condition', ...(selfId ? { selfListId: selfId } : {}) });
  if (selfId) await checkNoSelfFeeding(db, cond, selfId);
  return cond;
}

/**
 * A creation job for solution interest S that follows a dynamic list must not read S's own buying
 * groups in the list's condition: creating a group would move the account in or out of the list
 * that decides which groups exist (enqueueCreationJob refuses the same pair from the other side).
 */
async function checkNoSelfFeeding(db: Kysely<DB>, cond: Condition, listId: string): Promise<void> {
  const leaves = buyingGroupLeaves(cond, '/condition');
  if (leaves.length === 0) return;
  const jobs = await db
    .selectFrom('jobs')
    .select(['id', 'params'])
    .where('status', 'in', ['queued', 'running', 'succeeded'])
    .where(sql<SqlBool>`cast(params as text) like ${likeContains(listId)} escape '\\'`)
    .execute();
  const followers = new Map<string, string>();
  for (const j of jobs) {
    const p = parseJson<{ audienceId?: unknown; solutionInterestId?: unknown }>(j.params);
    if (p.audienceId === listId && typeof p.solutionInterestId === 'string') followers.set(p.solutionInterestId, j.id);
  }
  const errors = leaves
    .filter((l) => followers.has(l.test.solutionInterestId))
    .map((l) => ({
      field: `${l.path}/solutionInterestId`,
      message: `creation job ${followers.get(l.test.solutionInterestId)} for solution interest ${l.test.solutionInterestId} follows this list; its condition cannot depend on that solution interest's own buying groups (creating a group would change the list)`,
    }));
  if (errors.length) throw new QuorumError('invalid_condition', `The condition is not valid: ${errors[0]!.message} (at ${errors[0]!.field})`, errors);
}

export async function createAccountList(db: Kysely<DB>, actor: Actor, fields: AccountListFields, now: number): Promise<AccountList> {
  return createConfig(db, actor, KIND, getAccountList, now, async (trx, id) => {
    const condition = await checkedCondition(trx, fields.kind, fields.condition, null);
    await checkNameFree(trx, KIND, fields.name, null);
    await trx
      .insertInto('account_lists')
      .values({
        id,
        name: fields.name,
        name_norm: normText(fields.name),
        description: fields.description,
        kind: fields.kind,
        condition: condition ? toJson(condition) : null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
  });
}

export async function updateAccountList(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  patch: Partial<AccountListFields>,
  now: number,
  expected?: ExpectedVersion,
): Promise<AccountList> {
  const { after } = await updateConfig(db, actor, KIND, getAccountList, id, now, expected, async (trx, before) => {
    if (patch.kind !== undefined && patch.kind !== before.kind) {
      throw QuorumError.field('validation_failed', '/kind', `the kind of a list cannot be changed (this one is ${before.kind}); create a new ${patch.kind} list instead`);
    }
    const condition = patch.condition === undefined ? before.condition : await checkedCondition(trx, before.kind, patch.condition, id);
    const name = patch.name ?? before.name;
    await checkRename(trx, KIND, before, name);
    const description = patch.description === undefined ? before.description : patch.description;
    await trx
      .updateTable('account_lists')
      .set({ name, name_norm: normText(name), description, condition: condition ? toJson(condition) : null, ...bump(before, now) })
      .where('id', '=', id)
      .execute();
  });
  return after;
}

/**
 * Deletes a list. Refused while a condition refers to it, and while a solution interest follows
 * it (its groups are kept current for the list's accounts) unless `force`, which ends those
 * followings in the same transaction (audited; the groups stay, see followed-audiences.ts).
 */
export async function deleteAccountList(db: Kysely<DB>, actor: Actor, id: string, now: number, expected?: ExpectedVersion, opts: { force?: boolean } = {}): Promise<void> {
  await deleteConfig(db, actor, KIND, getAccountList, id, now, expected, async (trx, before) => {
    const referrers = await findReferrers(trx, 'list', id);
    if (referrers.length) {
      throw QuorumError.field('in_use', '/id', `account list "${before.name}" is used by ${describeReferrers(referrers)}; remove those references first`);
    }
    const followers = await followersOfList(trx, id);
    if (followers.length && !opts.force) {
      const names = followers.map((f) => `"${f.name}" (${f.id})`).join(', ');
      const how = followers.map((f) => `DELETE /api/v1/solution-interests/${f.id}/audiences/${id}`).join(', ');
      throw QuorumError.field(
        'in_use',
        '/id',
        `account list "${before.name}" is the audience followed by solution interest${followers.length === 1 ? '' : 's'} ${names}: their buying groups are kept current for its accounts. ` +
          `End the following first (${how}), or delete with ?force=true to end it in the same step (the buying groups are kept)`,
      );
    }
    for (const f of followers) await endFollowing(trx, actor, f.id, id, now);
    await trx.deleteFrom('account_list_members').where('list_id', '=', id).execute();
  });
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function refuseDynamic(list: AccountList): void {
  if (list.kind === 'dynamic') {
    throw QuorumError.field('invalid_state', '/id', `account list "${list.name}" is dynamic: its members follow its condition and cannot be added or removed by hand`);
  }
}

export interface MemberChange {
  /** Accounts that joined (or left) the list with this call. */
  changed: number;
  /** Accounts that already were (or were not) members. */
  unchanged: number;
  memberCount: number;
}

/** Adds accounts to a static list. Unknown account ids refuse the whole call (nothing written). */
export async function addAccountListMembers(db: Kysely<DB>, actor: Actor, id: string, accountIds: readonly string[], now: number): Promise<MemberChange> {
  const result = await configWrite(db, async (trx) => {
    const list = await getAccountList(trx, id);
    refuseDynamic(list);
    const unique = [...new Set(accountIds)];
    const known = new Set<string>();
    for (const chunk of chunks(unique)) {
      for (const r of await trx.selectFrom('accounts').select('id').where('id', 'in', chunk).execute()) known.add(r.id);
    }
    const unknown: ErrorDetail[] = [];
    accountIds.forEach((a, i) => {
      if (!known.has(a) && unknown.length < 100) unknown.push({ field: `/accountIds/${i}`, message: `account ${a} does not exist` });
    });
    if (unknown.length) {
      const missing = [...new Set(accountIds.filter((a) => !known.has(a)))];
      const shown = missing.slice(0, 20).join(', ') + (missing.length > 20 ? `, … (${missing.length - 20} more)` : '');
      throw new QuorumError('validation_failed', `${missing.length} account id${missing.length === 1 ? '' : 's'} do${missing.length === 1 ? 'es' : ''} not exist: ${shown}; nothing was added`, unknown);
    }
    const already = new Set<string>();
    for (const chunk of chunks(unique)) {
      const rows = await trx.selectFrom('account_list_members').select('account_id').where('list_id', '=', id).where('account_id', 'in', chunk).execute();
      for (const r of rows) already.add(r.account_id);
    }
    const added = unique.filter((a) => !already.has(a));
    for (const chunk of chunks(added)) {
      await trx
        .insertInto('account_list_members')
        .values(chunk.map((accountId) => ({ account_id: accountId, list_id: id, added_at: now })))
        .execute();
    }
    if (added.length) await auditConfig(trx, actor, KIND, 'add_members', id, { after: { accountIds: added } }, now);
    await announce(trx, added.length ? [{ kind: 'list_members', listId: id, accountIds: added }] : [], now);
    return { changed: added.length, unchanged: unique.length - added.length, memberCount: (list.memberCount ?? 0) + added.length };
  });
  await refreshStatistics(db, result.changed);
  return result;
}

/** Removes accounts from a static list; ids that are not members are counted, not refused. */
export async function removeAccountListMembers(db: Kysely<DB>, actor: Actor, id: string, accountIds: readonly string[], now: number): Promise<MemberChange> {
  const result = await configWrite(db, async (trx) => {
    const list = await getAccountList(trx, id);
    refuseDynamic(list);
    const unique = [...new Set(accountIds)];
    const removed: string[] = [];
    for (const chunk of chunks(unique)) {
      const rows = await trx.selectFrom('account_list_members').select('account_id').where('list_id', '=', id).where('account_id', 'in', chunk).execute();
      if (rows.length === 0) continue;
      const ids = rows.map((r) => r.account_id);
      await trx.deleteFrom('account_list_members').where('list_id', '=', id).where('account_id', 'in', ids).execute();
      removed.push(...ids);
    }
    if (removed.length) await auditConfig(trx, actor, KIND, 'remove_members', id, { before: { accountIds: removed } }, now);
    await announce(trx, removed.length ? [{ kind: 'list_members', listId: id, accountIds: removed }] : [], now);
    return { changed: removed.length, unchanged: unique.length - removed.length, memberCount: (list.memberCount ?? 0) - removed.length };
  });
  await refreshStatistics(db, result.changed);
  return result;
}

/**
 * After a bulk change, PostgreSQL's planner may still believe a list has a few dozen members
 * (statistics lag until autovacuum runs) and join a 10,000-member list by scanning it once per
 * account: seconds instead of milliseconds. Re-sampling the table after big changes keeps the
 * member pages fast. Best effort; the dialect knows which engines need it.
 */
async function refreshStatistics(db: Kysely<DB>, changed: number): Promise<void> {
  if (changed < 1000) return;
  try {
    await dialectOf(db).refreshStatistics(db, 'account_list_members');
  } catch {
    // Statistics are an optimisation; the change itself is committed.
  }
}

/**
 * The lists with a dynamic list's `memberCount` filled in: how many accounts its condition selects
 * now (one COUNT per dynamic list, by the same compiled SQL as its members page and a creation job,
 * so the numbers agree). Computed on read: a dynamic list's membership changes with any account
 * change, so a stored count would be stale or make every account write pay for every list.
 */
export async function withCurrentMemberCounts(db: Kysely<DB>, lists: readonly AccountList[], now: number): Promise<AccountList[]> {
  const engine = dbEngine(db);
  const out: AccountList[] = [];
  for (const l of lists) {
    if (l.kind === 'static' || l.memberCount !== null) {
      out.push(l);
      continue;
    }
    let n = 0;
    if (l.condition) {
      const row = await db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        // people.where may name personas: the compiler inlines them (without them it refuses the condition).
        .where(compileAccountCondition(l.condition, { engine, now, personas: await personasFor(db, l.condition) }))
        .executeTakeFirst();
      n = Number(row?.n ?? 0);
    }
    out.push({ ...l, memberCount: n });
  }
  return out;
}

export interface ListMember {
  id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  country: string | null;
  /** When it was added (static lists); null for dynamic lists. */
  addedAt: number | null;
}

export interface ListMemberQuery extends PageRequest {
  sort?: string | undefined;
}

const MEMBER_SORTS = { name: sortBy.text('accounts.name_norm'), createdAt: sortBy.id('accounts.id') };

/** Members of a list: stored ones for a static list, the condition evaluated now for a dynamic one. */
export async function listAccountListMembers(db: Kysely<DB>, id: string, query: ListMemberQuery, now: number): Promise<Page<ListMember>> {
  const list = await getAccountList(db, id);
  const { column, desc, kind } = parseSort(query.sort, MEMBER_SORTS, 'name');
  let qb = db.selectFrom('accounts').select(['accounts.id', 'accounts.name', 'accounts.name_norm', 'accounts.domain', 'accounts.industry', 'accounts.country']);
  let rows: (ListMember & { name_norm: string })[];
  const dir = desc ? 'desc' : 'asc';
  if (query.cursor) qb = qb.where(afterCursor(column, 'accounts.id', desc, decodeCursor(query.cursor, kind)));
  qb = qb.orderBy(column as 'accounts.name_norm', dir).$if(column !== 'accounts.id', (q) => q.orderBy('accounts.id', dir)).limit(query.limit + 1);
  if (list.kind === 'static') {
    rows = await qb
      .innerJoin('account_list_members as m', 'm.account_id', 'accounts.id')
      .where('m.list_id', '=', id)
      .select('m.added_at as addedAt')
      .execute();
  } else {
    const where = compileAccountCondition(list.condition as Condition, { engine: dbEngine(db), now, personas: await personasFor(db, list.condition as Condition) });
    rows = (await qb.where(where).execute()).map((r) => ({ ...r, addedAt: null }));
  }
  const key = column === 'accounts.id' ? 'id' : 'name_norm';
  return toPage(rows, query.limit, (r) => r[key], (r) => ({ id: r.id, name: r.name, domain: r.domain, industry: r.industry, country: r.country, addedAt: r.addedAt }));
}

export interface AccountListQuery extends PageRequest {
  sort?: string | undefined;
  q?: string | undefined;
  kind?: ListKind | undefined;
}

const SORTS = { name: sortBy.text('name_norm'), createdAt: sortBy.id('id'), updatedAt: sortBy.integer('updated_at') };

export async function listAccountLists(db: Kysely<DB>, query: AccountListQuery): Promise<Page<AccountList>> {
  const { column, desc, kind } = parseSort(query.sort, SORTS, 'name');
  const col = `account_lists.${column}`;
  let qb = listQuery(db);
  if (query.q) qb = qb.where(likeEscaped('account_lists.name_norm', likeContains(normText(query.q))));
  if (query.kind) qb = qb.where('account_lists.kind', '=', query.kind);
  if (query.cursor) qb = qb.where(afterCursor(col, 'account_lists.id', desc, decodeCursor(query.cursor, kind)));
  const dir = desc ? 'desc' : 'asc';
  const rows = await qb
    .orderBy(col as 'account_lists.name_norm', dir)
    .$if(column !== 'id', (q) => q.orderBy('account_lists.id', dir))
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => (r as unknown as Record<string, string | number>)[column] ?? null, listFromRow);
}

/** What a dynamic list with this condition would hold now: the count and the first accounts by name. */
export interface ListPreview {
  count: number;
  samples: ListMember[];
}

/** Samples a preview lists at most. */
export const MAX_PREVIEW_SAMPLES = 10;

/**
 * Evaluates an account condition as a dynamic list would (validated, references checked, then the
 * same compiled SQL as `listAccountListMembers` and `withCurrentMemberCounts`), without saving.
 */
export async function previewAccountCondition(db: Kysely<DB>, input: unknown, now: number, basePath = '/condition'): Promise<ListPreview> {
  const cond = validateCondition(input, 'account', basePath);
  await checkConditionReferences(db, cond, { basePath });
  const where = compileAccountCondition(cond, { engine: dbEngine(db), now, personas: await personasFor(db, cond) });
  const row = await db
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where)
    .executeTakeFirst();
  const samples = await db
    .selectFrom('accounts')
    .select(['id', 'name', 'domain', 'industry', 'country'])
    .where(where)
    .orderBy('name_norm')
    .orderBy('id')
    .limit(MAX_PREVIEW_SAMPLES)
    .execute();
  return { count: Number(row?.n ?? 0), samples: samples.map((s) => ({ ...s, addedAt: null })) };
}
