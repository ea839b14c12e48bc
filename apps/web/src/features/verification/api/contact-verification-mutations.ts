import { type ContactSelfUpdateInput, ContactVerificationSchema } from '@repo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPatch, apiPost } from '../../../lib/api-client';
import { contactVerificationKeys } from './contact-verification-queries';

/** "My details are still correct"; the link is used up. */
export function useConfirmContactDetails() {
  return useMutation({
    mutationFn: (token: string) => apiPost('/api/contact-verifications/confirm', z.undefined(), { token }),
  });
}

/** Corrects the details through the link, which also confirms them; the link is used up. */
export function useUpdateContactDetails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactSelfUpdateInput) => apiPatch('/api/contact-verifications', ContactVerificationSchema, input),
    onSuccess: (saved, input) => queryClient.setQueryData(contactVerificationKeys.detail(input.token), saved),
  });
}
