import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { EventCalendar } from '../../features/events/components/event-calendar';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';

export function EventsPage() {
  const { t } = useTranslation();
  usePageTitle(t('eventsCalendar.title'));
  const { user } = useCurrentUser();
  const municipalities = useQuery(municipalityQueries.list());
  const competences = useQuery(contactQueries.competences());
  return (
    <section className="page">
      <h1>{t('eventsCalendar.heading')}</h1>
      <p className="lead">{t('eventsCalendar.intro')}</p>
      {userCan(user, 'events:post') ? (
        <div className="page-actions">
          <Link className="button button--primary" to="/events/new">
            {t('eventsCalendar.newEvent')}
          </Link>
        </div>
      ) : null}
      <EventCalendar municipalities={municipalities.data?.items ?? []} competences={competences.data?.items ?? []} />
    </section>
  );
}
