import { withoutPlace, type Competence, type Municipality, type SearchResult } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { SearchParams } from '../api/search-queries';
import { facetLabels } from './facet-labels';
import { PlacesNote } from './places-note';
import { ResourceGroup } from './resource-group';
import { SearchFacets } from './search-facets';
import { SearchResults } from './search-results';
import { SearchTypeTabs } from './search-type-tabs';
import './search.css';

interface SearchViewProps {
  query: SearchParams;
  result: SearchResult | undefined;
  isLoading: boolean;
  /** The search failed and there is nothing to show; the error itself is shown above. */
  hasFailed: boolean;
  municipalities: Municipality[];
  competences: Competence[];
  onChange: (changes: { [K in keyof SearchParams]?: string | number }) => void;
}

/** Filters beside the results: the places read in the text, the count, the type tabs and the hits. */
export function SearchView({ query, result, isLoading, hasFailed, municipalities, competences, onChange }: SearchViewProps) {
  const { t } = useTranslation();
  const label = facetLabels(municipalities, competences, currentLanguage());
  const places = (result?.places ?? []).map((code) => ({ code, name: label('municipality', code) }));
  return (
    <div className="search-layout">
      <SearchFacets query={query} facets={result?.facets} label={label} onChange={onChange} />
      <div className="search-main">
        <PlacesNote places={places} onRemove={(name) => onChange({ q: query.q ? withoutPlace(query.q, name) : undefined })} />
        {/* Announced by screen readers whenever the number of matches changes. */}
        <p role="status" className="results__count">
          {result ? t('search.count', { count: result.total }) : hasFailed ? null : t('search.loading')}
        </p>
        {result ? <ResourceGroup query={query} resources={result.resources} /> : null}
        <SearchTypeTabs type={query.type} counts={result?.facets.type} onChange={(type) => onChange({ type })}>
          <SearchResults result={result} isLoading={isLoading} places={{ label, regionSize: municipalities.length }} />
        </SearchTypeTabs>
      </div>
    </div>
  );
}
