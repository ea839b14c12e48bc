import { Injectable } from '@nestjs/common';
import type { Prisma } from '@repo/db';

type Db = Prisma.TransactionClient;

/** How long before the start the reminder goes out. */
export const REMINDER_LEAD_HOURS = 24;

/** A registration claimed for its reminder, with what the mail needs. */
export interface ClaimedReminder {
  registrationId: string;
  userId: string;
  name: string;
  email: string;
  eventId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  place: string | null;
  onlineUrl: string | null;
  organiserName: string;
  /** The contact person while they are in the directory (an archived entry is not named). */
  contactName: string | null;
  contactEmail: string | null;
}

@Injectable()
export class EventRemindersRepository {
  /**
   * Takes the next registration due for its reminder and marks it reminded, inside the caller's
   * transaction. Due: a seat (not the waitlist) at an event that is not cancelled and starts within
   * the next 24 hours, and not reminded since its time was last set. Someone who got the seat less
   * than 24 hours before the start was just told by the registration itself, so gets no reminder.
   *
   * The row stays locked until the caller's transaction ends and SKIP LOCKED passes over rows
   * another sweep holds; once that one commits, the row no longer matches (reminded_at is set). So
   * two sweeps, in one process or two, never remind the same registration. Null when none is left.
   */
  async claimNext(tx: Db, now: Date, skipIds: readonly string[]): Promise<ClaimedReminder | null> {
    const windowEnd = new Date(now.getTime() + REMINDER_LEAD_HOURS * 3_600_000);
    const [row] = await tx.$queryRaw<ClaimedReminder[]>`
      UPDATE event_registrations AS target SET reminded_at = ${now}
      FROM events e
        JOIN agencies a ON a.id = e.organiser_agency_id
        LEFT JOIN contacts c ON c.id = e.contact_id AND c.archived_at IS NULL,
        users u
      WHERE e.id = target.event_id AND u.id = target.user_id AND target.id = (
        SELECT r.id FROM event_registrations r
          JOIN events ev ON ev.id = r.event_id
          JOIN users pu ON pu.id = r.user_id
        WHERE r.status = 'REGISTERED' AND r.reminded_at IS NULL
          AND ev.cancelled_at IS NULL
          AND ev.starts_at > ${now} AND ev.starts_at <= ${windowEnd}
          AND r.confirmed_at <= ev.starts_at - make_interval(hours => ${REMINDER_LEAD_HOURS}::int)
          AND pu.disabled_at IS NULL
          AND NOT (r.id = ANY(${[...skipIds]}::uuid[]))
        ORDER BY ev.starts_at, r.id
        LIMIT 1
        FOR UPDATE OF r SKIP LOCKED
      )
      RETURNING target.id AS "registrationId", u.id AS "userId", u.name, u.email,
        e.id AS "eventId", e.title, e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.all_day AS "allDay",
        e.place, e.online_url AS "onlineUrl",
        a.name AS "organiserName", c.name AS "contactName", c.email AS "contactEmail"`;
    return row ?? null;
  }
}
