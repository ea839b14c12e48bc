import { Injectable } from '@nestjs/common';
import type { EventKind, NetworkFeedQuery, Role } from '@repo/contracts';
import { Prisma } from '@repo/db';
import { PrismaService } from '../../prisma/prisma.service';
import { targetsMunicipalitySql, targetsSectorSql } from '../events/event-audience-sql';
import { visibleEventsSql, type EventAccessFacts, type EventActor } from '../events/event-access';
import type { CalendarEventRow } from './ical-render';

type Db = Prisma.TransactionClient;

/** The owner of a live feed address, as the access rules need them. */
export interface FeedOwner extends EventActor {
  tokenId: string;
}

export interface ActiveFeedToken {
  id: string;
  token: string;
  createdAt: Date;
}

/** Which events a feed holds: the owner's own (personal), or every one they may see (network). */
export type FeedSelection = { kind: 'personal' } | ({ kind: 'network' } & NetworkFeedQuery);

/** A feed's contents in brief: any change to what it would render changes the fingerprint. */
export interface FeedSignature {
  count: number;
  fingerprint: string;
}

interface EventRowSql {
  id: string;
  title: string;
  description: string;
  kind: EventKind;
  starts_at: Date;
  ends_at: Date;
  all_day: boolean;
  place: string | null;
  online_url: string | null;
  organiser_name: string;
  organiser_email: string | null;
  contact_email: string | null;
  cancelled_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  is_waitlisted: boolean;
}

/** The columns an iCalendar event needs, and nothing else (feeds hold thousands of them). */
const EVENT_COLUMNS = Prisma.sql`e.id, e.title, e.description, e.kind::text AS kind, e.starts_at, e.ends_at, e.all_day,
  e.place, e.online_url, a.name AS organiser_name, nullif(btrim(a.email), '') AS organiser_email,
  nullif(btrim(c.email), '') AS contact_email, e.cancelled_at, e.version, e.created_at, e.updated_at`;

/**
 * The organising agency, and the contact person while they are in the directory. Looked up by key
 * per event (LATERAL): a plain join lets the planner hash every contact and agency of the network
 * to find the few a feed names.
 */
const EVENT_JOINS = Prisma.sql`CROSS JOIN LATERAL (
    SELECT ag.name, ag.email, ag.updated_at FROM agencies ag WHERE ag.id = e.organiser_agency_id) a
  LEFT JOIN LATERAL (
    SELECT co.email, co.updated_at FROM contacts co WHERE co.id = e.contact_id AND co.archived_at IS NULL) c ON TRUE`;

@Injectable()
export class CalendarRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The owner of a feed address that is neither revoked nor of a disabled account. */
  async findFeedOwner(token: string): Promise<FeedOwner | null> {
    const [row] = await this.prisma.client.$queryRaw<{ token_id: string; id: string; role: Role; agency_id: string; is_agency_editor: boolean }[]>`
      SELECT t.id AS token_id, u.id, u.role::text AS role, u.agency_id, u.is_agency_editor
      FROM calendar_feed_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token = ${token} AND t.revoked_at IS NULL AND u.disabled_at IS NULL`;
    return row ? { tokenId: row.token_id, id: row.id, role: row.role, agencyId: row.agency_id, isAgencyEditor: row.is_agency_editor } : null;
  }

  /**
   * What the feed would render, in brief: each event's id and version, when it, its agency and its
   * contact last changed, and (personal feed) whether the owner waits for a place. One pass over
   * the same rows as feedEvents(), without reading their text.
   */
  async feedSignature(owner: FeedOwner, selection: FeedSelection, endsAfter: Date): Promise<FeedSignature> {
    const [row] = await this.prisma.client.$queryRaw<{ count: number; fingerprint: string | null }[]>`
      SELECT count(*)::int AS count,
             md5(string_agg(concat_ws('|', e.id, e.version, e.updated_at, a.updated_at, c.updated_at, ${isWaitlisted(selection)}), ',' ORDER BY e.id)) AS fingerprint
      FROM events e ${EVENT_JOINS} ${registrationJoin(selection, owner)}
      WHERE ${feedCondition(owner, selection, endsAfter)}`;
    return { count: row?.count ?? 0, fingerprint: row?.fingerprint ?? 'empty' };
  }

  /** The feed's events, earliest first: one statement. */
  async feedEvents(owner: FeedOwner, selection: FeedSelection, endsAfter: Date): Promise<CalendarEventRow[]> {
    const rows = await this.prisma.client.$queryRaw<EventRowSql[]>`
      SELECT ${EVENT_COLUMNS}, ${isWaitlisted(selection)} AS is_waitlisted
      FROM events e ${EVENT_JOINS} ${registrationJoin(selection, owner)}
      WHERE ${feedCondition(owner, selection, endsAfter)}
      ORDER BY e.starts_at, e.id`;
    return rows.map(toCalendarEventRow);
  }

  /** One event for its .ics download, with what canSeeEvent needs. */
  async findEvent(id: string): Promise<{ row: CalendarEventRow; access: EventAccessFacts } | null> {
    const [row] = await this.prisma.client.$queryRaw<(EventRowSql & { visibility: EventAccessFacts['visibility']; organiser_agency_id: string; created_by_id: string | null; invited_agency_ids: string[] })[]>`
      SELECT ${EVENT_COLUMNS}, false AS is_waitlisted, e.visibility::text AS visibility, e.organiser_agency_id, e.created_by_id,
             ARRAY(SELECT ia.agency_id::text FROM event_invited_agencies ia WHERE ia.event_id = e.id) AS invited_agency_ids
      FROM events e ${EVENT_JOINS}
      WHERE e.id = ${id}::uuid`;
    if (!row) return null;
    return {
      row: toCalendarEventRow(row),
      access: { visibility: row.visibility, organiserAgencyId: row.organiser_agency_id, createdById: row.created_by_id, invitedAgencyIds: row.invited_agency_ids },
    };
  }

  async findActiveToken(userId: string, db: Db = this.prisma.client): Promise<ActiveFeedToken | null> {
    return db.calendarFeedToken.findFirst({
      where: { userId, revokedAt: null },
      select: { id: true, token: true, createdAt: true },
      orderBy: { createdAt: 'desc' },
    });
  }

  /** Holds the user's row until the transaction ends, so two renewals at once leave one live address. */
  async lockUser(userId: string, db: Db): Promise<void> {
    await db.$queryRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  }

  async revokeActiveTokens(userId: string, at: Date, db: Db): Promise<number> {
    const { count } = await db.calendarFeedToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: at } });
    return count;
  }

  async createToken(userId: string, token: string, at: Date, db: Db): Promise<ActiveFeedToken> {
    return db.calendarFeedToken.create({ data: { userId, token, createdAt: at }, select: { id: true, token: true, createdAt: true } });
  }
}

/** Whether the owner waits for a place: only the personal feed joins their registration. */
function isWaitlisted(selection: FeedSelection): Prisma.Sql {
  return selection.kind === 'personal' ? Prisma.sql`coalesce(r.status = 'WAITLISTED', false)` : Prisma.sql`false`;
}

function registrationJoin(selection: FeedSelection, owner: FeedOwner): Prisma.Sql {
  return selection.kind === 'personal' ? Prisma.sql`LEFT JOIN event_registrations r ON r.event_id = e.id AND r.user_id = ${owner.id}::uuid` : Prisma.empty;
}

/**
 * Events that end inside the window and that the owner may see now. Personal: those they
 * registered for (or wait for), posted, or are the contact person of. Network: all, narrowed to a
 * municipality (events for it or for the whole region) and a sector (for it or for every sector).
 */
function feedCondition(owner: FeedOwner, selection: FeedSelection, endsAfter: Date): Prisma.Sql {
  const conditions = [Prisma.sql`e.ends_at > ${endsAfter}`, visibleEventsSql(owner)];
  if (selection.kind === 'personal') {
    conditions.push(Prisma.sql`(r.event_id IS NOT NULL OR e.created_by_id = ${owner.id}::uuid
      OR e.contact_id IN (SELECT own.id FROM contacts own WHERE own.user_id = ${owner.id}::uuid))`);
  } else {
    if (selection.municipality) conditions.push(targetsMunicipalitySql(selection.municipality));
    if (selection.sector) conditions.push(targetsSectorSql(selection.sector));
  }
  return Prisma.join(conditions, ' AND ');
}

function toCalendarEventRow(row: EventRowSql): CalendarEventRow {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    allDay: row.all_day,
    place: row.place,
    onlineUrl: row.online_url,
    organiserName: row.organiser_name,
    organiserEmail: row.organiser_email,
    contactEmail: row.contact_email,
    cancelledAt: row.cancelled_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    isWaitlisted: row.is_waitlisted,
  };
}
