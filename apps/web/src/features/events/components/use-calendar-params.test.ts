import { CalendarDate } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { calendarSearch } from './use-calendar-params';

describe('links within the calendar', () => {
  const current = new URLSearchParams('view=week&date=2026-11-24&mine=true&municipality=1784');

  it('keep the filters when the view or the day changes', () => {
    expect(calendarSearch(current, { view: 'agenda' })).toBe('?view=agenda&date=2026-11-24&mine=true&municipality=1784');
    expect(calendarSearch(current, { date: new CalendarDate(2026, 12, 1) })).toBe('?view=week&date=2026-12-01&mine=true&municipality=1784');
  });

  it('leave out what is the default: the month view, and today', () => {
    expect(calendarSearch(current, { view: 'month', date: null })).toBe('?mine=true&municipality=1784');
    expect(calendarSearch(new URLSearchParams('date=2026-11-24'), { date: null })).toBe('');
  });
});
