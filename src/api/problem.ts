/**
 * RFC 9457 problem details. Every error leaves the API as application/problem+json with a stable
 * `code`, a human message (`detail`) and, where a field is at fault, `errors[]` naming it.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { QuorumError, type ErrorCode, type ErrorDetail } from '../domain/index.ts';

export const PROBLEM_TYPE_BASE = 'https://quorum.dev/problems/';

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'Invalid request',
  malformed_if_match: 'Malformed If-Match header',
  invalid_condition: 'Invalid condition',
  invalid_cursor: 'Invalid cursor',
  unauthenticated: 'Authentication required',
  forbidden: 'Not allowed',
  csrf_failed: 'CSRF check failed',
  not_found: 'Not found',
  conflict: 'Conflict',
  duplicate: 'Already exists',
  in_use: 'In use',
  immutable: 'Cannot be changed',
  hierarchy_cycle: 'Hierarchy cycle',
  limit_reached: 'Limit reached',
  invalid_state: 'Invalid state',
  last_admin: 'Last admin',
  precondition_failed: 'Precondition failed',
  precondition_required: 'Precondition required',
  payload_too_large: 'Payload too large',
  unsupported_media_type: 'Unsupported media type',
  uri_too_long: 'URI too long',
  headers_too_large: 'Request headers too large',
  rate_limited: 'Too many attempts',
};

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional().describe('Id of this request in the server log (also the X-Request-Id response header)'),
    errors: z
      .array(
        z.object({
          field: z.string(),
          in: z.string().optional(),
          message: z.string(),
          nodeId: z.string().optional().describe('Journeys: the node at fault'),
          code: z.string().optional().describe('A finer reason code, where one exists'),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem' });

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  requestId?: string;
  errors?: (ErrorDetail & { in?: string })[];
}

export function problemOf(code: ErrorCode, status: number, detail: string, errors: (ErrorDetail & { in?: string })[] = []): Problem {
  return {
    type: PROBLEM_TYPE_BASE + code,
    title: TITLES[code],
    status,
    code,
    detail,
    ...(errors.length ? { errors } : {}),
  };
}


function pointer(instancePath: string | undefined): string {
  return instancePath && instancePath.length ? instancePath : '/';
}

/** Fastify/zod validation errors → field list with JSON-pointer paths. */
function validationErrors(error: FastifyError): (ErrorDetail & { in?: string })[] {
  const where = (error as FastifyError & { validationContext?: string }).validationContext ?? 'body';
  const out: (ErrorDetail & { in?: string })[] = [];
  if (hasZodFastifySchemaValidationErrors(error)) {
    for (const v of error.validation) {
      const keys = (v.params as { keys?: unknown } | undefined)?.keys;
      if (v.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        for (const key of keys as string[]) {
          const base = v.instancePath && v.instancePath !== '/' ? v.instancePath : '';
          out.push({ field: `${base}/${key}`, in: where, message: `unknown field "${key}"` });
        }
      } else if (where === 'body' && pointer(v.instancePath) === '/' && v.keyword === 'invalid_type' && /received (undefined|null)$/.test(v.message ?? '')) {
        // No body at all (an empty JSON body reads as none): say so, not "expected object".
        out.push({ field: '/', in: where, message: 'is required' });
      } else {
        out.push({ field: pointer(v.instancePath), in: where, message: v.message ?? 'is invalid' });
      }
    }
  }
  return out;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, problem: Problem): FastifyReply {
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({ ...problem, instance: request.url, requestId: request.id });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof QuorumError) {
    return sendProblem(reply, request, problemOf(error.code, error.status, error.message, error.errors));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = validationErrors(error);
    // Path parameters are part of the address: `/buying-groups/suggestions` or an id of another
    // kind names no resource here, so it is a 404, as an unknown route is.
    if (errors[0]?.in === 'params') {
      const why = errors.map((e) => `${e.field.replace(/^\//, '')} ${e.message}`).join('; ');
      return sendProblem(reply, request, problemOf('not_found', 404, `Nothing at ${request.method} ${request.url.split('?')[0]} (${why})`, errors));
    }
    const first = errors[0];
    const detail = first
      ? (first.in === 'body' && first.field === '/' && first.message === 'is required'
          ? 'A JSON request body is required'
          : `${first.in === 'body' ? 'Field' : `Parameter (${first.in})`} ${first.field}: ${first.message}`) +
        (errors.length > 1 ? ` (and ${errors.length - 1} more)` : '')
      : 'The request is invalid';
    return sendProblem(reply, request, problemOf('validation_failed', 400, detail, errors));
  }
  // Races that pass our read-then-write checks are still caught by the database's constraints.
  const dbCode = String((error as { code?: unknown }).code ?? '');
  if (dbCode === '23505' || dbCode === 'SQLITE_CONSTRAINT_UNIQUE' || dbCode === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return sendProblem(reply, request, problemOf('duplicate', 409, 'A record with the same unique key was written at the same time; reload and try again'));
  }
  if (dbCode === '23503' || dbCode === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return sendProblem(reply, request, problemOf('conflict', 409, 'A record this change refers to was changed or deleted at the same time; reload and try again'));
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const limit = request.routeOptions.bodyLimit;
    return sendProblem(reply, request, problemOf('payload_too_large', 413, `The request body is too large${limit ? ` (at most ${limit} bytes on this route)` : ''}`));
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return sendProblem(reply, request, problemOf('uri_too_long', 414, 'A path parameter is too long (at most 100 characters)'));
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendProblem(reply, request, problemOf('validation_failed', 400, 'The URL is not valid (bad percent-encoding)', [{ field: '/', in: 'url', message: 'not a valid URL' }]));
  }
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error.statusCode === 400 && error instanceof SyntaxError)) {
    return sendProblem(reply, request, problemOf('validation_failed', 400, `The body is not valid JSON: ${error.message}`, [{ field: '/', in: 'body', message: 'not valid JSON' }]));
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    const sent = request.headers['content-type'];
    return sendProblem(
      reply,
      request,
      problemOf('unsupported_media_type', 415, `${sent ? `Content type ${sent} is not accepted` : 'The request has a body but no Content-Type header'}; send the body as application/json`, [
        { field: '/content-type', in: 'header', message: 'must be application/json' },
      ]),
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(reply, request, problemOf('validation_failed', error.statusCode, error.message));
  }
  // The one log line of a failed request: the request logger carries reqId, which the problem
  // document repeats as requestId, so a user's report leads to the log line.
  request.log.error({ err: error, method: request.method, url: request.url }, 'request failed');
  return reply.status(500).type('application/problem+json').send({
    type: PROBLEM_TYPE_BASE + 'internal',
    title: 'Internal error',
    status: 500,
    code: 'internal',
    detail: `Something went wrong on our side; the error was logged with request id ${request.id}`,
    instance: request.url,
    requestId: request.id,
  });
}
