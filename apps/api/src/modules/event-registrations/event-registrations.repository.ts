import { Injectable } from '@nestjs/common';
import type { Prisma, RegistrationStatus } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import type { EventAccessFacts } from '../events/event-access';
import type { RegistrationWindow } from './registration-rules';

type Db = Prisma.TransactionClient;

const EVENT_SELECT = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  place: true,
  onlineUrl: true,
  capacity: true,
  registrationDeadline: true,
  cancelledAt: true,
  visibility: true,
  organiserAgencyId: true,
  createdById: true,
  invitedAgencies: { select: { agencyId: true } },
} satisfies Prisma.EventSelect;

export type RegistrationEvent = Omit<Prisma.EventGetPayload<{ select: typeof EVENT_SELECT }>, 'invitedAgencies'> & EventAccessFacts;

/** The event as locked for a registration: what decides whether a seat may be taken. */
export interface LockedEvent extends RegistrationWindow {
  capacity: number | null;
}

export const PARTICIPANT_SELECT = {
  id: true,
  status: true,
  queuedAt: true,
  confirmedAt: true,
  user: { select: { id: true, name: true, email: true, agency: { select: { id: true, name: true } } } },
} satisfies Prisma.EventRegistrationSelect;

export type ParticipantRow = Prisma.EventRegistrationGetPayload<{ select: typeof PARTICIPANT_SELECT }>;

export interface RegistrationRow {
  id: string;
  status: RegistrationStatus;
  queuedAt: Date;
}

@Injectable()
export class EventRegistrationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    // Requests for one event queue on its row lock; in a rush they wait their turn rather than fail.
    return this.prisma.client.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
  }

  async findEvent(id: string, db: Db = this.prisma.client): Promise<RegistrationEvent | null> {
    const row = await db.event.findUnique({ where: { id }, select: EVENT_SELECT });
    if (!row) return null;
    const { invitedAgencies, ...event } = row;
    return { ...event, invitedAgencyIds: invitedAgencies.map((invited) => invited.agencyId) };
  }

  /** Locks the event row until the transaction ends: every seat is taken or freed under this lock. */
  async lockEvent(tx: Db, id: string): Promise<LockedEvent | null> {
    const [row] = await tx.$queryRaw<LockedEvent[]>`
      SELECT capacity, starts_at AS "startsAt", registration_deadline AS "registrationDeadline", cancelled_at AS "cancelledAt"
      FROM events WHERE id = ${id}::uuid FOR UPDATE`;
    return row ?? null;
  }

  findRegistration(tx: Db, eventId: string, userId: string): Promise<RegistrationRow | null> {
    return tx.eventRegistration.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { id: true, status: true, queuedAt: true } });
  }

  countRegistered(tx: Db, eventId: string): Promise<number> {
    return tx.eventRegistration.count({ where: { eventId, status: 'REGISTERED' } });
  }

  /** 1 for the next in line. */
  async waitlistPosition(tx: Db, eventId: string, registration: { id: string; queuedAt: Date }): Promise<number> {
    const ahead = await tx.eventRegistration.count({
      where: {
        eventId,
        status: 'WAITLISTED',
        OR: [{ queuedAt: { lt: registration.queuedAt } }, { queuedAt: registration.queuedAt, id: { lt: registration.id } }],
      },
    });
    return ahead + 1;
  }

  async lastQueuedAt(tx: Db, eventId: string): Promise<Date | null> {
    const { _max } = await tx.eventRegistration.aggregate({ where: { eventId }, _max: { queuedAt: true } });
    return _max.queuedAt;
  }

  create(tx: Db, data: { eventId: string; userId: string; status: RegistrationStatus; queuedAt: Date }): Promise<RegistrationRow> {
    return tx.eventRegistration.create({
      data: { ...data, confirmedAt: data.status === 'REGISTERED' ? data.queuedAt : null },
      select: { id: true, status: true, queuedAt: true },
    });
  }

  async delete(tx: Db, id: string): Promise<void> {
    await tx.eventRegistration.delete({ where: { id } });
  }

  findUser(tx: Db, id: string): Promise<{ id: string; name: string; email: string } | null> {
    return tx.user.findUnique({ where: { id }, select: { id: true, name: true, email: true } });
  }

  /** Everyone with a seat (in the order they got it) and the waitlist (in its order). */
  participants(eventId: string): Promise<ParticipantRow[]> {
    return this.prisma.client.eventRegistration.findMany({
      where: { eventId },
      select: PARTICIPANT_SELECT,
      orderBy: [{ status: 'asc' }, { confirmedAt: 'asc' }, { queuedAt: 'asc' }, { id: 'asc' }],
    });
  }
}
