import { CalendarDate } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, formatDayRange, formatLongDate, formatLongDay, formatTime, isoWeek, weekLabel } from './dates';

describe('dates in Europe/Stockholm', () => {
  it('formats dates the Swedish way, in both languages', () => {
    expect(formatDate('2026-11-24T10:00:00Z')).toBe('2026-11-24');
    expect(formatLongDate('2026-11-24T10:00:00Z')).toBe('24 november 2026');
    expect(formatLongDate('2026-11-24T10:00:00Z', 'en')).toBe('24 November 2026');
  });

  it('uses the 24-hour clock and Stockholm time, not UTC', () => {
    expect(formatTime('2026-11-24T13:05:00Z')).toBe('14:05'); // CET, UTC+1
    expect(formatTime('2026-06-24T13:05:00Z')).toBe('15:05'); // CEST, UTC+2
    expect(formatDateTime('2026-11-24T22:30:00Z')).toBe('2026-11-24 23:30');
  });

  it('follows the daylight-saving changes', () => {
    expect(formatTime('2026-03-29T00:59:00Z')).toBe('01:59'); // just before clocks go forward
    expect(formatTime('2026-03-29T01:00:00Z')).toBe('03:00'); // 02:00 CET became 03:00 CEST
    expect(formatTime('2026-10-25T00:30:00Z')).toBe('02:30'); // first 02:30, still CEST
    expect(formatTime('2026-10-25T01:30:00Z')).toBe('02:30'); // second 02:30, CET
  });

  it('gives the Stockholm date near midnight, where UTC is still on the day before', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(formatDate('2026-07-31T22:30:00Z')).toBe('2026-08-01');
  });

  it('numbers ISO weeks across year boundaries', () => {
    expect(isoWeek('2026-11-24T12:00:00Z')).toBe(48);
    expect(isoWeek('2026-12-31T12:00:00Z')).toBe(53);
    expect(isoWeek('2027-01-01T12:00:00Z')).toBe(53);
    expect(isoWeek('2027-01-03T12:00:00Z')).toBe(53);
    expect(isoWeek('2027-01-04T12:00:00Z')).toBe(1);
    expect(isoWeek('2021-01-03T12:00:00Z')).toBe(53);
    expect(isoWeek('2024-12-30T12:00:00Z')).toBe(1);
  });

  it('takes the week of the Stockholm date: Sunday 23:30 UTC is already Monday in Stockholm', () => {
    expect(isoWeek('2026-11-29T23:30:00Z')).toBe(49);
    expect(weekLabel('2026-11-24T12:00:00Z')).toBe('v. 48');
    expect(weekLabel('2026-11-24T12:00:00Z', 'en')).toBe('week 48');
  });

  it('writes days in words in both languages', () => {
    const day = (year: number, month: number, date: number) => new CalendarDate(year, month, date);
    expect(formatDay(day(2026, 11, 24), 'sv', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })).toBe('tisdag 24 november 2026');
    expect(formatDay(day(2026, 11, 24), 'sv', { month: 'long', year: 'numeric' })).toBe('november 2026');
    expect(formatDay(day(2026, 11, 24), 'en', { month: 'long', year: 'numeric' })).toBe('November 2026');
    expect(formatLongDay(day(2026, 12, 3))).toBe('torsdag 3 december 2026');
    expect(formatLongDay(day(2026, 12, 3), 'en')).toBe('Thursday 3 December 2026');
    expect(formatDayRange(day(2026, 11, 23), day(2026, 11, 29), 'sv')).toBe('23–29 november 2026');
    expect(formatDayRange(day(2026, 12, 28), day(2027, 1, 3), 'sv')).toBe('28 december 2026–3 januari 2027');
  });
});
