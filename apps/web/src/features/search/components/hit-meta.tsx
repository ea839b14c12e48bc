import { SECTOR_NAMES, type SearchItem } from '@repo/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { FacetLabel } from './facet-labels';

/** Where a hit works, named for a few municipalities and counted for more. */
export interface PlaceNames {
  label: FacetLabel;
  /** How many municipalities the region has: covering them all is "the whole county". */
  regionSize: number;
}

const NAMED_UP_TO = 3;

/** "Person · Socialtjänst · Arvika": what kind of hit, its sector, and where it works. */
export function HitMeta({ item, places }: { item: SearchItem; places: PlaceNames }) {
  const { t } = useTranslation();
  const codes = item.municipalityCodes;
  const where =
    codes.length === 0
      ? null
      : places.regionSize > 0 && codes.length >= places.regionSize
        ? t('search.wholeRegion')
        : codes.length <= NAMED_UP_TO
          ? codes
              .map((code) => places.label('municipality', code))
              .sort((a, b) => a.localeCompare(b, 'sv'))
              .join(', ')
          : t('search.municipalityCount', { count: codes.length });
  return (
    <p className="search-hit__meta">
      <span className="search-hit__kind">{t(`search.kinds.${item.type}`)}</span>
      {' · '}
      {SECTOR_NAMES[item.sector][currentLanguage()]}
      {where ? ` · ${where}` : null}
    </p>
  );
}
