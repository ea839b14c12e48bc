import { AgencyFunctionSchema, ContactPageSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { contactKeys, functionKeys } from '../../../lib/roster-keys';

/** How many people a picker offers at a time; typing narrows the list. */
const PICKER_SIZE = 20;

export const functionQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: functionKeys.detail(id),
      queryFn: ({ signal }) => apiGet(`/api/functions/${encodeURIComponent(id)}`, AgencyFunctionSchema, { signal }),
    }),
  /**
   * People to hand a seat to: the agency's own while nothing is typed, anyone in the network whose
   * name holds what is typed.
   */
  candidates: (agencyId: string, q: string) => {
    const query = q.trim() === '' ? { agencyId, pageSize: PICKER_SIZE } : { q: q.trim(), pageSize: PICKER_SIZE };
    return queryOptions({
      queryKey: contactKeys.list(query),
      queryFn: ({ signal }) => apiGet('/api/contacts', ContactPageSchema, { query, signal }),
      placeholderData: keepPreviousData,
    });
  },
};
