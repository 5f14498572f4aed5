/**
 * How request bodies are read. One JSON parser for every route: an empty body sent with
 * `content-type: application/json` reads as "no body" (Fastify's default refuses it), so routes
 * whose body is optional — publish, activate, cancel … — accept what many HTTP clients send, and
 * routes whose body is required answer the usual 400 "is required" from their schema. Any other
 * media type is answered by Fastify's 415, which the error handler turns into
 * `unsupported_media_type`.
 */
import type { FastifyInstance } from 'fastify';

export function registerJsonParser(app: FastifyInstance): void {
  // Same prototype-poisoning protection as Fastify's own parser.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  // JSON only: Fastify's default text/plain parser would hand a string to schemas that expect an
  // object, and answer 400 where the truth is "wrong media type" (415).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
