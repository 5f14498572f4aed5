/**
 * Keyset (cursor) pagination: stable under inserts, O(limit) at any depth. The cursor is an
 * opaque base64url token holding the last row's sort value and id.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { QuorumError } from '../domain/errors.ts';

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

interface CursorValue {
  v: string | number | null;
  id: string;
}

export function encodeCursor(v: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify({ v, id })).toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && 'id' in parsed && typeof parsed.id === 'string' && 'v' in parsed) {
      const v = parsed.v;
      if (v === null || typeof v === 'string' || typeof v === 'number') return { v, id: parsed.id };
    }
  } catch {
    // fall through
  }
  throw QuorumError.field('invalid_cursor', '/cursor', 'cursor is not one this API returned; start again without it');
}

/**
 * WHERE clause for "rows after the cursor" ordered by (column, idColumn), ascending or descending.
 * Column names come from a whitelist in the caller, never from user input directly.
 */
export function afterCursor(column: string, idColumn: string, desc: boolean, cursor: CursorValue): Expression<SqlBool> {
  const op = sql.raw(desc ? '<' : '>');
  if (column === idColumn) return sql<SqlBool>`${sql.ref(idColumn)} ${op} ${cursor.id}`;
  return sql<SqlBool>`(${sql.ref(column)} ${op} ${cursor.v} or (${sql.ref(column)} = ${cursor.v} and ${sql.ref(idColumn)} ${op} ${cursor.id}))`;
}

/** Trims the extra row fetched to detect a next page and builds the next cursor. */
export function toPage<R extends { id: string }, T>(rows: R[], limit: number, sortValue: (r: R) => string | number | null, map: (r: R) => T): Page<T> {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  const last = slice[slice.length - 1];
  return { data: slice.map(map), nextCursor: more && last ? encodeCursor(sortValue(last), last.id) : null };
}

/** `?sort=name` / `?sort=-name` → column and direction, from a whitelist. */
export function parseSort<K extends string>(sort: string | undefined, allowed: Record<K, string>, fallback: K): { column: string; desc: boolean; key: K } {
  const raw = sort ?? fallback;
  const desc = raw.startsWith('-');
  const key = (desc ? raw.slice(1) : raw) as K;
  const column = allowed[key];
  if (!column) {
    throw QuorumError.field('validation_failed', '/sort', `sort must be one of ${Object.keys(allowed).flatMap((k) => [k, `-${k}`]).join(', ')}`);
  }
  return { column, desc, key };
}

/** LIKE pattern for a substring search on a normalised column. */
export function likeContains(normalised: string): string {
  return `%${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE pattern ESCAPE '\'` — SQLite has no default escape character, PostgreSQL's is `\`. */
export function likeEscaped(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
