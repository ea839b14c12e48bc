import { type EventListQuery, EventPageSchema } from '@repo/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { EVENTS_PATH, eventKeys } from './event-queries';

/** What the calendar and the start page ask for; the API fills in the rest. */
export type EventListSearch = Partial<Omit<EventListQuery, 'page'>>;

export const eventListKeys = {
  lists: () => [...eventKeys.all, 'list'] as const,
  list: (query: EventListSearch) => [...eventListKeys.lists(), query] as const,
  pages: (query: EventListSearch) => [...eventListKeys.lists(), 'pages', query] as const,
};

export const eventListQueries = {
  /** One period of the calendar (a month or a week), in one answer. */
  list: (query: EventListSearch) =>
    queryOptions({
      queryKey: eventListKeys.list(query),
      queryFn: ({ signal }) => apiGet(EVENTS_PATH, EventPageSchema, { query: { ...query }, signal }),
    }),
  /** The agenda: a page at a time, "show more" fetches the next. */
  pages: (query: EventListSearch) =>
    infiniteQueryOptions({
      queryKey: eventListKeys.pages(query),
      queryFn: ({ pageParam, signal }) => apiGet(EVENTS_PATH, EventPageSchema, { query: { ...query, page: pageParam }, signal }),
      initialPageParam: 1,
      getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
    }),
};
