/**
 * The custom attributes found in the data, for condition editors: a bounded sample — the custom
 * objects of the most recently created rows (primary-key order, so an index walk of at most
 * SAMPLE_ROWS rows on both engines) — typed and capped by domain/conditions/catalogue.ts.
 */
import type { Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { parseJson } from './db.ts';
import { inferCustomFields, MAX_CUSTOM_KEYS, type CatalogueField, type Subject } from '../domain/conditions/index.ts';

/** Rows read per request (the newest): keys that only older rows hold are not listed. */
export const SAMPLE_ROWS = 2000;

export async function customFieldsInData(db: Kysely<DB>, subject: Subject): Promise<{ fields: CatalogueField[]; truncated: boolean; sampledRows: number }> {
  const table = subject === 'person' ? 'people' : 'accounts';
  const rows = await db.selectFrom(table).select('custom').orderBy('id', 'desc').limit(SAMPLE_ROWS).execute();
  const { fields, truncated } = inferCustomFields(
    rows.map((r) => parseJson<unknown>(r.custom)),
    MAX_CUSTOM_KEYS,
  );
  return { fields, truncated, sampledRows: rows.length };
}
