/**
 * One boundary check of every request's path parameters, query string and body, before schema
 * validation: no disallowed control characters (NUL above all: PostgreSQL cannot store it, SQLite
 * can, and both engines must answer alike) and no nesting deeper than MAX_REQUEST_DEPTH (zod's
 * recursive schemas would overflow the stack). See domain/json-limits.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inspectJson, MAX_REQUEST_DEPTH } from '../domain/index.ts';
import { problemOf, sendProblem } from './problem.ts';

const PARTS = [
  ['params', (r: FastifyRequest) => r.params],
  ['querystring', (r: FastifyRequest) => r.query],
  ['body', (r: FastifyRequest) => r.body],
] as const;

export async function guardInput(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  for (const [where, read] of PARTS) {
    const problem = inspectJson(read(request), { maxDepth: MAX_REQUEST_DEPTH });
    if (!problem) continue;
    const label = where === 'body' ? 'Field' : `Parameter (${where})`;
    return sendProblem(
      reply,
      request,
      problemOf('validation_failed', 400, `${label} ${problem.path}: ${problem.message}`, [{ field: problem.path, in: where, message: problem.message }]),
    );
  }
  return undefined;
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', guardInput);
}
