/**
 * The typed API client: openapi-fetch over the types generated from the served OpenAPI document
 * (schema.d.ts, `npm run gen:api`). People are signed in with a session cookie; writes carry the
 * CSRF token (double-submit: the `quorum_csrf` cookie echoed in X-CSRF-Token).
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code?: string;
  detail?: string;
  requestId?: string;
  errors?: { field: string; in?: string; message: string }[];
}

/** An API error as the UI shows it: the problem document's words, field by field. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `Request failed (${problem.status})`);
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
  /** The message for a field path such as "/name" or "/roles/0/condition", if the API named it. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export function csrfToken(): string | undefined {
  const m = /(?:^|;\s*)quorum_csrf=([^;]+)/.exec(document.cookie);
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = csrfToken();
      if (token) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

/**
 * Unwraps an openapi-fetch result: the data, or an ApiError carrying the problem document.
 * Every page goes through this, so errors are shown the same way everywhere.
 */
export async function unwrap<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (response.ok) return data as T;
  const body = (error ?? {}) as Partial<Problem>;
  throw new ApiError({ ...body, status: response.status });
}
