import { type Control, type FieldError, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../lib/forms/field-error-text';
import { ContactPicker } from './contact-picker';

interface FormContactPickerProps<T extends FieldValues> {
  control: Control<T>;
  /** A string field holding the chosen person's id, '' for nobody. */
  name: FieldPath<T>;
  label: string;
  description?: string;
  agencyId: string;
  /** Typing searches only the agency's people, not the whole network. */
  onlyAgency?: boolean;
  /** The names of the ids the field may hold; a choice adds its name, so a redo can show it. */
  names: Map<string, string>;
  errorText: (error: FieldError) => string | undefined;
}

/**
 * A contact person bound to a react-hook-form field. Forms key it by what they edit, so that a
 * reset (a redo after a conflict, another agency) shows the name of the id it takes over.
 */
export function FormContactPicker<T extends FieldValues>({ control, name, label, description, agencyId, onlyAgency, names, errorText }: FormContactPickerProps<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const id = field.value as string | undefined;
  const error = fieldState.error ? (errorText(fieldState.error) ?? fieldErrorText(t, fieldState.error, 'choice')) : undefined;
  return (
    <ContactPicker
      label={label}
      description={description}
      agencyId={agencyId}
      onlyAgency={onlyAgency}
      value={id ? { id, name: names.get(id) ?? '' } : null}
      onChange={(person) => {
        if (person) names.set(person.id, person.name);
        field.onChange(person?.id ?? '');
      }}
      errorMessage={error}
    />
  );
}
