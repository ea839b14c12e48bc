import { type UserListQuery, UserPageSchema, UserSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export type UserSearch = Partial<Pick<UserListQuery, 'q' | 'role' | 'status' | 'agencyId' | 'page'>>;

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: UserSearch) => [...userKeys.lists(), query] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  detail: (id: string) => [...userKeys.details(), id] as const,
};

export const userQueries = {
  list: (query: UserSearch) =>
    queryOptions({
      queryKey: userKeys.list(query),
      queryFn: ({ signal }) => apiGet('/api/users', UserPageSchema, { query: { ...query }, signal }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: userKeys.detail(id),
      queryFn: ({ signal }) => apiGet(`/api/users/${encodeURIComponent(id)}`, UserSchema, { signal }),
    }),
};
