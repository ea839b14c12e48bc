import { Button, Header, Label, ListBox, ListBoxItem, ListBoxSection, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import { type CoverageColumn, columnId, columnLabel } from '../coverage-columns';

interface MapColumnSelectProps {
  sectors: CoverageColumn[];
  keyFunctions: CoverageColumn[];
  value: string;
  onChange: (value: string) => void;
}

/** Which column of the matrix the map shows: a sector or a key function. */
export function MapColumnSelect({ sectors, keyFunctions, value, onChange }: MapColumnSelectProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const group = (heading: string, columns: CoverageColumn[]) => (
    <ListBoxSection>
      <Header className="coverage-select__header">{heading}</Header>
      {columns.map((column) => (
        <ListBoxItem key={columnId(column)} id={columnId(column)} className="select__option" textValue={columnLabel(column, language)}>
          {columnLabel(column, language)}
        </ListBoxItem>
      ))}
    </ListBoxSection>
  );
  return (
    <Select className="field select" selectedKey={value} onSelectionChange={(key) => key !== null && onChange(String(key))}>
      <Label className="field__label">{t('coverageMap.column')}</Label>
      <Button className="select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      <Popover className="select__popover">
        <ListBox className="select__list">
          {group(t('coverageMap.sectors'), sectors)}
          {group(t('coverageMap.keyFunctions'), keyFunctions)}
        </ListBox>
      </Popover>
    </Select>
  );
}
