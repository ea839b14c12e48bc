import { parseDate } from '@internationalized/date';
import type { ReactNode } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../lib/forms/field-error-text';

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
        <Label className="field__label">{label}</Label>
        {description ? (
          <Text slot="description" className="field__description">
            {description}
          </Text>
        ) : null}
        <Group className="date-range__group">
          {/* Focusing the field (the first with an error, say) focuses its first segment. */}
          <DateInput
            ref={(element) => ref(element ? { focus: () => element.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() } : null)}
            className="date-range__input"
          >
            {(segment) => <DateSegment segment={segment} className="date-range__segment" />}
          </DateInput>
          <Button className="date-range__button" aria-label={t('form.openCalendar')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </Group>
        <FieldError className="field__error">{fieldState.error ? fieldErrorText(t, fieldState.error) : null}</FieldError>
        <Popover className="calendar-popover">
          <Dialog className="calendar-dialog" aria-label={t('form.calendar')}>
            <Calendar className="calendar">
              <header className="calendar__header">
                <Button slot="previous" className="calendar__nav">
                  ‹
                </Button>
                <Heading className="calendar__heading" />
                <Button slot="next" className="calendar__nav">
                  ›
                </Button>
              </header>
              <CalendarGrid className="calendar__grid">{(date) => <CalendarCell date={date} className="calendar__cell" />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
      {day ? (
        <Button className="button button--link" onPress={() => onChange(null)}>
          {t('form.clearDate', { label })}
        </Button>
      ) : null}
    </div>
  );
}
