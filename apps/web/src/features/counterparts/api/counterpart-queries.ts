import { type CounterpartQuery, CounterpartListSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const counterpartKeys = {
  all: ['counterparts'] as const,
  list: (query: CounterpartQuery) => [...counterpartKeys.all, 'list', query] as const,
};

export const counterpartQueries = {
  list: (query: CounterpartQuery) =>
    queryOptions({
      queryKey: counterpartKeys.list(query),
      queryFn: ({ signal }) => apiGet('/api/counterparts', CounterpartListSchema, { query: { ...query }, signal }),
    }),
};
