import type { CalendarDate } from '@internationalized/date';
import { dayOfInstant, isoWeekOfDay, TIME_ZONE } from './calendar-days';

/**
 * Dates and times in words as Swedes read them: Europe/Stockholm, 24-hour clock, ISO weeks.
 * Instants (Date or ISO 8601 text) are written in Swedish time; days (CalendarDate) have no time,
 * so no zone can shift them. The days and weeks themselves are reckoned in `calendar-days.ts`.
 */

type Language = 'sv' | 'en';
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, ...options });
    formatters.set(key, cached);
  }
  return cached;
}

const toDate = (value: Date | string) => (typeof value === 'string' ? new Date(value) : value);

/** "2026-11-24", whatever the language. */
export function formatDate(value: Date | string): string {
  const { year, month, day } = dayOfInstant(value);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "24 november 2026" (sv) or "24 November 2026" (en). */
export function formatLongDate(value: Date | string, language: Language = 'sv'): string {
  return formatter(language, { day: 'numeric', month: 'long', year: 'numeric' }).format(toDate(value));
}

/** "14:05", 24-hour clock. */
export function formatTime(value: Date | string): string {
  return formatter('sv', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(toDate(value));
}

/** "2026-11-24 14:05". */
export function formatDateTime(value: Date | string): string {
  return `${formatDate(value)} ${formatTime(value)}`;
}

/** ISO 8601 week number of the Stockholm calendar date (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(value: Date | string): number {
  return isoWeekOfDay(dayOfInstant(value));
}

/** "v. 48" (sv) or "week 48" (en). */
export function weekLabel(value: Date | string, language: Language = 'sv'): string {
  return language === 'sv' ? `v. ${isoWeek(value)}` : `week ${isoWeek(value)}`;
}

/** A day in words ("tisdag 24 november 2026" with these options): written as a day in UTC, where it has no offset. */
export function formatDay(day: CalendarDate, language: Language, options: Intl.DateTimeFormatOptions): string {
  return formatter(language, { ...options, timeZone: 'UTC' }).format(day.toDate('UTC'));
}

/** "torsdag 3 december 2026" (sv) or "Thursday 3 December 2026" (en). */
export function formatLongDay(day: CalendarDate, language: Language = 'sv'): string {
  return `${formatDay(day, language, { weekday: 'long' })} ${formatDay(day, language, { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

/** "23–29 november 2026", "30 november – 6 december 2026", as the language writes a span of days. */
export function formatDayRange(first: CalendarDate, last: CalendarDate, language: Language): string {
  return formatter(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(first.toDate('UTC'), last.toDate('UTC'));
}
