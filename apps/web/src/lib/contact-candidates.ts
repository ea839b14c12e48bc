import { ContactPageSchema } from '@repo/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from './api-client';
import { contactKeys } from './roster-keys';

/** How many people a picker offers at a time; typing narrows the list. */
const PICKER_SIZE = 20;

/**
 * People to pick (a seat's new holder, an event's contact person): the agency's own while nothing
 * is typed, anyone in the network whose name holds what is typed, or with `onlyAgency` the agency's
 * own whose name holds it (a resource's contact must be one of its owner's).
 */
export function contactCandidatesQuery(agencyId: string, q: string, onlyAgency = false) {
  const query =
    q.trim() === '' ? { agencyId, pageSize: PICKER_SIZE } : { q: q.trim(), ...(onlyAgency ? { agencyId } : {}), pageSize: PICKER_SIZE };
  return queryOptions({
    queryKey: contactKeys.list(query),
    queryFn: ({ signal }) => apiGet('/api/contacts', ContactPageSchema, { query, signal }),
    placeholderData: keepPreviousData,
  });
}
