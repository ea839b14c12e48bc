import type { Invitation } from '@repo/contracts';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { formatDate } from '../../../lib/dates';
import { useRevokeInvitation } from '../api/invitation-mutations';

interface InvitationTableProps {
  invitations: Invitation[] | undefined;
  isLoading: boolean;
  onRevoked: (invitation: Invitation) => void;
}

export function InvitationTable({ invitations, isLoading, onRevoked }: InvitationTableProps) {
  const { t } = useTranslation();
  const revoke = useRevokeInvitation();
  return (
    <section aria-labelledby="invitations-heading" aria-busy={isLoading} className="results">
      <h2 id="invitations-heading">{t('invitations.pendingHeading')}</h2>
      {revoke.error ? <ErrorMessage error={revoke.error} /> : null}
      {isLoading ? <p role="status">{t('invitations.loading')}</p> : null}
      {invitations && invitations.length === 0 ? <p>{t('invitations.empty')}</p> : null}
      {invitations && invitations.length > 0 ? (
        <div className="table-wrap">
          <Table aria-labelledby="invitations-heading" className="table">
            <TableHeader>
              <Column isRowHeader>{t('invitations.email')}</Column>
              <Column>{t('invitations.role')}</Column>
              <Column>{t('invitations.agency')}</Column>
              <Column>{t('invitations.invitedBy')}</Column>
              <Column>{t('invitations.expires')}</Column>
              <Column>
                <span className="visually-hidden">{t('invitations.actions')}</span>
              </Column>
            </TableHeader>
            <TableBody items={invitations}>
              {(invitation) => (
                <Row id={invitation.id}>
                  <Cell>{invitation.email}</Cell>
                  <Cell>{t(`roles.${invitation.role}`)}</Cell>
                  <Cell>{invitation.agency.name}</Cell>
                  <Cell>{invitation.invitedBy ?? '–'}</Cell>
                  <Cell>{formatDate(invitation.expiresAt)}</Cell>
                  <Cell>
                    <Button
                      className="button button--secondary button--small"
                      aria-label={t('invitations.revokeFor', { email: invitation.email })}
                      isPending={revoke.isPending && revoke.variables === invitation.id}
                      onPress={() => revoke.mutate(invitation.id, { onSuccess: () => onRevoked(invitation) })}
                    >
                      {t('invitations.revoke')}
                    </Button>
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
