import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema.ts';
import { newId } from '../domain/index.ts';
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

/**
 * Who last changed each entity, from the audit log: the user id and name of the newest entry per
 * entity (null when the newest entry has no user, e.g. the demo loader or a system job).
 */
export async function lastActors(db: Kysely<DB>, entityType: string, entityIds: readonly string[]): Promise<Map<string, { userId: string; name: string } | null>> {
  const out = new Map<string, { userId: string; name: string } | null>();
  for (let i = 0; i < entityIds.length; i += 500) {
    const rows = await db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_id')
      .select(['audit_log.entity_id', 'audit_log.actor_id', 'users.name', 'audit_log.at', 'audit_log.id'])
      .where('audit_log.entity_type', '=', entityType)
      .where('audit_log.entity_id', 'in', entityIds.slice(i, i + 500))
      .orderBy('audit_log.entity_id')
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .execute();
    for (const r of rows) {
      if (out.has(r.entity_id)) continue;
      out.set(r.entity_id, r.actor_id ? { userId: r.actor_id, name: r.name ?? r.actor_id } : null);
    }
  }
  return out;
}
