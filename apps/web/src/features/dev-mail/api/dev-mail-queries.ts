import { OutboxMailListSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const devMailKeys = {
  all: ['dev-mail'] as const,
  list: () => [...devMailKeys.all, 'list'] as const,
};

export const devMailQueries = {
  /** The mails the API would have sent, newest first; only in development. */
  list: () =>
    queryOptions({
      queryKey: devMailKeys.list(),
      queryFn: ({ signal }) => apiGet('/api/dev/mail', OutboxMailListSchema, { signal }),
      staleTime: 0,
    }),
};
