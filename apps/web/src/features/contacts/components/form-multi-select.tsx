import type { ReactNode } from 'react';
import { Button, FieldError, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text } from 'react-aria-components';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../../components/form-fields';
import { fieldErrorText } from '../../../lib/forms/field-error-text';

interface FormMultiSelectProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: ReactNode;
  options: readonly Option[];
}

/**
 * Several choices from a list (competences, languages, municipalities), bound to a string-array
 * field: a button that names what is chosen and opens a list to tick more. The list stays open
 * while choosing; Escape or a click outside closes it.
 */
export function FormMultiSelect<T extends FieldValues>({ control, name, label, description, options }: FormMultiSelectProps<T>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  return (
    <Select
      selectionMode="multiple"
      className="field select"
      name={fieldName}
      value={(value as string[] | undefined) ?? []}
      onChange={(keys) => onChange(keys.map(String))}
      onBlur={onBlur}
      isDisabled={disabled}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
      placeholder={t('contacts.form.noneChosen')}
    >
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <Button ref={ref} className="select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field__error">{fieldState.error ? fieldErrorText(t, fieldState.error, 'choice') : null}</FieldError>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(item) => (
            <ListBoxItem className="select__option" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
