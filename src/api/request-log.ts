/**
 * Request ids and request logging. Every request gets a random id: Fastify's request logger
 * carries it as `reqId`, every problem document repeats it as `requestId`, and every response
 * sends it as `X-Request-Id` — so a user's error report leads to the server's log line.
 *
 * What is logged (pino, Fastify's logger): each 5xx at `error` with its stack (problem.ts), and one
 * line per request at `debug` (method, URL, status, time). Fastify's own two info lines per request
 * are off: at the default `info` level a busy server would log little else.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

export const genReqId = (): string => randomUUID();

export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug({ method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
}

/** Pino's levels, for LOG_LEVEL. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL (default info); an unknown level is an error rather than a silent default. */
export function logLevelFrom(value: string | undefined): LogLevel {
  const level = (value ?? '').trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${value}")`);
  }
  return level as LogLevel;
}
