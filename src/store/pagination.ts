/**
 * Keyset (cursor) pagination: stable under inserts, O(limit) at any depth. The cursor is an
 * opaque base64url token holding the last row's sort value and id.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { QuorumError, hasDisallowedChars } from '../domain/index.ts';

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/**
 * What a cursor's sort value must be, checked when it is decoded: a cursor is client input, and a
 * forged one with the wrong type would reach the database (PostgreSQL: "invalid input syntax for
 * type bigint", a 500) if only its JSON shape were checked.
 * - `text`: a string column (normalised names, emails);
 * - `integer`: an epoch-ms or sequence column (a safe integer; bigint on PostgreSQL);
 * - `number`: a real column (scores);
 * - `id`: the order is the id itself; the value is not used (but must still be text or null).
 */
export type CursorKind = 'text' | 'integer' | 'number' | 'id';

export interface CursorValue {
  v: string | number | null;
  id: string;
}

export function encodeCursor(v: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify({ v, id })).toString('base64url');
}

const MAX_CURSOR_TEXT = 1000;

function cleanText(x: unknown, min: number): x is string {
  return typeof x === 'string' && x.length >= min && x.length <= MAX_CURSOR_TEXT && !hasDisallowedChars(x);
}

function valueFits(v: unknown, kind: CursorKind): boolean {
  switch (kind) {
    case 'text':
      return cleanText(v, 0);
    case 'integer':
      return typeof v === 'number' && Number.isSafeInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'id':
      // Not used in the query, but still only what encodeCursor wrote (the id again, or null).
      return v === null || cleanText(v, 0);
  }
}

/** Decodes a cursor and checks every field against the sort column's kind; a bad one is 400 invalid_cursor. */
export function decodeCursor(cursor: string, kind: CursorKind): CursorValue {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.hasOwn(parsed, 'id') && Object.hasOwn(parsed, 'v')) {
    const { v, id } = parsed as { v: unknown; id: unknown };
    if (cleanText(id, 1) && valueFits(v, kind)) return { v: kind === 'id' ? null : (v as string | number), id };
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

/** A column a list may be sorted by, with the kind of value its cursors carry. */
export interface SortColumn {
  column: string;
  kind: CursorKind;
}

export const sortBy = {
  text: (column: string): SortColumn => ({ column, kind: 'text' }),
  integer: (column: string): SortColumn => ({ column, kind: 'integer' }),
  number: (column: string): SortColumn => ({ column, kind: 'number' }),
  id: (column: string): SortColumn => ({ column, kind: 'id' }),
};

/**
 * `?sort=name` / `?sort=-name` → column, direction and cursor kind, from a whitelist. The key is
 * looked up as an own property: `sort=__proto__` or `sort=constructor` must not find
 * Object.prototype's members.
 */
export function parseSort<K extends string>(sort: string | undefined, allowed: Record<K, SortColumn>, fallback: K): SortColumn & { desc: boolean; key: K } {
  const raw = sort ?? fallback;
  const desc = raw.startsWith('-');
  const key = (desc ? raw.slice(1) : raw) as K;
  if (!Object.hasOwn(allowed, key)) {
    throw QuorumError.field('validation_failed', '/sort', `sort must be one of ${Object.keys(allowed).flatMap((k) => [k, `-${k}`]).join(', ')}`);
  }
  const { column, kind } = allowed[key];
  return { column, kind, desc, key };
}

/** LIKE pattern for a substring search on a normalised column. */
export function likeContains(normalised: string): string {
  return `%${normalised.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column LIKE pattern ESCAPE '\'` — SQLite has no default escape character, PostgreSQL's is `\`. */
export function likeEscaped(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
