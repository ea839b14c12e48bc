import { nextQueuedAt, registrationClosedReason, unregistrationClosedReason } from './registration-rules';

describe('registrationClosedReason', () => {
  const startsAt = new Date('2026-12-03T08:00:00Z');
  const open = { startsAt, registrationDeadline: null, cancelledAt: null };

  it('is open before the start when there is no deadline', () => {
    expect(registrationClosedReason(open, new Date('2026-12-03T07:59:59Z'))).toBeNull();
  });

  it('closes when the event starts', () => {
    expect(registrationClosedReason(open, startsAt)).toBe('started');
    expect(registrationClosedReason(open, new Date('2026-12-04T00:00:00Z'))).toBe('started');
  });

  it('closes at the deadline', () => {
    const event = { ...open, registrationDeadline: new Date('2026-12-01T22:59:00Z') };
    expect(registrationClosedReason(event, new Date('2026-12-01T22:58:59Z'))).toBeNull();
    expect(registrationClosedReason(event, new Date('2026-12-01T22:59:00Z'))).toBe('deadline_passed');
  });

  it('names the cancellation before anything else', () => {
    const event = { ...open, registrationDeadline: new Date('2026-12-01T00:00:00Z'), cancelledAt: new Date('2026-11-20T00:00:00Z') };
    expect(registrationClosedReason(event, new Date('2026-11-21T00:00:00Z'))).toBe('cancelled');
    expect(registrationClosedReason(event, new Date('2026-12-05T00:00:00Z'))).toBe('cancelled');
  });

  it('names the start before the deadline once both have passed', () => {
    const event = { ...open, registrationDeadline: new Date('2026-12-01T00:00:00Z') };
    expect(registrationClosedReason(event, new Date('2026-12-05T00:00:00Z'))).toBe('started');
  });
});

describe('unregistrationClosedReason', () => {
  const startsAt = new Date('2026-12-03T08:00:00Z');
  const event = { startsAt, registrationDeadline: new Date('2026-12-01T22:59:00Z'), cancelledAt: null };

  it('stays open after the deadline, until the event starts', () => {
    expect(unregistrationClosedReason(event, new Date('2026-12-02T12:00:00Z'))).toBeNull();
    expect(unregistrationClosedReason(event, new Date('2026-12-03T07:59:59Z'))).toBeNull();
    expect(unregistrationClosedReason(event, startsAt)).toBe('started');
  });

  it('is closed for a cancelled event', () => {
    expect(unregistrationClosedReason({ ...event, cancelledAt: new Date('2026-11-20T00:00:00Z') }, new Date('2026-11-21T00:00:00Z'))).toBe('cancelled');
  });
});

describe('nextQueuedAt', () => {
  const now = new Date('2026-11-27T10:00:00.000Z');

  it('is now for the first in line, or when now is later than everyone queued', () => {
    expect(nextQueuedAt(now, null)).toEqual(now);
    expect(nextQueuedAt(now, new Date('2026-11-27T09:59:59.999Z'))).toEqual(now);
  });

  it('comes after the last queued within the same millisecond, so the order is the order served', () => {
    expect(nextQueuedAt(now, now)).toEqual(new Date('2026-11-27T10:00:00.001Z'));
    expect(nextQueuedAt(now, new Date('2026-11-27T10:00:00.005Z'))).toEqual(new Date('2026-11-27T10:00:00.006Z'));
  });
});
