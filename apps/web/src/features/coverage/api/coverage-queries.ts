import { CompetenceListSchema, type CoverageQuery, CoverageSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const coverageKeys = {
  all: ['coverage'] as const,
  matrix: (query: CoverageQuery) => [...coverageKeys.all, 'matrix', query] as const,
  competences: () => ['competences'] as const,
};

export const coverageQueries = {
  matrix: (query: CoverageQuery) =>
    queryOptions({
      queryKey: coverageKeys.matrix(query),
      queryFn: ({ signal }) => apiGet('/api/coverage', CoverageSchema, { query: { ...query }, signal }),
      placeholderData: keepPreviousData,
    }),
  /** Reference data for the filter; it changes rarely. */
  competences: () =>
    queryOptions({
      queryKey: coverageKeys.competences(),
      queryFn: ({ signal }) => apiGet('/api/competences', CompetenceListSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
};
