import { zodResolver } from '@hookform/resolvers/zod';
import {
  type CurrentUser,
  type Event,
  EVENT_KIND_NAMES,
  EVENT_KINDS,
  SECTOR_NAMES,
  SECTORS,
} from '@repo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Form, Input, Label, Text, TextField, ToggleButton } from 'react-aria-components';
import { type Control, type FieldError, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormContactPicker } from '../../../components/form-contact-picker';
import { ErrorMessage } from '../../../components/error-message';
import { FormDateTimePicker } from '../../../components/form-date-time-picker';
import {
  FormCheckbox,
  FormComboBox,
  FormMultiSelect,
  FormRadioGroup,
  FormSelect,
  FormTextField,
  type Option,
} from '../../../components/form-fields';
import { VersionConflict } from '../../../components/version-conflict';
import { ApiError } from '../../../lib/api-client';
import { userCan } from '../../../lib/auth/current-user';
import { applyApiFieldErrors } from '../../../lib/forms/api-field-errors';
import { useRedoableEdit } from '../../../lib/forms/use-redoable-edit';
import { currentLanguage } from '../../../lib/i18n';
import { isDay, isWallTime } from '../../../lib/calendar-days';
import { useCreateEvent, useUpdateEvent } from '../api/event-mutations';
import { eventQueries } from '../api/event-queries';
import { EventDescription } from './event-description';
import {
  EVENT_FIELDS,
  type EventField,
  EventFormSchema,
  type EventFormValues,
  emptyFormValues,
  eventFieldErrorText,
  formPathOf,
  hasChanges,
  toCreateInput,
  toFormValues,
  toUpdateInput,
} from './event-form-values';
import './event-form.css';

export interface EventFormProps {
  /** The event to edit; without one the form posts a new event. */
  event?: Event;
  user: CurrentUser;
  /** The user's own contact entry: a new event's contact person unless they choose another. */
  ownContact: { id: string; name: string } | null;
  agencies: readonly Option[];
  municipalities: readonly Option[];
  competences: readonly Option[];
  onSaved: (event: Event) => void;
  onCancel: () => void;
}

const isVersionConflict = (error: unknown) => error instanceof ApiError && error.code === 'VERSION_CONFLICT';

/** An edit's 409: the new audience would shut out people on the list, or the event is cancelled. */
function conflictText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.details?.reason === 'registrations_outside_audience') {
    return t('eventForm.edit.registrationsOutsideAudience', { count: Number(error.details.count) || 0 });
  }
  return t('eventForm.edit.cancelled');
}

/** The times an event that was whole days gets when the user turns "all day" off. */
const DEFAULT_TIMES = { start: '09:00', end: '16:00' };

/**
 * Posts a new event, or edits one on the version it was opened with. Times are entered in Swedish
 * time with the date-time pickers. An edit sends only the fields the user changed; after a 412
 * it shows what someone else changed beside the user's values and saves on the new version only
 * when the user says so.
 */
export function EventForm({ event, user, ownContact, agencies, municipalities, competences, onSaved, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const queryClient = useQueryClient();
  const create = useCreateEvent();
  const update = useUpdateEvent(event?.id ?? '');
  const save = event ? update : create;
  const [base] = useState(() => ({
    values: event ? toFormValues(event) : emptyFormValues({ organiserAgencyId: user.agency.id, contactId: ownContact?.id ?? null }),
    version: event?.version ?? 0,
  }));
  const form = useForm<EventFormValues>({ resolver: zodResolver(EventFormSchema), defaultValues: base.values });
  const { control, setValue, getValues } = form;
  const [allDay, visibility, organiserAgencyId, description] = useWatch({ control, name: ['allDay', 'visibility', 'organiserAgencyId', 'description'] });
  const canChooseAgency = userCan(user, 'events:manage');

  // Names of the people the contact field has shown, so the field and a conflict can name them.
  const [contactNames] = useState(() => {
    const names = new Map<string, string>();
    if (event?.contact) names.set(event.contact.id, event.contact.name);
    if (ownContact) names.set(ownContact.id, ownContact.name);
    return names;
  });

  // "All day" keeps the days and sets the times aside; turning it off again brings them back.
  const setAsideTimes = useRef({ ...DEFAULT_TIMES });
  const previousAllDay = useRef(allDay);
  useEffect(() => {
    if (previousAllDay.current === allDay) return;
    previousAllDay.current = allDay;
    for (const field of ['start', 'end'] as const) {
      const value = getValues(field);
      if (allDay && isWallTime(value)) {
        setAsideTimes.current[field] = value.slice(11);
        setValue(field, value.slice(0, 10));
      } else if (!allDay && isDay(value)) {
        setValue(field, `${value}T${setAsideTimes.current[field]}`);
      }
    }
  }, [allDay, getValues, setValue]);

  const kinds = EVENT_KINDS.map((kind) => ({ id: kind, label: EVENT_KIND_NAMES[kind][language] }));
  const sectors = SECTORS.map((sector) => ({ id: sector, label: SECTOR_NAMES[sector][language] }));
  const visibilities = [
    { id: 'NETWORK', label: t('eventForm.fields.visibilityNetwork') },
    { id: 'INVITED_AGENCIES', label: t('eventForm.fields.visibilityInvited') },
  ];
  const organiserId = organiserAgencyId || user.agency.id;
  const invitable = agencies.filter((agency) => agency.id !== organiserId);
  const choices: Partial<Record<EventField, readonly Option[]>> = {
    kind: kinds,
    targetSectors: sectors,
    targetMunicipalityCodes: municipalities,
    targetCompetenceIds: competences,
    visibility: visibilities,
    organiserAgencyId: agencies,
    invitedAgencyIds: agencies,
  };
  const labels: Record<EventField, string> = {
    title: t('eventForm.fields.title'),
    kind: t('eventForm.fields.kind'),
    description: t('eventForm.fields.description'),
    allDay: t('eventForm.fields.allDay'),
    start: allDay ? t('eventForm.fields.startDay') : t('eventForm.fields.start'),
    end: allDay ? t('eventForm.fields.endDay') : t('eventForm.fields.end'),
    registrationDeadline: t('eventForm.fields.registrationDeadline'),
    place: t('eventForm.fields.place'),
    onlineUrl: t('eventForm.fields.onlineUrl'),
    organiserAgencyId: t('eventForm.fields.organiserAgency'),
    contactId: t('eventForm.fields.contact'),
    targetSectors: t('eventForm.fields.targetSectors'),
    targetMunicipalityCodes: t('eventForm.fields.targetMunicipalities'),
    targetCompetenceIds: t('eventForm.fields.targetCompetences'),
    capacity: t('eventForm.fields.capacity'),
    visibility: t('eventForm.fields.visibility'),
    invitedAgencyIds: t('eventForm.fields.invitedAgencies'),
  };
  const shown = (field: EventField, value: EventFormValues[EventField]): string => {
    if (typeof value === 'boolean') return value ? t('eventForm.fields.yes') : t('eventForm.fields.no');
    const named = (id: string) => choices[field]?.find((choice) => choice.id === id)?.label ?? id;
    if (Array.isArray(value)) return value.map(named).join(', ');
    if (field === 'contactId') return contactNames.get(value) ?? value;
    if (choices[field]) return value === '' ? '' : named(value);
    return isWallTime(value) ? value.replace('T', ' ') : value;
  };

  const edit = useRedoableEdit({
    form,
    fields: EVENT_FIELDS,
    initial: base,
    loadSaved: async () => {
      const saved = await queryClient.fetchQuery({ ...eventQueries.detail(event?.id ?? ''), staleTime: 0 });
      if (saved.contact) contactNames.set(saved.contact.id, saved.contact.name);
      return { values: toFormValues(saved), version: saved.version };
    },
    label: (field) => labels[field],
    shown,
  });

  const onError = (error: unknown) => {
    if (isVersionConflict(error)) {
      void edit.showConflict();
      return;
    }
    // The API names the parts of `when`; the form has a start and an end field.
    if (error instanceof ApiError && error.issues.length > 0) {
      const issues = error.issues.map((issue) => ({ ...issue, path: formPathOf(issue.path) }));
      applyApiFieldErrors(new ApiError(error.status, error.code, error.message, error.requestId, { ...error.details, issues }), form.setError, EVENT_FIELDS);
    }
  };

  const onSubmit = form.handleSubmit((values) => {
    if (!event) {
      create.mutate(toCreateInput(values), { onSuccess: onSaved, onError });
      return;
    }
    const input = toUpdateInput(edit.savedValues, values, edit.version);
    if (!hasChanges(input)) {
      onCancel();
      return;
    }
    edit.clearConflict();
    update.mutate(input, { onSuccess: onSaved, onError });
  });

  const errorText = (field: EventField) => (error: FieldError) => eventFieldErrorText(t, field, error, allDay);
  const isConflict = isVersionConflict(save.error);
  return (
    <Form className="form event-form" onSubmit={onSubmit} validationBehavior="aria" aria-label={event ? t('eventForm.edit.title') : t('eventForm.new.title')}>
      {save.error && !isConflict ? <ErrorMessage error={save.error} overrides={{ CONFLICT: conflictText(save.error, t) }} /> : null}
      {edit.reloadError ? <ErrorMessage error={edit.reloadError} /> : null}
      {edit.conflict ? (
        <VersionConflict
          heading={t('eventForm.edit.conflictHeading')}
          rows={edit.conflict}
          isSaving={update.isPending}
          onSaveMine={() => void onSubmit()}
          onDiscardMine={() => {
            edit.discard();
            onCancel();
          }}
        />
      ) : null}

      <fieldset className="fieldset">
        <legend>{t('eventForm.sections.what')}</legend>
        <FormTextField control={control} name="title" label={labels.title} isRequired maxLength={200} autoComplete="off" errorText={errorText('title')} />
        <FormSelect control={control} name="kind" label={labels.kind} options={kinds} isRequired />
        <DescriptionField control={control} label={labels.description} markdown={description} errorText={errorText('description')} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('eventForm.sections.when')}</legend>
        <FormCheckbox control={control} name="allDay" label={labels.allDay} description={t('eventForm.fields.allDayHelp')} />
        <FormDateTimePicker
          key={`start-${allDay ? 'day' : 'minute'}`}
          control={control}
          name="start"
          label={labels.start}
          description={allDay ? undefined : t('eventForm.fields.timeHelp')}
          granularity={allDay ? 'day' : 'minute'}
          isRequired
          errorText={errorText('start')}
        />
        <FormDateTimePicker
          key={`end-${allDay ? 'day' : 'minute'}`}
          control={control}
          name="end"
          label={labels.end}
          description={allDay ? undefined : t('eventForm.fields.timeHelp')}
          granularity={allDay ? 'day' : 'minute'}
          isRequired
          errorText={errorText('end')}
        />
        <FormDateTimePicker
          control={control}
          name="registrationDeadline"
          label={labels.registrationDeadline}
          description={t('eventForm.fields.registrationDeadlineHelp')}
          granularity="minute"
          isClearable
          errorText={errorText('registrationDeadline')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('eventForm.sections.where')}</legend>
        <FormTextField control={control} name="place" label={labels.place} description={t('eventForm.fields.placeHelp')} maxLength={300} errorText={errorText('place')} />
        <FormTextField
          control={control}
          name="onlineUrl"
          label={labels.onlineUrl}
          description={t('eventForm.fields.onlineUrlHelp')}
          autoComplete="off"
          maxLength={1000}
          errorText={errorText('onlineUrl')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('eventForm.sections.organiser')}</legend>
        {canChooseAgency ? (
          <FormComboBox control={control} name="organiserAgencyId" label={labels.organiserAgencyId} options={agencies} isRequired />
        ) : (
          <TextField className="field" isReadOnly value={event?.organiserAgency.name ?? user.agency.name}>
            <Label className="field__label">{labels.organiserAgencyId}</Label>
            {event ? null : (
              <Text slot="description" className="field__description">
                {t('eventForm.fields.organiserAgencyOwn')}
              </Text>
            )}
            <Input className="input" />
          </TextField>
        )}
        <FormContactPicker
          key={edit.version}
          control={control}
          name="contactId"
          label={labels.contactId}
          description={t('eventForm.fields.contactHelp')}
          agencyId={organiserId}
          names={contactNames}
          errorText={errorText('contactId')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('eventForm.sections.audience')}</legend>
        <FormMultiSelect control={control} name="targetSectors" label={labels.targetSectors} options={sectors} placeholder={t('eventForm.fields.allSectors')} />
        <FormMultiSelect
          control={control}
          name="targetMunicipalityCodes"
          label={labels.targetMunicipalityCodes}
          options={municipalities}
          placeholder={t('eventForm.fields.wholeCounty')}
        />
        <FormMultiSelect
          control={control}
          name="targetCompetenceIds"
          label={labels.targetCompetenceIds}
          options={competences}
          placeholder={t('eventForm.fields.allCompetences')}
        />
        <FormTextField
          control={control}
          name="capacity"
          label={labels.capacity}
          description={t('eventForm.fields.capacityHelp')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          errorText={errorText('capacity')}
        />
        <FormRadioGroup control={control} name="visibility" label={labels.visibility} description={t('eventForm.fields.visibilityInvitedHelp')} options={visibilities} />
        {visibility === 'INVITED_AGENCIES' ? (
          <FormMultiSelect control={control} name="invitedAgencyIds" label={labels.invitedAgencyIds} options={invitable} errorText={errorText('invitedAgencyIds')} />
        ) : null}
      </fieldset>

      {edit.conflict ? null : (
        <div className="form__actions">
          <Button type="submit" className="button" isPending={save.isPending}>
            {event ? t('eventForm.edit.submit') : t('eventForm.new.submit')}
          </Button>
          <Button className="button button--secondary" onPress={onCancel}>
            {t('eventForm.edit.cancel')}
          </Button>
        </div>
      )}
    </Form>
  );
}

interface DescriptionFieldProps {
  control: Control<EventFormValues>;
  label: string;
  markdown: string;
  errorText: (error: FieldError) => string | undefined;
}

/** The description in Markdown, and on request how it will look on the event's page. */
function DescriptionField({ control, label, markdown, errorText }: DescriptionFieldProps) {
  const { t } = useTranslation();
  const [isPreviewing, setPreviewing] = useState(false);
  const previewId = useId();
  return (
    <>
      <FormTextField
        control={control}
        name="description"
        label={label}
        description={t('eventForm.fields.descriptionHelp')}
        isMultiline
        maxLength={10_000}
        errorText={errorText}
      />
      <ToggleButton className="button button--secondary button--small event-form__preview-toggle" isSelected={isPreviewing} onChange={setPreviewing} aria-controls={previewId}>
        {t('eventForm.fields.preview')}
      </ToggleButton>
      <section id={previewId} className="event-form__preview" aria-labelledby={`${previewId}-heading`} hidden={!isPreviewing}>
        {isPreviewing ? (
          <>
            <h2 id={`${previewId}-heading`} className="event-form__preview-heading">
              {t('eventForm.fields.previewHeading')}
            </h2>
            {markdown.trim() === '' ? <p className="field__description">{t('eventForm.fields.previewEmpty')}</p> : <EventDescription markdown={markdown} />}
          </>
        ) : null}
      </section>
    </>
  );
}
