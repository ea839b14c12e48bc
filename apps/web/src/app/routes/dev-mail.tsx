import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { devMailQueries } from '../../features/dev-mail/api/dev-mail-queries';
import { MailList } from '../../features/dev-mail/components/mail-list';
import { ApiError } from '../../lib/api-client';

export function DevMailPage() {
  const { t } = useTranslation();
  usePageTitle(t('devMail.title'));
  const mails = useQuery(devMailQueries.list());
  const isUnavailable = mails.error instanceof ApiError && mails.error.status === 404;
  return (
    <section className="page page--narrow">
      <h1>{t('devMail.heading')}</h1>
      <p className="lead">{t('devMail.intro')}</p>
      {isUnavailable ? (
        <p className="notice notice--warning">{t('devMail.unavailable')}</p>
      ) : (
        <>
          <p>
            <Button className="button button--secondary" isPending={mails.isFetching} onPress={() => void mails.refetch()}>
              {t('devMail.refresh')}
            </Button>
          </p>
          {mails.isError ? <ErrorMessage error={mails.error} /> : null}
          {mails.isPending ? <p role="status">{t('devMail.loading')}</p> : null}
          {mails.data ? <MailList mails={mails.data.items} /> : null}
        </>
      )}
    </section>
  );
}
