import { AUDIT_ACTIONS } from '@repo/contracts';
import { parseDate } from '@internationalized/date';
import {
  Button,
  DateInput,
  DateRangePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Label,
  Popover,
  RangeCalendar,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import { SearchBox } from '../../../components/search-box';
import { CalendarMonth } from '../../../components/date-picker-parts';
import type { AuditSearch } from '../api/audit-queries';
import { ACTOR_MAX_LENGTH } from './use-audit-search-params';

interface AuditFiltersProps {
  query: AuditSearch;
  onChange: (changes: Partial<Record<keyof AuditSearch, string | number | undefined>>) => void;
}

export function AuditFilters({ query, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const range = query.from && query.to ? { start: parseDate(query.from), end: parseDate(query.to) } : null;
  const hasFilters = Boolean(query.actor || query.action || query.from || query.to);
  return (
    <form className="filters filters--audit" role="search" onSubmit={(event) => event.preventDefault()}>
      <SearchBox
        label={t('audit.actor')}
        description={t('audit.actorDescription')}
        value={query.actor}
        maxLength={ACTOR_MAX_LENGTH}
        onSearch={(actor) => onChange({ actor })}
      />
      <FilterSelect
        label={t('audit.action')}
        allLabel={t('filters.all')}
        options={AUDIT_ACTIONS.map((action) => ({ id: action, label: t(`audit.actions.${action}`) }))}
        value={query.action}
        onChange={(action) => onChange({ action })}
      />
      <DateRangePicker
        className="field date-range"
        value={range}
        onChange={(value) => onChange({ from: value?.start.toString(), to: value?.end.toString() })}
        granularity="day"
      >
        <Label className="field__label">{t('audit.period')}</Label>
        <Group className="date-range__group">
          <DateInput slot="start" className="date-range__input">
            {(segment) => <DateSegment segment={segment} className="date-range__segment" />}
          </DateInput>
          <span aria-hidden="true" className="date-range__dash">
            –
          </span>
          <DateInput slot="end" className="date-range__input">
            {(segment) => <DateSegment segment={segment} className="date-range__segment" />}
          </DateInput>
          <Button className="date-range__button" aria-label={t('audit.openCalendar')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </Group>
        <Text slot="description" className="field__description">
          {t('audit.periodDescription')}
        </Text>
        <FieldError className="field__error">{t('audit.periodInvalid')}</FieldError>
        <Popover className="calendar-popover">
          <Dialog className="calendar-dialog" aria-label={t('audit.calendar')}>
            <RangeCalendar className="calendar">
              <CalendarMonth />
            </RangeCalendar>
          </Dialog>
        </Popover>
      </DateRangePicker>
      {hasFilters ? (
        <Button
          className="button button--link filters__clear"
          onPress={() => onChange({ actor: undefined, action: undefined, from: undefined, to: undefined })}
        >
          {t('filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
