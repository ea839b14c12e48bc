import { Injectable } from '@nestjs/common';
import type { ParticipantList, RegistrationResult } from '@repo/contracts';
import type { Prisma } from '@repo/db';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import type { ClientInfo } from '../../common/http/client-info';
import type { Mail } from '../../common/mail/mail.service';
import { canManageEvent, canSeeEvent } from '../events/event-access';
import { eventFileSlug } from '../events/event-file-slug';
import { eventAuditParties, EventNotifier } from '../events/event-notifier';
import { registrationMails } from './event-registration-mails';
import { toParticipantList } from './event-registrations.mapper';
import { EventRegistrationsRepository, type LockedEvent, type RegistrationEvent, type RegistrationRow } from './event-registrations.repository';
import { participantsCsv } from './participants-csv';
import { CLOSED_MESSAGES, nextQueuedAt, registrationClosedReason, unregistrationClosedReason, type RegistrationClosedReason } from './registration-rules';
import type { PromotedParticipant } from './waitlist';

type Db = Prisma.TransactionClient;

const NO_EVENT = 'There is no such event.';

export interface RegistrationOutcome {
  /** False when the user already had a seat or a waitlist place: nothing was written. */
  created: boolean;
  result: RegistrationResult;
}

export interface ParticipantsCsv {
  fileName: string;
  csv: string;
}

/** Seats and the waitlist: registering, unregistering, and the organiser's participant list. */
@Injectable()
export class EventRegistrationsService {
  constructor(
    private readonly registrations: EventRegistrationsRepository,
    private readonly audit: AuditService,
    private readonly notifier: EventNotifier,
    private readonly clock: Clock,
  ) {}

  /**
   * A seat when one is free, otherwise the end of the waitlist. Taken under the event's row lock,
   * so many at once never get more seats than there are. Asking again changes nothing.
   */
  async register(actor: Actor, eventId: string, client: ClientInfo): Promise<RegistrationOutcome> {
    const event = await this.visibleEvent(actor, eventId);
    return this.registrations.transaction(async (tx) => {
      const locked = await this.lock(tx, eventId);
      // Read again under the lock: an edit may have narrowed who sees the event since (see EventsService.update).
      const seen = await this.registrations.findEvent(eventId, tx);
      if (!seen || !canSeeEvent(actor, seen)) throw new AppError('NOT_FOUND', NO_EVENT);
      const existing = await this.registrations.findRegistration(tx, eventId, actor.id);
      if (existing) return { created: false, result: await this.resultOf(tx, eventId, locked, existing) };
      const now = this.clock.now();
      this.refuseIfClosed(registrationClosedReason(locked, now));
      const registered = await this.registrations.countRegistered(tx, eventId);
      const status = locked.capacity === null || registered < locked.capacity ? 'REGISTERED' : 'WAITLISTED';
      const queuedAt = nextQueuedAt(now, await this.registrations.lastQueuedAt(tx, eventId));
      const created = await this.registrations.create(tx, { eventId, userId: actor.id, status, queuedAt });
      const result = await this.resultOf(tx, eventId, locked, created);
      await this.audit.record(
        {
          action: status === 'REGISTERED' ? 'event.registered' : 'event.waitlisted',
          ...eventAuditParties(actor, client, event),
          details: status === 'REGISTERED' ? {} : { waitlistPosition: result.waitlistPosition },
        },
        tx,
      );
      return { created: true, result };
    });
  }

  /**
   * Gives up a seat or a waitlist place, until the event starts (also after the deadline); a freed
   * seat goes to the first in the waitlist, who is told by mail.
   */
  async unregister(actor: Actor, eventId: string, client: ClientInfo): Promise<void> {
    const event = await this.visibleEvent(actor, eventId);
    const promoted = await this.registrations.transaction(async (tx) => {
      const locked = await this.lock(tx, eventId);
      const registration = await this.registrations.findRegistration(tx, eventId, actor.id);
      if (!registration) throw new AppError('NOT_FOUND', 'You are not registered for this event.');
      this.refuseIfClosed(unregistrationClosedReason(locked, this.clock.now()));
      await this.registrations.delete(tx, registration.id);
      await this.audit.record({ action: 'event.unregistered', ...eventAuditParties(actor, client, event), details: { status: registration.status } }, tx);
      return this.notifier.promote(tx, actor, client, event, this.clock.now());
    });
    await this.notifier.sendAll(promoted.map((person) => this.promotedMail(person, event)));
  }

  async participants(actor: Actor, eventId: string): Promise<ParticipantList> {
    await this.managedEvent(actor, eventId);
    return toParticipantList(await this.registrations.participants(eventId));
  }

  /** The list as a spreadsheet; audited, as it holds colleagues' names and addresses. */
  async exportParticipants(actor: Actor, eventId: string, client: ClientInfo): Promise<ParticipantsCsv> {
    const event = await this.managedEvent(actor, eventId);
    const list = toParticipantList(await this.registrations.participants(eventId));
    await this.audit.record({
      action: 'event.participants_exported',
      ...eventAuditParties(actor, client, event),
      details: { registered: list.registered.length, waitlisted: list.waitlist.length },
    });
    return { fileName: `deltagare-${eventFileSlug(event.title)}.csv`, csv: participantsCsv(list) };
  }

  /**
   * The organiser takes someone off the list, at any time (also after the deadline, to tidy it).
   * They are told by mail, and a freed seat goes to the first in the waitlist.
   */
  async removeParticipant(actor: Actor, eventId: string, userId: string, client: ClientInfo): Promise<void> {
    const event = await this.managedEvent(actor, eventId);
    const { removed, wasWaitlisted, promoted } = await this.registrations.transaction(async (tx) => {
      await this.lock(tx, eventId);
      const registration = await this.registrations.findRegistration(tx, eventId, userId);
      if (!registration) throw new AppError('NOT_FOUND', 'This person is not registered for this event.');
      const person = (await this.registrations.findUser(tx, userId))!;
      await this.registrations.delete(tx, registration.id);
      await this.audit.record(
        {
          action: 'event.participant_removed',
          ...eventAuditParties(actor, client, event),
          details: { userId, userEmail: person.email, status: registration.status },
        },
        tx,
      );
      return { removed: person, wasWaitlisted: registration.status === 'WAITLISTED', promoted: await this.notifier.promote(tx, actor, client, event, this.clock.now()) };
    });
    await this.notifier.sendAll([
      registrationMails.removedByOrganiser(removed.email, { name: removed.name, event, link: this.notifier.link(event.id), wasWaitlisted }),
      ...promoted.map((person) => this.promotedMail(person, event)),
    ]);
  }

  private async resultOf(tx: Db, eventId: string, locked: LockedEvent, registration: RegistrationRow): Promise<RegistrationResult> {
    return {
      status: registration.status,
      waitlistPosition: registration.status === 'WAITLISTED' ? await this.registrations.waitlistPosition(tx, eventId, registration) : null,
      registeredCount: await this.registrations.countRegistered(tx, eventId),
      capacity: locked.capacity,
    };
  }

  /** An event the actor may not see answers as if it did not exist. */
  private async visibleEvent(actor: Actor, eventId: string): Promise<RegistrationEvent> {
    const event = await this.registrations.findEvent(eventId);
    if (!event || !canSeeEvent(actor, event)) throw new AppError('NOT_FOUND', NO_EVENT);
    return event;
  }

  private async managedEvent(actor: Actor, eventId: string): Promise<RegistrationEvent> {
    const event = await this.visibleEvent(actor, eventId);
    if (!canManageEvent(actor, event)) throw new AppError('FORBIDDEN', 'Only the organiser and the coordinators see and manage the participants.');
    return event;
  }

  private async lock(tx: Db, eventId: string): Promise<LockedEvent> {
    const locked = await this.registrations.lockEvent(tx, eventId);
    if (!locked) throw new AppError('NOT_FOUND', NO_EVENT);
    return locked;
  }

  private refuseIfClosed(reason: RegistrationClosedReason | null): void {
    if (reason) throw new AppError('CONFLICT', CLOSED_MESSAGES[reason], { reason });
  }

  private promotedMail(person: PromotedParticipant, event: RegistrationEvent): Mail {
    return registrationMails.promoted(person.email, { name: person.name, event, link: this.notifier.link(event.id) });
  }
}
