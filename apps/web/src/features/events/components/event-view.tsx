import type { Event } from '@repo/contracts';
import { type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatLongDate } from '../../../lib/dates';
import { currentLanguage } from '../../../lib/i18n';
import { eventIcsUrl } from '../api/event-queries';
import { CALENDAR_FEEDS_ANCHOR } from './calendar-feeds-section';
import { CancelEventDialog } from './cancel-event-dialog';
import { EventDescription } from './event-description';
import { EventFacts } from './event-facts';
import { ParticipantsPanel } from './participants-panel';
import { RegistrationPanel } from './registration-panel';

interface EventViewProps {
  event: Event;
  /** The signed-in user may register (events:register). */
  canRegister: boolean;
}

/** A cancelled event stays visible so those who planned for it find out; the word says it, not only the colour. */
function CancelledBanner({ event, ref }: { event: Event; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  return (
    <div ref={ref} tabIndex={-1} className="notice notice--warning" role="note" aria-labelledby="event-cancelled-heading">
      <p id="event-cancelled-heading">
        <strong>{t('eventPage.cancelled.heading')}</strong>
      </p>
      <p>{t('eventPage.cancelled.text', { date: formatLongDate(event.cancelledAt ?? event.updatedAt, currentLanguage()) })}</p>
    </div>
  );
}

/** Who may see an invited-agencies event, so the organiser does not share it wider than meant. */
function VisibilityNote({ event }: { event: Event }) {
  const { t } = useTranslation();
  const agencies = [event.organiserAgency, ...event.invitedAgencies.filter((agency) => agency.id !== event.organiserAgency.id)];
  return <p className="notice">{t('eventPage.visibility.invitedOnly', { agencies: agencies.map((agency) => agency.name).join(', ') })}</p>;
}

/** One event: the facts, the description, registration, the calendar file, and the organisers' tools. */
export function EventView({ event, canRegister }: EventViewProps) {
  const { t } = useTranslation();
  const isCancelled = event.cancelledAt !== null;
  const [justCancelled, setJustCancelled] = useState(false);
  const banner = useRef<HTMLDivElement>(null);
  // The cancel button goes with the cancelling; focus moves to the banner that took its place.
  useEffect(() => {
    if (justCancelled && isCancelled) banner.current?.focus();
  }, [justCancelled, isCancelled]);
  return (
    <>
      <h1>{event.title}</h1>
      {isCancelled ? <CancelledBanner ref={banner} event={event} /> : null}
      {event.visibility === 'INVITED_AGENCIES' ? <VisibilityNote event={event} /> : null}
      <EventFacts event={event} />
      {event.canManage && !isCancelled ? (
        <div className="page-actions button-row">
          <Link className="button button--secondary" to={`/events/${event.id}/edit`}>
            {t('eventPage.manage.edit')}
          </Link>
          <CancelEventDialog event={event} onCancelled={() => setJustCancelled(true)} />
        </div>
      ) : null}
      <p role="status" className="status-line">
        {justCancelled ? t('eventForm.cancel.done') : ''}
      </p>
      {event.description.trim() ? (
        <section aria-labelledby="event-description-heading" className="panel">
          <h2 id="event-description-heading">{t('eventPage.description')}</h2>
          <EventDescription markdown={event.description} />
        </section>
      ) : null}
      {canRegister ? <RegistrationPanel event={event} /> : null}
      <section aria-labelledby="event-calendar-heading" className="panel">
        <h2 id="event-calendar-heading">{t('eventPage.calendar.heading')}</h2>
        <p>
          <a href={eventIcsUrl(event.id)} download>
            {t('eventPage.calendar.download')}
          </a>
        </p>
        <p>
          {t('eventPage.calendar.subscribeBefore')}
          <Link to={`/profile#${CALENDAR_FEEDS_ANCHOR}`}>{t('eventPage.calendar.subscribeLink')}</Link>
          {t('eventPage.calendar.subscribeAfter')}
        </p>
      </section>
      {event.canManage ? <ParticipantsPanel event={event} /> : null}
    </>
  );
}
