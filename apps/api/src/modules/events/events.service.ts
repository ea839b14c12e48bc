import { Injectable } from '@nestjs/common';
import { hasPermission, type CancelEventInput, type CreateEventInput, type Event, type EventListQuery, type EventPage, type UpdateEventInput } from '@repo/contracts';
import type { Actor } from '../../common/access/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { definedOnly, unique } from '../../common/collections/collections';
import { AppError } from '../../common/errors/app-error';
import { type InputIssue, throwIfAny, unknownValuesIssues } from '../../common/errors/input-issues';
import type { ClientInfo } from '../../common/http/client-info';
import { registrationMails } from '../event-registrations/event-registration-mails';
import { registrationClosedReason } from '../event-registrations/registration-rules';
import { fieldChanges } from '../history/field-changes';
import { canManageEvent, canSeeEvent, type EventAccessFacts } from './event-access';
import { eventMails } from './event-mails';
import { eventAuditParties, EventNotifier } from './event-notifier';
import {
  capacityRaised,
  deadlineIssues,
  listWindow,
  noticeChanges,
  placeIssues,
  timesOf,
  whenIssues,
  type EventTimes,
  type EventWhereAndWhen,
} from './event-rules';
import { accessFactsOf, toEvent, toEventSummary, type EventDetailRow } from './events.mapper';
import { EventsRepository, type EventLists } from './events.repository';

const NO_EVENT = 'There is no such event.';
const STALE = 'Someone changed this event since you loaded it; reload and redo your change.';

/** The references an input names, checked against what exists now. */
interface References {
  organiserAgencyId?: string;
  contactId?: string | null;
  targetMunicipalityCodes?: string[];
  targetCompetenceIds?: string[];
  invitedAgencyIds?: string[];
}

/** Events of the network: posting, the calendar's lists, editing and cancelling, and telling those registered. */
@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly audit: AuditService,
    private readonly notifier: EventNotifier,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: EventListQuery): Promise<EventPage> {
    const { rows, total } = await this.events.list(actor, {
      ...listWindow(query, this.clock.now()),
      kind: query.kind,
      municipality: query.municipality,
      sector: query.sector,
      competence: query.competence,
      mine: query.mine === 'true',
      myAgency: query.myAgency === 'true',
      relevant: query.relevant === 'true',
      includeCancelled: query.includeCancelled !== 'false',
      page: query.page,
      pageSize: query.pageSize,
    });
    return { items: rows.map(toEventSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(actor: Actor, id: string): Promise<Event> {
    const detail = await this.visibleEvent(actor, id);
    const summary = await this.events.summary(actor.id, id);
    if (!summary) throw new AppError('NOT_FOUND', NO_EVENT);
    return toEvent(summary, detail, {
      registrationOpen: registrationClosedReason(detail, this.clock.now()) === null,
      canManage: canManageEvent(actor, accessFactsOf(detail)),
    });
  }

  /** A member posts for their own agency; coordinators and administrators for any. */
  async create(actor: Actor, input: CreateEventInput, client: ClientInfo): Promise<Event> {
    const organiserAgencyId = input.organiserAgencyId ?? actor.agencyId;
    this.assertMayPostFor(actor, organiserAgencyId);
    const times = timesOf(input.when);
    const place = input.place ?? null;
    const onlineUrl = input.onlineUrl ?? null;
    const deadline = toDate(input.registrationDeadline);
    const timeIssues = whenIssues(input.when);
    throwIfAny([
      ...timeIssues,
      ...placeIssues({ place, onlineUrl }),
      ...(timeIssues.length === 0 ? deadlineIssues(deadline, times.endsAt) : []),
      ...(await this.referenceIssues({ ...input, organiserAgencyId })),
    ]);
    const contactId = input.contactId === undefined ? await this.events.ownContactId(actor.id) : input.contactId;
    const { id } = await this.events.transaction(async (tx) => {
      const created = await this.events.create(
        {
          title: input.title,
          description: input.description ?? '',
          kind: input.kind,
          ...times,
          place,
          onlineUrl,
          organiserAgencyId,
          contactId,
          createdById: actor.id,
          targetSectors: unique(input.targetSectors ?? []),
          targetMunicipalityCodes: unique(input.targetMunicipalityCodes ?? []),
          capacity: input.capacity ?? null,
          registrationDeadline: deadline,
          visibility: input.visibility ?? 'NETWORK',
        },
        { targetCompetenceIds: unique(input.targetCompetenceIds ?? []), invitedAgencyIds: unique(input.invitedAgencyIds ?? []) },
        tx,
      );
      await this.audit.record({ action: 'event.created', ...eventAuditParties(actor, client, created) }, tx);
      return created;
    });
    return this.get(actor, id);
  }

  /**
   * The organiser edits. A new time or place is mailed to everyone with a seat or in the waitlist
   * (and a new time sends the 24-hour reminder again); more places move the waitlist up.
   */
  async update(actor: Actor, id: string, input: UpdateEventInput, client: ClientInfo): Promise<Event> {
    const current = await this.manageableEvent(actor, id);
    if (current.cancelledAt) throw new AppError('CONFLICT', 'The event is cancelled and can no longer be changed.');
    const { version, when, registrationDeadline, ...fields } = input;
    if (fields.organiserAgencyId !== undefined && fields.organiserAgencyId !== current.organiserAgencyId) {
      this.assertMayPostFor(actor, fields.organiserAgencyId);
    }
    const times: EventTimes = when ? timesOf(when) : current;
    const after: EventWhereAndWhen = {
      ...times,
      place: fields.place === undefined ? current.place : fields.place,
      onlineUrl: fields.onlineUrl === undefined ? current.onlineUrl : fields.onlineUrl,
    };
    const deadline = registrationDeadline === undefined ? current.registrationDeadline : toDate(registrationDeadline);
    const timeIssues = when ? whenIssues(when) : [];
    throwIfAny([
      ...timeIssues,
      ...placeIssues(after),
      ...(timeIssues.length === 0 ? deadlineIssues(deadline, times.endsAt) : []),
      // Only what the edit adds is checked: an agency or competence archived since stays where it is.
      ...(await this.referenceIssues({
        organiserAgencyId: fields.organiserAgencyId === current.organiserAgencyId ? undefined : fields.organiserAgencyId,
        contactId: fields.contactId === current.contactId ? undefined : fields.contactId,
        targetMunicipalityCodes: fields.targetMunicipalityCodes,
        targetCompetenceIds: added(fields.targetCompetenceIds, current.targetCompetences.map(({ competence }) => competence.id)),
        invitedAgencyIds: added(fields.invitedAgencyIds, current.invitedAgencies.map(({ agency }) => agency.id)),
      })),
    ]);

    const columns = {
      ...definedOnly({
        title: fields.title,
        description: fields.description,
        kind: fields.kind,
        place: fields.place,
        onlineUrl: fields.onlineUrl,
        organiserAgencyId: fields.organiserAgencyId,
        contactId: fields.contactId,
        targetSectors: fields.targetSectors && unique(fields.targetSectors),
        targetMunicipalityCodes: fields.targetMunicipalityCodes && unique(fields.targetMunicipalityCodes),
        capacity: fields.capacity,
        visibility: fields.visibility,
      }),
      ...(when ? times : {}),
      ...(registrationDeadline === undefined ? {} : { registrationDeadline: deadline }),
    };
    const lists: EventLists = {
      targetCompetenceIds: fields.targetCompetenceIds && unique(fields.targetCompetenceIds),
      invitedAgencyIds: fields.invitedAgencyIds && unique(fields.invitedAgencyIds),
    };
    const currentAudience = accessFactsOf(current);
    const audience: EventAccessFacts = {
      ...currentAudience,
      visibility: fields.visibility ?? currentAudience.visibility,
      organiserAgencyId: fields.organiserAgencyId ?? currentAudience.organiserAgencyId,
      invitedAgencyIds: lists.invitedAgencyIds ?? currentAudience.invitedAgencyIds,
    };
    const narrowsAudience = audience.visibility === 'INVITED_AGENCIES' && !sameAudience(currentAudience, audience);
    const changed = noticeChanges(current, after);
    const title = fields.title ?? current.title;
    const now = this.clock.now();

    const { notified, promoted } = await this.events.transaction(async (tx) => {
      if (!(await this.events.updateIfVersion(id, version, columns, lists, tx))) {
        throw new AppError('VERSION_CONFLICT', STALE, { currentVersion: current.version });
      }
      // Counted under the row lock the update took, so no registration slips in meanwhile; the throw undoes the update.
      const outside = narrowsAudience ? await this.events.countRegistrationsOutside(id, audience, tx) : 0;
      if (outside > 0) {
        throw new AppError('CONFLICT', 'People registered or on the waitlist would no longer see the event; take them off the list first.', {
          reason: 'registrations_outside_audience',
          count: outside,
        });
      }
      if (changed.time) await this.events.clearReminders(id, tx);
      const promoted = fields.capacity !== undefined && capacityRaised(current.capacity, fields.capacity) ? await this.notifier.promote(tx, actor, client, { id, title }, now) : [];
      await this.audit.record(
        {
          action: 'event.updated',
          ...eventAuditParties(actor, client, current),
          // Field by field, old and new, as the other histories record them (lists as ids and codes).
          details: { changes: fieldChanges(auditable(current), auditable({ ...columns, ...lists })) },
        },
        tx,
      );
      const notified = changed.time || changed.place ? await this.events.participants(id, tx) : [];
      return { notified, promoted };
    });

    const link = this.notifier.link(id);
    const event = { title, ...after };
    await this.notifier.sendAll([
      ...notified.map((person) => eventMails.changed(person, { title, before: current, after, link })),
      ...promoted.map((person) => registrationMails.promoted(person.email, { name: person.name, event, link })),
    ]);
    return this.get(actor, id);
  }

  /** Cancelled events stay visible, marked as cancelled; everyone with a seat or in the waitlist is told. */
  async cancel(actor: Actor, id: string, input: CancelEventInput, client: ClientInfo): Promise<Event> {
    const current = await this.manageableEvent(actor, id);
    if (current.cancelledAt) throw new AppError('CONFLICT', 'The event is cancelled already.');
    const reason = input.reason || null;
    const notified = await this.events.transaction(async (tx) => {
      if (!(await this.events.cancelIfVersion(id, input.version, this.clock.now(), tx))) {
        throw new AppError('VERSION_CONFLICT', STALE, { currentVersion: current.version });
      }
      await this.audit.record({ action: 'event.cancelled', ...eventAuditParties(actor, client, current), details: { reason } }, tx);
      return this.events.participants(id, tx);
    });
    const link = this.notifier.link(id);
    await this.notifier.sendAll(notified.map((person) => eventMails.cancelled(person, { title: current.title, event: current, reason, link })));
    return this.get(actor, id);
  }

  /** An event the actor may not see answers as if it did not exist. */
  private async visibleEvent(actor: Actor, id: string): Promise<EventDetailRow> {
    const event = await this.events.findDetail(id);
    if (!event || !canSeeEvent(actor, accessFactsOf(event))) throw new AppError('NOT_FOUND', NO_EVENT);
    return event;
  }

  private async manageableEvent(actor: Actor, id: string): Promise<EventDetailRow> {
    const event = await this.visibleEvent(actor, id);
    if (!canManageEvent(actor, accessFactsOf(event))) {
      throw new AppError('FORBIDDEN', 'Only whoever posted the event, the organising agency’s editors and the coordinators may change it.');
    }
    return event;
  }

  private assertMayPostFor(actor: Actor, agencyId: string): void {
    if (agencyId !== actor.agencyId && !hasPermission(actor.role, 'events:manage')) {
      throw new AppError('FORBIDDEN', 'You may post events for your own agency only.');
    }
  }

  /** Every named agency, contact, municipality and competence must exist and be current. */
  private async referenceIssues(input: References): Promise<InputIssue[]> {
    const issues: InputIssue[] = [];
    const agencyIds = unique([...(input.organiserAgencyId ? [input.organiserAgencyId] : []), ...(input.invitedAgencyIds ?? [])]);
    const [agencies, competences, municipalities, contactIsCurrent] = await Promise.all([
      this.events.currentAgencyIds(agencyIds),
      this.events.currentCompetenceIds(input.targetCompetenceIds ?? []),
      this.events.knownMunicipalityCodes(input.targetMunicipalityCodes ?? []),
      input.contactId ? this.events.isCurrentContact(input.contactId) : Promise.resolve(true),
    ]);
    if (input.organiserAgencyId && !agencies.has(input.organiserAgencyId)) {
      issues.push({ path: ['organiserAgencyId'], code: 'not_found', message: 'There is no such organisation (or it is archived).' });
    }
    if (!contactIsCurrent) issues.push({ path: ['contactId'], code: 'not_found', message: 'There is no such contact (or it is archived).' });
    issues.push(
      ...unknownValuesIssues('targetMunicipalityCodes', input.targetMunicipalityCodes, municipalities, 'municipality'),
      ...unknownValuesIssues('targetCompetenceIds', input.targetCompetenceIds, competences, 'competence (or archived)'),
      ...unknownValuesIssues('invitedAgencyIds', input.invitedAgencyIds, agencies, 'organisation (or archived)'),
    );
    return issues;
  }
}

function toDate(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}

/** The values of a new list that the old one lacks; undefined when the list is not part of the edit. */
function added(values: string[] | undefined, existing: string[]): string[] | undefined {
  return values?.filter((value) => !existing.includes(value));
}

function sameAudience(a: EventAccessFacts, b: EventAccessFacts): boolean {
  return (
    a.visibility === b.visibility &&
    a.organiserAgencyId === b.organiserAgencyId &&
    a.invitedAgencyIds.length === new Set(b.invitedAgencyIds).size &&
    b.invitedAgencyIds.every((agencyId) => a.invitedAgencyIds.includes(agencyId))
  );
}

/** The event's fields as the audit log compares them: instants as ISO text, lists as ids and codes. */
function auditable(event: Record<string, unknown> & { targetCompetences?: EventDetailRow['targetCompetences']; invitedAgencies?: EventDetailRow['invitedAgencies'] }) {
  const { targetCompetences, invitedAgencies, ...fields } = event;
  const record: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) record[field] = value instanceof Date ? value.toISOString() : value;
  if (targetCompetences) record.targetCompetenceIds = targetCompetences.map(({ competence }) => competence.id);
  if (invitedAgencies) record.invitedAgencyIds = invitedAgencies.map(({ agency }) => agency.id);
  return record;
}
