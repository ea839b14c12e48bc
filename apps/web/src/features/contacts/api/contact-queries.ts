import { AgencyFunctionListSchema, CompetenceListSchema, ContactSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiGet } from '../../../lib/api-client';
import { contactKeys, functionKeys } from '../../../lib/roster-keys';

export const contactQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: contactKeys.detail(id),
      queryFn: ({ signal }) => apiGet(`/api/contacts/${encodeURIComponent(id)}`, ContactSchema, { signal }),
    }),
  /** The signed-in user's own entry (theirs to edit); null when they have none. */
  mine: () =>
    queryOptions({
      queryKey: contactKeys.mine(),
      queryFn: async ({ signal }) => {
        try {
          return await apiGet('/api/contacts/mine', ContactSchema, { signal });
        } catch (error) {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }
      },
    }),
  /** The seats the contact holds or stands in for. */
  functions: (contactId: string) =>
    queryOptions({
      queryKey: functionKeys.list({ contactId }),
      queryFn: ({ signal }) => apiGet('/api/functions', AgencyFunctionListSchema, { query: { contactId }, signal }),
    }),
  /** Reference data for the form; it changes rarely. Shares its key with the coverage filter's. */
  competences: () =>
    queryOptions({
      queryKey: ['competences'] as const,
      queryFn: ({ signal }) => apiGet('/api/competences', CompetenceListSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
};
