import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { Pagination } from '../../components/pagination';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { AgencyFilters } from '../../features/agencies/components/agency-filters';
import { AgencyList } from '../../features/agencies/components/agency-list';
import { useAgencySearchParams } from '../../features/agencies/components/use-agency-search-params';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { CreateAgencyDialog } from '../../features/agencies/components/create-agency-dialog';
import { actingScope } from '../../lib/auth/roster-access';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';
import { useNavigate } from 'react-router';

export function AgenciesPage() {
  const { t } = useTranslation();
  usePageTitle(t('agencies.title'));
  const { query, update, search } = useAgencySearchParams();
  const agencies = useQuery(agencyQueries.list(query));
  const municipalities = useQuery(municipalityQueries.list());
  const navigate = useNavigate();
  const { user } = useCurrentUser();
  const mayCreate = userCan(user, 'agencies:manage');
  const names = useQuery({ ...agencyQueries.names(), enabled: mayCreate });

  // A link to a page past the end (the list has shrunk since it was shared) shows the last page.
  const lastPage = agencies.data && !agencies.isPlaceholderData ? Math.max(1, Math.ceil(agencies.data.total / agencies.data.pageSize)) : undefined;
  useEffect(() => {
    if (lastPage !== undefined && (query.page ?? 1) > lastPage) update({ page: lastPage }, { replace: true });
  }, [lastPage, query.page, update]);

  return (
    <section className="page">
      <h1>{t('agencies.heading')}</h1>
      {user && mayCreate && municipalities.data && names.data ? (
        <div className="page-actions">
          <CreateAgencyDialog
            municipalities={municipalities.data.items}
            parentOptions={names.data.items.map((agency) => ({ id: agency.id, label: agency.name }))}
            editableCodes={actingScope(user)}
            onCreated={(agency) => void navigate(`/agencies/${agency.id}`, { state: { createdName: agency.name } })}
          />
        </div>
      ) : null}
      <AgencyFilters query={query} municipalities={municipalities.data?.items ?? []} onChange={update} />
      {agencies.isError ? <ErrorMessage error={agencies.error} /> : null}
      {municipalities.isError ? <ErrorMessage error={municipalities.error} /> : null}
      <AgencyList page={agencies.data} isLoading={agencies.isFetching} hasFailed={agencies.isError} listSearch={search} />
      {agencies.data ? (
        <Pagination
          page={agencies.data.page}
          pageSize={agencies.data.pageSize}
          total={agencies.data.total}
          onPageChange={(page) => update({ page })}
        />
      ) : null}
    </section>
  );
}
