import { ContactSchema, SessionListSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiGet } from '../../../lib/api-client';

export const profileKeys = {
  all: ['profile'] as const,
  sessions: () => [...profileKeys.all, 'sessions'] as const,
  ownContact: () => [...profileKeys.all, 'own-contact'] as const,
};

export const profileQueries = {
  sessions: () =>
    queryOptions({
      queryKey: profileKeys.sessions(),
      queryFn: ({ signal }) => apiGet('/api/me/sessions', SessionListSchema, { signal }),
    }),

  /** The user's own entry in the roster, or null when they have none yet. */
  ownContact: () =>
    queryOptions({
      queryKey: profileKeys.ownContact(),
      queryFn: async ({ signal }) => {
        try {
          return await apiGet('/api/contacts/mine', ContactSchema, { signal });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
    }),
};
