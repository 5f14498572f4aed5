/**
 * Security headers on every response (@fastify/helmet): nosniff, no framing, a
 * Content-Security-Policy that the Swagger UI at /docs works under (its scripts and styles are
 * files served from /docs/static; it sets inline style attributes and uses data: images), and
 * `Cache-Control: no-store` on API answers, which carry private data.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

export async function registerSecurityHeaders(app: FastifyInstance, apiPrefix: string): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // No upgrade-insecure-requests: self-hosted servers are often plain http on a LAN, and the
        // directive would make the docs page fetch its assets over https.
      },
    },
    frameguard: { action: 'deny' },
    // Plain-http installs are common; HSTS is for whoever terminates TLS in front of Quorum.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith(apiPrefix)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
