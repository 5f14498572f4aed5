/**
 * Settings for a bulk write transaction (a creation job's batch), set with SET LOCAL so they end
 * with it. PostgreSQL:
 * - `synchronous_commit = off`: the commit returns before its WAL is flushed. A server crash
 *   may then lose the last batches committed (at most ~3 × wal_writer_delay), never half of
 *   one: each batch commits atomically with the job's cursor, so a lost batch is simply redone
 *   when the job resumes; anything committed later with the default setting (the job's final
 *   status, any other write) flushes the WAL up to itself, these batches included.
 * - `work_mem`: the batch's hashes and sorts (relations → people, members in person order) stay
 *   in memory.
 * SQLite: nothing (WAL with synchronous = NORMAL already does not sync at commit).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { dbEngine } from './concurrency.ts';

export async function bulkWriteSettings(trx: Kysely<DB>): Promise<void> {
  if (dbEngine(trx) !== 'postgres') return;
  await sql`select set_config('synchronous_commit', 'off', true), set_config('work_mem', '64MB', true)`.execute(trx);
}
