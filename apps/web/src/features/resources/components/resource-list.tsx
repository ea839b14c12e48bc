import type { ResourcePage } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { ResourceCard } from './resource-card';
import './resources.css';

interface ResourceListProps {
  page: ResourcePage | undefined;
  isLoading: boolean;
  /** The search failed and there is nothing to show; the error itself is shown beside the list. */
  hasFailed: boolean;
  /** Whether a search or filter narrows the list, which decides what an empty list suggests. */
  isFiltered: boolean;
  listSearch: string;
}

export function ResourceList({ page, isLoading, hasFailed, isFiltered, listSearch }: ResourceListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="resource-results-heading" aria-busy={isLoading} className="results">
      <h2 id="resource-results-heading" className="visually-hidden">
        {t('resources.results')}
      </h2>
      {/* Announced by screen readers whenever the number of matches changes. */}
      <p role="status" className="results__count">
        {page ? t('resources.count', { count: page.total }) : hasFailed ? null : t('resources.loading')}
      </p>
      {page && page.items.length === 0 ? (
        <div className="results__empty">
          <p>{isFiltered ? t('resources.empty') : t('resources.emptyLibrary')}</p>
          <p>{isFiltered ? t('resources.emptyHint') : t('resources.emptyLibraryHint')}</p>
        </div>
      ) : null}
      {page && page.items.length > 0 ? (
        <ul className="results__list">
          {page.items.map((resource) => (
            <li key={resource.id}>
              <ResourceCard resource={resource} listSearch={listSearch} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
