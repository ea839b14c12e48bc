import type { Session } from '@repo/contracts';
import { Button, Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { formatDateTime } from '../../../lib/dates';
import { useRevokeSession } from '../api/profile-mutations';
import { describeUserAgent } from './describe-user-agent';

interface SessionListProps {
  sessions: Session[] | undefined;
  isLoading: boolean;
  error: unknown;
}

/** Where the user is signed in; any session but this one can be ended from here. */
export function SessionList({ sessions, isLoading, error }: SessionListProps) {
  const { t } = useTranslation();
  const revoke = useRevokeSession();
  return (
    <section aria-labelledby="sessions-heading" className="panel">
      <h2 id="sessions-heading">{t('sessions.heading')}</h2>
      <p>{t('sessions.intro')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {revoke.error ? <ErrorMessage error={revoke.error} /> : null}
      {isLoading ? <p role="status">{t('sessions.loading')}</p> : null}
      {sessions ? (
        <div className="table-wrap">
          <Table aria-labelledby="sessions-heading" className="table">
            <TableHeader>
              <Column isRowHeader>{t('sessions.device')}</Column>
              <Column>{t('sessions.started')}</Column>
              <Column>{t('sessions.lastSeen')}</Column>
              <Column>{t('sessions.ip')}</Column>
              <Column>
                <span className="visually-hidden">{t('sessions.actions')}</span>
              </Column>
            </TableHeader>
            <TableBody items={sessions}>
              {(session) => (
                <Row id={session.id}>
                  <Cell>
                    {describeUserAgent(session.userAgent) ?? t('sessions.unknownDevice')}
                    {session.isCurrent ? <strong className="tag">{t('sessions.current')}</strong> : null}
                  </Cell>
                  <Cell>{formatDateTime(session.createdAt)}</Cell>
                  <Cell>{formatDateTime(session.lastSeenAt)}</Cell>
                  <Cell>{session.ip ?? '–'}</Cell>
                  <Cell>
                    {session.isCurrent ? null : (
                      <Button
                        className="button button--secondary button--small"
                        isPending={revoke.isPending && revoke.variables === session.id}
                        onPress={() => revoke.mutate(session.id)}
                      >
                        {t('sessions.end')}
                      </Button>
                    )}
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
