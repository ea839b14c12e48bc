import { zodResolver } from '@hookform/resolvers/zod';
import type { Contact } from '@repo/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { VersionConflict } from '../../../components/version-conflict';
import { FormMultiSelect, FormTextField, type Option } from '../../../components/form-fields';
import { ApiError } from '../../../lib/api-client';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useRedoableEdit } from '../../../lib/forms/use-redoable-edit';
import { currentLanguage } from '../../../lib/i18n';
import { useUpdateContact } from '../api/contact-mutations';
import { contactQueries } from '../api/contact-queries';
import {
  CONTACT_FIELDS,
  type ContactField,
  ContactFormSchema,
  type ContactFormValues,
  toFormValues,
  toUpdateInput,
} from './contact-form-values';
import { FormDatePicker } from '../../../components/form-date-picker';
import { languageOptions } from '../../../lib/languages';

interface ContactEditFormProps {
  contact: Contact;
  /** All municipalities of the region, as choices. */
  municipalities: readonly Option[];
  /** Closes the form; `saved` says whether a change was saved. */
  onDone: (saved: boolean) => void;
}

/**
 * Edits a contact on the version it was opened with. If someone saves in between (412), the form
 * shows what they changed beside the user's values, which it keeps, and saves them on the new
 * version only when the user says so.
 */
export function ContactEditForm({ contact, municipalities, onDone }: ContactEditFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const update = useUpdateContact(contact.id);
  const competences = useQuery(contactQueries.competences());
  const [base] = useState(() => ({ values: toFormValues(contact), version: contact.version }));
  const form = useForm<ContactFormValues>({ resolver: zodResolver(ContactFormSchema), defaultValues: base.values });
  const { setFocus } = form;
  // Opened from a button, the form takes the focus at its first field.
  useEffect(() => setFocus('name'), [setFocus]);

  const options = {
    competenceSlugs: (competences.data?.items ?? []).map((item) => ({ id: item.slug, label: language === 'en' ? item.nameEn : item.nameSv })),
    languages: languageOptions(language, base.values.languages),
    municipalityCodes: municipalities,
  };
  const labels: Record<ContactField, string> = {
    name: t('contacts.form.name'),
    title: t('contacts.form.title'),
    email: t('contacts.form.email'),
    phone: t('contacts.form.phone'),
    competenceSlugs: t('contacts.form.competences'),
    languages: t('contacts.form.languages'),
    municipalityCodes: t('contacts.form.municipalities'),
    askMeAbout: t('contacts.form.askMeAbout'),
    awayUntil: t('contacts.form.awayUntil'),
  };
  const shown = (field: ContactField, value: ContactFormValues[ContactField]): string => {
    if (!Array.isArray(value)) return value ?? '';
    const choices: readonly Option[] = field in options ? options[field as keyof typeof options] : [];
    return value.map((id) => choices.find((choice) => choice.id === id)?.label ?? id).join(', ');
  };

  const edit = useRedoableEdit({
    form,
    fields: CONTACT_FIELDS,
    initial: base,
    loadSaved: async () => {
      const saved = await queryClient.fetchQuery({ ...contactQueries.detail(contact.id), staleTime: 0 });
      return { values: toFormValues(saved), version: saved.version };
    },
    label: (field) => labels[field],
    shown: shown,
  });

  const onSubmit = form.handleSubmit((values) => {
    edit.clearConflict();
    update.mutate(toUpdateInput(values, edit.version), {
      onSuccess: () => onDone(true),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') void edit.showConflict();
        else applyApiFieldErrors(error, form.setError, CONTACT_FIELDS);
      },
    });
  });

  const isConflict = update.error instanceof ApiError && update.error.code === 'VERSION_CONFLICT';
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria" aria-labelledby="contact-edit-heading">
      <h2 id="contact-edit-heading">{t('contacts.edit.heading')}</h2>
      {update.error && !isConflict ? <ErrorMessage error={update.error} /> : null}
      {edit.reloadError ? <ErrorMessage error={edit.reloadError} /> : null}
      {edit.conflict ? (
        <VersionConflict
          heading={t('contacts.conflict.heading')}
          rows={edit.conflict}
          isSaving={update.isPending}
          onSaveMine={() => void onSubmit()}
          onDiscardMine={() => {
            edit.discard();
            onDone(false);
          }}
        />
      ) : null}
      <FormTextField control={form.control} name="name" label={labels.name} autoComplete="off" isRequired />
      <FormTextField control={form.control} name="title" label={labels.title} />
      <FormTextField control={form.control} name="email" label={labels.email} type="email" autoComplete="off" />
      <FormTextField control={form.control} name="phone" label={labels.phone} inputMode="text" autoComplete="off" />
      <FormMultiSelect control={form.control} name="competenceSlugs" label={labels.competenceSlugs} options={options.competenceSlugs} />
      <FormMultiSelect control={form.control} name="languages" label={labels.languages} options={options.languages} />
      <FormMultiSelect
        control={form.control}
        name="municipalityCodes"
        label={labels.municipalityCodes}
        description={t('contacts.form.municipalitiesDescription')}
        options={options.municipalityCodes}
      />
      <FormTextField
        control={form.control}
        name="askMeAbout"
        label={labels.askMeAbout}
        description={t('contacts.form.askMeAboutDescription')}
        isMultiline
        maxLength={1000}
      />
      <FormDatePicker control={form.control} name="awayUntil" label={labels.awayUntil} description={t('contacts.form.awayUntilDescription')} />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={update.isPending}>
          {t('contacts.edit.save')}
        </Button>
        <Button className="button button--secondary" onPress={() => onDone(false)}>
          {t('contacts.edit.cancel')}
        </Button>
      </div>
    </Form>
  );
}
