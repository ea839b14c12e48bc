import { type SearchQuery, SearchResultSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

/** What the search page asks for; the API fills in the rest (page size). */
export type SearchParams = Partial<Omit<SearchQuery, 'pageSize'>>;

export const searchKeys = {
  all: ['search'] as const,
  results: (query: SearchParams) => [...searchKeys.all, 'results', query] as const,
};

export const searchQueries = {
  results: (query: SearchParams) =>
    queryOptions({
      queryKey: searchKeys.results(query),
      queryFn: ({ signal }) => apiGet('/api/search', SearchResultSchema, { query: { ...query }, signal }),
      // Keep showing the previous results (and facet counts) while the next ones load.
      placeholderData: keepPreviousData,
    }),
};
