/**
 * Settings for a bulk write transaction (a creation job's batch), set with SET LOCAL so they end
 * with it. PostgreSQL:
 * - `synchronous_commit = off`: the commit returns before its WAL is flushed. A server crash
 *   may then lose the last batches committed (at most ~3 × wal_writer_delay), never half of
 *   one: each batch commits atomically with the job's cursor, so a lost batch is simply redone
 *   when the job resumes; anything committed later with the default setting (the job's final
 *   status, any other write) flushes the WAL up to itself, these batches included. The one
 *   thing a reader can notice: an unflushed batch is visible at once, so an event dispatched from
 *   it in that window may name a group that the redone batch creates again under another id.
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

/**
 * After a bulk write (a creation job that wrote `rows` rows): refreshes the planner's statistics
 * of the tables written, at once rather than when autovacuum gets to them. PostgreSQL plans the
 * list's filters from them: with the statistics of the empty tables it expects a handful of groups
 * to match "role missing and completeness < 50", joins and sorts all ~8,000 that do (≈ 300 ms at
 * 50,000 groups) instead of walking the name index to the first page (≈ 2 ms). SQLite: nothing
 * (its plans for these queries follow from the indexes, and ANALYZE there reads whole tables).
 */
export async function refreshStatistics(db: Kysely<DB>, tables: readonly (keyof DB & string)[]): Promise<void> {
  if (dbEngine(db) !== 'postgres' || tables.length === 0) return;
  await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}

/** Rows a job must have written for `refreshStatistics` to be worth its time (≈ 0.1–0.5 s). */
export const STATISTICS_AFTER_ROWS = 10_000;
