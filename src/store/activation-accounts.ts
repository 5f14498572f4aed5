/**
 * Accounts a journey added to an activation (the `activate` action; migration 0025). An
 * activation otherwise sends what its saved buying-group filter selects; these accounts are sent
 * besides: the account to the company list, and the current members of its buying groups — those
 * of the solution interests the filter names, or all of them when it names none — to the contact
 * list (its role restriction applies). They stay in the audience until the activation or the
 * account is deleted (there is no "deactivate" action yet).
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import type { ActivationFilter } from './destinations.ts';
import { resolveFilterNames } from './filter-references.ts';

const CHUNK = 500;

/** Adds the account to the activation (true), or finds it already there (false). */
export async function addActivationAccount(trx: Kysely<DB>, activationId: string, accountId: string, journeyId: string, now: number): Promise<boolean> {
  const r = await trx
    .insertInto('activation_accounts')
    .values({ activation_id: activationId, account_id: accountId, journey_id: journeyId, added_at: now })
    .onConflict((oc) => oc.columns(['activation_id', 'account_id']).doNothing())
    .returning('account_id')
    .execute();
  return r.length === 1;
}

export async function activationAccountIds(db: Kysely<DB>, activationId: string): Promise<string[]> {
  return (await db.selectFrom('activation_accounts').select('account_id').where('activation_id', '=', activationId).orderBy('account_id').execute()).map((r) => r.account_id);
}

/**
 * The buying groups whose members a journey-added account brings to the contact list: the
 * account's groups of the solution interests the activation's filter names (ids or names), or
 * all its groups when the filter names none.
 */
export async function activationAccountGroups(db: Kysely<DB>, accountIds: readonly string[], filter: ActivationFilter): Promise<{ id: string; accountId: string; accountName: string }[]> {
  const siIds = [...(filter.solutionInterestId ?? []), ...(await resolveFilterNames(db, 'solution_interests', 'solutionInterest', filter.solutionInterest))];
  const out: { id: string; accountId: string; accountName: string }[] = [];
  for (let i = 0; i < accountIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('buying_groups as g')
      .innerJoin('accounts as a', 'a.id', 'g.account_id')
      .select(['g.id', 'g.account_id', 'a.name'])
      .where('g.account_id', 'in', accountIds.slice(i, i + CHUNK))
      .$if(siIds.length > 0, (q) => q.where('g.solution_interest_id', 'in', siIds))
      .orderBy('g.id')
      .execute();
    out.push(...rows.map((r) => ({ id: r.id, accountId: r.account_id, accountName: r.name })));
  }
  return out;
}
