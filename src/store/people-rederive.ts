/**
 * Recomputes every person's derived fields with the title classifier as it is now (migration 0016,
 * `quorum people rederive`): batches of people in id order, classified in TypeScript with one
 * classification per distinct (title, department), explicit values kept; only rows whose derived
 * columns change are written, each chunk with one UPDATE … FROM (VALUES …) — set-wise, not row by
 * row, so a million people take a few hundred statements.
 *
 * Derived values are not user edits: `version` and `updated_at` stay (no ETag changes, no audit).
 * With `announce` (the CLI) each batch's changed people are announced once as `person` changes in
 * the batch's transaction, as imports do, so the engine's maintenance brings their buying groups
 * (membership, scores) in line per batch. The migration does not announce: it runs before any
 * group could have been generated against the new values, and mid-migration the schema is not
 * the one maintenance reads.
 */
import { sql, type Kysely } from 'kysely';
import { memoClassifyPerson } from '../domain/people/index.ts';
import { announce } from './changes.ts';
import { dialectOf } from './dialect.ts';
import { derivedColumns } from './people.ts';
import type { DB } from './schema.ts';

export const REDERIVE_BATCH = 5_000;
/** Rows per UPDATE: 7 parameters each, under SQLite's 32,766 and PostgreSQL's 65,535. */
const UPDATE_CHUNK = 1_000;

export interface RederiveProgress {
  /** People read so far. */
  people: number;
  /** People whose derived values changed (and were written). */
  changed: number;
}

type Derived = ReturnType<typeof derivedColumns>;
const DERIVED_KEYS = ['derived_seniority', 'derived_function', 'derived_functions', 'derived_specialties', 'title_confidence'] as const;

interface StoredRow {
  id: string;
  job_title: string | null;
  department: string | null;
  explicit_seniority: string | null;
  explicit_function: string | null;
  derived_seniority: string | null;
  derived_function: string | null;
  derived_functions: string | null;
  derived_specialties: string | null;
  title_confidence: number | string | null;
}

/**
 * Rederives everyone. In a transaction (a migration's) it runs in it; otherwise each batch is its
 * own transaction, so an interrupted run keeps the batches done and a rerun finishes the rest.
 */
export async function rederivePeople(
  db: Kysely<DB>,
  opts: { batchSize?: number; onProgress?: (p: RederiveProgress) => void; announce?: { now: number } } = {},
): Promise<RederiveProgress> {
  const batchSize = opts.batchSize ?? REDERIVE_BATCH;
  const classified = memoClassifyPerson();
  const progress: RederiveProgress = { people: 0, changed: 0 };
  let cursor = '';
  for (;;) {
    const rows = (await db
      .selectFrom('people')
      .select(['id', 'job_title', 'department', 'explicit_seniority', 'explicit_function', 'derived_seniority', 'derived_function', 'derived_functions', 'derived_specialties', 'title_confidence'])
      .where('id', '>', cursor)
      .orderBy('id')
      .limit(batchSize)
      .execute()) as StoredRow[];
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1]!.id;
    const changed: (Derived & { id: string })[] = [];
    for (const r of rows) {
      const c = classified(r.job_title, r.department);
      const next = derivedColumns(c, { explicitSeniority: r.explicit_seniority, explicitFunction: r.explicit_function });
      if (DERIVED_KEYS.some((k) => (k === 'title_confidence' ? Number(r[k] ?? 0) !== next[k] : (r[k] ?? null) !== next[k]))) changed.push({ id: r.id, ...next });
    }
    if (changed.length > 0) {
      const write = async (trx: Kysely<DB>) => {
        for (let i = 0; i < changed.length; i += UPDATE_CHUNK) await updateChunk(trx, changed.slice(i, i + UPDATE_CHUNK));
        if (opts.announce) await announce(trx, changed.map((c) => ({ kind: 'person' as const, personId: c.id })), opts.announce.now);
      };
      if (db.isTransaction) await write(db);
      else await db.transaction().execute(write);
    }
    progress.people += rows.length;
    progress.changed += changed.length;
    opts.onProgress?.({ ...progress });
    if (rows.length < batchSize) break;
  }
  return progress;
}

async function updateChunk(db: Kysely<DB>, rows: readonly (Derived & { id: string })[]): Promise<void> {
  const d = dialectOf(db);
  const values = sql.join(
    rows.map((r) => sql`(${r.id}, ${r.derived_seniority}, ${r.derived_function}, ${r.derived_functions}, ${r.derived_specialties}, ${d.double(r.title_confidence)})`),
  );
  // A CTE names the VALUES columns on both engines (SQLite has no `as v(a, b)` for VALUES).
  await sql`
    with v(id, s, f, fs, sp, c) as (values ${values})
    update people set derived_seniority = v.s, derived_function = v.f, derived_functions = v.fs, derived_specialties = v.sp, title_confidence = v.c
    from v where people.id = v.id`.execute(db);
}
