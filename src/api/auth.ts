import type { FastifyInstance, FastifyRequest } from 'fastify';
import { QuorumError } from '../domain/errors.ts';
import { authenticate, type AuthUser, type UserRole } from '../store/tokens.ts';
import type { Database } from '../store/db.ts';

/** What a route needs. Default: GET/HEAD need viewer, other methods editor. */
export type Access = 'public' | UserRole;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: AuthUser | null;
  }
}

const RANK: Record<UserRole, number> = { viewer: 1, editor: 2, admin: 3 };

export function requiredAccess(request: FastifyRequest): Access {
  const configured = request.routeOptions.config?.access;
  if (configured) return configured;
  return request.method === 'GET' || request.method === 'HEAD' ? 'viewer' : 'editor';
}

export function registerAuth(app: FastifyInstance, database: Database): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    // Unknown routes fall through to the 404 handler; static docs assets are public.
    // Only the API needs credentials: docs, the web app's pages and assets are public files.
    const url = request.routeOptions.url;
    if (!url || !url.startsWith('/api/')) return;
    const access = requiredAccess(request);
    if (access === 'public') return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) {
      throw new QuorumError('unauthenticated', 'Send an API token as "Authorization: Bearer <token>" (create one with `quorum token create --role admin`)');
    }
    const user = await authenticate(database.db, match[1]);
    if (!user) throw new QuorumError('unauthenticated', 'The API token is unknown or revoked');
    request.user = user;
    if (RANK[user.role] < RANK[access]) {
      throw new QuorumError('forbidden', `This needs the ${access} role; your token has the ${user.role} role`);
    }
  });
}

export function actorOf(request: FastifyRequest): { userId: string | null } {
  return { userId: request.user?.userId ?? null };
}
