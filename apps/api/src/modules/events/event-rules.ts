import type { EventWhen } from '@repo/contracts';
import type { InputIssue } from '../../common/errors/input-issues';
import { stockholmDay, stockholmDayEnd, stockholmDayStart } from '../../common/time/stockholm';

/** When an event takes place, as stored. */
export interface EventTimes {
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
}

/** What participants are told about when something changes: the time and the place. */
export interface EventWhereAndWhen extends EventTimes {
  place: string | null;
  onlineUrl: string | null;
}

/** The stored instants of a `when`: whole days run from Swedish midnight to Swedish midnight after the last day. */
export function timesOf(when: EventWhen): EventTimes {
  if (when.allDay) return { startsAt: stockholmDayStart(when.startDate), endsAt: stockholmDayEnd(when.endDate), allDay: true };
  return { startsAt: new Date(when.startsAt), endsAt: new Date(when.endsAt), allDay: false };
}

/** A timed event ends after it starts; an all-day event's last day is not before its first. */
export function whenIssues(when: EventWhen): InputIssue[] {
  if (when.allDay) {
    return when.endDate < when.startDate
      ? [{ path: ['when', 'endDate'], code: 'ends_before_start', message: 'The last day cannot be before the first.' }]
      : [];
  }
  return new Date(when.endsAt) <= new Date(when.startsAt)
    ? [{ path: ['when', 'endsAt'], code: 'ends_before_start', message: 'The event must end after it starts.' }]
    : [];
}

/** People need somewhere to go: an address, an online meeting link, or both. */
export function placeIssues(event: { place: string | null; onlineUrl: string | null }): InputIssue[] {
  return event.place === null && event.onlineUrl === null
    ? [{ path: ['place'], code: 'place_required', message: 'Give a place, an online meeting link, or both.' }]
    : [];
}

/** Registration closes no later than the event ends. */
export function deadlineIssues(deadline: Date | null, endsAt: Date): InputIssue[] {
  return deadline !== null && deadline > endsAt
    ? [{ path: ['registrationDeadline'], code: 'after_end', message: 'The registration deadline cannot be after the event ends.' }]
    : [];
}

/**
 * The window a list covers: events that end after `from` and start before `to`. Without either,
 * the list starts with today in Sweden, so today's events that already began are still shown.
 */
export function listWindow(query: { from?: string; to?: string }, now: Date): { from: Date | null; to: Date | null } {
  if (query.from === undefined && query.to === undefined) return { from: stockholmDayStart(stockholmDay(now)), to: null };
  return { from: query.from === undefined ? null : new Date(query.from), to: query.to === undefined ? null : new Date(query.to) };
}

/** Which of the facts participants rely on an edit changed. */
export function noticeChanges(before: EventWhereAndWhen, after: EventWhereAndWhen): { time: boolean; place: boolean } {
  return {
    time: before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime() || before.allDay !== after.allDay,
    place: before.place !== after.place || before.onlineUrl !== after.onlineUrl,
  };
}

/** More places than before (or no limit any more): the waitlist may move up. */
export function capacityRaised(before: number | null, after: number | null): boolean {
  return before !== null && (after === null || after > before);
}
