import { hasPermission, ROLES } from '@repo/contracts';
import { Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';

/** What the access rules need to know about an event. */
export interface EventAccessFacts {
  visibility: 'NETWORK' | 'INVITED_AGENCIES';
  organiserAgencyId: string;
  createdById: string | null;
  invitedAgencyIds: readonly string[];
}

/** What the access rules need to know about the reader. */
export type EventActor = Pick<Actor, 'id' | 'role' | 'agencyId' | 'isAgencyEditor'>;

/**
 * Network events are open to every member. An invited-agencies event is seen by the organising
 * agency, the invited agencies, whoever posted it, and those who may manage every event.
 */
export function canSeeEvent(actor: EventActor, event: EventAccessFacts): boolean {
  return (
    event.visibility === 'NETWORK' ||
    hasPermission(actor.role, 'events:manage') ||
    event.createdById === actor.id ||
    event.organiserAgencyId === actor.agencyId ||
    event.invitedAgencyIds.includes(actor.agencyId)
  );
}

/** Edit, cancel and the participant list: whoever posted it, the organising agency's editors, coordinators. */
export function canManageEvent(actor: EventActor, event: EventAccessFacts): boolean {
  return (
    hasPermission(actor.role, 'events:manage') ||
    event.createdById === actor.id ||
    (actor.isAgencyEditor && event.organiserAgencyId === actor.agencyId)
  );
}

/** canSeeEvent as a condition on the events table under the alias `e`, for lists and feeds. */
export function visibleEventsSql(actor: EventActor): Prisma.Sql {
  if (hasPermission(actor.role, 'events:manage')) return Prisma.sql`TRUE`;
  return Prisma.sql`(e.visibility = 'NETWORK'
    OR e.created_by_id = ${actor.id}::uuid
    OR e.organiser_agency_id = ${actor.agencyId}::uuid
    OR EXISTS (SELECT 1 FROM event_invited_agencies ia WHERE ia.event_id = e.id AND ia.agency_id = ${actor.agencyId}::uuid))`;
}

/**
 * canSeeEvent turned round, as a filter on users: those who may not see the event. Nobody for a
 * network event.
 */
export function cannotSeeEventWhere(event: EventAccessFacts): Prisma.UserWhereInput {
  if (event.visibility === 'NETWORK') return { id: { in: [] } };
  return {
    role: { notIn: ROLES.filter((role) => hasPermission(role, 'events:manage')) },
    agencyId: { notIn: [event.organiserAgencyId, ...event.invitedAgencyIds] },
    ...(event.createdById ? { id: { not: event.createdById } } : {}),
  };
}
