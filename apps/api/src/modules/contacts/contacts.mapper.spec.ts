import { isAway, isStale } from './contacts.mapper';

describe('contact freshness and absence', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('is stale when never verified or verified more than twelve months ago', () => {
    expect(isStale(null, now)).toBe(true);
    expect(isStale(new Date('2025-11-26T09:00:00Z'), now)).toBe(true);
    expect(isStale(new Date('2025-11-28T10:00:00Z'), now)).toBe(false);
  });

  it('is away up to and including the return day, in Swedish time', () => {
    expect(isAway(null, now)).toBe(false);
    expect(isAway(new Date('2026-11-27T00:00:00Z'), now)).toBe(true);
    expect(isAway(new Date('2026-11-26T00:00:00Z'), now)).toBe(false);
    // 23:30 UTC on the 26th is already the 27th in Stockholm.
    expect(isAway(new Date('2026-11-26T00:00:00Z'), new Date('2026-11-26T23:30:00Z'))).toBe(false);
    expect(isAway(new Date('2026-11-27T00:00:00Z'), new Date('2026-11-26T23:30:00Z'))).toBe(true);
  });
});
