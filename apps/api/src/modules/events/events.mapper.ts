import type { Event, EventKind, EventSummary, EventVisibility, RegistrationStatus, Sector } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import { swedishCollator } from '../../common/text/swedish-collator';
import type { EventAccessFacts } from './event-access';

/** One row of the list statement (events.repository.ts): the summary with its counts and the reader's place. */
export interface EventSummaryRow {
  id: string;
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  place: string | null;
  isOnline: boolean;
  organiserAgency: { id: string; name: string };
  targetMunicipalities: { code: string; name: string }[];
  targetSectors: Sector[];
  capacity: number | null;
  visibility: EventVisibility;
  cancelledAt: Date | null;
  registeredCount: number;
  waitlistCount: number;
  myStatus: RegistrationStatus | null;
  myWaitlistPosition: number | null;
}

/** What an event page shows beyond the summary, and what the access rules need. */
export const EVENT_DETAIL_SELECT = {
  id: true,
  title: true,
  description: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  place: true,
  onlineUrl: true,
  organiserAgencyId: true,
  contactId: true,
  createdById: true,
  targetSectors: true,
  targetMunicipalityCodes: true,
  capacity: true,
  registrationDeadline: true,
  visibility: true,
  cancelledAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  contact: { select: { id: true, name: true, email: true, phone: true, archivedAt: true } },
  createdBy: { select: { id: true, name: true } },
  targetCompetences: { select: { competence: { select: { id: true, slug: true, nameSv: true, nameEn: true, sortOrder: true } } } },
  invitedAgencies: { select: { agency: { select: { id: true, name: true } } } },
} satisfies Prisma.EventSelect;

export type EventDetailRow = Prisma.EventGetPayload<{ select: typeof EVENT_DETAIL_SELECT }>;

export function accessFactsOf(row: EventDetailRow): EventAccessFacts {
  return {
    visibility: row.visibility,
    organiserAgencyId: row.organiserAgencyId,
    createdById: row.createdById,
    invitedAgencyIds: row.invitedAgencies.map(({ agency }) => agency.id),
  };
}

export function toEventSummary(row: EventSummaryRow): EventSummary {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    allDay: row.allDay,
    place: row.place,
    isOnline: row.isOnline,
    organiserAgency: row.organiserAgency,
    targetMunicipalities: row.targetMunicipalities,
    targetSectors: row.targetSectors,
    capacity: row.capacity,
    registeredCount: row.registeredCount,
    waitlistCount: row.waitlistCount,
    visibility: row.visibility,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    myRegistration: row.myStatus ? { status: row.myStatus, waitlistPosition: row.myStatus === 'WAITLISTED' ? row.myWaitlistPosition : null } : null,
  };
}

export function toEvent(summary: EventSummaryRow, detail: EventDetailRow, reader: { registrationOpen: boolean; canManage: boolean }): Event {
  const contact = detail.contact && !detail.contact.archivedAt ? detail.contact : null;
  return {
    ...toEventSummary(summary),
    description: detail.description,
    onlineUrl: detail.onlineUrl,
    contact: contact ? { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone } : null,
    createdBy: detail.createdBy,
    targetCompetences: detail.targetCompetences
      .map(({ competence }) => competence)
      .sort((a, b) => a.sortOrder - b.sortOrder || swedishCollator.compare(a.nameSv, b.nameSv))
      .map(({ id, slug, nameSv, nameEn }) => ({ id, slug, nameSv, nameEn })),
    invitedAgencies: detail.invitedAgencies.map(({ agency }) => agency).sort((a, b) => swedishCollator.compare(a.name, b.name)),
    registrationDeadline: detail.registrationDeadline?.toISOString() ?? null,
    registrationOpen: reader.registrationOpen,
    canManage: reader.canManage,
    version: detail.version,
    createdAt: detail.createdAt.toISOString(),
    updatedAt: detail.updatedAt.toISOString(),
  };
}
