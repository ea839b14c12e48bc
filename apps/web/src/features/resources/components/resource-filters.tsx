import { type Competence, type Municipality, RESOURCE_KIND_NAMES, RESOURCE_KINDS, RESOURCE_LANGUAGES, SECTOR_NAMES, SECTORS } from '@repo/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Checkbox, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import { currentLanguage } from '../../../lib/i18n';
import { languageName } from '../../../lib/languages';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import type { ResourceSearch } from '../api/resources-queries';
import { ResourceSortSelect } from './resource-sort-select';
import { isFiltered, SEARCH_MAX_LENGTH } from './use-resource-search-params';

type Changes = { [K in keyof ResourceSearch]?: string | number };

interface ResourceFiltersProps {
  query: ResourceSearch;
  municipalities: readonly Municipality[];
  competences: readonly Competence[];
  onChange: (changes: Changes, options?: { replace?: boolean }) => void;
}

/** The search text, applied after a pause in typing; the URL holds what is searched for. */
function useSearchText(q: string | undefined, onChange: ResourceFiltersProps['onChange']) {
  const [text, setText] = useState(q ?? '');
  const typed = text.trim() || undefined;
  const settled = useDebouncedValue(typed);
  const [seenQ, setSeenQ] = useState(q);
  if (q !== seenQ) {
    setSeenQ(q);
    // The URL changed from elsewhere (back button, a link), not by this field's own last search: show its text.
    if (q !== settled && q !== typed) setText(q ?? '');
  }
  const lastSettled = useRef(settled);
  useEffect(() => {
    if (settled === lastSettled.current) return;
    lastSettled.current = settled;
    // Replacing the history entry rather than adding one per pause in typing.
    if (settled !== q) onChange({ q: settled }, { replace: true });
  }, [settled, q, onChange]);
  return [text, setText] as const;
}

/** Search text, the filters and the order of the library; each choice is kept in the URL. */
export function ResourceFilters({ query, municipalities, competences, onChange }: ResourceFiltersProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const mineId = useId();
  const [text, setText] = useSearchText(query.q, onChange);

  return (
    <form className="filters resource-filters" role="search" aria-label={t('resources.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <SearchField className="field search-field resource-filters__search" value={text} onChange={setText} onClear={() => setText('')}>
        <Label className="field__label">{t('resources.filters.search')}</Label>
        <div className="search-field__box">
          <Input className="search-field__input" maxLength={SEARCH_MAX_LENGTH} />
          <Button className="search-field__clear" aria-label={t('resources.filters.clearSearch')}>
            ✕
          </Button>
        </div>
        <Text slot="description" className="field__description">
          {t('resources.filters.searchDescription')}
        </Text>
      </SearchField>
      <ResourceSortSelect query={query} onChange={(sort) => onChange({ sort })} />
      <FilterSelect
        label={t('resources.filters.kind')}
        allLabel={t('resources.filters.all')}
        options={RESOURCE_KINDS.map((kind) => ({ id: kind, label: RESOURCE_KIND_NAMES[kind][language] }))}
        value={query.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <FilterSelect
        label={t('resources.filters.competence')}
        allLabel={t('resources.filters.all')}
        options={competences.map((competence) => ({ id: competence.slug, label: language === 'en' ? competence.nameEn : competence.nameSv }))}
        value={query.competence}
        onChange={(competence) => onChange({ competence })}
      />
      <FilterSelect
        label={t('resources.filters.municipality')}
        allLabel={t('resources.filters.all')}
        options={municipalities.map((municipality) => ({ id: municipality.code, label: municipality.name }))}
        value={query.municipality}
        onChange={(municipality) => onChange({ municipality })}
      />
      <FilterSelect
        label={t('resources.filters.sector')}
        allLabel={t('resources.filters.all')}
        options={SECTORS.map((sector) => ({ id: sector, label: SECTOR_NAMES[sector][language] }))}
        value={query.sector}
        onChange={(sector) => onChange({ sector })}
      />
      <FilterSelect
        label={t('resources.filters.language')}
        allLabel={t('resources.filters.all')}
        options={RESOURCE_LANGUAGES.map((code) => ({ id: code, label: languageName(code, language) }))}
        value={query.language}
        onChange={(code) => onChange({ language: code })}
      />
      <div className="field resource-filters__mine">
        <Checkbox
          className="checkbox"
          aria-describedby={mineId}
          isSelected={query.mine === 'true'}
          onChange={(isSelected) => onChange({ mine: isSelected ? 'true' : undefined })}
        >
          <span className="checkbox__box" aria-hidden="true" />
          <span>{t('resources.filters.mine')}</span>
        </Checkbox>
        <p id={mineId} className="field__description checkbox__description">
          {t('resources.filters.mineDescription')}
        </p>
      </div>
      {isFiltered(query) ? (
        <Button
          className="button button--link filters__clear"
          onPress={() => {
            setText('');
            onChange({
              q: undefined,
              kind: undefined,
              competence: undefined,
              municipality: undefined,
              sector: undefined,
              language: undefined,
              mine: undefined,
              sort: undefined,
            });
          }}
        >
          {t('resources.filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
