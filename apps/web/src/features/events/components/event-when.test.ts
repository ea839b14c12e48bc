import { describe, expect, it } from 'vitest';
import { eventWeekText, eventWhenText } from './event-when';

describe('eventWhenText', () => {
  it('writes a morning in Swedish time on the 24-hour clock', () => {
    // 08:00 UTC is 09:00 in Stockholm in winter.
    const event = { startsAt: '2026-12-03T08:00:00.000Z', endsAt: '2026-12-03T11:00:00.000Z', allDay: false };
    expect(eventWhenText(event, 'sv')).toBe('torsdag 3 december 2026 kl. 09:00–12:00');
    expect(eventWhenText(event, 'en')).toBe('Thursday 3 December 2026, 09:00–12:00');
    expect(eventWeekText(event, 'sv')).toBe('v. 49');
    expect(eventWeekText(event, 'en')).toBe('week 49');
  });

  it('uses summer time in summer and the evening after 18:00', () => {
    const event = { startsAt: '2026-06-10T16:30:00.000Z', endsAt: '2026-06-10T19:00:00.000Z', allDay: false };
    expect(eventWhenText(event, 'sv')).toBe('onsdag 10 juni 2026 kl. 18:30–21:00');
  });

  it('writes both days of an event that runs past midnight', () => {
    const event = { startsAt: '2026-12-03T08:00:00.000Z', endsAt: '2026-12-04T15:00:00.000Z', allDay: false };
    expect(eventWhenText(event, 'sv')).toBe('torsdag 3 december 2026 kl. 09:00 – fredag 4 december 2026 kl. 16:00');
  });

  it('writes a one-day all-day event as a whole day', () => {
    // Swedish midnight to the next Swedish midnight.
    const event = { startsAt: '2026-12-02T23:00:00.000Z', endsAt: '2026-12-03T23:00:00.000Z', allDay: true };
    expect(eventWhenText(event, 'sv')).toBe('torsdag 3 december 2026, heldag');
    expect(eventWhenText(event, 'en')).toBe('Thursday 3 December 2026, all day');
    expect(eventWeekText(event, 'sv')).toBe('v. 49');
  });

  it('writes the last day of a multi-day event, not the exclusive end, across the change to summer time', () => {
    // Friday 27 – Monday 30 March 2026; the clocks go forward on Sunday the 29th.
    const event = { startsAt: '2026-03-26T23:00:00.000Z', endsAt: '2026-03-30T22:00:00.000Z', allDay: true };
    expect(eventWhenText(event, 'sv')).toBe('fredag 27 mars 2026 – måndag 30 mars 2026 (4 dagar)');
    expect(eventWhenText(event, 'en')).toBe('Friday 27 March 2026 – Monday 30 March 2026 (4 days)');
    expect(eventWeekText(event, 'sv')).toBe('v. 13–14');
    expect(eventWeekText(event, 'en')).toBe('weeks 13–14');
  });
});
