import type { Prisma } from '@repo/db';

type Db = Prisma.TransactionClient;

/** Someone moved up from the waitlist to a seat. */
export interface PromotedParticipant {
  userId: string;
  name: string;
  email: string;
}

/** Free seats at an event; null means no limit. */
export function freeSeats(capacity: number | null, registered: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - registered);
}

/**
 * Locks the event row, so no registration can take a seat meanwhile, and moves waitlisted people
 * up, first come first served, until the seats are full (everyone when there is no limit).
 * A closed (disabled) account is passed over and keeps its place; the seats count everyone registered.
 * Run it inside the transaction that freed the seats or raised the capacity; the caller audits
 * `event.promoted` and mails the promoted after the commit.
 *
 * A cancelled or started event moves nobody up. A passed deadline does not stop it: those
 * waiting asked in time, and a seat freed at the last minute is still worth having.
 */
export async function promoteFromWaitlist(tx: Db, eventId: string, at: Date): Promise<PromotedParticipant[]> {
  const [event] = await tx.$queryRaw<{ capacity: number | null; startsAt: Date; cancelledAt: Date | null }[]>`
    SELECT capacity, starts_at AS "startsAt", cancelled_at AS "cancelledAt" FROM events WHERE id = ${eventId}::uuid FOR UPDATE`;
  if (!event || event.cancelledAt !== null || event.startsAt <= at) return [];
  const registered = await tx.eventRegistration.count({ where: { eventId, status: 'REGISTERED' } });
  const seats = freeSeats(event.capacity, registered);
  if (seats === 0) return [];
  const next = await tx.eventRegistration.findMany({
    where: { eventId, status: 'WAITLISTED', user: { disabledAt: null } },
    orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
    ...(seats === null ? {} : { take: seats }),
    select: { id: true, user: { select: { id: true, name: true, email: true } } },
  });
  if (next.length === 0) return [];
  await tx.eventRegistration.updateMany({
    where: { id: { in: next.map((r) => r.id) }, status: 'WAITLISTED' },
    data: { status: 'REGISTERED', confirmedAt: at },
  });
  return next.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email }));
}
