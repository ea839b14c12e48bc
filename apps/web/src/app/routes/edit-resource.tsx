import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { NoAccessContent } from '../../components/no-access-content';
import { NotFoundContent } from '../../components/not-found-content';
import { usePageTitle } from '../../components/use-page-title';
import { ApiError } from '../../lib/api-client';
import { useCurrentUser } from '../../lib/auth/current-user';
import { resourceQueries } from '../../features/resources/api/resources-queries';
import { type DraftHandover, ResourceForm } from '../../features/resources/components/resource-form';
import { useNetworkFormOptions } from '../use-network-form-options';

/** What the page that shared the resource left for this one, if anything. */
function handoverOf(state: unknown): DraftHandover | undefined {
  if (typeof state !== 'object' || state === null || !('handover' in state)) return undefined;
  return (state as { handover?: DraftHandover }).handover;
}

/** Editing a resource and its files: for its owner agency's members and coordinators (the resource says `canEdit`). */
export function EditResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useCurrentUser();
  const resource = useQuery(resourceQueries.detail(id));
  const options = useNetworkFormOptions();
  // Read once: a reload of the page should not show the same notice again.
  const [handover] = useState(() => handoverOf(location.state));
  useEffect(() => {
    if (handoverOf(location.state)) void navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  // A malformed id (400) is as missing as an unknown one, or one the user may not see (404).
  const isMissing = resource.error instanceof ApiError && (resource.error.status === 404 || resource.error.status === 400);
  usePageTitle(
    resource.data
      ? t('resourceForm.edit.heading', { title: resource.data.title })
      : isMissing
        ? t('resourceForm.edit.notFound')
        : resource.isError
          ? t('resourceForm.edit.loadFailed')
          : t('resourceForm.edit.title'),
  );
  if (isMissing) return <NotFoundContent title={t('resourceForm.edit.notFound')} text={t('resourceForm.edit.notFoundText')} />;
  if (resource.data && !resource.data.canEdit) return <NoAccessContent />;

  const back = `/resources/${encodeURIComponent(id)}`;
  return (
    <section className="page page--narrow">
      {resource.data ? (
        <>
          <p>
            <Link to={back}>← {t('resourceForm.edit.backTo', { title: resource.data.title })}</Link>
          </p>
          <h1>{t('resourceForm.edit.heading', { title: resource.data.title })}</h1>
        </>
      ) : (
        <h1>{resource.isError ? t('resourceForm.edit.loadFailed') : t('resourceForm.edit.title')}</h1>
      )}
      {resource.isError && !resource.data ? <ErrorMessage error={resource.error} /> : null}
      {resource.isPending ? <p role="status">{t('resourceForm.edit.loading')}</p> : null}
      {handover ? (
        <div className="notice notice--warning">
          <p>{handover.problems.length > 0 ? t('resourceForm.edit.keptAsDraft') : t('resourceForm.edit.keptAsDraftUnpublished')}</p>
          {handover.publish && handover.problems.length > 0 ? <p>{t('resourceForm.edit.keptAsDraftPublish')}</p> : null}
        </div>
      ) : null}
      {resource.data && user ? (
        <ResourceForm
          // The form edits the version it opened with; uploads and a conflict bring in newer ones themselves.
          key={resource.data.id}
          resource={resource.data}
          user={user}
          ownContact={null}
          handover={handover}
          {...options}
          onSaved={(saved) => void navigate(`/resources/${saved.id}`)}
          onKeptAsDraft={(saved) => void navigate(`/resources/${saved.id}`)}
          onCancel={() => void navigate(back)}
        />
      ) : null}
    </section>
  );
}
