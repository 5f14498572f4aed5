/**
 * Bulk writes for the engine's hot paths (creation jobs write tens of thousands of rows per
 * batch): multi-row INSERTs sent as pre-compiled SQL with positional parameters, so that neither
 * Kysely's per-value query building nor a statement per row is paid. Values are bound as
 * parameters (numbers stay exact doubles); the statement text is cached per shape.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from './schema.ts';
import { dbEngine } from './dialect.ts';

export type BulkValue = string | number | null;

/** Parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
/** Rows per statement, whatever the width. */
const MAX_ROWS = 1000;

const texts = new Map<string, string>();

function insertText(postgres: boolean, table: string, columns: readonly string[], rows: number, suffix: string): string {
  const key = `${postgres ? 'pg' : 'sq'}|${table}|${columns.join(',')}|${rows}|${suffix}`;
  let text = texts.get(key);
  if (text === undefined) {
    const tuples: string[] = [];
    let n = 0;
    for (let r = 0; r < rows; r++) tuples.push(`(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`);
    text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) values ${tuples.join(', ')}${suffix}`;
    if (texts.size > 500) texts.clear();
    texts.set(key, text);
  }
  return text;
}

function quote(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) throw new Error(`bulkInsert: invalid identifier ${identifier}`);
  return `"${identifier}"`;
}

export interface BulkInsertOptions<C extends string> {
  /** ON CONFLICT (these columns) DO NOTHING: rows that would violate that unique key are skipped. */
  skipConflictsOn?: readonly C[];
  /** ON CONFLICT (`on`) DO UPDATE SET each of `set` to the row's value: an upsert (not with skipConflictsOn). */
  updateConflictsOn?: { on: readonly C[]; set: readonly C[] };
  /** Columns of the rows actually inserted to return (RETURNING). */
  returning?: readonly C[];
}

/**
 * Inserts `rows` (each an array of values in `columns` order) into `table`, in as few statements
 * as the parameter limits allow. Runs in the caller's transaction. Returns how many rows were
 * inserted and, with `returning`, those columns of the inserted rows.
 */
export async function bulkInsert<T extends keyof DB & string, C extends keyof DB[T] & string>(
  db: Kysely<DB>,
  table: T,
  columns: readonly C[],
  rows: readonly (readonly BulkValue[])[],
  opts: BulkInsertOptions<C> = {},
): Promise<{ inserted: number; rows: Record<string, unknown>[] }> {
  const out: { inserted: number; rows: Record<string, unknown>[] } = { inserted: 0, rows: [] };
  if (rows.length === 0) return out;
  const postgres = dbEngine(db) === 'postgres';
  // unnest wins on PostgreSQL except for JSON columns (the array of JSON texts costs more to
  // serialise and cast than separate parameters).
  if (postgres && ![...(await typesOf(db, table))].some(([c, t]) => t === 'jsonb' && (columns as readonly string[]).includes(c))) {
    return bulkInsertPostgres(db, table, columns, rows, opts);
  }
  const suffix = suffixOf(opts);
  const per = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const parameters: BulkValue[] = [];
    for (const row of part) {
      if (row.length !== columns.length) throw new Error(`bulkInsert into ${table}: a row has ${row.length} values for ${columns.length} columns`);
      for (const v of row) parameters.push(v);
    }
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(insertText(postgres, table, columns, part.length, suffix), parameters));
    if (opts.returning) {
      out.rows.push(...result.rows);
      out.inserted += result.rows.length;
    } else {
      out.inserted += Number(result.numAffectedRows ?? part.length);
    }
  }
  return out;
}

function suffixOf(opts: BulkInsertOptions<string>): string {
  const u = opts.updateConflictsOn;
  return (
    (opts.skipConflictsOn ? ` on conflict (${opts.skipConflictsOn.map(quote).join(', ')}) do nothing` : '') +
    (u ? ` on conflict (${u.on.map(quote).join(', ')}) do update set ${u.set.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}` : '') +
    (opts.returning ? ` returning ${opts.returning.map(quote).join(', ')}` : '')
  );
}

/** Column types of a table (PostgreSQL), read once per process: every database has the same schema. */
const columnTypes = new Map<string, Map<string, string>>();

async function typesOf(db: Kysely<DB>, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    const { rows } = await db.executeQuery<{ column_name: string; data_type: string }>(
      CompiledQuery.raw('select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = $1', [table]),
    );
    types = new Map(rows.map((r) => [r.column_name, r.data_type]));
    if (types.size) columnTypes.set(table, types);
  }
  return types;
}

const ARRAY_TYPES: Record<string, string> = { bigint: 'int8[]', integer: 'int4[]', 'double precision': 'float8[]', jsonb: 'text[]' };

/**
 * PostgreSQL: one INSERT … SELECT FROM unnest(<one array parameter per column>) per 20,000 rows:
 * a statement with a handful of parameters, whatever the number of rows (parsing and planning a
 * multi-row VALUES of thousands of rows costs more than inserting them).
 */
async function bulkInsertPostgres(
  db: Kysely<DB>,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
  opts: BulkInsertOptions<string>,
): Promise<{ inserted: number; rows: Record<string, unknown>[] }> {
  const types = await typesOf(db, table);
  const key = `pgu|${table}|${columns.join(',')}|${suffixOf(opts)}`;
  let text = texts.get(key);
  if (text === undefined) {
    const arrays = columns.map((c, i) => `$${i + 1}::${ARRAY_TYPES[types.get(c) ?? 'text'] ?? 'text[]'}`);
    const selects = columns.map((c, i) => (types.get(c) === 'jsonb' ? `c${i}::jsonb` : `c${i}`));
    text = `insert into ${quote(table)} (${columns.map(quote).join(', ')}) select ${selects.join(', ')} from unnest(${arrays.join(', ')}) as u(${columns.map((_, i) => `c${i}`).join(', ')})${suffixOf(opts)}`;
    texts.set(key, text);
  }
  const out: { inserted: number; rows: Record<string, unknown>[] } = { inserted: 0, rows: [] };
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    const parameters = columns.map((_, c) => part.map((r) => r[c] ?? null));
    for (const r of part) if (r.length !== columns.length) throw new Error(`bulkInsert into ${table}: a row has ${r.length} values for ${columns.length} columns`);
    const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, parameters));
    if (opts.returning) {
      out.rows.push(...result.rows);
      out.inserted += result.rows.length;
    } else {
      out.inserted += Number(result.numAffectedRows ?? part.length);
    }
  }
  return out;
}

const pgTexts = new Map<string, string>();

/**
 * Runs a hand-written statement with `?` placeholders (numbered `$n` on PostgreSQL), skipping
 * Kysely's query building: for the few statements of the hottest paths (real-time maintenance),
 * where building and compiling the query costs as much as running it.
 */
export async function rawQuery<R>(db: Kysely<DB>, text: string, parameters: readonly unknown[]): Promise<{ rows: R[]; numAffectedRows: bigint | undefined }> {
  let t = text;
  if (dbEngine(db) === 'postgres') {
    let cached = pgTexts.get(text);
    if (cached === undefined) {
      let n = 0;
      cached = text.replace(/\?/g, () => `$${++n}`);
      if (pgTexts.size > 1000) pgTexts.clear();
      pgTexts.set(text, cached);
    }
    t = cached;
  }
  const result = await db.executeQuery<R>(CompiledQuery.raw(t, parameters as unknown[]));
  return { rows: result.rows as R[], numAffectedRows: result.numAffectedRows };
}

/** `?, ?, …` for n values. */
export function marks(n: number): string {
  return n <= 0 ? '' : '?' + ', ?'.repeat(n - 1);
}
