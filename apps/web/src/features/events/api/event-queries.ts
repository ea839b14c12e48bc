import { EventSchema, ParticipantListSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const EVENTS_PATH = '/api/events';
export const eventPath = (id: string) => `${EVENTS_PATH}/${encodeURIComponent(id)}`;

/**
 * Every events query key starts with 'events', so a registration, which changes a count in the
 * calendar, the lists and "my events" alike, can refresh them all at once.
 */
export const eventKeys = {
  all: ['events'] as const,
  details: () => [...eventKeys.all, 'detail'] as const,
  detail: (id: string) => [...eventKeys.details(), id] as const,
  participants: (id: string) => [...eventKeys.detail(id), 'participants'] as const,
};

export const eventQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: eventKeys.detail(id),
      queryFn: ({ signal }) => apiGet(eventPath(id), EventSchema, { signal }),
    }),

  /** The registered and the waitlist, for the event's organisers. */
  participants: (id: string) =>
    queryOptions({
      queryKey: eventKeys.participants(id),
      queryFn: ({ signal }) => apiGet(`${eventPath(id)}/participants`, ParticipantListSchema, { signal }),
    }),
};

/** Downloads go straight to the API: the browser saves the answer as a file. */
export const eventIcsUrl = (id: string) => `${eventPath(id)}/ics`;
export const participantsExportUrl = (id: string) => `${eventPath(id)}/participants/export`;
