import { type CalendarFeeds, CalendarFeedsSchema } from '@repo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiDelete, apiPost } from '../../../lib/api-client';
import { CALENDAR_FEEDS_PATH, calendarFeedKeys } from './calendar-feed-queries';

const NO_FEEDS: CalendarFeeds = { createdAt: null, personalUrl: null, networkUrl: null };

/** Makes the addresses, or new ones in place of the old, which then stop working. */
export function useRenewCalendarFeeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost(CALENDAR_FEEDS_PATH, CalendarFeedsSchema),
    onSuccess: (feeds) => queryClient.setQueryData(calendarFeedKeys.all, feeds),
  });
}

/** Revokes the addresses; calendars that subscribed get nothing more. */
export function useDeleteCalendarFeeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(CALENDAR_FEEDS_PATH, z.undefined()),
    onSuccess: () => queryClient.setQueryData(calendarFeedKeys.all, NO_FEEDS),
  });
}
