import type { SearchResult } from '@repo/contracts';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import type { SearchParams } from '../api/search-queries';
import type { FacetLabel } from './facet-labels';
import { FACET_FILTERS, type FacetFilter } from './use-search-params';

type Changes = { [K in keyof SearchParams]?: string | number };

interface SearchFacetsProps {
  query: SearchParams;
  facets: SearchResult['facets'] | undefined;
  label: FacetLabel;
  onChange: (changes: Changes) => void;
}

const NO_FILTERS: Changes = Object.fromEntries(FACET_FILTERS.map((facet) => [facet, undefined]));

/** One value per facet (the API filters on one), each choice with how many matches it leaves. */
export function SearchFacets({ query, facets, label, onChange }: SearchFacetsProps) {
  const { t } = useTranslation();
  const hasFilters = FACET_FILTERS.some((facet) => query[facet] !== undefined);

  function options(facet: FacetFilter) {
    const counts = facets?.[facet] ?? [];
    const selected = query[facet];
    // A chosen value with no matches left still shows, so the choice can be seen and undone.
    const all = selected && !counts.some((c) => c.value === selected) ? [...counts, { value: selected, count: 0 }] : counts;
    return all
      .map((c) => ({ id: c.value, name: label(facet, c.value), count: c.count }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((c) => ({ id: c.id, label: t('search.option', { label: c.name, count: c.count }) }));
  }

  return (
    <section className="search-facets" aria-labelledby="search-facets-heading">
      <h2 id="search-facets-heading" className="search-facets__heading">
        {t('search.filters')}
      </h2>
      {FACET_FILTERS.map((facet) => (
        <FilterSelect
          key={facet}
          label={t(`search.facets.${facet}`)}
          allLabel={t('search.any')}
          options={options(facet)}
          value={query[facet]}
          onChange={(value) => onChange({ [facet]: value })}
        />
      ))}
      {hasFilters ? (
        <Button className="button button--link search-facets__clear" onPress={() => onChange(NO_FILTERS)}>
          {t('search.clearFilters')}
        </Button>
      ) : null}
    </section>
  );
}
