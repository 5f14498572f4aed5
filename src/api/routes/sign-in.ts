import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../context.ts';
import { setSessionCookies } from '../auth.ts';
import { consumeSignInLink, SIGN_IN_LINK_PATH } from '../../store/index.ts';

/** Where the web app shows "this link has expired or was already used". */
export const LINK_EXPIRED_LOCATION = '/sign-in?error=link_expired';

/**
 * `GET /sign-in/link?token=…`: the one-time link printed by `quorum start` / `quorum user link`
 * or handed out as an invitation. A browser route (outside /api/v1): it answers with redirects,
 * never JSON, because a person clicked it.
 */
export function signInLinkRoute(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    SIGN_IN_LINK_PATH,
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Use a one-time sign-in link',
        description:
          'Consumes the link (single use; 15 minutes for sign-in links, 7 days for invitations), starts a session (sets the quorum_session and quorum_csrf cookies) and redirects 303 to `/`. An unknown, used or expired link redirects 303 to `/sign-in?error=link_expired`.',
        security: [],
        querystring: z.object({ token: z.string().max(200).optional() }),
        response: { 303: z.null().describe('Redirect to / (signed in) or /sign-in?error=link_expired') },
      },
    },
    async (req, reply) => {
      // The token is a secret in the URL: keep it out of caches and of the next page's Referer.
      void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      const used = req.query.token ? await consumeSignInLink(ctx.database.db, req.query.token, ctx.clock.now(), ctx.sessions) : null;
      if (!used) return reply.redirect(LINK_EXPIRED_LOCATION, 303);
      setSessionCookies(reply, req, used.session, ctx.sessions);
      return reply.redirect('/', 303);
    },
  );
}
