/**
 * Serves the built web app (dist/web, see web/vite.config.ts) at `/`: hashed assets with a long
 * cache, index.html for every other page path (the app routes in the browser), never for /api.
 * Pages get a Content-Security-Policy that allows only this origin's scripts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Mantine writes its CSS variables into <style> elements at run time, hence 'unsafe-inline' for styles only. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url === '/docs' || url.startsWith('/docs/');
}

export async function registerWebApp(app: FastifyInstance, dir: string): Promise<void> {
  const indexFile = path.join(dir, 'index.html');
  if (!fs.existsSync(indexFile)) throw new Error(`the web app is not built (${indexFile} is missing); run npm run build:web`);
  const index = fs.readFileSync(indexFile);
  await app.register(fastifyStatic, {
    root: path.join(dir, 'assets'),
    prefix: '/assets/',
    // Only the hashed bundle lives here: its names change with its content.
    serve: true,
    index: false,
    wildcard: false,
    decorateReply: false,
    setHeaders: (res) => res.setHeader('cache-control', 'public, max-age=31536000, immutable'),
  });
  const sendIndex = (reply: import('fastify').FastifyReply) =>
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').header('content-security-policy', PAGE_CSP).send(index);
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => sendIndex(reply));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    // API paths (and files that do not exist) keep their problem+json 404.
    if (isApiPath(url) || path.extname(url) !== '') return reply.callNotFound();
    return sendIndex(reply);
  });
}
