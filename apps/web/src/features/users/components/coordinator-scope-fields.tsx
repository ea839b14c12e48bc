import { type Control, type FieldValues, type Path, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormCheckbox, FormCheckboxGroup, type Option } from '../../../components/form-fields';

interface CoordinatorScopeFieldsProps<T extends FieldValues> {
  control: Control<T>;
  /** The form's field holding { wholeRegion, municipalityCodes }. */
  name: Path<T>;
  municipalities: readonly Option[];
}

/** Where a coordinator acts: the whole region, or the municipalities ticked. */
export function CoordinatorScopeFields<T extends FieldValues>({ control, name, municipalities }: CoordinatorScopeFieldsProps<T>) {
  const { t } = useTranslation();
  const wholeRegion = useWatch({ control, name: `${name}.wholeRegion` as Path<T> }) as boolean | undefined;
  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('scope.legend')}</legend>
      <FormCheckbox control={control} name={`${name}.wholeRegion` as Path<T>} label={t('scope.wholeRegion')} />
      {wholeRegion ? null : (
        <FormCheckboxGroup
          control={control}
          name={`${name}.municipalityCodes` as Path<T>}
          label={t('scope.municipalities')}
          description={t('scope.municipalitiesDescription')}
          options={municipalities}
          kind="scope"
        />
      )}
    </fieldset>
  );
}

/** The problem, if any, with a coordinator's scope: it must cover something. */
export function scopeIsEmpty(scope: { wholeRegion: boolean; municipalityCodes: string[] } | undefined): boolean {
  return !scope || (!scope.wholeRegion && scope.municipalityCodes.length === 0);
}
