import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { Pagination } from '../../components/pagination';
import { usePageTitle } from '../../components/use-page-title';
import { auditQueries } from '../../features/audit/api/audit-queries';
import { AuditFilters } from '../../features/audit/components/audit-filters';
import { AuditTable } from '../../features/audit/components/audit-table';
import { useAuditSearchParams } from '../../features/audit/components/use-audit-search-params';

export function AdminAuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const { query, update } = useAuditSearchParams();
  const events = useQuery(auditQueries.list(query));
  return (
    <section className="page">
      <h1>{t('audit.heading')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      <AuditFilters query={query} onChange={update} />
      {events.isError ? <ErrorMessage error={events.error} /> : null}
      <AuditTable page={events.data} isLoading={events.isFetching} hasFailed={events.isError} />
      {events.data ? (
        <Pagination page={events.data.page} pageSize={events.data.pageSize} total={events.data.total} onPageChange={(page) => update({ page })} />
      ) : null}
    </section>
  );
}
