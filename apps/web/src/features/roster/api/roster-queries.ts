import { AgencyFunctionListSchema, ContactPageSchema, PAGE_SIZE_MAX } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { contactKeys, functionKeys } from '../../../lib/roster-keys';

export const rosterQueries = {
  /** The people of one agency; an agency has far fewer than a page's maximum. */
  agencyContacts: (agencyId: string) => {
    const query = { agencyId, pageSize: PAGE_SIZE_MAX };
    return queryOptions({
      queryKey: contactKeys.list(query),
      queryFn: ({ signal }) => apiGet('/api/contacts', ContactPageSchema, { query, signal }),
    });
  },
  agencyFunctions: (agencyId: string) =>
    queryOptions({
      queryKey: functionKeys.list({ agencyId }),
      queryFn: ({ signal }) => apiGet('/api/functions', AgencyFunctionListSchema, { query: { agencyId }, signal }),
    }),
};
