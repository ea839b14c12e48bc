import { type CancelEventInput, type CreateEventInput, type Event, EventSchema, type UpdateEventInput } from '@repo/contracts';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPatch, apiPost } from '../../../lib/api-client';
import { EVENTS_PATH, eventKeys, eventPath } from './event-queries';

/**
 * The saved event replaces the cached one; every other events query (the calendar, the lists,
 * "my events", the participants, whose waitlist may have moved up) is fetched again.
 */
function saved(queryClient: QueryClient, event: Event) {
  const detail = eventKeys.detail(event.id);
  queryClient.setQueryData(detail, event);
  void queryClient.invalidateQueries({
    queryKey: eventKeys.all,
    predicate: (query) => query.queryKey.length !== detail.length || query.queryKey.some((part, index) => part !== detail[index]),
  });
}

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEventInput) => apiPost(EVENTS_PATH, EventSchema, input),
    onSuccess: (event) => saved(queryClient, event),
  });
}

/** Sends only the changed fields, with the version they were edited on (412 when someone saved first). */
export function useUpdateEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateEventInput) => apiPatch(eventPath(id), EventSchema, input),
    onSuccess: (event) => saved(queryClient, event),
  });
}

/** The event stays, marked cancelled; the registered are mailed. */
export function useCancelEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CancelEventInput) => apiPost(`${eventPath(id)}/cancel`, EventSchema, input),
    onSuccess: (event) => saved(queryClient, event),
  });
}
