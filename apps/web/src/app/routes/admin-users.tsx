import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { Pagination } from '../../components/pagination';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { userQueries } from '../../features/users/api/user-queries';
import { InviteDialog } from '../../features/users/components/invite-dialog';
import { useUserSearchParams } from '../../features/users/components/use-user-search-params';
import { UserFilters } from '../../features/users/components/user-filters';
import { UserTable } from '../../features/users/components/user-table';
import { UsersSubnav } from '../../features/users/components/users-subnav';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';

export function AdminUsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const { user: me } = useCurrentUser();
  const { query, update } = useUserSearchParams();
  const users = useQuery(userQueries.list(query));
  const agencies = useQuery(agencyQueries.names());
  const municipalities = useQuery(municipalityQueries.list());
  const [notice, setNotice] = useState('');
  const agencyOptions = (agencies.data?.items ?? []).map((agency) => ({ id: agency.id, label: agency.name }));

  const lastPage = users.data && !users.isPlaceholderData ? Math.max(1, Math.ceil(users.data.total / users.data.pageSize)) : undefined;
  useEffect(() => {
    if (lastPage !== undefined && (query.page ?? 1) > lastPage) update({ page: lastPage }, { replace: true });
  }, [lastPage, query.page, update]);

  return (
    <section className="page">
      <h1>{t('users.heading')}</h1>
      <UsersSubnav />
      {me && userCan(me, 'invitations:manage') ? (
        <div className="page-actions">
          <InviteDialog
            actorRole={me.role}
            agencies={agencyOptions}
            municipalities={(municipalities.data?.items ?? []).map((m) => ({ id: m.code, label: m.name }))}
            onInvited={(invitation) => setNotice(t('invitations.sent', { email: invitation.email }))}
          />
        </div>
      ) : null}
      <p role="status" className={notice ? 'notice notice--success' : undefined}>
        {notice}
      </p>
      <UserFilters query={query} agencies={agencyOptions} onChange={update} />
      {users.isError ? <ErrorMessage error={users.error} /> : null}
      <UserTable page={users.data} isLoading={users.isFetching} hasFailed={users.isError} />
      {users.data ? (
        <Pagination page={users.data.page} pageSize={users.data.pageSize} total={users.data.total} onPageChange={(page) => update({ page })} />
      ) : null}
    </section>
  );
}
