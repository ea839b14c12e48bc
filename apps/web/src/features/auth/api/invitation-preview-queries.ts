import { InvitationPreviewSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client';

export const invitationPreviewKeys = {
  all: ['invitation-preview'] as const,
  detail: (token: string) => [...invitationPreviewKeys.all, token] as const,
};

export const invitationPreviewQueries = {
  /** A POST, so the token travels in the body and never in a URL or a log line. */
  detail: (token: string) =>
    queryOptions({
      queryKey: invitationPreviewKeys.detail(token),
      queryFn: ({ signal }) => apiPost('/api/invitations/preview', InvitationPreviewSchema, { token }, { signal }),
      staleTime: Infinity,
      retry: false,
    }),
};
