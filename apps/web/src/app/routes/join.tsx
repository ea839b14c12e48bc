import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { JoinRequestForm } from '../../features/auth/components/join-request-form';

export function JoinPage() {
  const { t } = useTranslation();
  usePageTitle(t('join.title'));
  const agencies = useQuery(agencyQueries.names());
  return (
    <section className="page page--narrow">
      <h1>{t('join.heading')}</h1>
      <p className="lead">{t('join.intro')}</p>
      {agencies.isError ? <ErrorMessage error={agencies.error} /> : null}
      <JoinRequestForm agencies={(agencies.data?.items ?? []).map((agency) => ({ id: agency.id, label: agency.name }))} />
      <p>
        <Link to="/login">{t('join.backToLogin')}</Link>
      </p>
    </section>
  );
}
