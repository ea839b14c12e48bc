import { PASSWORD_MIN_LENGTH } from '@repo/contracts';
import { type ReactNode, type Ref, useId } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  ComboBox,
  FieldError,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  TextArea,
  TextField,
} from 'react-aria-components';
import { type Control, type FieldError as FormFieldError, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type FieldKind, fieldErrorText } from '../lib/forms/field-error-text';
import { FieldLabel } from './field-label';

interface BaseFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: ReactNode;
  isRequired?: boolean;
  kind?: FieldKind;
  /** Words a problem of this field's own (a cross-field rule, say); undefined leaves it to the usual wording. */
  errorText?: (error: FormFieldError) => string | undefined;
}

/** The user's-language text for a field's error, if it has one. */
function useErrorText(error: FormFieldError | undefined, kind: FieldKind, errorText?: (error: FormFieldError) => string | undefined): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  return errorText?.(error) ?? fieldErrorText(t, error, kind);
}

interface FormTextFieldProps<T extends FieldValues> extends BaseFieldProps<T> {
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'email';
  isMultiline?: boolean;
  maxLength?: number;
}

/** A labelled text input bound to a react-hook-form field, its error announced with it. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  isRequired,
  kind,
  errorText,
  type = 'text',
  autoComplete,
  inputMode,
  isMultiline,
  maxLength,
}: FormTextFieldProps<T>) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const error = useErrorText(fieldState.error, kind ?? (type === 'email' ? 'email' : 'text'), errorText);
  return (
    <TextField
      className="field"
      name={fieldName}
      value={(value as string | undefined) ?? ''}
      onChange={onChange}
      onBlur={onBlur}
      isDisabled={disabled}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
      type={type}
      autoComplete={autoComplete}
      inputMode={inputMode}
      maxLength={maxLength}
    >
      <FieldLabel label={label} description={description} />
      {isMultiline ? <TextArea ref={ref} className="input input--multiline" rows={5} /> : <Input ref={ref} className="input" />}
      <FieldError className="field__error">{error}</FieldError>
    </TextField>
  );
}

/**
 * A new password: the policy said once beside the field, pasting and password managers welcome
 * (autocomplete="new-password"), the server's "too easy to guess" shown on it.
 */
export function NewPasswordField<T extends FieldValues>({ control, name, label }: Pick<BaseFieldProps<T>, 'control' | 'name' | 'label'>) {
  const { t } = useTranslation();
  return (
    <FormTextField
      control={control}
      name={name}
      label={label}
      description={t('password.rules', { count: PASSWORD_MIN_LENGTH })}
      type="password"
      kind="newPassword"
      autoComplete="new-password"
      isRequired
    />
  );
}

export interface Option {
  id: string;
  label: string;
}

interface FormSelectProps<T extends FieldValues> extends BaseFieldProps<T> {
  options: readonly Option[];
  placeholder?: string;
}

/** A single choice from a short list, bound to a form field. */
export function FormSelect<T extends FieldValues>({ control, name, label, description, isRequired, errorText, options, placeholder }: FormSelectProps<T>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const error = useErrorText(fieldState.error, 'choice', errorText);
  return (
    <Select
      className="field select"
      name={fieldName}
      selectedKey={(value as string | undefined) ?? null}
      onSelectionChange={(key) => onChange(key === null ? undefined : String(key))}
      onBlur={onBlur}
      isDisabled={disabled}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
      placeholder={placeholder ?? t('form.choose')}
    >
      <SelectParts label={label} description={description} buttonRef={ref} error={error} options={options} />
    </Select>
  );
}

/**
 * Several choices from a list (competences, languages, municipalities), bound to a string-array
 * field: a button that names what is chosen and opens a list to tick more. The list stays open
 * while choosing; Escape or a click outside closes it.
 */
export function FormMultiSelect<T extends FieldValues>({ control, name, label, description, errorText, options, placeholder }: Omit<FormSelectProps<T>, 'isRequired'>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const error = useErrorText(fieldState.error, 'choice', errorText);
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
      placeholder={placeholder ?? t('form.noneChosen')}
    >
      <SelectParts label={label} description={description} buttonRef={ref} error={error} options={options} />
    </Select>
  );
}

/** What a select shows inside: label, description, the button naming the choice, error, and the list. */
export function SelectParts({
  label,
  description,
  buttonRef,
  error,
  options,
}: {
  label: string;
  description?: ReactNode;
  buttonRef?: Ref<HTMLButtonElement>;
  error?: string | null;
  options: readonly Option[];
}) {
  return (
    <>
      <FieldLabel label={label} description={description} />
      <Button ref={buttonRef} className="select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="select__popover">
        <ListBox className="select__list" items={options}>
          {(item) => (
            <ListBoxItem className="select__option" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </>
  );
}

interface FormComboBoxProps<T extends FieldValues> extends BaseFieldProps<T> {
  options: readonly Option[];
  /** The user chose another option (or emptied the field); not called when the form itself changes the value. */
  onValueChange?: (value: string) => void;
}

/** A choice from a long list, narrowed by typing (the organisations, for instance). */
export function FormComboBox<T extends FieldValues>({ control, name, label, description, isRequired, errorText, options, onValueChange }: FormComboBoxProps<T>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const error = useErrorText(fieldState.error, 'choice', errorText);
  return (
    <ComboBox
      className="field combobox"
      name={fieldName}
      defaultItems={options}
      selectedKey={(value as string | undefined) || null}
      onSelectionChange={(key) => {
        const chosen = key === null ? '' : String(key);
        onChange(chosen);
        onValueChange?.(chosen);
      }}
      onBlur={onBlur}
      isDisabled={disabled}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <FieldLabel label={label} description={description} />
      <div className="combobox__box">
        <Input ref={ref} className="combobox__input" />
        <Button className="combobox__button" aria-label={t('form.showOptions')}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="select__popover">
        <ListBox className="select__list" renderEmptyState={() => <p className="select__empty">{t('form.noMatches')}</p>}>
          {(item: Option) => (
            <ListBoxItem className="select__option" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

interface FormCheckboxProps<T extends FieldValues> extends Omit<BaseFieldProps<T>, 'isRequired' | 'kind'> {
  children?: never;
}

/** A yes/no choice bound to a boolean form field. */
export function FormCheckbox<T extends FieldValues>({ control, name, label, description }: FormCheckboxProps<T>) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
  } = useController({ control, name });
  const descriptionId = useId();
  return (
    <div className="field">
      <Checkbox
        className="checkbox"
        aria-describedby={description ? descriptionId : undefined}
        name={fieldName}
        isSelected={Boolean(value)}
        onChange={onChange}
        onBlur={onBlur}
        isDisabled={disabled}
        inputRef={ref}
      >
        <span className="checkbox__box" aria-hidden="true" />
        <span>{label}</span>
      </Checkbox>
      {description ? (
        <p id={descriptionId} className="field__description checkbox__description">
          {description}
        </p>
      ) : null}
    </div>
  );
}

interface FormCheckboxGroupProps<T extends FieldValues> extends BaseFieldProps<T> {
  options: readonly Option[];
}

/** Several choices from a list (municipalities, for instance), bound to a string-array field. */
export function FormCheckboxGroup<T extends FieldValues>({ control, name, label, description, options, isRequired, kind }: FormCheckboxGroupProps<T>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  return (
    <CheckboxGroup
      className="field checkbox-group"
      name={fieldName}
      value={(value as string[] | undefined) ?? []}
      onChange={onChange}
      onBlur={onBlur}
      isDisabled={disabled}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <FieldLabel label={label} description={description} />
      {/* Focusing the group (the first field with an error, say) focuses its first box. */}
      <div className="checkbox-group__options" ref={(element) => ref(element ? { focus: () => element.querySelector('input')?.focus() } : null)}>
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="checkbox">
            <span className="checkbox__box" aria-hidden="true" />
            <span>{option.label}</span>
          </Checkbox>
        ))}
      </div>
      <FieldError className="field__error">{fieldState.error ? fieldErrorText(t, fieldState.error, kind ?? 'choice') : null}</FieldError>
    </CheckboxGroup>
  );
}

interface FormRadioGroupProps<T extends FieldValues> extends BaseFieldProps<T> {
  options: readonly Option[];
}

/** One choice of a few, all in view (who sees an event, for instance), bound to a string field. */
export function FormRadioGroup<T extends FieldValues>({ control, name, label, description, options, isRequired, errorText }: FormRadioGroupProps<T>) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const error = useErrorText(fieldState.error, 'choice', errorText);
  return (
    <RadioGroup
      className="field radio-group"
      name={fieldName}
      value={(value as string | undefined) ?? null}
      onChange={onChange}
      onBlur={onBlur}
      isDisabled={disabled}
      isInvalid={fieldState.invalid}
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <FieldLabel label={label} description={description} />
      {/* Focusing the group (the first field with an error, say) focuses the chosen option or the first. */}
      <div
        className="radio-group__options"
        ref={(element) =>
          ref(element ? { focus: () => (element.querySelector<HTMLInputElement>('input:checked') ?? element.querySelector('input'))?.focus() } : null)
        }
      >
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="radio">
            <span className="radio__circle" aria-hidden="true" />
            <span>{option.label}</span>
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{error}</FieldError>
    </RadioGroup>
  );
}
