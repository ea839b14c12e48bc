import type { JoinRequest } from '@repo/contracts';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { formatDateTime } from '../../../lib/dates';
import { useApproveJoinRequest, useDeclineJoinRequest } from '../api/join-request-mutations';

interface JoinRequestListProps {
  requests: JoinRequest[] | undefined;
  isLoading: boolean;
}

export function JoinRequestList({ requests, isLoading }: JoinRequestListProps) {
  const { t } = useTranslation();
  const approve = useApproveJoinRequest();
  const decline = useDeclineJoinRequest();
  const [notice, setNotice] = useState('');
  const error = approve.error ?? decline.error;

  return (
    <div aria-busy={isLoading}>
      <p role="status" className={notice ? 'notice notice--success' : undefined}>
        {notice}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {isLoading ? <p role="status">{t('joinRequests.loading')}</p> : null}
      {requests && requests.length === 0 ? <p>{t('joinRequests.empty')}</p> : null}
      {requests && requests.length > 0 ? (
        <ul className="card-list">
          {requests.map((request) => (
            <li key={request.id}>
              <article className="card" aria-labelledby={`join-request-${request.id}`}>
                <h2 id={`join-request-${request.id}`} className="card__title">
                  {request.name}
                </h2>
                <dl className="facts">
                  <dt>{t('joinRequests.email')}</dt>
                  <dd>{request.email}</dd>
                  <dt>{t('joinRequests.agency')}</dt>
                  <dd>{request.agency.name}</dd>
                  <dt>{t('joinRequests.function')}</dt>
                  <dd>{request.function}</dd>
                  <dt>{t('joinRequests.reason')}</dt>
                  <dd className="preserve-lines">{request.reason}</dd>
                  <dt>{t('joinRequests.received')}</dt>
                  <dd>{formatDateTime(request.createdAt)}</dd>
                  {request.decidedAt ? (
                    <>
                      <dt>{t('joinRequests.decided')}</dt>
                      <dd>
                        {formatDateTime(request.decidedAt)}
                        {request.decidedBy ? `, ${request.decidedBy}` : null}
                      </dd>
                    </>
                  ) : null}
                </dl>
                {request.status === 'PENDING' ? (
                  <div className="button-row">
                    <Button
                      className="button"
                      aria-label={t('joinRequests.approveFor', { name: request.name })}
                      isPending={approve.isPending && approve.variables === request.id}
                      onPress={() =>
                        approve.mutate(request.id, { onSuccess: () => setNotice(t('joinRequests.approved', { name: request.name, email: request.email })) })
                      }
                    >
                      {t('joinRequests.approve')}
                    </Button>
                    <Button
                      className="button button--secondary"
                      aria-label={t('joinRequests.declineFor', { name: request.name })}
                      isPending={decline.isPending && decline.variables === request.id}
                      onPress={() => decline.mutate(request.id, { onSuccess: () => setNotice(t('joinRequests.declined', { name: request.name })) })}
                    >
                      {t('joinRequests.decline')}
                    </Button>
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
