import type { Agency } from '@repo/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { AgencyAdmin } from '../../features/agencies/components/agency-admin';
import { AgencyDetails } from '../../features/agencies/components/agency-details';
import { historyKeys } from '../../features/history/api/history-queries';
import { RecordHistory } from '../../features/history/components/record-history';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { AgencyRoster } from '../../features/roster/components/agency-roster';
import { ApiError } from '../../lib/api-client';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';

export function AgencyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch;
  // Set by the "new organisation" dialog, which brings the user here.
  const createdName = (location.state as { createdName?: string } | null)?.createdName;
  const { user } = useCurrentUser();
  const agency = useQuery(agencyQueries.detail(id));
  // A malformed id (400) is as missing as an unknown one (404).
  const isMissing = agency.error instanceof ApiError && (agency.error.status === 404 || agency.error.status === 400);
  usePageTitle(
    agency.data?.name ?? (isMissing ? t('agency.notFound') : agency.isError ? t('agency.loadFailed') : t('agency.title')),
  );
  if (isMissing) return <NotFoundContent title={t('agency.notFound')} text={t('agency.notFoundText')} />;

  return (
    <section className="page page--narrow">
      <p>
        <Link to={{ pathname: '/agencies', search: listSearch }}>← {t('agency.back')}</Link>
      </p>
      {agency.isError ? (
        <>
          {agency.data ? null : <h1>{t('agency.loadFailed')}</h1>}
          <ErrorMessage error={agency.error} />
        </>
      ) : null}
      {createdName ? <p className="notice notice--success">{t('agencyAdmin.created', { name: createdName })}</p> : null}
      {agency.data ? <AgencyDetails agency={agency.data} /> : null}
      {agency.data ? <AgencyManagement agency={agency.data} /> : null}
      {agency.data ? <AgencyRoster agency={agency.data} /> : null}
      {agency.data && userCan(user, 'history:read') ? <RecordHistory type="agency" id={agency.data.id} /> : null}
      {agency.isPending ? (
        <>
          <h1>{t('agency.title')}</h1>
          <p role="status">{t('agency.loading')}</p>
        </>
      ) : null}
    </section>
  );
}

/** Editing and archiving, for those allowed to; the history on the page is read again after a change. */
function AgencyManagement({ agency }: { agency: Agency }) {
  const queryClient = useQueryClient();
  const { user } = useCurrentUser();
  const mayChange = Boolean(user) && (userCan(user, 'agencies:update') || userCan(user, 'agencies:manage'));
  const municipalities = useQuery({ ...municipalityQueries.list(), enabled: mayChange });
  const names = useQuery({ ...agencyQueries.names(), enabled: mayChange });
  if (!user || !mayChange) return null;
  if (municipalities.isError || names.isError) return <ErrorMessage error={municipalities.error ?? names.error} />;
  // The form waits for its choices, so that the parent organisation shows by name from the start.
  if (!municipalities.data || !names.data) return null;
  return (
    <AgencyAdmin
      agency={agency}
      user={user}
      municipalities={municipalities.data.items}
      names={names.data.items}
      onChanged={() => void queryClient.invalidateQueries({ queryKey: historyKeys.record('agency', agency.id) })}
    />
  );
}
