import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { userQueries } from '../../features/users/api/user-queries';
import { UserDetails } from '../../features/users/components/user-details';
import { ApiError } from '../../lib/api-client';
import { useCurrentUser } from '../../lib/auth/current-user';

export function AdminUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user: me } = useCurrentUser();
  const user = useQuery(userQueries.detail(id));
  const municipalities = useQuery(municipalityQueries.list());
  const isMissing = user.error instanceof ApiError && (user.error.status === 404 || user.error.status === 400);
  usePageTitle(user.data?.name ?? (isMissing ? t('users.notFound') : t('users.detailTitle')));
  if (isMissing) return <NotFoundContent title={t('users.notFound')} text={t('users.notFoundText')} />;

  return (
    <section className="page page--narrow">
      <p>
        <Link to="/admin/users">← {t('users.back')}</Link>
      </p>
      {user.isError && !user.data ? (
        <>
          <h1>{t('users.loadFailed')}</h1>
          <ErrorMessage error={user.error} />
        </>
      ) : null}
      {user.data && me ? (
        <UserDetails user={user.data} actor={me} municipalities={(municipalities.data?.items ?? []).map((m) => ({ id: m.code, label: m.name }))} />
      ) : null}
      {user.isPending ? (
        <>
          <h1>{t('users.detailTitle')}</h1>
          <p role="status">{t('users.loadingOne')}</p>
        </>
      ) : null}
    </section>
  );
}
