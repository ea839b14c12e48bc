import { type Competence, EVENT_KIND_NAMES, EVENT_KINDS, type Municipality, SECTOR_NAMES, SECTORS } from '@repo/contracts';
import { useId } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import { currentLanguage } from '../../../lib/i18n';
import type { CalendarFilters as Filters } from './use-calendar-params';

interface CalendarFiltersProps {
  filters: Filters;
  municipalities: readonly Municipality[];
  competences: readonly Competence[];
  onChange: (changes: Partial<Filters>) => void;
}

/** Narrows every view at once; each choice is kept in the URL. */
export function CalendarFilters({ filters, municipalities, competences, onChange }: CalendarFiltersProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const mineId = useId();
  const myAgencyId = useId();
  const hasFilters = Object.values(filters).some((value) => value !== undefined);

  return (
    <form className="filters calendar-filters" role="search" aria-label={t('eventsCalendar.filters.label')} onSubmit={(event) => event.preventDefault()}>
      <FilterSelect
        label={t('eventsCalendar.filters.kind')}
        allLabel={t('eventsCalendar.filters.all')}
        options={EVENT_KINDS.map((kind) => ({ id: kind, label: EVENT_KIND_NAMES[kind][language] }))}
        value={filters.kind}
        onChange={(kind) => onChange({ kind: EVENT_KINDS.find((known) => known === kind) })}
      />
      <FilterSelect
        label={t('eventsCalendar.filters.municipality')}
        allLabel={t('eventsCalendar.filters.all')}
        options={municipalities.map((municipality) => ({ id: municipality.code, label: municipality.name }))}
        value={filters.municipality}
        onChange={(municipality) => onChange({ municipality })}
      />
      <FilterSelect
        label={t('eventsCalendar.filters.sector')}
        allLabel={t('eventsCalendar.filters.all')}
        options={SECTORS.map((sector) => ({ id: sector, label: SECTOR_NAMES[sector][language] }))}
        value={filters.sector}
        onChange={(sector) => onChange({ sector: SECTORS.find((known) => known === sector) })}
      />
      <FilterSelect
        label={t('eventsCalendar.filters.competence')}
        allLabel={t('eventsCalendar.filters.all')}
        options={competences.map((competence) => ({ id: competence.slug, label: language === 'sv' ? competence.nameSv : competence.nameEn }))}
        value={filters.competence}
        onChange={(competence) => onChange({ competence })}
      />
      <div className="calendar-filters__toggles">
        <div className="field">
          <Checkbox
            className="checkbox"
            aria-describedby={mineId}
            isSelected={filters.mine === 'true'}
            onChange={(isSelected) => onChange({ mine: isSelected ? 'true' : undefined })}
          >
            <span className="checkbox__box" aria-hidden="true" />
            <span>{t('eventsCalendar.filters.mine')}</span>
          </Checkbox>
          <p id={mineId} className="field__description checkbox__description">
            {t('eventsCalendar.filters.mineDescription')}
          </p>
        </div>
        <div className="field">
          <Checkbox
            className="checkbox"
            aria-describedby={myAgencyId}
            isSelected={filters.myAgency === 'true'}
            onChange={(isSelected) => onChange({ myAgency: isSelected ? 'true' : undefined })}
          >
            <span className="checkbox__box" aria-hidden="true" />
            <span>{t('eventsCalendar.filters.myAgency')}</span>
          </Checkbox>
          <p id={myAgencyId} className="field__description checkbox__description">
            {t('eventsCalendar.filters.myAgencyDescription')}
          </p>
        </div>
      </div>
      {hasFilters ? (
        <Button
          className="button button--link filters__clear"
          onPress={() =>
            onChange({ kind: undefined, municipality: undefined, sector: undefined, competence: undefined, mine: undefined, myAgency: undefined })
          }
        >
          {t('eventsCalendar.filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
