import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { agencyQueries } from '../../features/agencies/api/agency-queries';
import { functionQueries } from '../../features/functions/api/function-queries';
import { FunctionView } from '../../features/functions/components/function-view';
import { historyKeys } from '../../features/history/api/history-queries';
import { RecordHistory } from '../../features/history/components/record-history';
import { ApiError } from '../../lib/api-client';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';
import { canEditAgencyRoster } from '../../lib/auth/roster-access';

export function FunctionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user } = useCurrentUser();
  const queryClient = useQueryClient();
  const seat = useQuery(functionQueries.detail(id));
  const agencyId = seat.data?.agency.id;
  // The agency's municipalities decide whether a coordinator may edit.
  const agency = useQuery({ ...agencyQueries.detail(agencyId ?? ''), enabled: Boolean(agencyId) });
  // A malformed id (400) is as missing as an unknown one (404).
  const isMissing = seat.error instanceof ApiError && (seat.error.status === 404 || seat.error.status === 400);
  usePageTitle(seat.data?.name ?? (isMissing ? t('functions.notFound') : seat.isError ? t('functions.loadFailed') : t('functions.title')));
  if (isMissing) return <NotFoundContent title={t('functions.notFound')} text={t('functions.notFoundText')} />;

  return (
    <section className="page page--narrow">
      {seat.data ? (
        <p>
          <Link to={`/agencies/${seat.data.agency.id}`}>← {t('functions.backTo', { agency: seat.data.agency.name })}</Link>
        </p>
      ) : null}
      {seat.isError && !seat.data ? (
        <>
          <h1>{t('functions.loadFailed')}</h1>
          <ErrorMessage error={seat.error} />
        </>
      ) : null}
      {seat.data ? (
        <FunctionView
          seat={seat.data}
          canEdit={agency.data ? canEditAgencyRoster(user, agency.data) : false}
          onSaved={() => void queryClient.invalidateQueries({ queryKey: historyKeys.record('function', id) })}
          history={userCan(user, 'history:read') ? <RecordHistory type="function" id={seat.data.id} /> : null}
        />
      ) : null}
      {seat.isPending ? (
        <>
          <h1>{t('functions.title')}</h1>
          <p role="status">{t('functions.loading')}</p>
        </>
      ) : null}
    </section>
  );
}
