import { ApiError } from '../../api/client.ts';
import type { ConditionError } from './types.ts';

/**
 * The messages of an API error that concern a condition at `base` (e.g. "/condition" or
 * "/roles/2/condition"), with paths made relative to the condition's root, for the builder's
 * `errors` prop.
 */
export function conditionErrors(error: unknown, base: string): ConditionError[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? [])
    .filter((e) => e.field === base || e.field.startsWith(`${base}/`))
    .map((e) => ({ path: e.field.slice(base.length), message: e.message }));
}
