/** Zod building blocks shared by the API's request/response schemas (they also generate OpenAPI). */
import { z } from 'zod';
import type { Job } from '../engine/index.ts';
import { CUSTOM_KEY } from '../domain/conditions/index.ts';
import { type JsonValue, jsonDepthExceeds, MAX_FREE_JSON_DEPTH } from '../domain/index.ts';

export const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string().max(10_000), z.number(), z.boolean(), z.null(), z.array(jsonValue).max(1000), z.record(z.string(), jsonValue)]),
);

/**
 * Free-form JSON object (custom attributes, activity metadata) of at most `maxBytes` serialised
 * and MAX_FREE_JSON_DEPTH levels. The request guard (api/input-guard.ts) already refused deeper
 * documents before zod recursed into them.
 */
export const freeJsonObject = (key: z.ZodString, what: string, maxBytes: number) =>
  z
    .record(key, jsonValue)
    .refine((o) => !jsonDepthExceeds(o, MAX_FREE_JSON_DEPTH), `${what} must not nest deeper than ${MAX_FREE_JSON_DEPTH} levels`)
    .refine((o) => JSON.stringify(o).length <= maxBytes, `${what} must not exceed ${maxBytes / 1024} KB`);

/** Custom attributes: flat keys (letters, digits, _ and -), JSON values, at most 100 keys / 32 KB / 32 levels. */
export const customAttributes = freeJsonObject(
  z.string().regex(CUSTOM_KEY, 'custom attribute keys use letters, digits, _ and - (max 64, not starting with a digit)'),
  'custom attributes',
  32_768,
).refine((o) => Object.keys(o).length <= 100, 'at most 100 custom attributes');

export const isoTime = z.string().meta({ format: 'date-time', example: '2026-01-31T09:30:00.000Z' });

/**
 * `{id}` of a resource. An id of another kind (or a sub-path such as `/buying-groups/suggestions`)
 * names nothing here: the error handler answers 404 for path parameters, never 400.
 */
export const idParam = (prefix: string, what: string) =>
  z.strictObject({ id: z.string().regex(new RegExp(`^${prefix}_`), `must be ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id (${prefix}_…)`) });

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Page size (1–500, default 50)'),
  cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page’s nextCursor'),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });

/** Optional text: trims; empty string means "clear it" (null). */
export const optText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => (s.trim() === '' ? null : s.trim()))
    .nullable()
    .optional();

/** Required name: trimmed, non-empty, max length. */
export const nameText = (max = 255) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

export const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a valid calendar date');

export const toIso = (ms: number): string => new Date(ms).toISOString();
export const toIsoOrNull = (ms: number | null): string | null => (ms == null ? null : new Date(ms).toISOString());

/** How a job's run went, the same for every job type's output (GET /buying-group-jobs/{id}, /imports/{id}). */
export const jobRunShape = {
  error: z.string().nullable(),
  attempts: z.number().int(),
  cancelRequested: z.boolean(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
};

export function jobRunOf(j: Pick<Job, 'error' | 'attempts' | 'cancelRequested' | 'createdAt' | 'startedAt' | 'finishedAt'>): { [K in keyof typeof jobRunShape]: z.infer<(typeof jobRunShape)[K]> } {
  return {
    error: j.error,
    attempts: j.attempts,
    cancelRequested: j.cancelRequested,
    createdAt: toIso(j.createdAt),
    startedAt: toIsoOrNull(j.startedAt),
    finishedAt: toIsoOrNull(j.finishedAt),
  };
}
