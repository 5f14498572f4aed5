import type { Database } from './db.ts';
import { DEFAULT_ROLES, normText } from '../domain/index.ts';

/** Inserts the immutable defaults that every tenant has. Safe to run repeatedly. */
export async function seedDefaults(database: Database): Promise<void> {
  const now = Date.now();
  for (const role of DEFAULT_ROLES) {
    await database.db
      .insertInto('roles')
      .values({
        id: role.id,
        name: role.name,
        name_norm: normText(role.name),
        description: null,
        is_default: 1,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
