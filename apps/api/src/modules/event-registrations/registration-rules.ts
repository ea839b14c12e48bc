/** Why registering (or giving a place up) is no longer possible; the web translates these. */
export type RegistrationClosedReason = 'cancelled' | 'started' | 'deadline_passed';

export interface RegistrationWindow {
  startsAt: Date;
  registrationDeadline: Date | null;
  cancelledAt: Date | null;
}

/**
 * Registration is open while the event is not cancelled, has not started, and its deadline (if
 * any) has not passed; null while open.
 */
export function registrationClosedReason(event: RegistrationWindow, now: Date): RegistrationClosedReason | null {
  if (event.cancelledAt !== null) return 'cancelled';
  if (now >= event.startsAt) return 'started';
  if (event.registrationDeadline !== null && now >= event.registrationDeadline) return 'deadline_passed';
  return null;
}

/**
 * A seat or a waitlist place may be given up until the event starts, also after the deadline: the
 * deadline closes new registrations only, and a freed seat still goes to the waitlist.
 */
export function unregistrationClosedReason(event: RegistrationWindow, now: Date): Exclude<RegistrationClosedReason, 'deadline_passed'> | null {
  const reason = registrationClosedReason(event, now);
  return reason === 'deadline_passed' ? null : reason;
}

export const CLOSED_MESSAGES: Record<RegistrationClosedReason, string> = {
  cancelled: 'The event is cancelled; registration is closed.',
  started: 'The event has started; registration is closed.',
  deadline_passed: 'The registration deadline has passed.',
};

/**
 * When a new request for a place is queued: now, but always after everyone already queued. Under
 * the event's row lock this keeps the waitlist's order (queuedAt, id) the order in which the
 * requests were served, also when several arrive within one millisecond.
 */
export function nextQueuedAt(now: Date, lastQueuedAt: Date | null): Date {
  if (lastQueuedAt === null || now > lastQueuedAt) return now;
  return new Date(lastQueuedAt.getTime() + 1);
}
