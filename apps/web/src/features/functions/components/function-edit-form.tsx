import { zodResolver } from '@hookform/resolvers/zod';
import { type AgencyFunction, FUNCTION_KIND_NAMES, FUNCTION_KINDS } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { VersionConflict } from '../../../components/version-conflict';
import { FormSelect, FormTextField } from '../../../components/form-fields';
import { ApiError } from '../../../lib/api-client';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useRedoableEdit } from '../../../lib/forms/use-redoable-edit';
import { currentLanguage } from '../../../lib/i18n';
import { useUpdateFunction } from '../api/function-mutations';
import { functionQueries } from '../api/function-queries';
import {
  FUNCTION_FIELDS,
  type FunctionField,
  FunctionFormSchema,
  type FunctionFormValues,
  toFormValues,
  toUpdateInput,
} from './function-form-values';

interface FunctionEditFormProps {
  seat: AgencyFunction;
  /** Closes the form; `saved` says whether a change was saved. */
  onDone: (saved: boolean) => void;
}

/**
 * Edits a seat's name, kind, mailbox and phone on the version it was opened with; after a 412 it
 * shows what someone else changed beside the user's values and saves those on the new version
 * only when the user says so.
 */
export function FunctionEditForm({ seat, onDone }: FunctionEditFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const update = useUpdateFunction(seat.id);
  const [base] = useState(() => ({ values: toFormValues(seat), version: seat.version }));
  const form = useForm<FunctionFormValues>({ resolver: zodResolver(FunctionFormSchema), defaultValues: base.values });
  const { setFocus } = form;
  useEffect(() => setFocus('name'), [setFocus]);

  const kinds = FUNCTION_KINDS.map((kind) => ({ id: kind, label: FUNCTION_KIND_NAMES[kind][language] }));
  const labels: Record<FunctionField, string> = {
    name: t('functions.form.name'),
    kind: t('functions.form.kind'),
    mailbox: t('functions.form.mailbox'),
    phone: t('functions.form.phone'),
  };
  const shown = (field: FunctionField, value: string) => (field === 'kind' ? (kinds.find((kind) => kind.id === value)?.label ?? value) : value);

  const edit = useRedoableEdit({
    form,
    fields: FUNCTION_FIELDS,
    initial: base,
    loadSaved: async () => {
      const saved = await queryClient.fetchQuery({ ...functionQueries.detail(seat.id), staleTime: 0 });
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
        else applyApiFieldErrors(error, form.setError, FUNCTION_FIELDS);
      },
    });
  });

  const isConflict = update.error instanceof ApiError && update.error.code === 'VERSION_CONFLICT';
  return (
    <Form className="form" onSubmit={onSubmit} validationBehavior="aria" aria-labelledby="function-edit-heading">
      <h2 id="function-edit-heading">{t('functions.edit.heading')}</h2>
      {update.error && !isConflict ? <ErrorMessage error={update.error} /> : null}
      {edit.reloadError ? <ErrorMessage error={edit.reloadError} /> : null}
      {edit.conflict ? (
        <VersionConflict
          heading={t('functions.conflict.heading')}
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
      <FormSelect control={form.control} name="kind" label={labels.kind} options={kinds} isRequired />
      <FormTextField
        control={form.control}
        name="mailbox"
        label={labels.mailbox}
        description={t('functions.form.mailboxDescription')}
        type="email"
        autoComplete="off"
      />
      <FormTextField control={form.control} name="phone" label={labels.phone} autoComplete="off" />
      <div className="form__actions">
        <Button type="submit" className="button" isPending={update.isPending}>
          {t('functions.edit.save')}
        </Button>
        <Button className="button button--secondary" onPress={() => onDone(false)}>
          {t('functions.edit.cancel')}
        </Button>
      </div>
    </Form>
  );
}
