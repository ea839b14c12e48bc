import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { authKeys, forgetSession } from './current-user';
import { type SessionEndNotice, sessionStore } from './session-store';

/** The state the login page reads its notice from. */
export interface LoginPageState {
  notice?: SessionEndNotice | 'invitationAccepted' | 'passwordReset';
  email?: string;
}

/** Ends the session on this side (after a logout, idle expiry or account deletion) and shows the login page with why. */
export function useEndSession(): (notice: SessionEndNotice) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(
    (notice: SessionEndNotice) => {
      sessionStore.setSessionEnd({ notice, keepNext: false });
      forgetSession(queryClient);
      void navigate('/login', { replace: true, state: { notice } satisfies LoginPageState });
    },
    [queryClient, navigate],
  );
}

/**
 * When the API says the session is gone while someone is signed in, forget the user; the route
 * guard then sends them to log in and back to the page they were on.
 */
export function useSessionLossWatcher(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      sessionStore.onUnauthenticated(() => {
        if (!queryClient.getQueryData(authKeys.me())) return;
        sessionStore.setSessionEnd({ notice: 'sessionEnded', keepNext: true });
        forgetSession(queryClient);
      }),
    [queryClient],
  );
}

/** When the session ends for inactivity unless the user does something, in ms since the epoch. */
export function useIdleExpiresAt(): number | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getIdleExpiresAt, sessionStore.getIdleExpiresAt);
}
