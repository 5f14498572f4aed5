import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../store/db.ts';
import { ping } from '../store/db.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { errorHandler, problemOf, problemSchema, sendProblem } from './problem.ts';
import { registerAuth, type Access } from './auth.ts';
import { registerRoutes } from './routes/index.ts';
import type { JobRunner } from '../engine/runner.ts';
import { installMaintenance } from '../engine/maintenance.ts';
import { registerWebApp } from './web-app.ts';

export interface AppOptions {
  database: Database;
  clock?: Clock;
  logger?: boolean;
  /** Runs creation jobs; routes notify it when they queue one. */
  runner?: JobRunner;
  /** The built web app (dist/web) to serve at `/`; none in API-only tests. */
  webDir?: string;
}

export interface AppContext {
  database: Database;
  clock: Clock;
  runner?: JobRunner | undefined;
}

export const API_PREFIX = '/api/v1';

export interface RouteInfo {
  method: string;
  url: string;
  access: Access;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteInfo[];
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  // Store writes made through the API keep buying groups current in their own transaction.
  installMaintenance();
  const ctx: AppContext = { database: opts.database, clock: opts.clock ?? systemClock, runner: opts.runner };
  const app = Fastify({
    logger: opts.logger ?? false,
    // Bulk activity ingest takes up to 10,000 rows per call.
    bodyLimit: 32 * 1024 * 1024,
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, problemOf('not_found', 404, `No route ${request.method} ${request.url.split('?')[0]}`)),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Quorum API',
        version: '1',
        description:
          'Quorum: buying groups for B2B. Every call needs `Authorization: Bearer <token>` except health, this document and /docs. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas with .meta({ id }) become named components (#/components/schemas/Account …).
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: false,
  });

  registerAuth(app, ctx.database);
  // The route table (method, url, access) — the auth matrix test walks it.
  const routeTable: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    // Document the problem+json answers every API route can give.
    if (route.url.startsWith(API_PREFIX) && route.schema && !route.schema.hide) {
      const problems = Object.fromEntries([400, 401, 403, 404, 409, 412, 428].map((s) => [s, problemSchema]));
      route.schema.response = { ...problems, ...(route.schema.response as object | undefined) };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // The table is the API's: the web app's pages and assets are public files.
      if (method === 'HEAD' || !route.url.startsWith(API_PREFIX)) continue;
      const access = route.config?.access ?? (method === 'GET' ? 'viewer' : 'editor');
      routeTable.push({ method, url: route.url, access });
    }
  });
  app.decorate('routeTable', routeTable);

  app.get(
    `${API_PREFIX}/health`,
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        security: [],
        response: { 200: z.object({ status: z.literal('ok'), engine: z.enum(['sqlite', 'postgres']), time: z.string() }) },
      },
    },
    async () => {
      await ping(ctx.database);
      return { status: 'ok' as const, engine: ctx.database.engine, time: new Date(ctx.clock.now()).toISOString() };
    },
  );
  app.get(`${API_PREFIX}/openapi.json`, { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  await app.register(async (api) => registerRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx), { prefix: API_PREFIX });
  if (opts.webDir) await registerWebApp(app, opts.webDir);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
