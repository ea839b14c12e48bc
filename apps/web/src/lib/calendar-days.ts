import {
  type CalendarDate,
  endOfMonth,
  endOfWeek,
  fromAbsolute,
  parseDate,
  parseDateTime,
  startOfMonth,
  startOfWeek,
  toCalendarDate,
  toCalendarDateTime,
  today,
  toZoned,
  type ZonedDateTime,
} from '@internationalized/date';

/*
 * Days and times as Swedes count them, whatever the browser's own time zone is: days from
 * midnight to midnight in Stockholm, weeks from Monday to Sunday numbered as ISO 8601 does, and
 * times as forms hold them, the wall-clock time in Sweden ("2026-12-03T09:00"), so someone abroad
 * still enters Swedish time. A day is "2026-12-03". Words for them are in `dates.ts`.
 */

export const TIME_ZONE = 'Europe/Stockholm';

const LOCALE = 'sv-SE';
const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const WALL_TIME_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A Swedish wall-clock time to the minute: "2026-12-03T09:00". */
export type SwedishWallTime = string;

/** Whether the text is a whole wall-clock time ("2026-12-03T09:00"). */
export const isWallTime = (value: string) => WALL_TIME_TEXT.test(value);

/** Whether the text has the form of a day ("2026-12-03"); `parseDay` also checks that the day exists. */
export const isDay = (value: string) => DAY_TEXT.test(value);

/** Today in Sweden. */
export function todayInSweden(): CalendarDate {
  return today(TIME_ZONE);
}

/** "2026-11-24" as a day, or undefined when it is not a real date. */
export function parseDay(value: string | null | undefined): CalendarDate | undefined {
  if (!value || !isDay(value)) return undefined;
  try {
    return parseDate(value);
  } catch {
    // A date that does not exist (2026-02-30): the caller falls back to today.
    return undefined;
  }
}

/** An instant (ISO 8601 text from the API, or a Date) as the moment it is in Sweden. */
function inSweden(value: string | Date): ZonedDateTime {
  return fromAbsolute(typeof value === 'string' ? Date.parse(value) : value.getTime(), TIME_ZONE);
}

/** The Swedish day an instant falls on. */
export function dayOfInstant(value: string | Date): CalendarDate {
  return toCalendarDate(inSweden(value));
}

/** Midnight in Stockholm at the start of the day, as an instant. */
export function swedishMidnight(day: CalendarDate): Date {
  return toZoned(day, TIME_ZONE).toDate();
}

/** A moment as the API takes it: ISO 8601 with Sweden's offset then ("2026-12-03T09:00:00+01:00"). */
function isoWithOffset(moment: ZonedDateTime): string {
  return moment.toString().replace(/\[.*\]$/, '');
}

/** Midnight in Stockholm at the start of the day, with its offset: "2026-11-24T00:00:00+01:00". */
export function swedishMidnightIso(day: CalendarDate): string {
  return isoWithOffset(toZoned(day, TIME_ZONE));
}

/** The Swedish wall-clock time of a picked moment, to the minute. */
export function wallTimeOf(moment: ZonedDateTime): SwedishWallTime {
  return toCalendarDateTime(moment.set({ second: 0, millisecond: 0 })).toString().slice(0, 16);
}

/** An instant from the API (UTC) as Swedish wall-clock time. */
export function wallTimeOfInstant(value: string | Date): SwedishWallTime {
  return wallTimeOf(inSweden(value));
}

/** The moment a Swedish wall-clock time stands for. A time skipped by the spring change falls an hour later. */
export function zonedOf(wall: SwedishWallTime): ZonedDateTime {
  return toZoned(parseDateTime(wall), TIME_ZONE);
}

/** A Swedish wall-clock time as the API takes it: "2026-12-03T09:00:00+01:00". */
export function isoOfWallTime(wall: SwedishWallTime): string {
  return isoWithOffset(zonedOf(wall));
}

export function mondayOf(day: CalendarDate): CalendarDate {
  return startOfWeek(day, LOCALE, 'mon');
}

/** Monday to Sunday of the day's week. */
export function weekDays(day: CalendarDate): CalendarDate[] {
  const monday = mondayOf(day);
  return Array.from({ length: 7 }, (_, index) => monday.add({ days: index }));
}

/** The weeks (Monday to Sunday) that hold the month's days, as a month calendar shows them. */
export function monthWeeks(day: CalendarDate): CalendarDate[][] {
  const first = mondayOf(startOfMonth(day));
  const last = endOfWeek(endOfMonth(day), LOCALE, 'mon');
  const weeks: CalendarDate[][] = [];
  for (let monday = first; monday.compare(last) <= 0; monday = monday.add({ weeks: 1 })) weeks.push(weekDays(monday));
  return weeks;
}

/** ISO 8601 week number of a calendar date (month 1–12; weeks start on Monday; week 1 holds 4 January). */
export function isoWeekOfDay({ year, month, day }: { year: number; month: number; day: number }): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** "2026-11-24". */
export function dayKey(day: CalendarDate): string {
  return day.toString();
}
