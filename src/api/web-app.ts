/**
 * Serves the built web app (dist/web, see web/vite.config.ts) at `/`: hashed assets with a long
 * cache, index.html for every other page path (the app routes in the browser), never for /api.
 * Pages get the Content-Security-Policy of security-headers.ts (this origin's scripts only).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

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
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => sendIndex(reply));
  app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    // API paths (and files that do not exist) keep their problem+json 404.
    if (isApiPath(url) || path.extname(url) !== '') return reply.callNotFound();
    return sendIndex(reply);
  });
}
