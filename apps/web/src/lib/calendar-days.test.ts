import { CalendarDate } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import {
  dayOfInstant,
  isDay,
  isoOfWallTime,
  isoWeekOfDay,
  isWallTime,
  monthWeeks,
  parseDay,
  swedishMidnight,
  swedishMidnightIso,
  wallTimeOfInstant,
  weekDays,
} from './calendar-days';

const day = (year: number, month: number, date: number) => new CalendarDate(year, month, date);

describe('calendar days in Sweden', () => {
  it('lays out a month in whole weeks from Monday to Sunday, with their ISO week numbers', () => {
    // November 2026 starts on a Sunday and ends on a Monday: six rows.
    const weeks = monthWeeks(day(2026, 11, 24));
    expect(weeks).toHaveLength(6);
    expect(weeks.map((week) => week.length)).toEqual([7, 7, 7, 7, 7, 7]);
    expect(weeks[0]?.[0]?.toString()).toBe('2026-10-26');
    expect(weeks[5]?.[6]?.toString()).toBe('2026-12-06');
    expect(weeks.map((week) => isoWeekOfDay(week[0] ?? day(1, 1, 1)))).toEqual([44, 45, 46, 47, 48, 49]);
  });

  it('needs only four rows for a February from Monday to Sunday', () => {
    const weeks = monthWeeks(day(2027, 2, 10));
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]?.toString()).toBe('2027-02-01');
    expect(weeks[3]?.[6]?.toString()).toBe('2027-02-28');
  });

  it('numbers the weeks across the turn of the year', () => {
    const weeks = monthWeeks(day(2027, 1, 1));
    expect(weeks[0]?.map(String)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weeks.map((week) => isoWeekOfDay(week[0] ?? day(1, 1, 1)))).toEqual([53, 1, 2, 3, 4]); // 31 January 2027 is a Sunday
  });

  it('gives the week from Monday, also when asked on a Sunday', () => {
    expect(weekDays(day(2026, 11, 29)).map(String)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(weekDays(day(2026, 11, 23))[0]?.toString()).toBe('2026-11-23');
  });

  it('starts a day at midnight Swedish time, in winter and summer time alike', () => {
    expect(swedishMidnightIso(day(2026, 11, 24))).toBe('2026-11-24T00:00:00+01:00');
    expect(swedishMidnightIso(day(2026, 7, 1))).toBe('2026-07-01T00:00:00+02:00');
    // Clocks go forward at 02:00 on 29 March 2026: that midnight is still winter time.
    expect(swedishMidnightIso(day(2026, 3, 29))).toBe('2026-03-29T00:00:00+01:00');
    expect(swedishMidnightIso(day(2026, 3, 30))).toBe('2026-03-30T00:00:00+02:00');
    expect(swedishMidnight(day(2026, 11, 24)).toISOString()).toBe('2026-11-23T23:00:00.000Z');
  });

  it('finds the Swedish day of an instant, where UTC is still on the day before', () => {
    expect(dayOfInstant('2026-11-29T23:30:00Z').toString()).toBe('2026-11-30');
    expect(dayOfInstant('2026-07-31T21:59:59Z').toString()).toBe('2026-07-31');
    expect(dayOfInstant('2026-07-31T22:00:00Z').toString()).toBe('2026-08-01');
  });

  it('reads only real dates from a link', () => {
    expect(parseDay('2026-11-24')?.toString()).toBe('2026-11-24');
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('2026-11')).toBeUndefined();
    expect(parseDay('igår')).toBeUndefined();
    expect(parseDay(null)).toBeUndefined();
  });

  it('numbers the ISO week of a calendar date, whatever time zone the browser is in', () => {
    expect(isoWeekOfDay({ year: 2026, month: 11, day: 24 })).toBe(48);
    expect(isoWeekOfDay({ year: 2026, month: 12, day: 31 })).toBe(53);
    expect(isoWeekOfDay({ year: 2027, month: 1, day: 1 })).toBe(53);
    expect(isoWeekOfDay({ year: 2027, month: 1, day: 4 })).toBe(1);
    expect(isoWeekOfDay({ year: 2025, month: 12, day: 29 })).toBe(1); // a Monday of week 1 of 2026
    expect(isoWeekOfDay({ year: 2028, month: 1, day: 2 })).toBe(52); // a Sunday still in 2027's last week
  });

  it('tells a day and a wall-clock time by their form', () => {
    expect(isDay('2026-12-03')).toBe(true);
    expect(isDay('2026-12-03T09:00')).toBe(false);
    expect(isWallTime('2026-12-03T09:00')).toBe(true);
    expect(isWallTime('2026-12-03')).toBe(false);
    expect(isWallTime('2026-12-03T09:00:00')).toBe(false);
  });
});

describe('Swedish wall-clock time', () => {
  it('reads an instant in Swedish time, in winter and in summer', () => {
    expect(wallTimeOfInstant('2026-12-03T08:00:00.000Z')).toBe('2026-12-03T09:00');
    expect(wallTimeOfInstant('2026-06-03T07:30:00.000Z')).toBe('2026-06-03T09:30');
    expect(dayOfInstant('2026-12-02T23:00:00.000Z').toString()).toBe('2026-12-03');
  });

  it("sends Sweden's offset of the day, across the daylight-saving change", () => {
    expect(isoOfWallTime('2026-03-28T09:00')).toBe('2026-03-28T09:00:00+01:00');
    expect(isoOfWallTime('2026-03-29T09:00')).toBe('2026-03-29T09:00:00+02:00');
    expect(isoOfWallTime('2026-10-25T09:00')).toBe('2026-10-25T09:00:00+01:00');
  });

  it('moves a time the spring change skips to the hour after', () => {
    expect(isoOfWallTime('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
  });
});
