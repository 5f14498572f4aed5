import { sql, type Kysely } from 'kysely';
import type { DB } from '../store/schema.ts';
import type { Engine } from '../store/db.ts';
import { getAccountList } from '../store/account-lists.ts';
import { compileAccountCondition } from '../store/conditions-sql.ts';

/**
 * The account ids of an audience (an account list), sorted: a static list's members, or the
 * accounts a dynamic list's condition selects now.
 */
export async function audienceAccountIds(db: Kysely<DB>, engine: Engine, listId: string, now: number): Promise<string[]> {
  const list = await getAccountList(db, listId);
  if (list.kind === 'static') {
    const rows = await db.selectFrom('account_list_members').select('account_id').where('list_id', '=', listId).orderBy('account_id').execute();
    return rows.map((r) => r.account_id);
  }
  if (!list.condition) return [];
  const rows = await db
    .selectFrom('accounts')
    .select('accounts.id')
    .where(compileAccountCondition(list.condition, { engine, now }))
    .orderBy('accounts.id')
    .execute();
  return rows.map((r) => r.id);
}

/** Whether one account is in the audience now (for maintenance when an account changes). */
export async function inAudience(db: Kysely<DB>, engine: Engine, listId: string, accountId: string, now: number): Promise<boolean> {
  const list = await getAccountList(db, listId);
  if (list.kind === 'static') {
    return !!(await db.selectFrom('account_list_members').select('account_id').where('list_id', '=', listId).where('account_id', '=', accountId).executeTakeFirst());
  }
  if (!list.condition) return false;
  const row = await db
    .selectFrom('accounts')
    .select('accounts.id')
    .where('accounts.id', '=', accountId)
    .where(compileAccountCondition(list.condition, { engine, now }))
    .executeTakeFirst();
  return !!row;
}

void sql;
