import { JoinRequestListSchema, type JoinRequestStatus } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const joinRequestKeys = {
  all: ['join-requests'] as const,
  lists: () => [...joinRequestKeys.all, 'list'] as const,
  list: (status: JoinRequestStatus) => [...joinRequestKeys.lists(), status] as const,
};

export const joinRequestQueries = {
  list: (status: JoinRequestStatus) =>
    queryOptions({
      queryKey: joinRequestKeys.list(status),
      queryFn: ({ signal }) => apiGet('/api/join-requests', JoinRequestListSchema, { query: { status }, signal }),
    }),
};
