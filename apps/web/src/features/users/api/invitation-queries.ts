import { InvitationListSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const invitationKeys = {
  all: ['invitations'] as const,
  lists: () => [...invitationKeys.all, 'list'] as const,
  list: () => [...invitationKeys.lists(), 'pending'] as const,
};

export const invitationQueries = {
  /** The invitations still waiting for an answer. */
  list: () =>
    queryOptions({
      queryKey: invitationKeys.list(),
      queryFn: ({ signal }) => apiGet('/api/invitations', InvitationListSchema, { signal }),
    }),
};
