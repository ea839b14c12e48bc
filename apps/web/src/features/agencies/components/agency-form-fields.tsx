import { type Municipality, SECTOR_NAMES, SECTORS } from '@repo/contracts';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormComboBox, FormSelect, FormTextField, type Option } from '../../../components/form-fields';
import { currentLanguage } from '../../../lib/i18n';
import type { AgencyFormValues } from './agency-form';
import { MunicipalityCoverageField } from './municipality-coverage-field';

interface AgencyFormFieldsProps {
  control: Control<AgencyFormValues>;
  municipalities: readonly Municipality[];
  /** The organisations it can be part of. */
  parentOptions: readonly Option[];
  /** Sector, coverage and parent organisation: for coordinators and administrators only. */
  withStructure: boolean;
  editableCodes: 'all' | readonly string[];
}

/**
 * The fields of an agency, shared by the "new organisation" dialog and the edit form. No
 * autocomplete tokens: the details are an organisation's, not the signed-in person's own.
 */
export function AgencyFormFields({ control, municipalities, parentOptions, withStructure, editableCodes }: AgencyFormFieldsProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const sectors = SECTORS.map((sector) => ({ id: sector, label: SECTOR_NAMES[sector][language] }));
  return (
    <>
      <FormTextField control={control} name="name" label={t('agencyAdmin.name')} isRequired maxLength={200} />
      {withStructure ? (
        <>
          <FormSelect control={control} name="sector" label={t('agencyAdmin.sector')} options={sectors} isRequired />
          <FormComboBox control={control} name="parentId" label={t('agencyAdmin.parent')} description={t('agencyAdmin.parentDescription')} options={parentOptions} />
          <MunicipalityCoverageField control={control} municipalities={municipalities} editableCodes={editableCodes} />
        </>
      ) : (
        <p className="field__description">{t('agencyAdmin.structureOnlyCoordinators')}</p>
      )}
      <FormTextField control={control} name="streetAddress" label={t('agencyAdmin.streetAddress')} maxLength={200} />
      <FormTextField control={control} name="postalCode" label={t('agencyAdmin.postalCode')} maxLength={20} />
      <FormTextField control={control} name="city" label={t('agencyAdmin.city')} maxLength={100} />
      <FormTextField control={control} name="phone" label={t('agencyAdmin.phone')} maxLength={40} />
      <FormTextField control={control} name="email" label={t('agencyAdmin.email')} type="email" />
      <FormTextField control={control} name="website" label={t('agencyAdmin.website')} description={t('agencyAdmin.websiteDescription')} />
      <FormTextField control={control} name="description" label={t('agencyAdmin.description')} isMultiline maxLength={4000} />
    </>
  );
}
