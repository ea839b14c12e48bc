import { CalendarFeedsSchema } from '@repo/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export const CALENDAR_FEEDS_PATH = '/api/calendar/feeds';

export const calendarFeedKeys = {
  all: ['calendar-feeds'] as const,
};

export const calendarFeedQueries = {
  /** The signed-in user's secret feed addresses; both null until they make one. */
  mine: () =>
    queryOptions({
      queryKey: calendarFeedKeys.all,
      queryFn: ({ signal }) => apiGet(CALENDAR_FEEDS_PATH, CalendarFeedsSchema, { signal }),
    }),
};
