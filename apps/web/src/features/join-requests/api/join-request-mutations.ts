import { JoinRequestSchema } from '@repo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client';
import { joinRequestKeys } from './join-request-queries';

/** Approving mails the person an invitation. */
export function useApproveJoinRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost(`/api/join-requests/${encodeURIComponent(id)}/approve`, JoinRequestSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: joinRequestKeys.lists() }),
  });
}

export function useDeclineJoinRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiPost(`/api/join-requests/${encodeURIComponent(id)}/decline`, JoinRequestSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: joinRequestKeys.lists() }),
  });
}
