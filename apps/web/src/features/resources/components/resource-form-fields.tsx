import { Input, Label, Text, TextField } from 'react-aria-components';
import type { Control, FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormContactPicker } from '../../../components/form-contact-picker';
import { FormComboBox, FormMultiSelect, FormRadioGroup, FormSelect, FormTextField, type Option } from '../../../components/form-fields';
import type { ResourceField, ResourceFormValues } from './resource-form-values';

type ErrorText = (field: ResourceField) => (error: FieldError) => string | undefined;

interface SectionProps {
  control: Control<ResourceFormValues>;
  labels: Record<ResourceField, string>;
  errorText: ErrorText;
}

/** Title, summary, kind and language. */
export function WhatFields({ control, labels, errorText, kinds, languages }: SectionProps & { kinds: readonly Option[]; languages: readonly Option[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('resourceForm.sections.what')}</legend>
      <FormTextField control={control} name="title" label={labels.title} isRequired maxLength={200} autoComplete="off" errorText={errorText('title')} />
      <FormTextField
        control={control}
        name="summary"
        label={labels.summary}
        description={t('resourceForm.fields.summaryHelp')}
        isMultiline
        maxLength={4000}
        errorText={errorText('summary')}
      />
      <FormSelect control={control} name="kind" label={labels.kind} options={kinds} isRequired errorText={errorText('kind')} />
      <FormSelect control={control} name="language" label={labels.language} options={languages} isRequired errorText={errorText('language')} />
    </fieldset>
  );
}

interface OwnerFieldsProps extends SectionProps {
  /** Coordinators share for any agency; everyone else for their own, shown read-only. */
  canChooseAgency: boolean;
  agencies: readonly Option[];
  ownerAgencyName: string;
  isNew: boolean;
  ownerAgencyId: string;
  contactNames: Map<string, string>;
  /** The user chose another owner agency. */
  onOwnerChosen: () => void;
  /** Changes when the contact field must start afresh: another owner, or the form reset after a conflict. */
  contactKey: string;
}

/** The responsible agency and its contact person. */
export function OwnerFields({
  control,
  labels,
  errorText,
  canChooseAgency,
  agencies,
  ownerAgencyName,
  isNew,
  ownerAgencyId,
  contactNames,
  onOwnerChosen,
  contactKey,
}: OwnerFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('resourceForm.sections.owner')}</legend>
      {canChooseAgency ? (
        <FormComboBox
          control={control}
          name="ownerAgencyId"
          label={labels.ownerAgencyId}
          options={agencies}
          isRequired
          errorText={errorText('ownerAgencyId')}
          onValueChange={onOwnerChosen}
        />
      ) : (
        <TextField className="field" isReadOnly value={ownerAgencyName}>
          <Label className="field__label">{labels.ownerAgencyId}</Label>
          {isNew ? (
            <Text slot="description" className="field__description">
              {t('resourceForm.fields.ownerAgencyOwn')}
            </Text>
          ) : null}
          <Input className="input" />
        </TextField>
      )}
      <FormContactPicker
        key={contactKey}
        control={control}
        name="contactId"
        label={labels.contactId}
        description={t('resourceForm.fields.contactHelp')}
        agencyId={ownerAgencyId}
        onlyAgency
        names={contactNames}
        errorText={errorText('contactId')}
      />
    </fieldset>
  );
}

interface AudienceFieldsProps extends Omit<SectionProps, 'errorText'> {
  municipalities: readonly Option[];
  sectors: readonly Option[];
  competences: readonly Option[];
}

/** Whom it is for: municipalities, sectors and competence areas, none meaning all. */
export function AudienceFields({ control, labels, municipalities, sectors, competences }: AudienceFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('resourceForm.sections.audience')}</legend>
      <FormMultiSelect control={control} name="municipalityCodes" label={labels.municipalityCodes} options={municipalities} placeholder={t('resourceForm.fields.wholeCounty')} />
      <FormMultiSelect control={control} name="sectors" label={labels.sectors} options={sectors} placeholder={t('resourceForm.fields.allSectors')} />
      <FormMultiSelect control={control} name="competenceIds" label={labels.competenceIds} options={competences} placeholder={t('resourceForm.fields.noCompetences')} />
    </fieldset>
  );
}

/** Who sees it, and whether it is out yet. */
export function PublishingFields({ control, labels, errorText, visibilities, statuses }: SectionProps & { visibilities: readonly Option[]; statuses: readonly Option[] }) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('resourceForm.sections.publishing')}</legend>
      <FormRadioGroup control={control} name="visibility" label={labels.visibility} options={visibilities} errorText={errorText('visibility')} />
      <FormRadioGroup
        control={control}
        name="status"
        label={labels.status}
        description={t('resourceForm.fields.statusHelp')}
        options={statuses}
        errorText={errorText('status')}
      />
    </fieldset>
  );
}
