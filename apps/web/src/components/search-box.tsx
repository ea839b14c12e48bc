import { useState } from 'react';
import { Button, Input, Label, SearchField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  label: string;
  description?: string;
  value: string | undefined;
  maxLength?: number;
  onSearch: (value: string | undefined) => void;
}

/** A search field that applies its text on Enter or the search button (admin lists, where each search costs a query). */
export function SearchBox({ label, description, value, maxLength, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [synced, setSynced] = useState(value);
  // The URL changed from elsewhere (back button, "clear filters"): show its search text.
  if (value !== synced) {
    setSynced(value);
    setText(value ?? '');
  }
  const submit = (next: string) => onSearch(next.trim() || undefined);
  return (
    <div className="search-box">
      <SearchField
        className="field search-field"
        value={text}
        onChange={setText}
        onSubmit={submit}
        onClear={() => {
          setText('');
          onSearch(undefined);
        }}
      >
        <Label className="field__label">{label}</Label>
        <div className="search-field__box">
          <Input className="search-field__input" maxLength={maxLength} />
          <Button className="search-field__clear" aria-label={t('search.clear')}>
            ✕
          </Button>
        </div>
        {description ? (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        ) : null}
      </SearchField>
      <Button className="button button--secondary search-box__submit" onPress={() => submit(text)}>
        {t('search.submit')}
      </Button>
    </div>
  );
}
