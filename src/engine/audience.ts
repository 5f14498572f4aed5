import type { Kysely } from 'kysely';
import { type DB, type Engine, getAccountList, parseJson, personasFor, compileAccountCondition } from '../store/index.ts';
import { notFound } from '../domain/index.ts';
import type { Condition } from '../domain/conditions/index.ts';

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
    .where(compileAccountCondition(list.condition, { engine, now, personas: await personasFor(db, list.condition) }))
    .orderBy('accounts.id')
    .execute();
  return rows.map((r) => r.id);
}

/** What decides an audience's members: a static list's rows, or a dynamic list's condition. */
export interface AudienceDefinition {
  kind: 'static' | 'dynamic';
  condition: Condition | null;
}

/**
 * Which of `accountIds` are in the audience now (for maintenance when accounts change). `known`:
 * the list's definition when the caller has it (maintenance caches it).
 */
export async function audienceMembers(db: Kysely<DB>, engine: Engine, audienceId: string, accountIds: readonly string[], now: number, known?: AudienceDefinition): Promise<Set<string>> {
  if (accountIds.length === 0) return new Set();
  let list = known;
  if (!list) {
    // Kind and condition only (getAccountList also counts a static list's members: slow for a big list).
    const row = await db.selectFrom('account_lists').select(['kind', 'condition']).where('id', '=', audienceId).executeTakeFirst();
    if (!row) throw notFound('account list', audienceId);
    list = { kind: row.kind, condition: row.condition == null ? null : parseJson<Condition>(row.condition) };
  }
  if (list.kind === 'static') {
    const rows = await db.selectFrom('account_list_members').select('account_id').where('list_id', '=', audienceId).where('account_id', 'in', accountIds).execute();
    return new Set(rows.map((r) => r.account_id));
  }
  if (!list.condition) return new Set();
  const rows = await db
    .selectFrom('accounts')
    .select('accounts.id')
    .where('accounts.id', 'in', accountIds)
    .where(compileAccountCondition(list.condition, { engine, now, personas: await personasFor(db, list.condition) }))
    .execute();
  return new Set(rows.map((r) => r.id));
}
