import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { AgencyDetails } from '../../features/agencies/components/agency-details';
import { AgencyRoster } from '../../features/roster/components/agency-roster';
import { ApiError } from '../../lib/api-client';

export function AgencyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch;
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
      {agency.data ? <AgencyDetails agency={agency.data} /> : null}
      {agency.data ? <AgencyRoster agencyId={agency.data.id} /> : null}
      {agency.isPending ? (
        <>
          <h1>{t('agency.title')}</h1>
          <p role="status">{t('agency.loading')}</p>
        </>
      ) : null}
    </section>
  );
}
