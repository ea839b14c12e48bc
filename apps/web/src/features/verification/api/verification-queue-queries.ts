import { type VerificationQueueQuery, VerificationQueuePageSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export type VerificationQueueSearch = Partial<Pick<VerificationQueueQuery, 'page'>>;

export const verificationQueueKeys = {
  all: ['verification-queue'] as const,
  lists: () => [...verificationQueueKeys.all, 'list'] as const,
  list: (query: VerificationQueueSearch) => [...verificationQueueKeys.lists(), query] as const,
};

export const verificationQueueQueries = {
  list: (query: VerificationQueueSearch) =>
    queryOptions({
      queryKey: verificationQueueKeys.list(query),
      queryFn: ({ signal }) => apiGet('/api/verification-queue', VerificationQueuePageSchema, { query: { ...query }, signal }),
      placeholderData: keepPreviousData,
    }),
};
