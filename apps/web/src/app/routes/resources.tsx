import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { Pagination } from '../../components/pagination';
import { usePageTitle } from '../../components/use-page-title';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { forgetDeletedResource } from '../../features/resources/api/resource-delete-mutation';
import { useResources } from '../../features/resources/api/resources-queries';
import { ResourceFilters } from '../../features/resources/components/resource-filters';
import { ResourceList } from '../../features/resources/components/resource-list';
import { isFiltered, useResourceSearchParams } from '../../features/resources/components/use-resource-search-params';
import { useCurrentUser, userCan } from '../../lib/auth/current-user';

/** The resource the page the user came from has just deleted, if any. */
function deletedOf(state: unknown): { id: string; title: string } | undefined {
  if (typeof state !== 'object' || state === null || !('deleted' in state)) return undefined;
  return (state as { deleted?: { id: string; title: string } }).deleted;
}

export function ResourcesPage() {
  const { t } = useTranslation();
  usePageTitle(t('resources.title'));
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // Read once: a reload, or coming back to the page, should not say it again.
  const [deleted] = useState(() => deletedOf(location.state));
  const deletedNotice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const gone = deletedOf(location.state);
    if (!gone) return;
    // The resource's page is gone now, so its cached entry can go too.
    forgetDeletedResource(queryClient, gone.id);
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate, queryClient]);
  // The delete button went with the resource's page; focus goes to the notice that says it is done.
  // A frame later: the layout moves focus to each new page after the page's own effects have run.
  useEffect(() => {
    if (!deleted) return;
    const frame = requestAnimationFrame(() => deletedNotice.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [deleted]);
  const { user } = useCurrentUser();
  const { query, update, search } = useResourceSearchParams();
  const resources = useResources(query);
  const municipalities = useQuery(municipalityQueries.list());
  const competences = useQuery(contactQueries.competences());

  // A link to a page past the end (the list has shrunk since it was shared) shows the last page.
  const lastPage = resources.data && !resources.isPlaceholderData ? Math.max(1, Math.ceil(resources.data.total / resources.data.pageSize)) : undefined;
  useEffect(() => {
    if (lastPage !== undefined && (query.page ?? 1) > lastPage) update({ page: lastPage }, { replace: true });
  }, [lastPage, query.page, update]);

  return (
    <section className="page">
      <h1>{t('resources.heading')}</h1>
      <p className="lead">{t('resources.intro')}</p>
      {deleted ? (
        <p ref={deletedNotice} tabIndex={-1} role="status" className="notice notice--success">
          {t('resources.deleted', { title: deleted.title })}
        </p>
      ) : null}
      {userCan(user, 'resources:share') ? (
        <div className="page-actions">
          <Link className="button button--primary" to="/resources/new">
            {t('resources.share')}
          </Link>
        </div>
      ) : null}
      <ResourceFilters query={query} municipalities={municipalities.data?.items ?? []} competences={competences.data?.items ?? []} onChange={update} />
      {resources.isError ? <ErrorMessage error={resources.error} /> : null}
      {municipalities.isError ? <ErrorMessage error={municipalities.error} /> : null}
      <ResourceList page={resources.data} isLoading={resources.isFetching} hasFailed={resources.isError} isFiltered={isFiltered(query)} listSearch={search} />
      {resources.data ? (
        <Pagination page={resources.data.page} pageSize={resources.data.pageSize} total={resources.data.total} onPageChange={(page) => update({ page })} />
      ) : null}
    </section>
  );
}
