import { AgencyFunctionListSchema, ContactPageSchema, PAGE_SIZE_MAX } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const rosterKeys = {
  all: ['roster'] as const,
  agencyContacts: (agencyId: string) => [...rosterKeys.all, 'contacts', { agencyId }] as const,
  agencyFunctions: (agencyId: string) => [...rosterKeys.all, 'functions', { agencyId }] as const,
};

export const rosterQueries = {
  /** The people of one agency; an agency has far fewer than a page's maximum. */
  agencyContacts: (agencyId: string) =>
    queryOptions({
      queryKey: rosterKeys.agencyContacts(agencyId),
      queryFn: ({ signal }) => apiGet('/api/contacts', ContactPageSchema, { query: { agencyId, pageSize: PAGE_SIZE_MAX }, signal }),
    }),
  agencyFunctions: (agencyId: string) =>
    queryOptions({
      queryKey: rosterKeys.agencyFunctions(agencyId),
      queryFn: ({ signal }) => apiGet('/api/functions', AgencyFunctionListSchema, { query: { agencyId }, signal }),
    }),
};
