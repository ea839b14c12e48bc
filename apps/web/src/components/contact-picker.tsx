import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, ComboBox, FieldError, Input, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { contactCandidatesQuery } from '../lib/contact-candidates';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { FieldLabel } from './field-label';

export interface PickedPerson {
  id: string;
  name: string;
  agencyName?: string;
}

interface ContactPickerProps {
  label: string;
  description?: string;
  /** Whose people are offered before anything is typed. */
  agencyId: string;
  /** Typing searches only the agency's people, not the whole network. */
  onlyAgency?: boolean;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  errorMessage?: string;
}

/**
 * Picks one person of the network: the agency's own people are offered at once, and typing part
 * of a name searches the whole roster (or only the agency's). Emptying the field picks nobody.
 */
export function ContactPicker({ label, description, agencyId, onlyAgency, value, onChange, errorMessage }: ContactPickerProps) {
  const { t } = useTranslation();
  const [inputValue, setInputValue] = useState(value?.name ?? '');
  // Typing searches; the name a choice fills in does not.
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed);
  const candidates = useQuery(contactCandidatesQuery(agencyId, search, onlyAgency));
  const found = (candidates.data?.items ?? []).map((contact) => ({ id: contact.id, name: contact.name, agencyName: contact.agency.name }));
  const items = value && !found.some((person) => person.id === value.id) ? [value, ...found] : found;

  return (
    <ComboBox
      className="field combobox"
      items={items}
      inputValue={inputValue}
      onInputChange={(text) => {
        setInputValue(text);
        if (text !== value?.name) setTyped(text);
        if (text.trim() === '') onChange(null);
      }}
      selectedKey={value?.id ?? null}
      onSelectionChange={(key) => {
        const person = items.find((item) => item.id === key) ?? null;
        onChange(person);
        setInputValue(person?.name ?? '');
        setTyped('');
      }}
      allowsEmptyCollection
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
    >
      <FieldLabel label={label} description={description} />
      <div className="combobox__box">
        <Input className="combobox__input" />
        <Button className="combobox__button" aria-label={t('form.showOptions')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <FieldError className="field__error">{errorMessage}</FieldError>
      <Popover className="select__popover">
        <ListBox className="select__list" renderEmptyState={() => <p className="select__empty">{candidates.isFetching ? t('form.searching') : t('form.noMatches')}</p>}>
          {(item: PickedPerson) => (
            <ListBoxItem className="select__option" id={item.id} textValue={item.name}>
              {item.name}
              {item.agencyName ? <span className="muted"> – {item.agencyName}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
