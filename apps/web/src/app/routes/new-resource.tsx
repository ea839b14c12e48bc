import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { useCurrentUser } from '../../lib/auth/current-user';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { ResourceForm } from '../../features/resources/components/resource-form';
import { useNetworkFormOptions } from '../use-network-form-options';

/** "Dela en resurs": for everyone who may share (resources:share); the router checks that. */
export function NewResourcePage() {
  const { t } = useTranslation();
  usePageTitle(t('resourceForm.new.title'));
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  // The author's own entry is the contact person unless they choose another, so the form waits for it.
  const ownContact = useQuery(contactQueries.mine());
  const options = useNetworkFormOptions();

  return (
    <section className="page page--narrow">
      <p>
        <Link to="/resources">← {t('resourceForm.backToLibrary')}</Link>
      </p>
      <h1>{t('resourceForm.new.title')}</h1>
      <p>{t('resourceForm.new.intro')}</p>
      {ownContact.isError ? <ErrorMessage error={ownContact.error} /> : null}
      {ownContact.isPending ? <p role="status">{t('resourceForm.new.loading')}</p> : null}
      {user && ownContact.isSuccess ? (
        <ResourceForm
          user={user}
          ownContact={ownContact.data ? { id: ownContact.data.id, name: ownContact.data.name } : null}
          {...options}
          onSaved={(resource) => void navigate(`/resources/${resource.id}`)}
          onKeptAsDraft={(resource, handover) => void navigate(`/resources/${resource.id}/edit`, { state: { handover } })}
          onCancel={() => void navigate('/resources')}
        />
      ) : null}
    </section>
  );
}
