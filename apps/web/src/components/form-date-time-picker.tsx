import { type CalendarDate, now, parseDate, type ZonedDateTime } from '@internationalized/date';
import { type ReactNode, useMemo, useState } from 'react';
import { Button, DatePicker, FieldError } from 'react-aria-components';
import { type Control, type FieldError as FormFieldError, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../lib/forms/field-error-text';
import { CalendarPopover, DatePickerInput } from './date-picker-parts';
import { isDay, isWallTime, TIME_ZONE, wallTimeOf, zonedOf } from '../lib/calendar-days';
import { FieldLabel } from './field-label';

interface FormDateTimePickerProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  description?: ReactNode;
  /** "minute": a Swedish wall-clock time ("2026-12-03T09:00"); "day": a day ("2026-12-03"). */
  granularity: 'minute' | 'day';
  isRequired?: boolean;
  /** Offers a button that empties the field, for an optional one. */
  isClearable?: boolean;
  /** Words a problem of this field's own (a cross-field rule, say). */
  errorText?: (error: FormFieldError) => string | undefined;
}

/**
 * A time (or a day) typed in the segments or picked in the calendar, always in Swedish time and
 * the 24-hour clock: the value is a ZonedDateTime in Europe/Stockholm, so a browser elsewhere
 * does not shift it. The form holds it as Swedish wall-clock text; '' is empty.
 */
export function FormDateTimePicker<T extends FieldValues>({
  control,
  name,
  label,
  description,
  granularity,
  isRequired,
  isClearable,
  errorText,
}: FormDateTimePickerProps<T>) {
  const { t } = useTranslation();
  const {
    field: { ref, name: fieldName, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name });
  const text = typeof value === 'string' ? value : '';
  const picked = useMemo<ZonedDateTime | CalendarDate | null>(() => {
    if (granularity === 'minute') return isWallTime(text) ? zonedOf(text) : null;
    return isDay(text) ? parseDate(text) : null;
  }, [granularity, text]);
  // Where typing or the arrow keys start from in an empty field, and what kind of value it makes:
  // a Swedish time today at nine, so the first segment typed is already in Swedish time.
  const [placeholder] = useState(() => now(TIME_ZONE).set({ hour: 9, minute: 0, second: 0, millisecond: 0 }));
  const error = fieldState.error ? (errorText?.(fieldState.error) ?? fieldErrorText(t, fieldState.error)) : null;

  return (
    <div className="field">
      <DatePicker<ZonedDateTime | CalendarDate>
        className="date-picker"
        name={fieldName}
        value={picked}
        placeholderValue={granularity === 'minute' ? placeholder : undefined}
        onChange={(next) => {
          if (!next) onChange('');
          else if ('timeZone' in next) onChange(wallTimeOf(next));
          else onChange(next.toString());
        }}
        onBlur={onBlur}
        isDisabled={disabled}
        isInvalid={fieldState.invalid}
        isRequired={isRequired}
        validationBehavior="aria"
        granularity={granularity}
        hourCycle={24}
        shouldForceLeadingZeros
        hideTimeZone
      >
        <FieldLabel label={label} description={description} />
        <DatePickerInput focusRef={ref} buttonLabel={t('form.openCalendar')} />
        <FieldError className="field__error">{error}</FieldError>
        <CalendarPopover label={t('form.calendar')} />
      </DatePicker>
      {isClearable && picked ? (
        <Button className="button button--link" onPress={() => onChange('')}>
          {t('form.clearDate', { label })}
        </Button>
      ) : null}
    </div>
  );
}
