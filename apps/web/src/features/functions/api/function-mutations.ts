import { type AgencyFunction, AgencyFunctionSchema, type HandoverInput, type UpdateFunctionInput } from '@repo/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPatch, apiPost } from '../../../lib/api-client';
import { functionKeys } from '../../../lib/roster-keys';

const functionPath = (id: string) => `/api/functions/${encodeURIComponent(id)}`;

/** The saved seat replaces the cached one; the lists it appears in (the agency's, a person's seats) are refetched. */
function saved(queryClient: QueryClient, seat: AgencyFunction) {
  queryClient.setQueryData(functionKeys.detail(seat.id), seat);
  void queryClient.invalidateQueries({ queryKey: functionKeys.lists() });
}

export function useUpdateFunction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateFunctionInput) => apiPatch(functionPath(id), AgencyFunctionSchema, input),
    onSuccess: (seat) => saved(queryClient, seat),
  });
}

/** A new holder (and deputy) in one action; the people's pages list their seats from the refetched lists. */
export function useHandOverFunction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HandoverInput) => apiPost(`${functionPath(id)}/handover`, AgencyFunctionSchema, input),
    onSuccess: (seat) => saved(queryClient, seat),
  });
}
