import type { EventSummary } from '@repo/contracts';
import { dayOfInstant, isoWeekOfDay } from '../../../lib/calendar-days';
import { formatLongDay, formatTime } from '../../../lib/dates';
import { eventDays } from './calendar-layout';

type Language = 'sv' | 'en';
type EventTimes = Pick<EventSummary, 'startsAt' | 'endsAt' | 'allDay'>;

/**
 * When an event takes place, in Swedish time and the 24-hour clock:
 * "torsdag 3 december 2026 kl. 09:00–12:00", "torsdag 3 december 2026, heldag", or a span of days.
 */
export function eventWhenText(event: EventTimes, language: Language): string {
  if (event.allDay) {
    const { first, last } = eventDays(event);
    if (first.compare(last) === 0) return `${formatLongDay(first, language)}, ${language === 'sv' ? 'heldag' : 'all day'}`;
    const days = Math.round((Date.parse(event.endsAt) - Date.parse(event.startsAt)) / 86_400_000);
    return `${formatLongDay(first, language)} – ${formatLongDay(last, language)} (${days} ${language === 'sv' ? 'dagar' : 'days'})`;
  }
  const startDay = dayOfInstant(event.startsAt);
  const endDay = dayOfInstant(event.endsAt);
  const starts = formatTime(event.startsAt);
  const ends = formatTime(event.endsAt);
  const at = language === 'sv' ? ' kl. ' : ', ';
  if (startDay.compare(endDay) === 0) return `${formatLongDay(startDay, language)}${at}${starts}–${ends}`;
  return `${formatLongDay(startDay, language)}${at}${starts} – ${formatLongDay(endDay, language)}${at}${ends}`;
}

/** The ISO week or weeks it falls in: "v. 49", "v. 49–50" / "week 49", "weeks 49–50". */
export function eventWeekText(event: EventTimes, language: Language): string {
  const first = isoWeekOfDay(dayOfInstant(event.startsAt));
  // A timed event that ends at midnight still ends in the week of that midnight, as its time says.
  const last = isoWeekOfDay(event.allDay ? eventDays(event).last : dayOfInstant(event.endsAt));
  if (first === last) return language === 'sv' ? `v. ${first}` : `week ${first}`;
  return language === 'sv' ? `v. ${first}–${last}` : `weeks ${first}–${last}`;
}
