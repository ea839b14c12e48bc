import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { AgencyDetails } from '../../features/agencies/components/agency-details';
import { ApiError } from '../../lib/api-client';

export function AgencyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch;
  const agency = useQuery(agencyQueries.detail(id));
  usePageTitle(agency.data?.name ?? t('agencies.title'));

  // A malformed id (400) is as missing as an unknown one (404).
  const isMissing = agency.error instanceof ApiError && (agency.error.status === 404 || agency.error.status === 400);
  if (isMissing) return <NotFoundContent title={t('agency.notFound')} text={t('agency.notFoundText')} />;

  return (
    <section className="page page--narrow">
      <p>
        <Link to={{ pathname: '/agencies', search: listSearch }}>← {t('agency.back')}</Link>
      </p>
      {agency.isError ? <ErrorMessage error={agency.error} /> : null}
      {agency.isPending ? <p role="status">{t('agencies.loading')}</p> : null}
      {agency.data ? <AgencyDetails agency={agency.data} /> : null}
    </section>
  );
}
