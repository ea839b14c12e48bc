import { SessionListSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const profileKeys = {
  all: ['profile'] as const,
  sessions: () => [...profileKeys.all, 'sessions'] as const,
};

export const profileQueries = {
  sessions: () =>
    queryOptions({
      queryKey: profileKeys.sessions(),
      queryFn: ({ signal }) => apiGet('/api/me/sessions', SessionListSchema, { signal }),
    }),
};
