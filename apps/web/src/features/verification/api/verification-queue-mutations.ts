import { ContactSchema } from '@repo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPost } from '../../../lib/api-client';
import { verificationQueueKeys } from './verification-queue-queries';

/** The queue's actions are the contact's own routes; either takes the contact out of the queue. */
function useQueueAction<T>(request: (contactId: string) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: verificationQueueKeys.lists() }),
  });
}

/** "The details are still correct", confirmed by the coordinator (after a call, say). */
export function useVerifyQueuedContact() {
  return useQueueAction((contactId) => apiPost(`/api/contacts/${encodeURIComponent(contactId)}/verify`, ContactSchema));
}

/** The person has left: archived, not deleted. */
export function useArchiveQueuedContact() {
  return useQueueAction((contactId) => apiPost(`/api/contacts/${encodeURIComponent(contactId)}/archive`, z.undefined()));
}
