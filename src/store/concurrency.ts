/**
 * Concurrency helpers for configuration writes (roles, personas, templates, stage models,
 * solution interests, account lists).
 *
 * Their rules span rows and tables — unique names, the 50-role limit, "not referenced by any
 * condition", "no persona cycle" — and are checked by reading before writing. On SQLite the
 * store's single connection runs transactions one at a time, so read-then-write is safe. On
 * PostgreSQL (READ COMMITTED) two transactions could both pass a check and then both write, so
 * every configuration write first takes one transaction-scoped advisory lock. Configuration
 * changes are rare and human-paced; serialising them costs nothing and makes every such check
 * exact.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import type { Engine } from './db.ts';
import { QuorumError } from '../domain/errors.ts';

/** Arbitrary constant key of the advisory lock ("QRMCFG"). */
const CONFIG_LOCK_KEY = 0x51524d434647;

/** The engine behind a Kysely instance or transaction (SQL that differs per engine needs it). */
export function dbEngine(db: Kysely<DB>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Call first inside a configuration write's transaction. */
export async function lockConfiguration(trx: Kysely<DB>): Promise<void> {
  if (dbEngine(trx) === 'postgres') {
    await sql`select pg_advisory_xact_lock(${CONFIG_LOCK_KEY})`.execute(trx);
  }
}

/**
 * For writes that depend on configuration without changing it (e.g. moving a buying group to a
 * stage of its solution interest's stage model): a shared hold on the same lock, so that such
 * writes run side by side but never interleave with a configuration write's check-then-write.
 */
export async function holdConfiguration(trx: Kysely<DB>): Promise<void> {
  if (dbEngine(trx) === 'postgres') {
    await sql`select pg_advisory_xact_lock_shared(${CONFIG_LOCK_KEY})`.execute(trx);
  }
}

/**
 * Optimistic concurrency (HTTP If-Match): the version(s) the client last saw. `undefined` means
 * the caller asked for no check.
 */
export type ExpectedVersion = number | readonly number[] | undefined;

/** Throws 412 precondition_failed when the stored version is not one the client saw. */
export function checkVersion(what: string, id: string, current: number, expected: ExpectedVersion): void {
  if (expected === undefined) return;
  const ok = typeof expected === 'number' ? expected === current : expected.includes(current);
  if (ok) return;
  throw QuorumError.field(
    'precondition_failed',
    '/if-match',
    `${what} ${id} was changed since you read it (it is now at version ${current}, ETag "${current}"); reload it and apply your change again`,
  );
}
