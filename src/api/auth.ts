import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie'; // request.cookies, reply.setCookie
import { timingSafeEqual } from 'node:crypto';
import { QuorumError, type SessionPolicy, type Clock } from '../domain/index.ts';
import { authenticate, type AuthUser, type UserRole, csrfMatches, resolveSession, type NewSession, type Database } from '../store/index.ts';

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

export const SESSION_COOKIE = 'quorum_session';
export const CSRF_COOKIE = 'quorum_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const RANK: Record<UserRole, number> = { viewer: 1, editor: 2, admin: 3 };
/** Methods that change nothing need no CSRF token (RFC 9110 safe methods). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function requiredAccess(request: FastifyRequest): Access {
  const configured = request.routeOptions.config?.access;
  if (configured) return configured;
  return request.method === 'GET' || request.method === 'HEAD' ? 'viewer' : 'editor';
}

export interface AuthOptions {
  database: Database;
  clock: Clock;
  sessions: SessionPolicy;
}

/**
 * Every non-public route takes either `Authorization: Bearer <token>` (programs; no CSRF, as a
 * browser never attaches that header on its own) or the `quorum_session` cookie (people). With
 * the cookie, an unsafe method must echo the `quorum_csrf` cookie in X-CSRF-Token (double
 * submit), and the value must be the one issued with that session.
 */
export function registerAuth(app: FastifyInstance, opts: AuthOptions): void {
  const db = opts.database.db;
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request, reply) => {
    // Unknown routes fall through to the 404 handler; static docs assets are public.
    // Only the API needs credentials: docs, the web app's pages and assets are public files.
    const url = request.routeOptions.url;
    if (!url || !url.startsWith('/api/')) return;
    const access = requiredAccess(request);
    if (access === 'public') return;
    const header = request.headers.authorization;
    let user: AuthUser;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match?.[1]) throw new QuorumError('unauthenticated', 'Send an API token as "Authorization: Bearer <token>"');
      const found = await authenticate(db, match[1], opts.clock.now());
      if (!found) throw new QuorumError('unauthenticated', 'The API token is unknown or revoked, or its user is deactivated');
      user = found;
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie) {
        throw new QuorumError('unauthenticated', 'Sign in, or send an API token as "Authorization: Bearer <token>" (create one with `quorum token create --role admin`)');
      }
      const session = await resolveSession(db, cookie, opts.clock.now(), opts.sessions);
      if (!session) {
        clearSessionCookies(reply, request);
        throw new QuorumError('unauthenticated', 'Your session has ended (signed out, expired or the user was deactivated); sign in again');
      }
      if (!SAFE_METHODS.has(request.method)) checkCsrf(request, session.csrfHash);
      user = session.user;
    }
    request.user = user;
    if (RANK[user.role] < RANK[access]) {
      throw new QuorumError('forbidden', `This needs the ${access} role; your ${user.tokenId ? 'token has' : 'user has'} the ${user.role} role`);
    }
  });
}

/** Throws 403 csrf_failed unless X-CSRF-Token equals the quorum_csrf cookie and belongs to the session. */
export function checkCsrf(request: FastifyRequest, csrfHash: string): void {
  const raw = request.headers[CSRF_HEADER];
  const header = Array.isArray(raw) ? raw[0] : raw;
  const cookie = request.cookies[CSRF_COOKIE];
  if (!header) throw QuorumError.field('csrf_failed', `/${CSRF_HEADER}`, `A signed-in write must send the ${CSRF_HEADER} header with the value of the ${CSRF_COOKIE} cookie`);
  const same = cookie !== undefined && cookie.length === header.length && timingSafeEqual(Buffer.from(cookie), Buffer.from(header));
  if (!same || !csrfMatches(header, csrfHash)) {
    throw QuorumError.field('csrf_failed', `/${CSRF_HEADER}`, `The ${CSRF_HEADER} header does not match this session's ${CSRF_COOKIE} cookie; reload the page or sign in again`);
  }
}

function cookieOptions(request: FastifyRequest) {
  // Secure only over https: on http://127.0.0.1 a Secure cookie would never come back.
  return { path: '/', sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

export function setSessionCookies(reply: FastifyReply, request: FastifyRequest, session: NewSession, policy: SessionPolicy): void {
  const maxAge = Math.floor(policy.maxAgeMs / 1000);
  void reply.setCookie(SESSION_COOKIE, session.token, { ...cookieOptions(request), httpOnly: true, maxAge });
  // Readable by the page's script, which echoes it in X-CSRF-Token.
  void reply.setCookie(CSRF_COOKIE, session.csrf, { ...cookieOptions(request), httpOnly: false, maxAge });
}

export function clearSessionCookies(reply: FastifyReply, request: FastifyRequest): void {
  void reply.clearCookie(SESSION_COOKIE, { ...cookieOptions(request), httpOnly: true });
  void reply.clearCookie(CSRF_COOKIE, { ...cookieOptions(request), httpOnly: false });
}

export function actorOf(request: FastifyRequest): { userId: string | null } {
  return { userId: request.user?.userId ?? null };
}
