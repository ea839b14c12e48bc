import { parseDate } from '@internationalized/date';
import type { ReactNode } from 'react';
import { Button, DatePicker, FieldError } from 'react-aria-components';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../lib/forms/field-error-text';
import { CalendarPopover, DatePickerInput } from './date-picker-parts';
import { FieldLabel } from './field-label';

interface FormDatePickerProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: ReactNode;
}

/**
 * A day (YYYY-MM-DD, or null) typed in the segments or picked in the calendar, in the language's
 * own order and first day of the week (Monday in Swedish). It can be cleared again.
 */
export function FormDatePicker<T extends FieldValues>({ control, name, label, description }: FormDatePickerProps<T>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const day = typeof value === 'string' && value !== '' ? parseDate(value) : null;
  return (
    <div className="field">
      <DatePicker
        className="date-picker"
        name={fieldName}
        value={day}
        onChange={(picked) => onChange(picked ? picked.toString() : null)}
        onBlur={onBlur}
        isDisabled={disabled}
        isInvalid={fieldState.invalid}
        validationBehavior="aria"
        granularity="day"
      >
        <FieldLabel label={label} description={description} />
        <DatePickerInput focusRef={ref} buttonLabel={t('form.openCalendar')} />
        <FieldError className="field__error">{fieldState.error ? fieldErrorText(t, fieldState.error) : null}</FieldError>
        <CalendarPopover label={t('form.calendar')} />
      </DatePicker>
      {day ? (
        <Button className="button button--link" onPress={() => onChange(null)}>
          {t('form.clearDate', { label })}
        </Button>
      ) : null}
    </div>
  );
}
