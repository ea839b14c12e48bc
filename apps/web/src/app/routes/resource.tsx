import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { useResource } from '../../features/resources/api/resources-queries';
import { ResourceView } from '../../features/resources/components/resource-view';
import { ApiError } from '../../lib/api-client';

export function ResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const listSearch = (location.state as { listSearch?: string } | null)?.listSearch;
  const resource = useResource(id);
  const municipalities = useQuery(municipalityQueries.list());
  // A malformed id (400) is as missing as an unknown one, or one the user may not see (404).
  const isMissing = resource.error instanceof ApiError && (resource.error.status === 404 || resource.error.status === 400);
  const title = resource.data
    ? resource.data.status === 'DRAFT'
      ? t('resources.page.draftTitle', { title: resource.data.title })
      : resource.data.title
    : isMissing
      ? t('resources.page.notFound')
      : resource.isError
        ? t('resources.page.loadFailed')
        : t('resources.page.title');
  usePageTitle(title);
  if (isMissing) return <NotFoundContent title={t('resources.page.notFound')} text={t('resources.page.notFoundText')} />;

  return (
    <section className="page page--narrow">
      <p>
        <Link to={{ pathname: '/resources', search: listSearch }}>← {t('resources.page.back')}</Link>
      </p>
      {resource.isError && !resource.data ? (
        <>
          <h1>{t('resources.page.loadFailed')}</h1>
          <ErrorMessage error={resource.error} />
        </>
      ) : null}
      {resource.data ? (
        <ResourceView
          resource={resource.data}
          municipalities={municipalities.data?.items ?? []}
          onDeleted={(deleted) => void navigate('/resources', { state: { deleted: { id: deleted.id, title: deleted.title } } })}
        />
      ) : null}
      {resource.isPending ? (
        <>
          <h1>{t('resources.page.title')}</h1>
          <p role="status">{t('resources.page.loading')}</p>
        </>
      ) : null}
    </section>
  );
}
