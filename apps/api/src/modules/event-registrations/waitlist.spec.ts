import { freeSeats } from './waitlist';

describe('freeSeats', () => {
  it('is the capacity less the registered, never below zero', () => {
    expect(freeSeats(10, 7)).toBe(3);
    expect(freeSeats(10, 10)).toBe(0);
    // Capacity lowered below those already registered: nobody moves up.
    expect(freeSeats(5, 8)).toBe(0);
  });

  it('has no limit without a capacity', () => {
    expect(freeSeats(null, 500)).toBeNull();
  });
});
