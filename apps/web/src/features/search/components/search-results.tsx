import type { SearchResult } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { AgencyHit } from './agency-hit';
import { ContactHit } from './contact-hit';
import { FunctionHit } from './function-hit';
import type { PlaceNames } from './hit-meta';

interface SearchResultsProps {
  result: SearchResult | undefined;
  isLoading: boolean;
  places: PlaceNames;
}

/** The ranked hits of one page: people, organisations and seats, best match first. */
export function SearchResults({ result, isLoading, places }: SearchResultsProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="search-results-heading" aria-busy={isLoading} className="results">
      <h2 id="search-results-heading" className="visually-hidden">
        {t('search.results')}
      </h2>
      {result && result.items.length === 0 ? <p className="results__empty">{t('search.empty')}</p> : null}
      {result && result.items.length > 0 ? (
        <ol className="results__list search-hits" start={(result.page - 1) * result.pageSize + 1}>
          {result.items.map((item) => (
            <li key={`${item.type}:${item.id}`}>
              {item.type === 'contact' ? (
                <ContactHit item={item} places={places} />
              ) : item.type === 'function' ? (
                <FunctionHit item={item} places={places} />
              ) : (
                <AgencyHit item={item} places={places} />
              )}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
