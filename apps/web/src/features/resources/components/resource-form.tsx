import { zodResolver } from '@hookform/resolvers/zod';
import type { CurrentUser, Resource } from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message';
import { FormTextField, type Option } from '../../../components/form-fields';
import { VersionConflict } from '../../../components/version-conflict';
import { ApiError } from '../../../lib/api-client';
import { userCan } from '../../../lib/auth/current-user';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useRedoableEdit } from '../../../lib/forms/use-redoable-edit';
import { currentLanguage } from '../../../lib/i18n';
import { cacheSavedResource, useCreateResource, usePublishResource, useUpdateResource } from '../api/resource-mutations';
import { resourceQueries } from '../api/resources-queries';
import { FilesSection } from './resource-files-section';
import { AudienceFields, OwnerFields, PublishingFields, WhatFields } from './resource-form-fields';
import {
  emptyFormValues,
  hasChanges,
  lacksPublishedContent,
  RESOURCE_FIELDS,
  RESOURCE_ISSUES,
  type ResourceField,
  ResourceFormSchema,
  type ResourceFormValues,
  resourceFieldErrorText,
  toCreateInput,
  toFormValues,
  toUpdateInput,
} from './resource-form-values';
import { resourceChoices, type ResourceFormOptions } from './resource-choices';
import { problemItem, type UploadProblem, useFileUploads } from './use-file-uploads';
import './resource-form.css';

/** What the page that shared a resource hands to its edit page when not every file made it, or publishing failed. */
export interface DraftHandover {
  problems: { name: string; problem: UploadProblem }[];
  /** The user chose Published: the edit form starts with it chosen again. */
  publish: boolean;
}

export interface ResourceFormProps extends ResourceFormOptions {
  /** The resource to edit; without one the form shares a new resource. */
  resource?: Resource;
  user: CurrentUser;
  /** The user's own contact entry: a new resource's contact person unless they choose another. */
  ownContact: { id: string; name: string } | null;
  handover?: DraftHandover;
  onSaved: (resource: Resource) => void;
  /** A new resource is saved, as a draft, but a file was refused or cancelled, or publishing failed. */
  onKeptAsDraft: (resource: Resource, handover: DraftHandover) => void;
  onCancel: () => void;
}

const isVersionConflict = (error: unknown) => error instanceof ApiError && error.code === 'VERSION_CONFLICT';

/** Where a save has come: waiting for files still on their way (editing), saving the fields, uploading (new), publishing (new). */
type Phase = 'waiting' | 'saving' | 'uploading' | 'publishing' | null;

/**
 * Shares a new resource, or edits one on the version it was opened with.
 *
 * New: the resource is saved as a draft, the chosen files are uploaded one by one with their
 * progress, and only then is it published if the user chose so; if a file does not make it, the
 * saved draft's edit page takes over with the reason. Editing: files are uploaded (or removed) at
 * once; the fields are saved with the version edited, and a 412 shows what someone else changed
 * and saves on top only when the user says so.
 */
export function ResourceForm({ resource, user, ownContact, handover, agencies, municipalities, competences, onSaved, onKeptAsDraft, onCancel }: ResourceFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const create = useCreateResource();
  const update = useUpdateResource(resource?.id ?? '');
  const publish = usePublishResource();
  const [phase, setPhase] = useState<Phase>(null);
  // Save can be pressed again before the render that marks it pending; only the first press saves.
  const submitting = useRef(false);
  // Bumped when a conflict resets the form, so the contact field shows the contact person it now holds.
  const [resets, setResets] = useState(0);
  const [base] = useState(() => ({
    values: resource ? toFormValues(resource) : emptyFormValues({ ownerAgencyId: user.agency.id, contactId: ownContact?.id ?? null }),
    version: resource?.version ?? 0,
  }));
  const form = useForm<ResourceFormValues>({
    resolver: zodResolver(ResourceFormSchema),
    // Handed over from sharing: the user's choice to publish is kept, still to be saved.
    defaultValues: handover?.publish ? { ...base.values, status: 'PUBLISHED' } : base.values,
  });
  const { control, setValue, getValues } = form;
  const [ownerAgencyId, linkUrl] = useWatch({ control, name: ['ownerAgencyId', 'linkUrl'] });
  const canChooseAgency = userCan(user, 'resources:manage');

  const [contactNames] = useState(() => {
    const names = new Map<string, string>();
    if (resource?.contact) names.set(resource.contact.id, resource.contact.name);
    if (ownContact) names.set(ownContact.id, ownContact.name);
    return names;
  });

  const choices = resourceChoices(language);
  const visibilities: Option[] = [
    { id: 'NETWORK', label: t('resourceForm.fields.visibilityNetwork') },
    { id: 'OWNER_AGENCY', label: t('resourceForm.fields.visibilityOwnerAgency') },
  ];
  const statuses: Option[] = [
    { id: 'DRAFT', label: t('resourceForm.fields.statusDraft') },
    { id: 'PUBLISHED', label: t('resourceForm.fields.statusPublished') },
  ];
  const options: Partial<Record<ResourceField, readonly Option[]>> = {
    kind: choices.kinds,
    language: choices.languages,
    ownerAgencyId: agencies,
    municipalityCodes: municipalities,
    sectors: choices.sectors,
    competenceIds: competences,
    visibility: visibilities,
    status: statuses,
  };
  const labels: Record<ResourceField, string> = {
    title: t('resourceForm.fields.title'),
    summary: t('resourceForm.fields.summary'),
    kind: t('resourceForm.fields.kind'),
    language: t('resourceForm.fields.language'),
    linkUrl: t('resourceForm.fields.link'),
    ownerAgencyId: t('resourceForm.fields.ownerAgency'),
    contactId: t('resourceForm.fields.contact'),
    municipalityCodes: t('resourceForm.fields.municipalities'),
    sectors: t('resourceForm.fields.sectors'),
    competenceIds: t('resourceForm.fields.competences'),
    visibility: t('resourceForm.fields.visibility'),
    status: t('resourceForm.fields.status'),
  };
  const shown = (field: ResourceField, value: ResourceFormValues[ResourceField]): string => {
    const named = (id: string) => options[field]?.find((choice) => choice.id === id)?.label ?? id;
    if (Array.isArray(value)) return value.map(named).join(', ');
    if (field === 'contactId') return contactNames.get(value) ?? value;
    if (options[field]) return value === '' ? '' : named(value);
    return value;
  };

  const edit = useRedoableEdit({
    form,
    fields: RESOURCE_FIELDS,
    initial: base,
    loadSaved: async () => {
      const saved = await queryClient.fetchQuery({ ...resourceQueries.detail(resource?.id ?? ''), staleTime: 0 });
      if (saved.contact) contactNames.set(saved.contact.id, saved.contact.name);
      return { values: toFormValues(saved), version: saved.version };
    },
    label: (field) => labels[field],
    shown,
  });

  /** A file uploaded or removed while editing: the form goes on from that version unless someone else changed its fields. */
  const onResourceChanged = (saved: Resource) => {
    cacheSavedResource(queryClient, saved);
    if (resource) edit.advance({ values: toFormValues(saved), version: saved.version });
  };
  const uploads = useFileUploads({
    initial: handover?.problems.map(({ name, problem }) => problemItem(name, problem)),
    onUploaded: onResourceChanged,
  });

  // The link is checked as it is typed, once the user has started on it; emptied, its problem goes.
  useEffect(() => {
    const state = form.getFieldState('linkUrl');
    if (state.isDirty || state.invalid) void form.trigger('linkUrl');
  }, [linkUrl, form]);

  // A contact person belongs to the owner agency: the user choosing another agency lets go of them.
  const onOwnerChosen = () => {
    if (getValues('contactId') !== '') setValue('contactId', '', { shouldDirty: true });
  };

  const onError = (error: unknown) => {
    if (isVersionConflict(error)) {
      void edit.showConflict().then(() => setResets((count) => count + 1));
      return;
    }
    applyApiFieldErrors(error, form.setError, RESOURCE_FIELDS);
  };

  function chooseFiles(files: readonly File[], replaces?: { id: string; name: string }) {
    uploads.choose(files, replaces);
    if (resource) void uploads.uploadQueued(resource.id);
  }

  async function shareNew(values: ResourceFormValues) {
    const hasFilesToUpload = uploads.queuedCount > 0;
    setPhase('saving');
    let latest: Resource;
    try {
      latest = await create.mutateAsync(toCreateInput(values, { hasFilesToUpload }));
    } catch (error) {
      setPhase(null);
      onError(error);
      return;
    }
    if (hasFilesToUpload) {
      setPhase('uploading');
      const run = await uploads.uploadQueued(latest.id);
      latest = run.last ?? latest;
      if (run.problems.length > 0) {
        onKeptAsDraft(latest, {
          problems: run.problems.map((item) => ({ name: item.name, problem: item.problem ?? 'failed' })),
          publish: values.status === 'PUBLISHED',
        });
        return;
      }
    }
    if (values.status === 'PUBLISHED' && latest.status !== 'PUBLISHED') {
      setPhase('publishing');
      try {
        latest = await publish.mutateAsync({ id: latest.id, version: latest.version });
      } catch {
        onKeptAsDraft(latest, { problems: [], publish: true });
        return;
      }
    }
    onSaved(latest);
  }

  async function saveEdit(values: ResourceFormValues) {
    // Files still on their way raise the version: the fields are saved on the version they leave,
    // read once they are done rather than as this render saw it.
    if (uploads.isUploading || uploads.queuedCount > 0) setPhase('waiting');
    await uploads.settled();
    const base = edit.current();
    const input = toUpdateInput(base.values, values, base.version);
    if (!hasChanges(input)) {
      onCancel();
      return;
    }
    edit.clearConflict();
    setPhase('saving');
    let saved: Resource;
    try {
      saved = await update.mutateAsync(input);
    } catch (error) {
      setPhase(null);
      onError(error);
      return;
    }
    onSaved(saved);
  }

  async function save(values: ResourceFormValues) {
    if (submitting.current) return;
    const fileCount = (resource?.files.length ?? 0) + uploads.queuedCount + uploads.items.filter((item) => item.status === 'uploading').length;
    if (lacksPublishedContent(values, fileCount)) {
      form.setError('status', { type: RESOURCE_ISSUES.publishNeedsContent, message: RESOURCE_ISSUES.publishNeedsContent }, { shouldFocus: true });
      return;
    }
    submitting.current = true;
    try {
      if (resource) await saveEdit(values);
      else await shareNew(values);
    } finally {
      submitting.current = false;
    }
  }
  const onSubmit = (event?: FormEvent) => form.handleSubmit(save)(event);

  const errorText = (field: ResourceField) => (error: FieldError) => resourceFieldErrorText(t, field, error);
  const saveError = resource ? update.error : create.error;
  const isConflict = isVersionConflict(saveError);
  const isSaving = phase !== null;
  const progressText =
    phase === 'waiting'
      ? t('resourceForm.progress.waitingForFiles')
      : phase === 'saving'
        ? t('resourceForm.progress.saving')
        : phase === 'publishing'
          ? t('resourceForm.progress.publishing')
          : '';
  const ownerAgencyName = resource?.ownerAgency.name ?? user.agency.name;
  const title = resource ? t('resourceForm.edit.title') : t('resourceForm.new.title');
  return (
    <Form className="form resource-form" onSubmit={(event) => void onSubmit(event)} validationBehavior="aria" aria-label={title}>
      {saveError && !isConflict ? <ErrorMessage error={saveError} overrides={{ CONFLICT: t('resourceForm.errors.publishNeedsContent') }} /> : null}
      {edit.reloadError ? <ErrorMessage error={edit.reloadError} /> : null}
      {edit.conflict ? (
        <VersionConflict
          heading={t('resourceForm.edit.conflictHeading')}
          rows={edit.conflict}
          isSaving={isSaving}
          onSaveMine={() => void onSubmit()}
          onDiscardMine={() => {
            edit.discard();
            onCancel();
          }}
        />
      ) : null}

      <WhatFields control={control} labels={labels} errorText={errorText} kinds={choices.kinds} languages={choices.languages} />

      <fieldset className="fieldset">
        <legend>{t('resourceForm.sections.linkAndFiles')}</legend>
        <FormTextField
          control={control}
          name="linkUrl"
          label={labels.linkUrl}
          description={t('resourceForm.fields.linkHelp')}
          autoComplete="off"
          maxLength={2000}
          errorText={errorText('linkUrl')}
        />
        <FilesSection uploads={uploads} resource={resource} onChoose={chooseFiles} onRemoved={onResourceChanged} />
      </fieldset>

      <OwnerFields
        control={control}
        labels={labels}
        errorText={errorText}
        canChooseAgency={canChooseAgency}
        agencies={agencies}
        ownerAgencyName={ownerAgencyName}
        isNew={!resource}
        ownerAgencyId={ownerAgencyId || user.agency.id}
        contactNames={contactNames}
        onOwnerChosen={onOwnerChosen}
        contactKey={`${ownerAgencyId}-${resets}`}
      />
      <AudienceFields control={control} labels={labels} municipalities={municipalities} sectors={choices.sectors} competences={competences} />
      <PublishingFields control={control} labels={labels} errorText={errorText} visibilities={visibilities} statuses={statuses} />

      {/* Always there, so what it comes to say is announced. */}
      <p role="status" className="muted resource-form__progress">
        {progressText}
      </p>
      {edit.conflict ? null : (
        <div className="form__actions">
          <Button type="submit" className="button" isPending={isSaving}>
            {t('resourceForm.submit')}
          </Button>
          {/* A save under way goes on to its end: leaving midway would leave a half-shared draft, or save after the user has gone. */}
          <Button className="button button--secondary" onPress={onCancel} isDisabled={isSaving}>
            {t('resourceForm.cancel')}
          </Button>
        </div>
      )}
    </Form>
  );
}
