import type { Kysely } from 'kysely';
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

/** Which of `accountIds` are in the audience now (for maintenance when accounts change). */
export async function audienceMembers(db: Kysely<DB>, engine: Engine, audienceId: string, accountIds: readonly string[], now: number): Promise<Set<string>> {
  if (accountIds.length === 0) return new Set();
  const list = await getAccountList(db, audienceId);
  if (list.kind === 'static') {
    const rows = await db.selectFrom('account_list_members').select('account_id').where('list_id', '=', audienceId).where('account_id', 'in', accountIds).execute();
    return new Set(rows.map((r) => r.account_id));
  }
  if (!list.condition) return new Set();
  const rows = await db
    .selectFrom('accounts')
    .select('accounts.id')
    .where('accounts.id', 'in', accountIds)
    .where(compileAccountCondition(list.condition, { engine, now }))
    .execute();
  return new Set(rows.map((r) => r.id));
}
