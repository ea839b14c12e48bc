import { stockholmDayEnd, stockholmDayStart } from './stockholm';

describe('Stockholm day boundaries', () => {
  it('starts a winter day at 23:00 UTC the evening before', () => {
    expect(stockholmDayStart('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
  });

  it('starts a summer day at 22:00 UTC the evening before', () => {
    expect(stockholmDayStart('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('ends the day clocks go forward (23 hours long) at the next local midnight', () => {
    expect(stockholmDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(stockholmDayEnd('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('ends the day clocks go back (25 hours long) at the next local midnight', () => {
    expect(stockholmDayEnd('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});
