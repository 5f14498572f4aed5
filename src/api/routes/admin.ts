import { z } from 'zod';
import type { Api, AppContext } from '../context.ts';
import { idParam, pageOf, pageQuery, toIso } from '../schemas.ts';
import { createToken, listTokens, revokeToken, USER_ROLES, afterCursor, decodeCursor, toPage, parseJson } from '../../store/index.ts';
import { QuorumError } from '../../domain/index.ts';
import { actorOf } from '../auth.ts';
import { auditSnapshotOut } from '../audit-snapshot.ts';

const tokenOut = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    prefix: z.string().describe('First characters of the token, to recognise it'),
    userId: z.string(),
    userName: z.string(),
    role: z.enum(USER_ROLES),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Token' });

const auditOut = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown().nullable().describe('The record before the change (its time fields as ISO 8601, like the resource itself)'),
    after: z.unknown().nullable().describe('The record after the change (its time fields as ISO 8601, like the resource itself)'),
  })
  .meta({ id: 'AuditEntry' });

/** Tokens and users (admin only), the caller's identity, and the audit log. */
export function adminRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.get(
    '/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who am I (the token’s or session’s user and role)',
        description: 'The user and role of the caller. Works with an API token (tokenId set, sessionId null) or the session cookie (sessionId set, tokenId null).',
        response: {
          200: z.object({
            userId: z.string(),
            userName: z.string(),
            email: z.string().nullable(),
            role: z.enum(USER_ROLES),
            tokenId: z.string().nullable(),
            sessionId: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => {
      if (!req.user) throw new QuorumError('unauthenticated', 'no user');
      return req.user;
    },
  );

  api.get(
    '/tokens',
    { config: { access: 'admin' }, schema: { tags: ['auth'], summary: 'List API tokens (never their secret)', description: 'Admins only. Every API token with its user, role, creation, last use and revocation — never the secret (only its prefix).', response: { 200: z.object({ data: z.array(tokenOut) }) } } },
    async () => ({ data: await listTokens(db) }),
  );

  api.post(
    '/tokens',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['auth'],
        summary: 'Create an API token; the secret is shown once',
        description:
          'Admins only. Creates a token with this role (admin, editor or viewer); the secret is in this answer only (it is stored hashed).',
        body: z.strictObject({ role: z.enum(USER_ROLES), name: z.string().trim().min(1).max(100).optional() }),
        response: { 201: z.object({ token: z.string(), info: tokenOut }) },
      },
    },
    async (req, reply) => {
      const created = await createToken(db, { role: req.body.role, name: req.body.name ?? null, now: ctx.clock.now(), actor: actorOf(req) });
      return reply.status(201).send(created);
    },
  );

  api.delete(
    '/tokens/:id',
    { config: { access: 'admin' }, schema: { tags: ['auth'], summary: 'Revoke an API token', description: 'Admins only. Revokes the token at once; revoking twice is harmless. Tokens are not edited otherwise, so they have no version.', params: idParam('tok', 'token') } },
    async (req, reply) => {
      await revokeToken(db, req.params.id, ctx.clock.now(), actorOf(req));
      return reply.status(204).send();
    },
  );

  api.get(
    '/audit-log',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['auth'],
        summary: 'Who changed what, when (newest first)',
        description:
          'Admins only. Every change, newest first, filterable by entity type, entity id or actor: who did what and when, with the record before and after. Paged: pass nextCursor back as cursor (limit 1–500, default 50).',
        querystring: z.strictObject({ ...pageQuery, entityType: z.string().optional(), entityId: z.string().optional(), actorId: z.string().optional() }),
        response: { 200: pageOf(auditOut) },
      },
    },
    async (req) => {
      let qb = db.selectFrom('audit_log').selectAll();
      if (req.query.entityType) qb = qb.where('entity_type', '=', req.query.entityType);
      if (req.query.entityId) qb = qb.where('entity_id', '=', req.query.entityId);
      if (req.query.actorId) qb = qb.where('actor_id', '=', req.query.actorId);
      if (req.query.cursor) qb = qb.where(afterCursor('id', 'id', true, decodeCursor(req.query.cursor, 'id')));
      const rows = await qb.orderBy('id', 'desc').limit(req.query.limit + 1).execute();
      return toPage(rows, req.query.limit, (r) => r.id, (r) => ({
        id: r.id,
        at: toIso(r.at),
        actorId: r.actor_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: r.before == null ? null : auditSnapshotOut(parseJson(r.before)),
        after: r.after == null ? null : auditSnapshotOut(parseJson(r.after)),
      }));
    },
  );
}
