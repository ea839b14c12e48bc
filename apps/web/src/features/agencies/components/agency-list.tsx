import type { AgencyPage } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { AgencyCard } from './agency-card';

interface AgencyListProps {
  page: AgencyPage | undefined;
  isLoading: boolean;
  /** The search failed and there is nothing to show; the error itself is shown beside the list. */
  hasFailed: boolean;
  listSearch: string;
}

export function AgencyList({ page, isLoading, hasFailed, listSearch }: AgencyListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="results-heading" aria-busy={isLoading} className="results">
      <h2 id="results-heading" className="visually-hidden">
        {t('agencies.results')}
      </h2>
      {/* Announced by screen readers whenever the number of matches changes. */}
      <p role="status" className="results__count">
        {page ? t('agencies.count', { count: page.total }) : hasFailed ? null : t('agencies.loading')}
      </p>
      {page && page.items.length === 0 ? <p className="results__empty">{t('agencies.empty')}</p> : null}
      {page && page.items.length > 0 ? (
        <ul className="results__list">
          {page.items.map((agency) => (
            <li key={agency.id}>
              <AgencyCard agency={agency} listSearch={listSearch} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
