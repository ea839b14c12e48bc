import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { ContactView } from '../../features/contacts/components/contact-view';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { historyKeys } from '../../features/history/api/history-queries';
import { RecordHistory } from '../../features/history/components/record-history';
import { ApiError } from '../../lib/api-client';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';
import { canEditAgencyRoster } from '../../lib/auth/roster-access';

export function ContactPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const queryClient = useQueryClient();
  const contact = useQuery(contactQueries.detail(id));
  const agencyId = contact.data?.agency.id;
  // The agency's municipalities decide whether a coordinator may edit; one's own entry is one's own.
  const agency = useQuery({ ...agencyQueries.detail(agencyId ?? ''), enabled: Boolean(agencyId) });
  const mine = useQuery(contactQueries.mine());
  const municipalities = useQuery(municipalityQueries.list());
  // A malformed id (400) is as missing as an unknown one (404).
  const isMissing = contact.error instanceof ApiError && (contact.error.status === 404 || contact.error.status === 400);
  usePageTitle(contact.data?.name ?? (isMissing ? t('contacts.notFound') : contact.isError ? t('contacts.loadFailed') : t('contacts.title')));
  if (isMissing) return <NotFoundContent title={t('contacts.notFound')} text={t('contacts.notFoundText')} />;

  const isRosterEditor = agency.data ? canEditAgencyRoster(user, agency.data) : false;
  const isOwn = Boolean(contact.data && mine.data?.id === contact.data.id);
  return (
    <section className="page page--narrow">
      {contact.data ? (
        <p>
          <Link to={`/agencies/${contact.data.agency.id}`}>← {t('contacts.backTo', { agency: contact.data.agency.name })}</Link>
        </p>
      ) : null}
      {contact.isError && !contact.data ? (
        <>
          <h1>{t('contacts.loadFailed')}</h1>
          <ErrorMessage error={contact.error} />
        </>
      ) : null}
      {contact.data ? (
        <ContactView
          contact={contact.data}
          canEdit={isRosterEditor || isOwn}
          canArchive={isRosterEditor}
          municipalities={(municipalities.data?.items ?? []).map((m) => ({ id: m.code, label: m.name }))}
          onArchived={() => void navigate(`/agencies/${agencyId}`, { replace: true })}
          onSaved={() => void queryClient.invalidateQueries({ queryKey: historyKeys.record('contact', id) })}
          history={userCan(user, 'history:read') ? <RecordHistory type="contact" id={contact.data.id} /> : null}
        />
      ) : null}
      {contact.isPending ? (
        <>
          <h1>{t('contacts.title')}</h1>
          <p role="status">{t('contacts.loading')}</p>
        </>
      ) : null}
    </section>
  );
}
