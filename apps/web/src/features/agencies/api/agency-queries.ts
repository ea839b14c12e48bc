import { type AgencyListQuery, AgencyNameListSchema, AgencyPageSchema, AgencySchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

/** What the list page asks for; the API fills in the rest (page size). */
export type AgencySearch = Partial<Pick<AgencyListQuery, 'q' | 'municipality' | 'sector' | 'page'>>;

export const agencyKeys = {
  all: ['agencies'] as const,
  lists: () => [...agencyKeys.all, 'list'] as const,
  list: (query: AgencySearch) => [...agencyKeys.lists(), query] as const,
  names: () => [...agencyKeys.all, 'names'] as const,
  details: () => [...agencyKeys.all, 'detail'] as const,
  detail: (id: string) => [...agencyKeys.details(), id] as const,
};

export const agencyQueries = {
  list: (query: AgencySearch) =>
    queryOptions({
      queryKey: agencyKeys.list(query),
      queryFn: ({ signal }) => apiGet('/api/agencies', AgencyPageSchema, { query: { ...query }, signal }),
      // Keep showing the previous results while the next page or filter loads.
      placeholderData: keepPreviousData,
    }),
  /** Reference data for pickers; it changes rarely, so it is kept for the visit. */
  names: () =>
    queryOptions({
      queryKey: agencyKeys.names(),
      queryFn: ({ signal }) => apiGet('/api/agencies/names', AgencyNameListSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: agencyKeys.detail(id),
      queryFn: ({ signal }) => apiGet(`/api/agencies/${encodeURIComponent(id)}`, AgencySchema, { signal }),
    }),
};
