import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import cookie from '@fastify/cookie';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Database, ping } from '../store/index.ts';
import { systemClock, type Clock, DEFAULT_SESSION_POLICY, FailureLimiter, type SessionPolicy } from '../domain/index.ts';
import { errorHandler, problemOf, problemSchema, sendProblem } from './problem.ts';
import { registerAuth, type Access } from './auth.ts';
import { registerRoutes } from './routes/index.ts';
import { signInLinkRoute } from './routes/sign-in.ts';
import { type JobRunner, type LinkedInSettings, installMaintenance } from '../engine/index.ts';
import { registerJsonParser } from './content-types.ts';
import { installZodMessages } from './zod-messages.ts';
import { registerInputGuard } from './input-guard.ts';
import { clientErrorHandler, frameworkErrors } from './framework-errors.ts';
import { genReqId, registerRequestLog } from './request-log.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerWebApp } from './web-app.ts';
import type { AppContext, WebhookSettings } from './context.ts';
import { defaultUploadDir, uploadMaxBytes, UploadStore } from './uploads.ts';
import { installUploadSweep, type UploadSweepOptions } from './upload-sweep.ts';

export interface AppOptions {
  database: Database;
  clock?: Clock;
  /** Fastify's logger option (pino): false (tests' default) or e.g. `{ level: 'info' }`, optionally with a `stream`. */
  logger?: FastifyServerOptions['logger'];
  /** Runs creation jobs; routes notify it when they queue one. */
  runner?: JobRunner;
  /** The built web app (dist/web) to serve at `/`; none in API-only tests. */
  webDir?: string;
  /** Session lifetimes (default 12 h idle, 7 days absolute). */
  sessions?: SessionPolicy;
  /** Base URL of links the API hands out (invitations); default: the request's own origin. */
  publicUrl?: string;
  /** Where uploaded import files go (default: api/uploads.ts defaultUploadDir). */
  uploadDir?: string;
  /** Largest uploaded file in bytes (default QUORUM_UPLOAD_MAX_BYTES, else 2 GiB). */
  uploadMaxBytes?: number;
  /** Removal of abandoned uploads, at start and every `everyMs` (default: older than 24 h, hourly; api/upload-sweep.ts). */
  uploadSweep?: Partial<UploadSweepOptions>;
  /** Webhooks: the secret key, address policy and dispatcher (none: subscriptions cannot be created). */
  webhooks?: WebhookSettings;
  /** LinkedIn Matched Audiences (none: destinations can be configured but not synced). */
  linkedin?: LinkedInSettings;
}

export type { Api, AppContext, WebhookSettings } from './context.ts';

export const API_PREFIX = '/api/v1';

/**
 * Default request body limit. Every route gets it unless it declares its own `bodyLimit` (bulk
 * activity ingest does): Fastify refuses a larger Content-Length before reading the body, and stops
 * reading a chunked one at the limit, so oversized bodies cost no memory.
 */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

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
  installZodMessages();
  const ctx: AppContext = {
    database: opts.database,
    clock: opts.clock ?? systemClock,
    runner: opts.runner,
    sessions: opts.sessions ?? DEFAULT_SESSION_POLICY,
    signInLimiter: new FailureLimiter(),
    publicUrl: opts.publicUrl,
    uploads: { store: new UploadStore(opts.uploadDir ?? defaultUploadDir(opts.database.url)), maxBytes: opts.uploadMaxBytes ?? uploadMaxBytes() },
    webhooks: opts.webhooks,
    linkedin: opts.linkedin,
  };
  const app = Fastify({
    logger: opts.logger ?? false,
    // Fastify's per-request info lines are off; request-log.ts decides what a request logs.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId,
    bodyLimit: DEFAULT_BODY_LIMIT,
    frameworkErrors,
    clientErrorHandler,
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  registerJsonParser(app);
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
          'Quorum: buying groups for B2B. Every call needs `Authorization: Bearer <token>` (programs) or the `quorum_session` cookie from `POST /api/v1/auth/sign-in` (people; writes then also need the `X-CSRF-Token` header equal to the `quorum_csrf` cookie), except health, sign-in, this document and /docs. Errors are RFC 9457 problem+json.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'quorum_session', description: 'Browser session; unsafe methods also need X-CSRF-Token = the quorum_csrf cookie' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
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

  registerRequestLog(app);
  await registerSecurityHeaders(app, API_PREFIX);
  await app.register(cookie);
  registerAuth(app, ctx);
  registerInputGuard(app);
  // The route table (method, url, access) — the auth matrix test walks it.
  const routeTable: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    // Document the problem+json answers every API route can give.
    if (route.url.startsWith(API_PREFIX) && route.schema && !route.schema.hide) {
      const problems = Object.fromEntries([400, 401, 403, 404, 409, 412, 413, 414, 415, 428].map((s) => [s, problemSchema]));
      route.schema.response = { ...problems, ...(route.schema.response as object | undefined) };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // The table is the API's (and the sign-in link's): docs and the web app's pages and assets
      // are public files.
      if (method === 'HEAD' || route.url.startsWith('/docs') || route.url === '/' || route.url === '/*' || route.url.startsWith('/assets/')) continue;
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
        description: 'Answers 200 with the database engine and the server time once the database answers a query. Needs no token.',
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

  signInLinkRoute(app, ctx);
  await app.register(async (api) => registerRoutes(api.withTypeProvider<ZodTypeProvider>(), ctx), { prefix: API_PREFIX });
  if (opts.webDir) await registerWebApp(app, opts.webDir);
  installUploadSweep(app, ctx, opts.uploadSweep);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
