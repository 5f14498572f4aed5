import Fastify, { type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../store/db.ts';
import { ping } from '../store/db.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { errorHandler, problemOf, sendProblem } from './problem.ts';
import { registerAuth } from './auth.ts';
import { registerRoutes } from './routes/index.ts';

export interface AppOptions {
  database: Database;
  clock?: Clock;
  logger?: boolean;
}

export interface AppContext {
  database: Database;
  clock: Clock;
}

export const API_PREFIX = '/api/v1';

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const ctx: AppContext = { database: opts.database, clock: opts.clock ?? systemClock };
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
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    staticCSP: false,
  });

  registerAuth(app, ctx.database);

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
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
