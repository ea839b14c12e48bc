import type { CalendarDate } from '@internationalized/date';
import { EVENT_KIND_NAMES, type EventSummary } from '@repo/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatTime } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { placement } from './calendar-layout';
import { isFull, SeatsTaken } from './event-seats';

interface CalendarEventItemProps {
  event: EventSummary;
  /** The day it is shown on: a multi-day event says "from 09:00" on its first day, "until 16:00" on its last. */
  day?: CalendarDate;
  /** Written out in full instead of the time of day, where no day heading says when (the start page). */
  when?: string;
  /** The month grid's short form: no count without a limit. */
  isCompact?: boolean;
}

function timeOnDay(event: EventSummary, day: CalendarDate, t: TFunction): string {
  if (event.allDay) return t('eventsCalendar.event.allDay');
  const { beganBefore, endsAfter } = placement(event, day);
  const starts = formatTime(event.startsAt);
  const ends = formatTime(event.endsAt);
  if (beganBefore && endsAfter) return t('eventsCalendar.event.wholeDay');
  if (beganBefore) return t('eventsCalendar.event.until', { time: ends });
  if (endsAfter) return t('eventsCalendar.event.from', { time: starts });
  return event.startsAt === event.endsAt ? starts : `${starts}–${ends}`;
}

/**
 * One event in the calendar: when, what (a link to it), where, how full, and the user's own place.
 * Cancelled events are struck through and say so in words; no state is told by colour alone.
 */
export function CalendarEventItem({ event, day, when, isCompact = false }: CalendarEventItemProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const isCancelled = event.cancelledAt !== null;
  const where = [event.place, event.isOnline ? t('eventsCalendar.event.online') : null].filter(Boolean).join(' · ');
  const mine = event.myRegistration;
  const timeText = when ?? (day ? timeOnDay(event, day, t) : undefined);

  return (
    <div className={`calendar-event${isCancelled ? ' calendar-event--cancelled' : ''}${isCompact ? ' calendar-event--compact' : ''}`}>
      {timeText ? (
        <time className="calendar-event__time" dateTime={event.startsAt}>
          {timeText}
        </time>
      ) : null}
      <Link className="calendar-event__title" to={`/events/${event.id}`}>
        {isCancelled ? <s>{event.title}</s> : event.title}
        {isCancelled ? (
          <>
            {' '}
            <span className="badge badge--cancelled">{t('eventsCalendar.event.cancelled')}</span>
          </>
        ) : null}
      </Link>
      <span className="calendar-event__meta">
        {EVENT_KIND_NAMES[event.kind][language]}
        {where ? ` · ${where}` : null}
      </span>
      <span className="calendar-event__status">
        {event.capacity !== null ? (
          <span className="calendar-event__capacity">
            <SeatsTaken registered={event.registeredCount} capacity={event.capacity} />
          </span>
        ) : isCompact ? null : (
          <span className="calendar-event__capacity">{t('eventsCalendar.event.registeredCount', { count: event.registeredCount })}</span>
        )}
        {isFull(event) && !isCancelled ? <span className="badge badge--full">{t('eventsCalendar.event.full')}</span> : null}
        {mine?.status === 'REGISTERED' ? <span className="badge badge--registered">{t('eventsCalendar.event.registered')}</span> : null}
        {mine?.status === 'WAITLISTED' ? (
          <span className="badge badge--waitlisted">
            {mine.waitlistPosition === null
              ? t('eventsCalendar.event.waitlisted')
              : t('eventsCalendar.event.waitlistedAt', { position: mine.waitlistPosition })}
          </span>
        ) : null}
      </span>
    </div>
  );
}
