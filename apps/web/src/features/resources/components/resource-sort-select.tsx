import { RESOURCE_SORTS } from '@repo/contracts';
import { Select } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectParts } from '../../../components/form-fields';
import type { ResourceSearch } from '../api/resources-queries';
import { effectiveSort, type ResourceSort, sortParam } from './use-resource-search-params';

interface ResourceSortSelectProps {
  query: ResourceSearch;
  onChange: (sort: ResourceSort | undefined) => void;
}

/** Newest first or most relevant; relevance needs words to be relevant to, so it waits for search text. */
export function ResourceSortSelect({ query, onChange }: ResourceSortSelectProps) {
  const { t } = useTranslation();
  const items = RESOURCE_SORTS.map((sort) => ({ id: sort, label: t(`resources.filters.sorts.${sort}`) }));
  return (
    <Select
      className="field select"
      selectedKey={effectiveSort(query)}
      disabledKeys={query.q ? [] : ['relevance']}
      onSelectionChange={(key) => {
        const sort = RESOURCE_SORTS.find((known) => known === key);
        if (sort) onChange(sortParam(query, sort));
      }}
    >
      <SelectParts label={t('resources.filters.sort')} description={query.q ? undefined : t('resources.filters.sortDescription')} options={items} />
    </Select>
  );
}
