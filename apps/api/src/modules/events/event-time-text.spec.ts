import { eventTimeText } from './event-time-text';

describe('eventTimeText', () => {
  it('writes a timed event in Swedish time with the Swedish clock', () => {
    expect(eventTimeText({ startsAt: new Date('2026-12-03T08:00:00Z'), endsAt: new Date('2026-12-03T11:00:00Z'), allDay: false })).toBe(
      'torsdag 3 december 2026 kl. 09.00–12.00',
    );
  });

  it('uses summer time in summer', () => {
    expect(eventTimeText({ startsAt: new Date('2026-06-10T07:30:00Z'), endsAt: new Date('2026-06-10T09:00:00Z'), allDay: false })).toBe(
      'onsdag 10 juni 2026 kl. 09.30–11.00',
    );
  });

  it('names both days of an event past midnight', () => {
    expect(eventTimeText({ startsAt: new Date('2026-12-03T21:00:00Z'), endsAt: new Date('2026-12-04T01:00:00Z'), allDay: false })).toBe(
      'torsdag 3 december 2026 kl. 22.00 – fredag 4 december 2026 kl. 02.00',
    );
  });

  it('writes all-day events by their days, the end being the midnight after the last', () => {
    const oneDay = { startsAt: new Date('2026-12-02T23:00:00Z'), endsAt: new Date('2026-12-03T23:00:00Z'), allDay: true };
    expect(eventTimeText(oneDay)).toBe('torsdag 3 december 2026 (heldag)');
    const twoDays = { startsAt: new Date('2026-12-02T23:00:00Z'), endsAt: new Date('2026-12-04T23:00:00Z'), allDay: true };
    expect(eventTimeText(twoDays)).toBe('torsdag 3 december 2026 – fredag 4 december 2026');
  });
});
