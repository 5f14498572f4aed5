/**
 * Generation, measured repeatedly without reloading the tenant: each run starts from a tenant
 * without groups (`resetGeneration` removes what a creation job wrote) and runs a creation job
 * through `runCreationJob`. The growth measure runs the same job over audiences of 1/20 and 1/4 of
 * the accounts (every 20th / 4th account, so their people are spread over the whole people
 * table, as a smaller tenant's would be over its own) and over all of them.
 */
import { sql } from 'kysely';
import type { Database } from '../src/store/db.ts';
import { SYSTEM_ACTOR } from '../src/store/audit.ts';
import { addAccountListMembers, createAccountList, MAX_MEMBERS_PER_CALL } from '../src/store/account-lists.ts';
import { claimNextJob, enqueueCreationJob, runCreationJob } from '../src/engine/jobs.ts';

export interface GenerationRun {
  ms: number;
  groups: number;
  members: number;
}

export interface Audience {
  /** 20 = 1/20 of the accounts, 1 = all. */
  fraction: number;
  listId: string;
}

/** Static lists of every `fraction`-th account (not timed); fraction 1 is the tenant's own list. */
export async function growthAudiences(database: Database, fullListId: string, fractions: readonly number[], now: number): Promise<Audience[]> {
  const ids = (await database.db.selectFrom('account_list_members').select('account_id').where('list_id', '=', fullListId).orderBy('account_id').execute()).map((r) => r.account_id);
  const out: Audience[] = [];
  for (const fraction of fractions) {
    if (fraction === 1) {
      out.push({ fraction, listId: fullListId });
      continue;
    }
    const list = await createAccountList(database.db, SYSTEM_ACTOR, { name: `Every ${fraction}th account`, description: 'Benchmark growth measure', kind: 'static' }, now);
    const part = ids.filter((_, i) => i % fraction === 0);
    for (let i = 0; i < part.length; i += MAX_MEMBERS_PER_CALL) await addAccountListMembers(database.db, SYSTEM_ACTOR, list.id, part.slice(i, i + MAX_MEMBERS_PER_CALL), now);
    out.push({ fraction, listId: list.id });
  }
  return out;
}

/** Removes every group, member, stage entry and event (the tenant has one solution interest), and the followed audiences but `keepListId`. */
export async function resetGeneration(database: Database, keepListId: string): Promise<void> {
  const { db, engine } = database;
  if (engine === 'postgres') {
    // TRUNCATE gives the next run empty files, as the first run had (DELETE would leave dead rows).
    await sql`truncate buying_group_members, stage_history, events, buying_groups`.execute(db);
  } else {
    await db.transaction().execute(async (trx) => {
      for (const table of ['buying_group_members', 'stage_history', 'events', 'buying_groups'] as const) await trx.deleteFrom(table).execute();
    });
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  }
  await db.deleteFrom('followed_audiences').where('audience_id', '!=', keepListId).execute();
}

/** One creation job over `listId`, timed from enqueue to its end. */
export async function runGeneration(database: Database, solutionInterestId: string, listId: string, now: () => number): Promise<GenerationRun> {
  const t = performance.now();
  const job = await enqueueCreationJob(database.db, SYSTEM_ACTOR, { solutionInterestId, audienceId: listId, options: { descendantDepth: 0 } }, now());
  await claimNextJob(database.db, database.engine, 'bench', now());
  const done = await runCreationJob(database, job.id, { now });
  const ms = performance.now() - t;
  if (done.status !== 'succeeded') throw new Error(`the creation job ended ${done.status}: ${done.error}`);
  return { ms, groups: done.counts.groupsCreated, members: done.counts.membersAdded };
}
