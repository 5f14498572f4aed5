/**
 * Which activity types are known (the SPEC §2 defaults plus the custom ones in `activity_types`)
 * and the message for one that is not: what ingestion, weighting models and `activity` conditions
 * (references.ts) check against. Apart from the registry's writes (activity-types.ts), which
 * check references before a delete, so that the two modules do not import each other.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { ACTIVITY_TYPES, closeMatches } from '../domain/index.ts';

/** The keys of every known type (one read of a small table). */
export async function knownActivityTypes(db: Kysely<DB>): Promise<Set<string>> {
  const rows = await db.selectFrom('activity_types').select('key').execute();
  return new Set([...ACTIVITY_TYPES, ...rows.map((r) => r.key)]);
}

/**
 * Why `type` is not acceptable, or null when it is known: what it probably meant and the list of
 * known types, so a caller can fix a row without another look-up.
 */
export function unknownActivityTypeMessage(type: string, known: ReadonlySet<string>): string | null {
  if (known.has(type)) return null;
  const list = [...known];
  const close = closeMatches(type, list, (s) => s, 3);
  return (
    `unknown activity type "${type}"` +
    (close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(' or ')}?)` : '') +
    `; the known types are ${list.join(', ')} (register a custom type with POST /api/v1/activity-types)`
  );
}
