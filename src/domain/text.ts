/**
 * Text normalisation shared by storage and the condition evaluator.
 *
 * Matching is case-insensitive and ignores surrounding spaces (SPEC §3). SQLite's lower() folds
 * ASCII only and PostgreSQL's depends on the database locale, so neither engine folds text: we
 * store a normalised copy of every matchable field, computed here, and compare normalised operands
 * against it. Both engines and the TypeScript evaluator then agree exactly, accents included.
 */
import { z } from 'zod';

/**
 * An email address as imports accept it: the pattern the API's person schema uses (zod's
 * unicodeEmail), so an imported row and an API write accept exactly the same addresses.
 * Length (≤ 254) is checked by the callers, which name the field.
 */
export function isEmailAddress(value: string): boolean {
  return z.regexes.unicodeEmail.test(value);
}

export function normText(value: string): string {
  // NFKC first (it may produce upper-case letters, e.g. ℌ → H), then lower-case, then NFKC again
  // because lower-casing can leave a string that is not in NFKC (e.g. İ → i̇).
  return value.normalize('NFKC').toLowerCase().normalize('NFKC').trim();
}

/** Normalised copy for a nullable column: null stays null. */
export function normNullable(value: string | null | undefined): string | null {
  return value == null ? null : normText(value);
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type CustomAttributes = Record<string, JsonValue>;

/** Copy of custom attributes with every string (also inside arrays) normalised, for matching. */
export function normCustom(custom: CustomAttributes): CustomAttributes {
  const out: CustomAttributes = {};
  for (const [key, value] of Object.entries(custom)) out[key] = normJson(value);
  return out;
}

function normJson(value: JsonValue): JsonValue {
  if (typeof value === 'string') return normText(value);
  if (Array.isArray(value)) return value.map(normJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normJson(v);
    return out;
  }
  return value;
}
