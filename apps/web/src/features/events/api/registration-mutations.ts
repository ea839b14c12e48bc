import { type Event, type RegistrationResult, RegistrationResultSchema } from '@repo/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiError, apiDelete, apiPost } from '../../../lib/api-client';
import { eventKeys, eventPath } from './event-queries';

/**
 * The answer shows at once on the event; then every events query (the counts in the calendar,
 * "my events", the waitlist order, the participant list) is fetched again.
 */
function changed(queryClient: QueryClient, id: string, patch?: Partial<Event>) {
  if (patch) queryClient.setQueryData<Event>(eventKeys.detail(id), (event) => (event ? { ...event, ...patch } : event));
  void queryClient.invalidateQueries({ queryKey: eventKeys.all });
}

/** A seat, or a place in the waitlist when the event is full: the answer says which. */
export function useRegister(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost(`${eventPath(id)}/registration`, RegistrationResultSchema),
    onSuccess: (result: RegistrationResult) =>
      changed(queryClient, id, {
        myRegistration: { status: result.status, waitlistPosition: result.waitlistPosition },
        registeredCount: result.registeredCount,
        capacity: result.capacity,
      }),
    // Refused because registration closed meanwhile (409): the page catches up with the event.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) });
    },
  });
}

/** Gives up the seat or the place in the waitlist. */
export function useUnregister(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(`${eventPath(id)}/registration`, z.undefined()),
    onSuccess: () => changed(queryClient, id, { myRegistration: null }),
  });
}

/** An organiser takes someone off the list; the first in the waitlist moves up. */
export function useRemoveParticipant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => apiDelete(`${eventPath(id)}/participants/${encodeURIComponent(userId)}`, z.undefined()),
    onSuccess: () => changed(queryClient, id),
  });
}
