import type { Municipality } from '@repo/contracts';
import { useId } from 'react';
import { Checkbox, CheckboxGroup, FieldError } from 'react-aria-components';
import { type Control, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrorText } from '../../../lib/forms/field-error-text';
import type { AgencyFormValues } from './agency-form';

interface MunicipalityCoverageFieldProps {
  control: Control<AgencyFormValues>;
  municipalities: readonly Municipality[];
  /** The municipalities the user may add or remove; the others are shown but locked. */
  editableCodes: 'all' | readonly string[];
}

/**
 * Where the agency works: one, several, or every municipality of the county, with a box that
 * ticks (or clears) them all at once.
 */
export function MunicipalityCoverageField({ control, municipalities, editableCodes }: MunicipalityCoverageFieldProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const descriptionId = useId();
  const {
    field: { ref, name, value, onChange, onBlur, disabled },
    fieldState,
  } = useController({ control, name: 'municipalityCodes' });
  const selected = value ?? [];
  const allCodes = municipalities.map((m) => m.code);
  const isWholeRegion = allCodes.length > 0 && allCodes.every((code) => selected.includes(code));
  const isLocked = (code: string) => editableCodes !== 'all' && !editableCodes.includes(code);
  const region = municipalities[0]?.regionName ?? '';

  return (
    <fieldset className="fieldset" aria-describedby={descriptionId}>
      <legend id={legendId} className="field__label">
        {t('agencyAdmin.municipalities')}
      </legend>
      <p id={descriptionId} className="field__description">
        {t('agencyAdmin.municipalitiesDescription')}
        {editableCodes === 'all' ? null : ` ${t('agencyAdmin.outsideScope')}`}
      </p>
      <Checkbox
        className="checkbox"
        isSelected={isWholeRegion}
        isIndeterminate={!isWholeRegion && selected.length > 0}
        isDisabled={disabled || editableCodes !== 'all'}
        onChange={(isOn) => onChange(isOn ? allCodes : [])}
      >
        <span className="checkbox__box" aria-hidden="true" />
        <span>{t('agencyAdmin.wholeRegion', { region })}</span>
      </Checkbox>
      <CheckboxGroup
        className="field checkbox-group"
        aria-labelledby={legendId}
        name={name}
        value={selected}
        onChange={onChange}
        onBlur={onBlur}
        isDisabled={disabled}
        isInvalid={fieldState.invalid}
        isRequired
        validationBehavior="aria"
      >
        {/* Focusing the field (the first with an error, say) focuses its first box that can change. */}
        <div
          className="checkbox-group__options"
          ref={(element) => ref(element ? { focus: () => element.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus() } : null)}
        >
          {municipalities.map((municipality) => (
            <Checkbox key={municipality.code} value={municipality.code} className="checkbox" isDisabled={isLocked(municipality.code)}>
              <span className="checkbox__box" aria-hidden="true" />
              <span>{municipality.name}</span>
            </Checkbox>
          ))}
        </div>
        <FieldError className="field__error">{fieldState.error ? fieldErrorText(t, fieldState.error, 'scope') : null}</FieldError>
      </CheckboxGroup>
    </fieldset>
  );
}
