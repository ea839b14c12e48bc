import { type Contact, ContactSchema, type UpdateContactInput } from '@repo/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiPatch, apiPost } from '../../../lib/api-client';
import { contactKeys, functionKeys } from '../../../lib/roster-keys';

const contactPath = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

/** The saved contact replaces the cached one; lists and the seats that name them (away or not) are refetched. */
function saved(queryClient: QueryClient, contact: Contact) {
  queryClient.setQueryData(contactKeys.detail(contact.id), contact);
  void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: contactKeys.mine() });
  void queryClient.invalidateQueries({ queryKey: functionKeys.all });
}

export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateContactInput) => apiPatch(contactPath(id), ContactSchema, input),
    onSuccess: (contact) => saved(queryClient, contact),
  });
}

/** "The details are still correct." */
export function useVerifyContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost(`${contactPath(id)}/verify`, ContactSchema),
    onSuccess: (contact) => saved(queryClient, contact),
  });
}

export function useArchiveContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost(`${contactPath(id)}/archive`, z.undefined()),
    onSuccess: () => {
      // The page navigates away; a later visit to the address should ask again (and find nothing).
      queryClient.removeQueries({ queryKey: contactKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: functionKeys.all });
    },
  });
}
