import { type Competence, type Municipality, SECTOR_NAMES, SECTORS, type Sector } from '@repo/contracts';
import { type FormEvent, useRef, useState } from 'react';
import {
  Button,
  Collection,
  ComboBox,
  FieldError,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Select,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { FilterSelect } from '../../../components/filter-select';
import { SelectParts } from '../../../components/form-fields';
import { currentLanguage } from '../../../lib/i18n';
import { CounterpartResults } from './counterpart-results';
import { competenceOptions, functionOptions, type NeedOption, needKey, needOf } from './need-options';
import { useCounterpartParams } from './use-counterpart-params';
import './counterparts.css';

interface CounterpartFinderProps {
  competences: readonly Competence[];
  municipalities: readonly Municipality[];
  /** The user's own municipality, chosen until they choose another; undefined when not known. */
  defaultMunicipality: string | undefined;
}

/** "Jag behöver … i … från …": a short, ranked list of whom to call. */
export function CounterpartFinder({ competences, municipalities, defaultMunicipality }: CounterpartFinderProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { query, ask } = useCounterpartParams();

  const [need, setNeed] = useState<string | null>(needKey(query));
  // undefined: not chosen yet, so the user's own municipality stands.
  const [municipality, setMunicipality] = useState<string | null | undefined>(query?.municipality);
  const [sector, setSector] = useState<Sector | undefined>(query?.sector);
  const [syncedQuery, setSyncedQuery] = useState(query);
  // The URL changed from elsewhere (back button, a shared link): show its question.
  if (query !== syncedQuery) {
    setSyncedQuery(query);
    if (query) {
      setNeed(needKey(query));
      setMunicipality(query.municipality);
      setSector(query.sector);
    }
  }
  const [showErrors, setShowErrors] = useState(false);
  const needInput = useRef<HTMLInputElement>(null);
  const municipalityButton = useRef<HTMLButtonElement>(null);

  const chosenMunicipality = municipality === undefined ? (defaultMunicipality ?? null) : municipality;
  const competenceItems = competenceOptions(competences, language);
  const functionItems = functionOptions(language);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!need || !chosenMunicipality) {
      setShowErrors(true);
      (need ? municipalityButton : needInput).current?.focus();
      return;
    }
    setShowErrors(false);
    ask({ ...needOf(need), municipality: chosenMunicipality, sector });
  }

  const needLabel = [...competenceItems, ...functionItems].find((option) => option.id === needKey(query))?.label;
  const municipalityName = municipalities.find((m) => m.code === query?.municipality)?.name;

  return (
    <section className="counterpart-finder" aria-labelledby="counterpart-finder-heading">
      <h2 id="counterpart-finder-heading">{t('counterparts.heading')}</h2>
      <p>{t('counterparts.intro')}</p>
      <form className="counterpart-finder__form" onSubmit={submit} noValidate>
        <ComboBox
          className="field combobox counterpart-finder__need"
          selectedKey={need}
          onSelectionChange={(key) => setNeed(key === null ? null : String(key))}
          isInvalid={showErrors && !need}
          isRequired
          validationBehavior="aria"
        >
          <Label className="field__label">{t('counterparts.need')}</Label>
          <Text slot="description" className="field__description">
            {t('counterparts.needDescription')}
          </Text>
          <div className="combobox__box">
            <Input ref={needInput} className="combobox__input" />
            <Button className="combobox__button" aria-label={t('form.showOptions')}>
              <span aria-hidden="true">▾</span>
            </Button>
          </div>
          <FieldError className="field__error">{t('counterparts.needRequired')}</FieldError>
          <Popover className="select__popover">
            <ListBox className="select__list" renderEmptyState={() => <p className="select__empty">{t('form.noMatches')}</p>}>
              <NeedSection title={t('counterparts.competences')} items={competenceItems} />
              <NeedSection title={t('counterparts.functions')} items={functionItems} />
            </ListBox>
          </Popover>
        </ComboBox>
        <Select
          className="field select"
          selectedKey={chosenMunicipality}
          onSelectionChange={(key) => setMunicipality(key === null ? null : String(key))}
          isInvalid={showErrors && !chosenMunicipality}
          isRequired
          validationBehavior="aria"
          placeholder={t('form.choose')}
        >
          <SelectParts
            label={t('counterparts.municipality')}
            buttonRef={municipalityButton}
            error={t('counterparts.municipalityRequired')}
            options={municipalities.map((m) => ({ id: m.code, label: m.name }))}
          />
        </Select>
        <FilterSelect
          label={t('counterparts.sector')}
          allLabel={t('counterparts.anySector')}
          options={SECTORS.map((s) => ({ id: s, label: SECTOR_NAMES[s][language] }))}
          value={sector}
          onChange={(value) => setSector(value as Sector | undefined)}
        />
        <Button type="submit" className="button counterpart-finder__submit">
          {t('counterparts.submit')}
        </Button>
      </form>
      {query ? <CounterpartResults query={query} needLabel={needLabel ?? ''} municipalityName={municipalityName ?? query.municipality} /> : null}
    </section>
  );
}

function NeedSection({ title, items }: { title: string; items: NeedOption[] }) {
  return (
    <ListBoxSection className="select__section">
      <Header className="select__section-header">{title}</Header>
      <Collection items={items}>
        {(item) => (
          <ListBoxItem className="select__option" id={item.id} textValue={item.label}>
            {item.label}
          </ListBoxItem>
        )}
      </Collection>
    </ListBoxSection>
  );
}
