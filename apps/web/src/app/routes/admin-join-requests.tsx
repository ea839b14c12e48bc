import { JoinRequestListQuerySchema, JoinRequestStatusSchema, type JoinRequestStatus } from '@repo/contracts';
import { useQuery } from '@tanstack/react-query';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { usePageTitle } from '../../components/use-page-title';
import { joinRequestQueries } from '../../features/join-requests/api/join-request-queries';
import { JoinRequestList } from '../../features/join-requests/components/join-request-list';

export function AdminJoinRequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('joinRequests.title'));
  const [params, setParams] = useSearchParams();
  const parsed = JoinRequestListQuerySchema.shape.status.safeParse(params.get('status') ?? undefined);
  const status: JoinRequestStatus = parsed.success ? parsed.data : 'PENDING';
  const requests = useQuery(joinRequestQueries.list(status));

  return (
    <section className="page page--narrow">
      <h1>{t('joinRequests.heading')}</h1>
      <p className="lead">{t('joinRequests.intro')}</p>
      <Tabs
        selectedKey={status}
        onSelectionChange={(key) => setParams(key === 'PENDING' ? {} : { status: String(key) }, { replace: true })}
      >
        <TabList aria-label={t('joinRequests.statusLabel')} className="tabs">
          {JoinRequestStatusSchema.options.map((option) => (
            <Tab key={option} id={option} className="tabs__tab">
              {t(`joinRequests.status.${option}`)}
            </Tab>
          ))}
        </TabList>
        {JoinRequestStatusSchema.options.map((option) => (
          <TabPanel key={option} id={option} className="tabs__panel">
            {requests.isError ? <ErrorMessage error={requests.error} /> : null}
            <JoinRequestList requests={requests.data?.items} isLoading={requests.isPending} />
          </TabPanel>
        ))}
      </Tabs>
    </section>
  );
}
