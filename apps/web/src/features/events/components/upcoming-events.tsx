import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../../components/error-message';
import { currentLanguage } from '../../../lib/i18n';
import { eventListQueries } from '../api/event-list-queries';
import { CalendarEventItem } from './calendar-event-item';
import { eventWhenText } from './event-when';
import './events-calendar.css';

const UPCOMING_COUNT = 5;

/** The start page's next few events for the user's municipalities and sector, and those for everyone. */
export function UpcomingEvents() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headingId = useId();
  // Fixed for the visit to the page, so the question (and its cache entry) stays the same.
  const [from] = useState(() => new Date().toISOString());
  const upcoming = useQuery(eventListQueries.list({ relevant: 'true', from, pageSize: UPCOMING_COUNT }));

  return (
    <section aria-labelledby={headingId} aria-busy={upcoming.isPending} className="upcoming-events">
      <h2 id={headingId}>{t('eventsCalendar.upcoming.heading')}</h2>
      <p className="upcoming-events__intro">{t('eventsCalendar.upcoming.intro')}</p>
      {upcoming.isPending ? <p role="status">{t('eventsCalendar.upcoming.loading')}</p> : null}
      {upcoming.isError ? <ErrorMessage error={upcoming.error} /> : null}
      {upcoming.data && upcoming.data.items.length === 0 ? <p>{t('eventsCalendar.upcoming.empty')}</p> : null}
      {upcoming.data && upcoming.data.items.length > 0 ? (
        <ul className="event-list">
          {upcoming.data.items.map((event) => (
            <li key={event.id}>
              <CalendarEventItem event={event} when={eventWhenText(event, language)} />
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/events?view=agenda">{t('eventsCalendar.upcoming.calendar')}</Link>
      </p>
    </section>
  );
}
