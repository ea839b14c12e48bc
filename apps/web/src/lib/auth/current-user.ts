import { type CurrentUser, CurrentUserSchema, type Permission } from '@repo/contracts';
import { type QueryClient, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiGet, apiPost } from '../api-client';
import { sessionStore } from './session-store';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

export const currentUserQuery = () =>
  queryOptions({
    queryKey: authKeys.me(),
    // Not signed in is an answer, not an error: the app then shows the public pages and the login.
    queryFn: async ({ signal }): Promise<CurrentUser | null> => {
      try {
        return await apiGet('/api/auth/me', CurrentUserSchema, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    // Changes only with a login, a logout or the profile form, which all write the cache.
    staleTime: Infinity,
  });

/** The signed-in user; null when nobody is, undefined while that is still being asked. */
export function useCurrentUser(): { user: CurrentUser | null | undefined; isPending: boolean } {
  const query = useQuery(currentUserQuery());
  return { user: query.data, isPending: query.isPending };
}

export function userCan(user: CurrentUser | null | undefined, permission: Permission): boolean {
  return Boolean(user?.permissions.includes(permission));
}

/** Forgets everything fetched for the previous user and records that nobody is signed in. */
export function forgetSession(queryClient: QueryClient): void {
  sessionStore.clear();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.me(), null);
}

/** Takes the user a completed login answered with, so the app is signed in without asking again. */
export function rememberSignedInUser(queryClient: QueryClient, user: CurrentUser): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
  queryClient.setQueryData(authKeys.me(), CurrentUserSchema.parse(user));
  sessionStore.setSessionEnd(null);
  sessionStore.setIdleExpiresAt(user.session.idleExpiresAt);
}

/** Ends the session on the server; the caller then ends it here with useEndSession, which says why. */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await apiPost('/api/auth/logout', z.undefined());
      } catch (error) {
        // A session that has already ended is as signed out as it gets.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
  });
}
