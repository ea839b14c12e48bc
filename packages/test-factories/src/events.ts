import type { Prisma, PrismaClient } from '@repo/db';
import { unique } from './unique';

export interface EventInput {
  organiserAgencyId: string;
  title?: string;
  description?: string;
  kind?: Prisma.EventUncheckedCreateInput['kind'];
  /** Defaults to a two-hour event a week from now. */
  startsAt?: Date;
  endsAt?: Date;
  allDay?: boolean;
  place?: string | null;
  onlineUrl?: string | null;
  createdById?: string | null;
  contactId?: string | null;
  capacity?: number | null;
  registrationDeadline?: Date | null;
  visibility?: Prisma.EventUncheckedCreateInput['visibility'];
  invitedAgencyIds?: string[];
  targetSectors?: Prisma.EventUncheckedCreateInput['targetSectors'];
  targetMunicipalityCodes?: string[];
  targetCompetenceIds?: string[];
  cancelledAt?: Date | null;
}

const HOUR = 3_600_000;

/** Persists an event (a network-wide training with a place, unless told otherwise). */
export async function createEvent(
  prisma: Pick<PrismaClient, 'event'>,
  { invitedAgencyIds = [], targetCompetenceIds = [], startsAt, endsAt, ...input }: EventInput,
) {
  const start = startsAt ?? new Date(Date.now() + 7 * 24 * HOUR);
  return prisma.event.create({
    data: {
      title: `Utbildning ${unique('evenemang')}`,
      kind: 'TRAINING',
      place: 'Stadshuset, Karlstad',
      ...input,
      startsAt: start,
      endsAt: endsAt ?? new Date(start.getTime() + 2 * HOUR),
      invitedAgencies: { create: invitedAgencyIds.map((agencyId) => ({ agencyId })) },
      targetCompetences: { create: targetCompetenceIds.map((competenceId) => ({ competenceId })) },
    },
    select: { id: true, title: true, version: true, organiserAgencyId: true, startsAt: true, endsAt: true },
  });
}

/** Gives a user a seat at an event (or a place in its waitlist), as if they had registered at `at`. */
export async function createRegistration(
  prisma: Pick<PrismaClient, 'eventRegistration'>,
  input: { eventId: string; userId: string; status?: 'REGISTERED' | 'WAITLISTED'; at?: Date },
) {
  const at = input.at ?? new Date();
  const status = input.status ?? 'REGISTERED';
  return prisma.eventRegistration.create({
    data: { eventId: input.eventId, userId: input.userId, status, queuedAt: at, confirmedAt: status === 'REGISTERED' ? at : null },
  });
}
