/**
 * Limits on untrusted JSON-like input (request bodies, query strings, path parameters).
 *
 * Why here and not in the schemas: zod walks recursive schemas recursively, so a value nested a
 * few thousand levels deep overflows the stack before any `max` rule runs; and PostgreSQL refuses
 * a NUL character in text ("invalid byte sequence for encoding UTF8: 0x00") where SQLite stores
 * it, so the two engines would answer differently. One iterative walk settles both, before any
 * other code sees the value.
 */

/** Free-form JSON (custom attributes, activity metadata) may nest at most this deep. */
export const MAX_FREE_JSON_DEPTH = 32;

/**
 * A whole request document may nest at most this deep. Larger than {@link MAX_FREE_JSON_DEPTH}
 * because free-form values and conditions sit a few levels inside a body (a roles template's
 * condition at the deepest allowed condition depth reaches ~30 levels).
 */
export const MAX_REQUEST_DEPTH = 64;

/**
 * C0 control characters except tab, line feed and carriage return, and unpaired UTF-16
 * surrogates (the `u` flag makes a proper pair one code point, so only lone halves match).
 * NUL cannot be stored in PostgreSQL text; the others are never meaningful in names, values or
 * conditions and break terminals and CSV exports downstream.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DISALLOWED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF]/u;

/** Whether a string holds a character no request may carry (see DISALLOWED). */
export function hasDisallowedChars(s: string): boolean {
  return DISALLOWED.test(s);
}

export type JsonProblem =
  | { kind: 'control_character'; path: string; message: string }
  | { kind: 'too_deep'; path: string; message: string };

/** JSON pointer escaping (RFC 6901). */
function token(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Describes a disallowed character for a message, without echoing it. */
function describeChar(s: string): string {
  const m = DISALLOWED.exec(s);
  const code = m?.[0].codePointAt(0) ?? 0;
  return code >= 0xd800 ? 'an unpaired surrogate' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The first problem in `value` (depth-first, in key order), or null. Iterative: it cannot
 * overflow the stack whatever the nesting. Depth counts containers: `{}` is depth 1, `{"a":[1]}`
 * depth 2. Object keys are checked like strings.
 */
export function inspectJson(value: unknown, opts: { maxDepth: number; text?: boolean; base?: string }): JsonProblem | null {
  const { maxDepth, text = true, base = '' } = opts;
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: base, depth: 0 }];
  while (stack.length) {
    const { v, path, depth } = stack.pop() as { v: unknown; path: string; depth: number };
    if (typeof v === 'string') {
      if (text && DISALLOWED.test(v)) return { kind: 'control_character', path: path || '/', message: `must not contain ${describeChar(v)}` };
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > maxDepth) return { kind: 'too_deep', path: path || '/', message: `nests deeper than ${maxDepth} levels` };
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    // Pushed in reverse so that the first offending entry (in document order) is reported.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, child] = entries[i] as [string | number, unknown];
      const childPath = `${path}/${token(k)}`;
      if (text && typeof k === 'string' && DISALLOWED.test(k)) {
        return { kind: 'control_character', path: childPath, message: `key must not contain ${describeChar(k)}` };
      }
      stack.push({ v: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

/** Whether a JSON value nests deeper than `limit` (iterative; stops at the first too-deep branch). */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  return inspectJson(value, { maxDepth: limit, text: false }) !== null;
}
