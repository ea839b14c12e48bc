import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NoAccessContent } from '../../components/no-access-content';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { ApiError } from '../../lib/api-client';
import { useCurrentUser } from '../../lib/auth/current-user';
import { eventQueries } from '../../features/events/api/event-queries';
import { EventForm } from '../../features/events/components/event-form';
import { useNetworkFormOptions } from '../use-network-form-options';

/** Editing an event: for its organisers (the event says `canManage`), while it is not cancelled. */
export function EditEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const event = useQuery(eventQueries.detail(id));
  const options = useNetworkFormOptions();
  // A malformed id (400) is as missing as an unknown one, or one the user may not see (404).
  const isMissing = event.error instanceof ApiError && (event.error.status === 404 || event.error.status === 400);
  usePageTitle(
    event.data
      ? t('eventForm.edit.heading', { title: event.data.title })
      : isMissing
        ? t('eventForm.edit.notFound')
        : event.isError
          ? t('eventForm.edit.loadFailed')
          : t('eventForm.edit.title'),
  );
  if (isMissing) return <NotFoundContent title={t('eventForm.edit.notFound')} text={t('eventForm.edit.notFoundText')} />;
  if (event.data && !event.data.canManage) return <NoAccessContent />;

  const back = `/events/${encodeURIComponent(id)}`;
  return (
    <section className="page page--narrow">
      {event.data ? (
        <>
          <p>
            <Link to={back}>← {t('eventForm.edit.backTo', { title: event.data.title })}</Link>
          </p>
          <h1>{t('eventForm.edit.heading', { title: event.data.title })}</h1>
        </>
      ) : (
        <h1>{event.isError ? t('eventForm.edit.loadFailed') : t('eventForm.edit.title')}</h1>
      )}
      {event.isError && !event.data ? <ErrorMessage error={event.error} /> : null}
      {event.isPending ? <p role="status">{t('eventForm.edit.loading')}</p> : null}
      {event.data?.cancelledAt ? <p className="notice notice--warning">{t('eventForm.edit.cancelled')}</p> : null}
      {event.data && !event.data.cancelledAt && user ? (
        <EventForm
          // The form edits the version it opened with; a conflict brings in the newer one itself.
          key={event.data.id}
          event={event.data}
          user={user}
          ownContact={null}
          {...options}
          onSaved={(saved) => void navigate(`/events/${saved.id}`)}
          onCancel={() => void navigate(back)}
        />
      ) : null}
    </section>
  );
}
