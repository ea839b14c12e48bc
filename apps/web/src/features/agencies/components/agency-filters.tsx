import { type Municipality, SECTOR_NAMES, SECTORS } from '@repo/contracts';
import { useEffect, useState } from 'react';
import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { AgencySearch } from '../api/agency-queries';
import { FilterSelect } from '../../../components/filter-select';
import { SEARCH_MAX_LENGTH } from './use-agency-search-params';

const SEARCH_DELAY_MS = 250;
const NOTHING_SENT = Symbol('nothing sent');

interface AgencyFiltersProps {
  query: AgencySearch;
  municipalities: Municipality[];
  onChange: (changes: Partial<AgencySearch>, options?: { replace?: boolean }) => void;
}

export function AgencyFilters({ query, municipalities, onChange }: AgencyFiltersProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [text, setText] = useState(query.q ?? '');
  const [syncedQuery, setSyncedQuery] = useState(query.q);
  // The search this field last wrote to the URL, until the URL shows it.
  const [sentQuery, setSentQuery] = useState<string | undefined | typeof NOTHING_SENT>(NOTHING_SENT);
  if (query.q !== syncedQuery) {
    setSyncedQuery(query.q);
    if (query.q === sentQuery) {
      // Our own search arrived; the field may already hold more text typed in the meantime.
      setSentQuery(NOTHING_SENT);
    } else if ((query.q ?? '') !== text.trim()) {
      // The URL changed from elsewhere (back button, a shared link): show its search text.
      setText(query.q ?? '');
    }
  }

  // Typing updates the URL after a short pause, replacing the history entry rather than adding one per key.
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === query.q) return;
    const timer = setTimeout(() => {
      setSentQuery(q);
      onChange({ q }, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, query.q, onChange]);

  const hasFilters = Boolean(query.q || query.municipality || query.sector);

  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <SearchField className="field search-field" value={text} onChange={setText} onClear={() => setText('')}>
        <Label className="field__label">{t('agencies.searchLabel')}</Label>
        <div className="search-field__box">
          <Input className="search-field__input" maxLength={SEARCH_MAX_LENGTH} />
          <Button className="search-field__clear" aria-label={t('agencies.clearSearch')}>
            ✕
          </Button>
        </div>
        <Text slot="description" className="field__description">
          {t('agencies.searchDescription')}
        </Text>
      </SearchField>
      <FilterSelect
        label={t('agencies.municipality')}
        allLabel={t('agencies.all')}
        options={municipalities.map((m) => ({ id: m.code, label: m.name }))}
        value={query.municipality}
        onChange={(municipality) => onChange({ municipality })}
      />
      <FilterSelect
        label={t('agencies.sector')}
        allLabel={t('agencies.all')}
        options={SECTORS.map((sector) => ({ id: sector, label: SECTOR_NAMES[sector][language] }))}
        value={query.sector}
        onChange={(sector) => onChange({ sector: sector as AgencySearch['sector'] })}
      />
      {hasFilters ? (
        <Button
          className="button button--link filters__clear"
          onPress={() => {
            setText('');
            onChange({ q: undefined, municipality: undefined, sector: undefined });
          }}
        >
          {t('agencies.clearFilters')}
        </Button>
      ) : null}
    </form>
  );
}
