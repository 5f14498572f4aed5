import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';
import { newId } from '../domain/ids.ts';
import { toJson } from './db.ts';

export interface Actor {
  userId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null };

/** Appends to the audit log inside the caller's transaction: the change and its record commit together. */
export async function audit(
  trx: Kysely<DB> | Transaction<DB>,
  actor: Actor,
  entry: { action: string; entityType: string; entityId: string; before?: unknown; after?: unknown; at: number },
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      id: newId('audit', entry.at),
      at: entry.at,
      actor_id: actor.userId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
    })
    .execute();
}
