import { MunicipalityListSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const municipalityKeys = {
  all: ['municipalities'] as const,
  list: () => [...municipalityKeys.all, 'list'] as const,
};

export const municipalityQueries = {
  /** Reference data: it changes when a county joins, so it is kept for the whole visit. */
  list: () =>
    queryOptions({
      queryKey: municipalityKeys.list(),
      queryFn: ({ signal }) => apiGet('/api/municipalities', MunicipalityListSchema, { signal }),
      staleTime: Infinity,
    }),
};
