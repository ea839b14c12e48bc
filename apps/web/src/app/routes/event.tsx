import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { ApiError } from '../../lib/api-client';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';
import { eventQueries } from '../../features/events/api/event-queries';
import { EventView } from '../../features/events/components/event-view';

export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  const event = useQuery(eventQueries.detail(id));
  // A malformed id (400) is as missing as an unknown one, or one the user may not see (404).
  const isMissing = event.error instanceof ApiError && (event.error.status === 404 || event.error.status === 400);
  const title = event.data
    ? event.data.cancelledAt
      ? t('eventPage.cancelledTitle', { title: event.data.title })
      : event.data.title
    : isMissing
      ? t('eventPage.notFound')
      : event.isError
        ? t('eventPage.loadFailed')
        : t('eventPage.title');
  usePageTitle(title);
  if (isMissing) return <NotFoundContent title={t('eventPage.notFound')} text={t('eventPage.notFoundText')} />;

  return (
    <section className="page page--narrow">
      <p>
        <Link to="/events">← {t('eventPage.backToCalendar')}</Link>
      </p>
      {event.isError && !event.data ? (
        <>
          <h1>{t('eventPage.loadFailed')}</h1>
          <ErrorMessage error={event.error} />
        </>
      ) : null}
      {event.data ? <EventView event={event.data} canRegister={userCan(user, 'events:register')} /> : null}
      {event.isPending ? (
        <>
          <h1>{t('eventPage.title')}</h1>
          <p role="status">{t('eventPage.loading')}</p>
        </>
      ) : null}
    </section>
  );
}
