/**
 * Errors Fastify or Node raise before a route (or even a request object) exists still leave as
 * RFC 9457 problem+json: a path parameter over maxParamLength (414), a bad URL (400), and the
 * HTTP parser's own refusals — headers or request line over Node's maxHeaderSize (431), a
 * malformed request (400), a client too slow to send its headers (408).
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorHandler, PROBLEM_TYPE_BASE } from './problem.ts';

/** Fastify's `frameworkErrors` option: the router's errors go through the ordinary error handler. */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void errorHandler(error, request, reply);
}

function clientProblem(err: NodeJS.ErrnoException): { status: number; code: string; title: string; detail: string } {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'headers_too_large',
        title: 'Request headers too large',
        detail: 'The request line and headers exceed the server limit (16 KB); send large filters in a POST body, e.g. POST /api/v1/buying-groups/search',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'request_timeout', title: 'Request timeout', detail: 'The request was not received in time' };
    default:
      return { status: 400, code: 'validation_failed', title: 'Invalid request', detail: 'The HTTP request is malformed' };
  }
}

/**
 * Fastify's `clientErrorHandler` option. There is no request object here (the HTTP parser failed),
 * so the problem document is written to the socket by hand, then the connection is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const p = clientProblem(err);
  const body = JSON.stringify({ type: PROBLEM_TYPE_BASE + p.code, title: p.title, status: p.status, code: p.code, detail: p.detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${p.status} ${http.STATUS_CODES[p.status] ?? ''}\r\n` +
        'Connection: close\r\n' +
        'Content-Type: application/problem+json\r\n' +
        'X-Content-Type-Options: nosniff\r\n' +
        'Cache-Control: no-store\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
