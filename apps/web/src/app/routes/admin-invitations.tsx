import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { invitationQueries } from '../../features/users/api/invitation-queries';
import { InvitationTable } from '../../features/users/components/invitation-table';
import { InviteDialog } from '../../features/users/components/invite-dialog';
import { UsersSubnav } from '../../features/users/components/users-subnav';
import { useCurrentUser } from '../../lib/auth/current-user';

export function AdminInvitationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitations.title'));
  const { user: me } = useCurrentUser();
  const invitations = useQuery(invitationQueries.list());
  const agencies = useQuery(agencyQueries.names());
  const municipalities = useQuery(municipalityQueries.list());
  const [notice, setNotice] = useState('');

  return (
    <section className="page">
      <h1>{t('invitations.heading')}</h1>
      <UsersSubnav />
      {me ? (
        <div className="page-actions">
          <InviteDialog
            actorRole={me.role}
            agencies={(agencies.data?.items ?? []).map((agency) => ({ id: agency.id, label: agency.name }))}
            municipalities={(municipalities.data?.items ?? []).map((m) => ({ id: m.code, label: m.name }))}
            onInvited={(invitation) => setNotice(t('invitations.sent', { email: invitation.email }))}
          />
        </div>
      ) : null}
      <p role="status" className={notice ? 'notice notice--success' : undefined}>
        {notice}
      </p>
      {invitations.isError ? <ErrorMessage error={invitations.error} /> : null}
      <InvitationTable
        invitations={invitations.data?.items}
        isLoading={invitations.isPending}
        onRevoked={(invitation) => setNotice(t('invitations.revoked', { email: invitation.email }))}
      />
    </section>
  );
}
