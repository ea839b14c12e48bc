import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { Pagination } from '../../components/pagination';
import { usePageTitle } from '../../components/use-page-title';
import { verificationQueueQueries } from '../../features/verification/api/verification-queue-queries';
import { useVerificationQueueParams } from '../../features/verification/components/use-verification-queue-params';
import { VerificationQueueList } from '../../features/verification/components/verification-queue-list';

/** The coordinators' verification queue: stale contacts who answered neither the mail nor the reminder. */
export function VerificationPage() {
  const { t } = useTranslation();
  usePageTitle(t('verification.queue.title'));
  const { query, update } = useVerificationQueueParams();
  const queue = useQuery(verificationQueueQueries.list(query));

  // Verifying the last contact of the last page leaves the page empty: go back one.
  const lastPage = queue.data && !queue.isPlaceholderData ? Math.max(1, Math.ceil(queue.data.total / queue.data.pageSize)) : undefined;
  useEffect(() => {
    if (lastPage !== undefined && (query.page ?? 1) > lastPage) update({ page: lastPage }, { replace: true });
  }, [lastPage, query.page, update]);

  return (
    <section className="page page--medium">
      <h1>{t('verification.queue.heading')}</h1>
      <p className="lead">{t('verification.queue.intro')}</p>
      {queue.isError ? <ErrorMessage error={queue.error} /> : null}
      <VerificationQueueList page={queue.data} isLoading={queue.isFetching} hasFailed={queue.isError} />
      {queue.data ? (
        <Pagination page={queue.data.page} pageSize={queue.data.pageSize} total={queue.data.total} onPageChange={(page) => update({ page })} />
      ) : null}
    </section>
  );
}
