import { AgencyFunctionSchema, ContactSchema, type CreateContactInput, type CreateFunctionInput } from '@repo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost } from '../../../lib/api-client';
import { contactKeys, functionKeys } from '../../../lib/roster-keys';

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateContactInput) => apiPost('/api/contacts', ContactSchema, input),
    onSuccess: (contact) => {
      queryClient.setQueryData(contactKeys.detail(contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}

export function useCreateFunction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateFunctionInput) => apiPost('/api/functions', AgencyFunctionSchema, input),
    onSuccess: (seat) => {
      queryClient.setQueryData(functionKeys.detail(seat.id), seat);
      void queryClient.invalidateQueries({ queryKey: functionKeys.lists() });
    },
  });
}
