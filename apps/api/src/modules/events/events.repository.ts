import { Injectable } from '@nestjs/common';
import type { EventKind, RegistrationStatus, Sector } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import { currentCompetenceIds, knownMunicipalityCodes } from '../../prisma/reference-lookups';
import { targetsMunicipalitiesSql, targetsMunicipalitySql, targetsSectorSql, targetsSectorsSql } from './event-audience-sql';
import { cannotSeeEventWhere, visibleEventsSql, type EventAccessFacts, type EventActor } from './event-access';
import { EVENT_DETAIL_SELECT, type EventDetailRow, type EventSummaryRow } from './events.mapper';

type Db = Prisma.TransactionClient;

/** The filters of GET /api/events, with the window resolved (see listWindow). */
export interface EventListFilters {
  from: Date | null;
  to: Date | null;
  kind?: EventKind;
  municipality?: string;
  sector?: Sector;
  competence?: string;
  mine: boolean;
  myAgency: boolean;
  relevant: boolean;
  includeCancelled: boolean;
  page: number;
  pageSize: number;
}

/** The link tables a write replaces as a whole when given. */
export interface EventLists {
  targetCompetenceIds?: string[];
  invitedAgencyIds?: string[];
}

/** Someone with a seat or a waitlist place, to be told about a change. */
export interface EventParticipantRow {
  userId: string;
  name: string;
  email: string;
  status: RegistrationStatus;
}

@Injectable()
export class EventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    // As the registrations' transactions: an edit during a registration rush queues on the event's row lock.
    return this.prisma.client.$transaction(work, { maxWait: 10_000, timeout: 20_000 });
  }

  /** One page of the events the reader may see that match the filters, in calendar order, with the total. */
  async list(reader: EventActor, filters: EventListFilters): Promise<{ rows: EventSummaryRow[]; total: number }> {
    const where = this.conditions(reader, filters);
    const rows = await this.prisma.client.$queryRaw<(EventSummaryRow & { total: number })[]>(
      summariesSql(reader.id, where, { limit: filters.pageSize, offset: (filters.page - 1) * filters.pageSize }),
    );
    // The total rides along with the page; only a page past the end, which has no rows to carry it, counts on its own.
    const total = rows[0]?.total ?? (filters.page > 1 ? await this.count(where) : 0);
    return { rows: rows.map(({ total: _total, ...row }) => row), total };
  }

  /** One event's summary (counts and the reader's place included), whether or not the reader may see it. */
  async summary(readerId: string, id: string): Promise<EventSummaryRow | null> {
    const [row] = await this.prisma.client.$queryRaw<EventSummaryRow[]>(
      summariesOf(readerId, Prisma.sql`SELECT ${SUMMARY_COLUMNS} FROM events e WHERE e.id = ${id}::uuid`, false),
    );
    return row ?? null;
  }

  findDetail(id: string, db: Db = this.prisma.client): Promise<EventDetailRow | null> {
    return db.event.findUnique({ where: { id }, select: EVENT_DETAIL_SELECT });
  }

  /** The reader's own current entry in the roster, the default contact person of what they post. */
  async ownContactId(userId: string): Promise<string | null> {
    const contact = await this.prisma.client.contact.findFirst({ where: { userId, archivedAt: null }, select: { id: true } });
    return contact?.id ?? null;
  }

  async isCurrentContact(id: string): Promise<boolean> {
    return (await this.prisma.client.contact.count({ where: { id, archivedAt: null } })) === 1;
  }

  knownMunicipalityCodes(codes: readonly string[]): Promise<Set<string>> {
    return knownMunicipalityCodes(this.prisma.client, codes);
  }

  currentCompetenceIds(ids: readonly string[]): Promise<Set<string>> {
    return currentCompetenceIds(this.prisma.client, ids);
  }

  async currentAgencyIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.prisma.client.agency.findMany({ where: { id: { in: [...ids] }, archivedAt: null }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  async create(data: Prisma.EventUncheckedCreateInput, lists: EventLists, tx: Db): Promise<{ id: string; title: string }> {
    const created = await tx.event.create({ data, select: { id: true, title: true } });
    await this.replaceLists(created.id, lists, tx);
    return created;
  }

  /** Applies the change only if the row still has the version the client read; false otherwise. */
  async updateIfVersion(id: string, version: number, data: Prisma.EventUncheckedUpdateManyInput, lists: EventLists, tx: Db): Promise<boolean> {
    const { count } = await tx.event.updateMany({ where: { id, version, cancelledAt: null }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) return false;
    await this.replaceLists(id, lists, tx);
    return true;
  }

  /** False when the version no longer holds (or someone cancelled it a moment earlier). */
  async cancelIfVersion(id: string, version: number, at: Date, tx: Db): Promise<boolean> {
    const { count } = await tx.event.updateMany({ where: { id, version, cancelledAt: null }, data: { cancelledAt: at, version: { increment: 1 } } });
    return count === 1;
  }

  /** The 24-hour reminder goes out again, for the new time. */
  async clearReminders(eventId: string, tx: Db): Promise<void> {
    await tx.eventRegistration.updateMany({ where: { eventId, remindedAt: { not: null } }, data: { remindedAt: null } });
  }

  /** How many with a seat or a waitlist place may not see the event as it stands (closed accounts left out). */
  countRegistrationsOutside(eventId: string, event: EventAccessFacts, tx: Db): Promise<number> {
    return tx.eventRegistration.count({ where: { eventId, user: { disabledAt: null, ...cannotSeeEventWhere(event) } } });
  }

  /** Those with a seat, then the waitlist in order; accounts that were closed are left out. */
  async participants(eventId: string, tx: Db): Promise<EventParticipantRow[]> {
    const rows = await tx.eventRegistration.findMany({
      where: { eventId, user: { disabledAt: null } },
      orderBy: [{ status: 'asc' }, { queuedAt: 'asc' }, { id: 'asc' }],
      select: { status: true, user: { select: { id: true, name: true, email: true } } },
    });
    return rows.map(({ status, user }) => ({ userId: user.id, name: user.name, email: user.email, status }));
  }

  private conditions(reader: EventActor, filters: EventListFilters): Prisma.Sql {
    const conditions: Prisma.Sql[] = [visibleEventsSql(reader)];
    if (filters.from) conditions.push(Prisma.sql`e.ends_at > ${filters.from}`);
    if (filters.to) conditions.push(Prisma.sql`e.starts_at < ${filters.to}`);
    if (filters.kind) conditions.push(Prisma.sql`e.kind = ${filters.kind}::"EventKind"`);
    if (!filters.includeCancelled) conditions.push(Prisma.sql`e.cancelled_at IS NULL`);
    if (filters.municipality) conditions.push(targetsMunicipalitySql(filters.municipality));
    if (filters.sector) conditions.push(targetsSectorSql(filters.sector));
    if (filters.competence) {
      conditions.push(Prisma.sql`EXISTS (
        SELECT 1 FROM event_competences ec JOIN competences c ON c.id = ec.competence_id
        WHERE ec.event_id = e.id AND c.slug = ${filters.competence})`);
    }
    if (filters.mine) {
      conditions.push(Prisma.sql`(e.created_by_id = ${reader.id}::uuid
        OR EXISTS (SELECT 1 FROM event_registrations r WHERE r.event_id = e.id AND r.user_id = ${reader.id}::uuid)
        OR EXISTS (SELECT 1 FROM contacts c WHERE c.id = e.contact_id AND c.user_id = ${reader.id}::uuid))`);
    }
    if (filters.myAgency) conditions.push(Prisma.sql`e.organiser_agency_id = ${reader.agencyId}::uuid`);
    if (filters.relevant) {
      // The start page: events for the reader's agency's municipalities and sector, or for everyone.
      conditions.push(
        targetsMunicipalitiesSql(Prisma.sql`ARRAY(SELECT am.municipality_code FROM agency_municipalities am WHERE am.agency_id = ${reader.agencyId}::uuid)::varchar(4)[]`),
      );
      conditions.push(targetsSectorsSql(Prisma.sql`ARRAY(SELECT a.sector FROM agencies a WHERE a.id = ${reader.agencyId}::uuid)`));
    }
    return Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}`;
  }

  private async count(where: Prisma.Sql): Promise<number> {
    const [row] = await this.prisma.client.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM events e ${where}`;
    return row?.total ?? 0;
  }

  private async replaceLists(eventId: string, lists: EventLists, tx: Db): Promise<void> {
    if (lists.targetCompetenceIds) {
      await tx.eventCompetence.deleteMany({ where: { eventId } });
      await tx.eventCompetence.createMany({ data: lists.targetCompetenceIds.map((competenceId) => ({ eventId, competenceId })) });
    }
    if (lists.invitedAgencyIds) {
      await tx.eventInvitedAgency.deleteMany({ where: { eventId } });
      await tx.eventInvitedAgency.createMany({ data: lists.invitedAgencyIds.map((agencyId) => ({ eventId, agencyId })) });
    }
  }
}

/** The events columns a summary is made from, selected from `events e`. */
const SUMMARY_COLUMNS = Prisma.sql`e.id, e.title, e.kind, e.starts_at, e.ends_at, e.all_day, e.place, e.online_url, e.organiser_agency_id,
  e.target_municipality_codes, e.target_sectors, e.capacity, e.visibility, e.cancelled_at`;

/**
 * One statement for a page of event summaries: the events in calendar order (start, Swedish
 * alphabetical title, id), with the total count riding along on each row.
 */
function summariesSql(readerId: string, where: Prisma.Sql, { limit, offset }: { limit: number; offset: number }): Prisma.Sql {
  return summariesOf(
    readerId,
    Prisma.sql`
      SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total
      FROM events e
      ${where}
      ORDER BY e.starts_at, e.title COLLATE "sv-SE-x-icu", e.id
      LIMIT ${limit} OFFSET ${offset}`,
    true,
  );
}

/**
 * The summaries of the events `page` selects (SUMMARY_COLUMNS, and `total` when withTotal): each
 * with its organiser's name, its target municipalities' names, its seat and waitlist counts (from
 * the (event_id, status, queued_at) index) and the reader's own place, the waitlist position
 * counted in the order the waitlist moves up.
 */
function summariesOf(readerId: string, page: Prisma.Sql, withTotal: boolean): Prisma.Sql {
  return Prisma.sql`
    WITH page AS (${page})
    SELECT p.id, p.title, p.kind::text AS kind, p.starts_at AS "startsAt", p.ends_at AS "endsAt", p.all_day AS "allDay",
      p.place, p.online_url IS NOT NULL AS "isOnline",
      json_build_object('id', a.id, 'name', a.name) AS "organiserAgency",
      COALESCE((
        SELECT json_agg(json_build_object('code', m.code, 'name', m.name) ORDER BY m.name COLLATE "sv-SE-x-icu")
        FROM municipalities m WHERE m.code = ANY(p.target_municipality_codes)), '[]'::json) AS "targetMunicipalities",
      COALESCE(p.target_sectors::text[], '{}') AS "targetSectors",
      p.capacity, p.visibility::text AS visibility, p.cancelled_at AS "cancelledAt",
      counts.registered AS "registeredCount", counts.waitlisted AS "waitlistCount",
      mine.status::text AS "myStatus",
      CASE WHEN mine.status = 'WAITLISTED' THEN (
        SELECT count(*)::int FROM event_registrations w
        WHERE w.event_id = p.id AND w.status = 'WAITLISTED' AND (w.queued_at, w.id) <= (mine.queued_at, mine.id)
      ) END AS "myWaitlistPosition"
      ${withTotal ? Prisma.sql`, p.total` : Prisma.empty}
    FROM page p
    JOIN agencies a ON a.id = p.organiser_agency_id
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.status = 'REGISTERED')::int AS registered,
        count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted
      FROM event_registrations r WHERE r.event_id = p.id
    ) counts
    -- LIMIT keeps this a lookup per row on the (event_id, user_id) key, never a scan of all the reader's registrations.
    LEFT JOIN LATERAL (
      SELECT m.status, m.queued_at, m.id FROM event_registrations m WHERE m.event_id = p.id AND m.user_id = ${readerId}::uuid LIMIT 1
    ) mine ON TRUE
    ORDER BY p.starts_at, p.title COLLATE "sv-SE-x-icu", p.id`;
}
