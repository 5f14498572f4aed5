/**
 * Concurrency helpers: the configuration lock for configuration writes (roles, personas,
 * templates, stage models, solution interests, account lists, weighting models) and version
 * checks (HTTP If-Match) for every versioned row.
 *
 * Their rules span rows and tables — unique names, the 50-role limit, "not referenced by any
 * condition", "no persona cycle" — and are checked by reading before writing. On SQLite the
 * store's single connection runs transactions one at a time, so read-then-write is safe. On
 * PostgreSQL (READ COMMITTED) two transactions could both pass a check and then both write, so
 * every configuration write first takes one transaction-scoped advisory lock. Configuration
 * changes are rare and human-paced; serialising them costs nothing and makes every such check
 * exact.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { dialectOf } from './dialect.ts';
import { QuorumError } from '../domain/index.ts';

/** Arbitrary constant key of the advisory lock ("QRMCFG"). */
const CONFIG_LOCK_KEY = 0x51524d434647;

/** Call first inside a configuration write's transaction. */
export async function lockConfiguration(trx: Kysely<DB>): Promise<void> {
  await dialectOf(trx).transactionLock(trx, CONFIG_LOCK_KEY, 'exclusive');
}

/**
 * For writes that depend on configuration without changing it (e.g. moving a buying group to a
 * stage of its solution interest's stage model): a shared hold on the same lock, so that such
 * writes run side by side but never interleave with a configuration write's check-then-write.
 */
export async function holdConfiguration(trx: Kysely<DB>): Promise<void> {
  await dialectOf(trx).transactionLock(trx, CONFIG_LOCK_KEY, 'shared');
}

/**
 * Optimistic concurrency (HTTP If-Match): the version(s) the client last saw. `undefined` means
 * no check (no header where it is optional, or `*`); `'missing'` means the header is required
 * and was not sent — refused once the row is known to exist, so that a missing row is still a
 * 404 and the message can name what to read.
 */
export type ExpectedVersion = number | readonly number[] | 'missing' | undefined;

function stale(what: string, id: string, current: number): QuorumError {
  return QuorumError.field(
    'precondition_failed',
    '/if-match',
    `${what} ${id} was changed since you read it (it is now at version ${current}, ETag "${current}"); reload it and apply your change again`,
  );
}

/**
 * Call right after reading the row, before any other rule: 428 precondition_required when the
 * header was required and missing, 412 precondition_failed when the stored version is not one
 * the client saw.
 */
export function checkVersion(what: string, id: string, current: number, expected: ExpectedVersion): void {
  if (expected === undefined) return;
  if (expected === 'missing') {
    throw QuorumError.field(
      'precondition_required',
      '/if-match',
      `Send the If-Match header with the ETag of the ${what} as you last read it, e.g. If-Match: "3": a GET of ${id} answers it in the ETag header and as "version" in the body. It keeps concurrent edits from being lost.`,
    );
  }
  const ok = typeof expected === 'number' ? expected === current : expected.includes(current);
  if (!ok) throw stale(what, id, current);
}

/** Tables whose rows carry a `version` and an `id`. */
export type VersionedTable =
  | 'accounts'
  | 'people'
  | 'account_people'
  | 'roles'
  | 'personas'
  | 'roles_templates'
  | 'solution_interests'
  | 'account_lists'
  | 'stage_models'
  | 'weighting_models'
  | 'buying_groups';

/**
 * Makes check and write one atomic step for writes that do not hold the configuration lock
 * (data: accounts, people, relations, buying groups). The write is conditional (`… WHERE version
 * = <the version checked>`); when it touched no row, another transaction changed the row in
 * between (on PostgreSQL the UPDATE waited for it), and the client gets 412 with the version now
 * stored — exactly as if it had sent the older ETag.
 */
export async function ensureWritten(trx: Kysely<DB>, table: VersionedTable, what: string, id: string, rows: bigint | undefined): Promise<void> {
  if (rows !== undefined && rows > 0n) return;
  const row = await sql<{ version: number }>`select version from ${sql.table(table)} where id = ${id}`.execute(trx);
  const current = row.rows[0]?.version;
  if (current === undefined) throw QuorumError.field('not_found', '/id', `${what} ${id} was deleted at the same time`);
  throw stale(what, id, Number(current));
}
