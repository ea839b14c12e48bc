import { type Agency, AgencySchema, type CreateAgencyInput, type UpdateAgencyInput } from '@repo/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPatch, apiPost } from '../../../lib/api-client';
import { agencyKeys } from './agency-queries';

/** A saved agency: its page shows it at once, and lists, names and parents are read again. */
function remember(queryClient: QueryClient, agency: Agency) {
  queryClient.setQueryData(agencyKeys.detail(agency.id), agency);
  void queryClient.invalidateQueries({ queryKey: agencyKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: agencyKeys.names() });
  // Its parent lists it among its sub-organisations, before and after a move.
  void queryClient.invalidateQueries({ queryKey: agencyKeys.details(), predicate: (query) => query.queryKey[2] !== agency.id });
}

export function useCreateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAgencyInput) => apiPost('/api/agencies', AgencySchema, input),
    onSuccess: (agency) => remember(queryClient, agency),
  });
}

export function useUpdateAgency(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateAgencyInput) => apiPatch(`/api/agencies/${encodeURIComponent(id)}`, AgencySchema, input),
    onSuccess: (agency) => remember(queryClient, agency),
  });
}

export function useArchiveAgency(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost(`/api/agencies/${encodeURIComponent(id)}/archive`, AgencySchema),
    onSuccess: (agency) => remember(queryClient, agency),
  });
}
