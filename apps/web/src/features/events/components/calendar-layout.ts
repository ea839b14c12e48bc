import { type CalendarDate, startOfMonth } from '@internationalized/date';
import type { EventSummary } from '@repo/contracts';
import { dayKey, dayOfInstant, mondayOf, monthWeeks, swedishMidnight, swedishMidnightIso } from '../../../lib/calendar-days';

export const CALENDAR_VIEWS = ['month', 'week', 'agenda'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

/** The days a period view (month or week) shows around the chosen day, first and last inclusive. */
export function visibleRange(view: 'month' | 'week', date: CalendarDate): { first: CalendarDate; last: CalendarDate } {
  if (view === 'week') {
    const monday = mondayOf(date);
    return { first: monday, last: monday.add({ days: 6 }) };
  }
  const weeks = monthWeeks(date);
  return { first: weeks[0]?.[0] ?? date, last: weeks.at(-1)?.[6] ?? date };
}

/**
 * The range as the API takes it: from Swedish midnight of the first day to Swedish midnight after
 * the last. The list view has no last day: it runs on from its first, a page at a time.
 */
export function rangeInstants(first: CalendarDate, last?: CalendarDate): { from: string; to?: string } {
  return last ? { from: swedishMidnightIso(first), to: swedishMidnightIso(last.add({ days: 1 })) } : { from: swedishMidnightIso(first) };
}

/** The day "previous" or "next" goes to: whole months and weeks, so links stay short and stable. */
export function stepDate(view: CalendarView, date: CalendarDate, direction: 1 | -1): CalendarDate {
  switch (view) {
    case 'month':
      return startOfMonth(date).add({ months: direction });
    case 'week':
      return mondayOf(date).add({ weeks: direction });
    case 'agenda':
      return date.add({ months: direction });
  }
}

type Timed = Pick<EventSummary, 'startsAt' | 'endsAt' | 'allDay' | 'title'>;

/**
 * The first and last Swedish day an event is on. It ends at its end instant rather than in it, so
 * an all-day event's end, the midnight after its last day, is not a day of its own.
 */
export function eventDays(event: Pick<EventSummary, 'startsAt' | 'endsAt'>): { first: CalendarDate; last: CalendarDate } {
  const starts = Date.parse(event.startsAt);
  const lastMoment = Math.max(starts, Date.parse(event.endsAt) - 1);
  return { first: dayOfInstant(new Date(starts)), last: dayOfInstant(new Date(lastMoment)) };
}

/**
 * The events of each day from `first` to `last`, keyed "2026-11-24". An event is on every Swedish
 * day it overlaps (see eventDays), so all-day and multi-day events show on each of their days.
 */
export function eventsByDay<E extends Timed>(events: readonly E[], first: CalendarDate, last: CalendarDate): Map<string, E[]> {
  const days = new Map<string, E[]>();
  for (const event of events) {
    const { first: firstDay, last: lastDay } = eventDays(event);
    let day = firstDay.compare(first) < 0 ? first : firstDay;
    const until = lastDay.compare(last) > 0 ? last : lastDay;
    for (; day.compare(until) <= 0; day = day.add({ days: 1 })) {
      const key = dayKey(day);
      const list = days.get(key);
      if (list) list.push(event);
      else days.set(key, [event]);
    }
  }
  for (const list of days.values()) list.sort(byStart);
  return days;
}

const collator = new Intl.Collator('sv');

// Those that began before the day (all-day or running on) come first, then by the clock.
function byStart(a: Timed, b: Timed): number {
  return Date.parse(a.startsAt) - Date.parse(b.startsAt) || Number(b.allDay) - Number(a.allDay) || collator.compare(a.title, b.title);
}

/** How an event sits in one day: begun earlier, running on after midnight, or both. */
export function placement(event: Pick<EventSummary, 'startsAt' | 'endsAt'>, day: CalendarDate): { beganBefore: boolean; endsAfter: boolean } {
  return {
    beganBefore: Date.parse(event.startsAt) < swedishMidnight(day).getTime(),
    endsAfter: Date.parse(event.endsAt) > swedishMidnight(day.add({ days: 1 })).getTime(),
  };
}
