import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message';
import { Pagination } from '../../components/pagination';
import { SearchBox } from '../../components/search-box';
import { usePageTitle } from '../../components/use-page-title';
import { contactQueries } from '../../features/contacts/api/contact-queries';
import { municipalityQueries } from '../../features/municipalities/api/municipality-queries';
import { searchQueries } from '../../features/search/api/search-queries';
import { SearchView } from '../../features/search/components/search-view';
import { SEARCH_MAX_LENGTH, useSearchParamsQuery } from '../../features/search/components/use-search-params';

export function SearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('search.title'));
  const { query, update } = useSearchParamsQuery();
  const results = useQuery(searchQueries.results(query));
  const municipalities = useQuery(municipalityQueries.list());
  const competences = useQuery(contactQueries.competences());

  // A link to a page past the end (the matches have shrunk since it was shared) shows the last page.
  const lastPage = results.data && !results.isPlaceholderData ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize)) : undefined;
  useEffect(() => {
    if (lastPage !== undefined && (query.page ?? 1) > lastPage) update({ page: lastPage }, { replace: true });
  }, [lastPage, query.page, update]);

  return (
    <section className="page">
      <h1>{t('search.heading')}</h1>
      <p className="lead">{t('search.intro')}</p>
      <div role="search">
        <SearchBox
          label={t('search.label')}
          description={t('search.description')}
          value={query.q}
          maxLength={SEARCH_MAX_LENGTH}
          onSearch={(q) => update({ q })}
        />
      </div>
      {results.isError ? <ErrorMessage error={results.error} /> : null}
      {municipalities.isError ? <ErrorMessage error={municipalities.error} /> : null}
      <SearchView
        query={query}
        result={results.data}
        isLoading={results.isFetching}
        hasFailed={results.isError}
        municipalities={municipalities.data?.items ?? []}
        competences={competences.data?.items ?? []}
        onChange={update}
      />
      {results.data ? (
        <Pagination page={results.data.page} pageSize={results.data.pageSize} total={results.data.total} onPageChange={(page) => update({ page })} />
      ) : null}
    </section>
  );
}
