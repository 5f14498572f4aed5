import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { Api, AppContext } from '../context.ts';
import { idParam, isoTime, nameText, toIso, toIsoOrNull } from '../schemas.ts';
import { actorOf, checkCsrf, clearSessionCookies, SESSION_COOKIE, setSessionCookies } from '../auth.ts';
import { expectedVersion, ifMatchHeader, setEtag } from '../etag.ts';
import { problemSchema } from '../problem.ts';
import { QuorumError, normaliseEmail, PASSWORD_MIN_LENGTH, USER_ROLES } from '../../domain/index.ts';
import {
  createUser,
  getUser,
  listUsers,
  updateUser,
  type User,
  checkCredentials,
  createSignInLink,
  deleteSession,
  resolveSession,
  signIn,
  signInUrl,
  verifyPassword,
} from '../../store/index.ts';

const userOut = z
  .object({
    id: z.string(),
    email: z.string().nullable().describe('Null for token-only (programmatic) users'),
    name: z.string(),
    role: z.enum(USER_ROLES),
    active: z.boolean().describe('Deactivated users cannot sign in; their sessions and tokens are refused'),
    hasPassword: z.boolean().describe('False for invited users who have not set one and for programmatic users'),
    lastSignInAt: isoTime.nullable(),
    createdAt: isoTime,
    updatedAt: isoTime,
    version: z.number().int(),
  })
  .meta({ id: 'User' });

const userOutOf = (u: User) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  active: u.active,
  hasPassword: u.hasPassword,
  lastSignInAt: toIsoOrNull(u.lastSignInAt),
  createdAt: toIso(u.createdAt),
  updatedAt: toIso(u.updatedAt),
  version: u.version,
});

const email = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address'));
const password = z.string().describe(`At least ${PASSWORD_MIN_LENGTH} characters`);
const tags = ['auth'];

/** The base of links handed out: QUORUM_PUBLIC_URL when set, else the origin the request came to. */
function baseUrl(req: FastifyRequest, ctx: AppContext): string {
  return ctx.publicUrl ?? `${req.protocol}://${req.host}`;
}

/** Sign-in, sign-out, the caller's password, and user management (admins). */
export function userRoutes(api: Api, ctx: AppContext): void {
  const db = ctx.database.db;

  api.post(
    '/auth/sign-in',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        description:
          'Sets the `quorum_session` cookie (HttpOnly, SameSite=Lax, Path=/, Secure over https) and the `quorum_csrf` cookie (readable by the page: send its value as `X-CSRF-Token` on every write). A wrong email and a wrong password get the same 401. After 10 failures for one email from one address within 15 minutes, further attempts get 429 with Retry-After.',
        security: [],
        body: z.strictObject({ email: z.string().max(254), password: z.string().max(1024) }),
        response: { 200: z.object({ user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(USER_ROLES) }) }), 429: problemSchema },
      },
    },
    async (req, reply) => {
      const now = ctx.clock.now();
      const key = `${normaliseEmail(req.body.email)}\n${req.ip}`;
      const wait = ctx.signInLimiter.retryAfterSeconds(key, now);
      if (wait > 0) {
        void reply.header('retry-after', String(wait));
        throw new QuorumError('rate_limited', `Too many failed sign-ins for this email; try again in ${Math.ceil(wait / 60)} minute(s)`);
      }
      const user = await checkCredentials(db, req.body.email, req.body.password);
      if (!user?.email) {
        ctx.signInLimiter.fail(key, now);
        throw new QuorumError('unauthenticated', 'Wrong email or password');
      }
      ctx.signInLimiter.succeed(key);
      const session = await signIn(db, user.id, now, ctx.sessions);
      setSessionCookies(reply, req, session, ctx.sessions);
      return { user: { id: user.id, email: user.email, name: user.name, role: user.role } };
    },
  );

  api.post(
    '/auth/sign-out',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign out: ends the session and clears its cookies',
        description: 'Always 204 (signing out twice is fine). With a live session the X-CSRF-Token header is required, like any cookie-authenticated write.',
        security: [],
      },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) {
        const session = await resolveSession(db, token, ctx.clock.now(), ctx.sessions);
        // Otherwise any site could sign people out with a cross-site request.
        if (session) checkCsrf(req, session.csrfHash);
        await deleteSession(db, token);
      }
      clearSessionCookies(reply, req);
      return reply.status(204).send();
    },
  );

  api.get(
    '/auth/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The signed-in user of this browser, or null (never 401)',
        description:
          'For the web app: answers the user of the session cookie, or `user: null` when there is no live session, so a page can decide to show the sign-in form without a failed request. API tokens are not looked at (use GET /me).',
        security: [],
        response: {
          200: z.object({
            user: z.object({ userId: z.string(), userName: z.string(), email: z.string().nullable(), role: z.enum(USER_ROLES), sessionId: z.string().nullable() }).nullable(),
          }),
        },
      },
    },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      const session = token ? await resolveSession(db, token, ctx.clock.now(), ctx.sessions) : null;
      if (token && !session) clearSessionCookies(reply, req);
      void reply.header('cache-control', 'no-store');
      if (!session) return { user: null };
      const u = session.user;
      return { user: { userId: u.userId, userName: u.userName, email: u.email, role: u.role, sessionId: u.sessionId } };
    },
  );

  api.post(
    '/me/password',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        summary: 'Change my password',
        description: `The new password needs at least ${PASSWORD_MIN_LENGTH} characters. currentPassword is required when the user has a password (invited users setting their first one have none). The user's other sessions end; this one stays.`,
        body: z.strictObject({ currentPassword: z.string().max(1024).optional(), newPassword: password }),
      },
    },
    async (req, reply) => {
      const me = req.user;
      if (!me) throw new QuorumError('unauthenticated', 'no user');
      const row = await db.selectFrom('users').select('password_hash').where('id', '=', me.userId).executeTakeFirstOrThrow();
      if (row.password_hash != null) {
        if (req.body.currentPassword === undefined) throw QuorumError.field('validation_failed', '/currentPassword', 'send your current password');
        if (!(await verifyPassword(row.password_hash, req.body.currentPassword))) {
          throw QuorumError.field('validation_failed', '/currentPassword', 'this is not your current password');
        }
      }
      await updateUser(db, actorOf(req), me.userId, { password: req.body.newPassword }, ctx.clock.now(), { passwordField: '/newPassword', keepSessionId: me.sessionId });
      return reply.status(204).send();
    },
  );

  api.get(
    '/users',
    {
      config: { access: 'admin' },
      schema: { tags, summary: 'List users (people who sign in and programmatic token users)', description: 'Admins only. Every user with role, active flag, whether a password is set and the last sign-in; never a password hash.', response: { 200: z.object({ data: z.array(userOut) }) } },
    },
    async () => ({ data: (await listUsers(db)).map(userOutOf) }),
  );

  api.post(
    '/users',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Create (invite) a user',
        description:
          'Without a password the answer carries `inviteUrl`, a one-time sign-in link valid 7 days to hand to the invitee (shown only here); with one it is null.',
        body: z.strictObject({ email, name: nameText(255).optional(), role: z.enum(USER_ROLES), password: password.optional() }),
        response: { 201: userOut.extend({ inviteUrl: z.string().nullable() }) },
      },
    },
    async (req, reply) => {
      const now = ctx.clock.now();
      const user = await createUser(db, actorOf(req), req.body, now);
      const link = req.body.password === undefined ? await createSignInLink(db, user.id, 'invite', now) : null;
      setEtag(reply, user.version);
      return reply.status(201).send({ ...userOutOf(user), inviteUrl: link ? signInUrl(baseUrl(req, ctx), link.token) : null });
    },
  );

  api.get(
    '/users/:id',
    { config: { access: 'admin' }, schema: { tags, summary: 'One user', description: 'Admins only. One user; the ETag header carries its version.', params: idParam('usr', 'user'), response: { 200: userOut } } },
    async (req, reply) => {
      const user = await getUser(db, req.params.id);
      setEtag(reply, user.version);
      return userOutOf(user);
    },
  );

  api.patch(
    '/users/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Change a user’s role, name, password or active flag',
        description:
          'No hard delete: `active: false` deactivates (sign-in, sessions and tokens stop working; their sessions and unused links are deleted). A change that would leave no active admin is refused with 409 last_admin. Setting a password ends the user’s sessions. If-Match (the ETag) is optional.',
        params: idParam('usr', 'user'),
        headers: ifMatchHeader('data'),
        body: z.strictObject({ role: z.enum(USER_ROLES).optional(), active: z.boolean().optional(), name: nameText(255).optional(), password: password.optional() }),
        response: { 200: userOut },
      },
    },
    async (req, reply) => {
      const me = req.user;
      const keepSessionId = me?.userId === req.params.id ? me.sessionId : null;
      const user = await updateUser(db, actorOf(req), req.params.id, req.body, ctx.clock.now(), { expected: expectedVersion(req, 'data'), keepSessionId });
      setEtag(reply, user.version);
      return userOutOf(user);
    },
  );
}
