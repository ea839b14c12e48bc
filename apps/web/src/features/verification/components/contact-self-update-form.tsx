import { zodResolver } from '@hookform/resolvers/zod';
import { type ContactSelfUpdateInput, ContactSelfUpdateInputSchema, type ContactVerification } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FormCheckboxGroup, FormTextField } from '../../../components/form-fields';
import { VersionConflict, type VersionConflictRow } from '../../../components/version-conflict';
import { ApiError } from '../../../lib/api-client';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { currentLanguage } from '../../../lib/i18n';
import { useUpdateContactDetails } from '../api/contact-verification-mutations';
import { contactVerificationQueries } from '../api/contact-verification-queries';
import { FormDatePicker } from '../../../components/form-date-picker';
import { languageName, languageOptions } from '../../../lib/languages';
import { changedFields, type Fields, SELF_UPDATE_FIELDS } from './self-update-changes';

type Field = keyof Fields;

function formValues(token: string, contact: ContactVerification): ContactSelfUpdateInput {
  return {
    token,
    version: contact.version,
    title: contact.title ?? '',
    phone: contact.phone ?? '',
    askMeAbout: contact.askMeAbout ?? '',
    languages: contact.languages,
    competenceSlugs: contact.competences.map((competence) => competence.slug),
    awayUntil: contact.awayUntil,
  };
}

interface PendingConflict {
  /** The user's changes, to send again on top of what is saved now. */
  changes: Partial<Fields>;
  saved: ContactVerification;
  rows: VersionConflictRow[];
}

interface ContactSelfUpdateFormProps {
  token: string;
  contact: ContactVerification;
  onSaved: () => void;
}

/**
 * The contact corrects their own entry through the mailed link. Only the fields they changed are
 * sent (compared with what was loaded); saving also confirms the rest. If someone else saved in between, the conflict view shows
 * their values against the saved ones and lets them save theirs on top or drop them.
 */
export function ContactSelfUpdateForm({ token, contact, onSaved }: ContactSelfUpdateFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const update = useUpdateContactDetails();
  const [conflict, setConflict] = useState<PendingConflict | null>(null);
  const form = useForm<ContactSelfUpdateInput>({ resolver: zodResolver(ContactSelfUpdateInputSchema), defaultValues: formValues(token, contact) });

  const labels: Record<Field, string> = {
    title: t('verification.link.titleField'),
    phone: t('verification.link.phoneField'),
    askMeAbout: t('verification.link.askMeAboutField'),
    languages: t('verification.link.languagesField'),
    competenceSlugs: t('verification.link.competencesField'),
    awayUntil: t('verification.link.awayUntilField'),
  };
  const competenceName = (slug: string, known: ContactVerification) => {
    const competence = known.availableCompetences.find((item) => item.slug === slug);
    return competence ? (language === 'en' ? competence.nameEn : competence.nameSv) : slug;
  };
  const shown = (field: Field, value: Fields[Field], known: ContactVerification): string => {
    if (Array.isArray(value)) return value.map((item) => (field === 'languages' ? languageName(item, language) : competenceName(item, known))).join(', ');
    return value ?? '';
  };
  const savedValue = (field: Field, saved: ContactVerification): Fields[Field] => formValues(token, saved)[field];

  const save = (changes: Partial<Fields>, version: number) =>
    update.mutate(
      { token, version, ...changes },
      {
        onSuccess: () => onSaved(),
        onError: async (error) => {
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            const saved = await queryClient.fetchQuery({ ...contactVerificationQueries.detail(token), staleTime: 0 });
            const rows = (Object.keys(changes) as Field[])
              .map((field) => ({ label: labels[field], mine: shown(field, changes[field], saved), theirs: shown(field, savedValue(field, saved), saved) }))
              .filter((row) => row.mine !== row.theirs);
            setConflict({ changes, saved, rows });
            return;
          }
          applyApiFieldErrors(error, form.setError, [...SELF_UPDATE_FIELDS]);
        },
      },
    );

  const onSubmit = form.handleSubmit((values) => save(changedFields(values, form.formState.defaultValues ?? {}), values.version));

  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria">
      {update.error && !conflict ? (
        <ErrorMessage error={update.error} overrides={{ LINK_INVALID: t('verification.link.invalid'), VERSION_CONFLICT: t('verification.link.conflict') }} />
      ) : null}
      {conflict ? (
        <VersionConflict
          rows={conflict.rows}
          isSaving={update.isPending}
          onSaveMine={() => save(conflict.changes, conflict.saved.version)}
          onDiscardMine={() => {
            form.reset(formValues(token, conflict.saved));
            update.reset();
            setConflict(null);
          }}
        />
      ) : null}
      <FormTextField control={form.control} name="title" label={labels.title} maxLength={200} />
      <FormTextField control={form.control} name="phone" label={labels.phone} autoComplete="tel" maxLength={40} />
      <FormTextField
        control={form.control}
        name="askMeAbout"
        label={labels.askMeAbout}
        description={t('verification.link.askMeAboutDescription')}
        isMultiline
        maxLength={1000}
      />
      <FormCheckboxGroup
        control={form.control}
        name="competenceSlugs"
        label={labels.competenceSlugs}
        options={contact.availableCompetences.map((competence) => ({ id: competence.slug, label: language === 'en' ? competence.nameEn : competence.nameSv }))}
      />
      <FormCheckboxGroup control={form.control} name="languages" label={labels.languages} options={languageOptions(language, contact.languages)} />
      <FormDatePicker
        control={form.control}
        name="awayUntil"
        label={t('verification.link.awayUntilField')}
        description={t('verification.link.awayUntilDescription')}
      />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={update.isPending && !conflict}>
          {t('verification.link.save')}
        </Button>
      </div>
    </Form>
  );
}
