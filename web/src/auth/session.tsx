/**
 * Who is signed in. The session cookie is HttpOnly, so the app asks the API (`GET /me`); a 401
 * anywhere sends the person to the sign-in page. `useCan` hides what the role may not do (the API
 * enforces it regardless).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useLocation } from 'react-router';
import { Center, Loader } from '@mantine/core';
import { api, ApiError, unwrap } from '../api/client.ts';
import { ErrorState } from '../components/States.tsx';

export type Role = 'viewer' | 'editor' | 'admin';
const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export interface Me {
  userId: string;
  userName: string;
  email?: string | null;
  role: Role;
}

const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside <RequireSignIn>');
  return me;
}

/** True when the signed-in role is at least `role`. */
export function useCan(role: Role): boolean {
  return RANK[useMe().role] >= RANK[role];
}

export const ME_QUERY_KEY = ['me'] as const;

export function RequireSignIn({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useQuery({
    queryKey: ME_QUERY_KEY,
    // /auth/session answers null rather than 401 when nobody is signed in: no failed request.
    queryFn: async () => (await unwrap(api.GET('/api/v1/auth/session'))).user,
    retry: false,
    staleTime: 60_000,
  });
  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (me.error && !(me.error instanceof ApiError && me.error.status === 401)) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (me.error || !me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}
