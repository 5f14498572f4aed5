/** Small zod building blocks used by the configuration resources' routes. */
import { z } from 'zod';

/** `?flag=true|false` (z.coerce.boolean would read "false" as true). */
export const boolQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** Only the keys the client sent: PATCH semantics (null clears, absent keeps). */
export function definedKeys<T extends object>(b: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(b)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
