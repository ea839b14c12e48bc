import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { useCurrentUser } from '../../lib/auth/current-user';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { EventForm } from '../../features/events/components/event-form';
import { useNetworkFormOptions } from '../use-network-form-options';

/** "Nytt evenemang": for everyone who may post (events:post); the router checks that. */
export function NewEventPage() {
  const { t } = useTranslation();
  usePageTitle(t('eventForm.new.title'));
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  // The poster's own entry is the contact person unless they choose another, so the form waits for it.
  const ownContact = useQuery(contactQueries.mine());
  const options = useNetworkFormOptions();

  return (
    <section className="page page--narrow">
      <p>
        <Link to="/events">← {t('eventPage.backToCalendar')}</Link>
      </p>
      <h1>{t('eventForm.new.title')}</h1>
      <p>{t('eventForm.new.intro')}</p>
      {ownContact.isError ? <ErrorMessage error={ownContact.error} /> : null}
      {ownContact.isPending ? <p role="status">{t('eventForm.edit.loading')}</p> : null}
      {user && ownContact.isSuccess ? (
        <EventForm
          user={user}
          ownContact={ownContact.data ? { id: ownContact.data.id, name: ownContact.data.name } : null}
          {...options}
          onSaved={(event) => void navigate(`/events/${event.id}`)}
          onCancel={() => void navigate('/events')}
        />
      ) : null}
    </section>
  );
}
