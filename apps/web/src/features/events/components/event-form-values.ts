import {
  CreateEventInputSchema,
  type CreateEventInput,
  type Event,
  type EventKind,
  EventKindSchema,
  type EventVisibility,
  EventVisibilitySchema,
  type EventWhen,
  PERSONAL_IDENTITY_NUMBER_MESSAGE,
  type Sector,
  SectorSchema,
  type UpdateEventInput,
} from '@repo/contracts';
import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { z } from 'zod';
import { dayOfInstant, isDay, isoOfWallTime, isWallTime, wallTimeOfInstant, zonedOf } from '../../../lib/calendar-days';
import { blankOr, nullIfBlank } from '../../../lib/forms/optional-text';
import { isSameValue } from '../../../lib/forms/redo-edit';

/**
 * What the event form holds: text as typed (empty when blank), times as Swedish wall-clock
 * text ("2026-12-03T09:00"), or days ("2026-12-03") when it lasts whole days; the end day is the
 * last day itself, not the day after.
 */
export interface EventFormValues {
  title: string;
  /** '' until one is chosen. */
  kind: string;
  allDay: boolean;
  start: string;
  end: string;
  registrationDeadline: string;
  place: string;
  onlineUrl: string;
  organiserAgencyId: string;
  contactId: string;
  targetSectors: Sector[];
  targetMunicipalityCodes: string[];
  targetCompetenceIds: string[];
  capacity: string;
  visibility: EventVisibility;
  invitedAgencyIds: string[];
  description: string;
}

export type EventField = keyof EventFormValues;

/** In the order of the form, so the first problem gets the focus. */
export const EVENT_FIELDS = [
  'title',
  'kind',
  'description',
  'allDay',
  'start',
  'end',
  'registrationDeadline',
  'place',
  'onlineUrl',
  'organiserAgencyId',
  'contactId',
  'targetSectors',
  'targetMunicipalityCodes',
  'targetCompetenceIds',
  'capacity',
  'visibility',
  'invitedAgencyIds',
] as const satisfies readonly EventField[];

/**
 * The rules that span fields. The API checks the same and answers with these codes, so a problem
 * reads the same whether the form or the server found it.
 */
export const EVENT_ISSUES = {
  required: 'is required',
  invalidTime: 'invalid_time',
  endsBeforeStart: 'ends_before_start',
  placeRequired: 'place_required',
  deadlineAfterEnd: 'after_end',
  wholeNumber: 'whole_number',
} as const;

const fields = CreateEventInputSchema.shape;

/**
 * A field checked by the contract's own rule, its problems reported as they are but without
 * stopping the checks across fields: a personnummer in the description and an end before the
 * start are both shown at once.
 */
const checkedBy = (schema: z.ZodType<unknown, string>) =>
  z.string().superRefine((value, ctx) => {
    for (const issue of schema.safeParse(value).error?.issues ?? []) ctx.addIssue({ ...issue });
  });

/** The moment an event ends: the time itself, or midnight after the last day. */
function endMoment(values: Pick<EventFormValues, 'allDay' | 'end'>) {
  return values.allDay ? zonedOf(`${values.end}T00:00`).add({ days: 1 }) : zonedOf(values.end);
}

/** The contract's own field rules, so the form refuses what the API would, with the rules across fields on top. */
export const EventFormSchema = z
  .object({
    title: checkedBy(fields.title),
    kind: z.string().refine((kind) => EventKindSchema.safeParse(kind).success, { message: EVENT_ISSUES.required }),
    allDay: z.boolean(),
    start: z.string(),
    end: z.string(),
    registrationDeadline: z.string(),
    place: blankOr(fields.place.unwrap().unwrap()),
    onlineUrl: blankOr(fields.onlineUrl.unwrap().unwrap()),
    organiserAgencyId: z.string(),
    contactId: z.string(),
    targetSectors: z.array(SectorSchema).max(20),
    targetMunicipalityCodes: fields.targetMunicipalityCodes.unwrap(),
    targetCompetenceIds: fields.targetCompetenceIds.unwrap(),
    capacity: z.string().superRefine((text, ctx) => {
      if (text.trim() === '') return;
      if (!/^\d+$/.test(text.trim())) {
        ctx.addIssue({ code: 'custom', message: EVENT_ISSUES.wholeNumber });
        return;
      }
      for (const issue of fields.capacity.unwrap().unwrap().safeParse(Number(text)).error?.issues ?? []) ctx.addIssue({ ...issue });
    }),
    visibility: EventVisibilitySchema,
    invitedAgencyIds: fields.invitedAgencyIds.unwrap(),
    description: checkedBy(fields.description.unwrap()),
  })
  .superRefine((values, ctx) => {
    const isTime = values.allDay ? isDay : isWallTime;
    let isWhenComplete = true;
    for (const field of ['start', 'end'] as const) {
      if (isTime(values[field])) continue;
      isWhenComplete = false;
      ctx.addIssue({ code: 'custom', path: [field], message: values[field] === '' ? EVENT_ISSUES.required : EVENT_ISSUES.invalidTime });
    }
    if (isWhenComplete) {
      const endsFirst = values.allDay ? values.end < values.start : zonedOf(values.end).compare(zonedOf(values.start)) <= 0;
      if (endsFirst) ctx.addIssue({ code: 'custom', path: ['end'], message: EVENT_ISSUES.endsBeforeStart });
    }
    if (values.registrationDeadline !== '') {
      if (!isWallTime(values.registrationDeadline)) {
        ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: EVENT_ISSUES.invalidTime });
      } else if (isWhenComplete && zonedOf(values.registrationDeadline).compare(endMoment(values)) > 0) {
        ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: EVENT_ISSUES.deadlineAfterEnd });
      }
    }
    if (values.place.trim() === '' && values.onlineUrl.trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['place'], message: EVENT_ISSUES.placeRequired });
    }
  }) satisfies z.ZodType<EventFormValues, EventFormValues>;

/** A new event's form: the poster's own agency and contact entry, for the whole network. */
export function emptyFormValues(defaults: { organiserAgencyId: string; contactId: string | null }): EventFormValues {
  return {
    title: '',
    kind: '',
    allDay: false,
    start: '',
    end: '',
    registrationDeadline: '',
    place: '',
    onlineUrl: '',
    organiserAgencyId: defaults.organiserAgencyId,
    contactId: defaults.contactId ?? '',
    targetSectors: [],
    targetMunicipalityCodes: [],
    targetCompetenceIds: [],
    capacity: '',
    visibility: 'NETWORK',
    invitedAgencyIds: [],
    description: '',
  };
}

export function toFormValues(event: Event): EventFormValues {
  return {
    title: event.title,
    kind: event.kind,
    allDay: event.allDay,
    // An all-day event ends at midnight after its last day; the form shows the last day.
    start: event.allDay ? dayOfInstant(event.startsAt).toString() : wallTimeOfInstant(event.startsAt),
    end: event.allDay ? dayOfInstant(event.endsAt).subtract({ days: 1 }).toString() : wallTimeOfInstant(event.endsAt),
    registrationDeadline: event.registrationDeadline ? wallTimeOfInstant(event.registrationDeadline) : '',
    place: event.place ?? '',
    onlineUrl: event.onlineUrl ?? '',
    organiserAgencyId: event.organiserAgency.id,
    contactId: event.contact?.id ?? '',
    targetSectors: [...event.targetSectors],
    targetMunicipalityCodes: event.targetMunicipalities.map((municipality) => municipality.code),
    targetCompetenceIds: event.targetCompetences.map((competence) => competence.id),
    capacity: event.capacity === null ? '' : String(event.capacity),
    visibility: event.visibility,
    invitedAgencyIds: event.invitedAgencies.map((agency) => agency.id),
    description: event.description,
  };
}

function toWhen(values: EventFormValues): EventWhen {
  return values.allDay
    ? { allDay: true, startDate: values.start, endDate: values.end }
    : { allDay: false, startsAt: isoOfWallTime(values.start), endsAt: isoOfWallTime(values.end) };
}

/** Everything the form says, as the API takes it; organiserAgencyId left out means the poster's own. */
export function toCreateInput(values: EventFormValues): CreateEventInput {
  return {
    title: values.title,
    kind: EventKindSchema.parse(values.kind) satisfies EventKind,
    when: toWhen(values),
    description: values.description,
    place: nullIfBlank(values.place)?.trim() ?? null,
    onlineUrl: nullIfBlank(values.onlineUrl)?.trim() ?? null,
    ...(values.organiserAgencyId === '' ? {} : { organiserAgencyId: values.organiserAgencyId }),
    contactId: values.contactId === '' ? null : values.contactId,
    targetSectors: values.targetSectors,
    targetMunicipalityCodes: values.targetMunicipalityCodes,
    targetCompetenceIds: values.targetCompetenceIds,
    capacity: values.capacity.trim() === '' ? null : Number(values.capacity),
    registrationDeadline: values.registrationDeadline === '' ? null : isoOfWallTime(values.registrationDeadline),
    visibility: values.visibility,
    // Invitations mean nothing to an event for the whole network.
    invitedAgencyIds: values.visibility === 'INVITED_AGENCIES' ? values.invitedAgencyIds : [],
  };
}

/** Which input fields each form field feeds: the three that say when all go into `when`. */
const INPUT_FIELD: Record<EventField, keyof CreateEventInput> = {
  title: 'title',
  kind: 'kind',
  allDay: 'when',
  start: 'when',
  end: 'when',
  registrationDeadline: 'registrationDeadline',
  place: 'place',
  onlineUrl: 'onlineUrl',
  organiserAgencyId: 'organiserAgencyId',
  contactId: 'contactId',
  targetSectors: 'targetSectors',
  targetMunicipalityCodes: 'targetMunicipalityCodes',
  targetCompetenceIds: 'targetCompetenceIds',
  capacity: 'capacity',
  visibility: 'visibility',
  invitedAgencyIds: 'invitedAgencyIds',
  description: 'description',
};

/**
 * Only what the user changed compared with the version they edit, with that version: a save
 * never overwrites what someone else changed in the other fields. Switching to the whole network
 * also drops the invitations.
 */
export function toUpdateInput(saved: EventFormValues, values: EventFormValues, version: number): UpdateEventInput {
  const all = toCreateInput(values);
  const changed = new Set(EVENT_FIELDS.filter((field) => !isSameValue(values[field], saved[field])).map((field) => INPUT_FIELD[field]));
  if (changed.has('visibility') && all.visibility === 'NETWORK' && saved.invitedAgencyIds.length > 0) changed.add('invitedAgencyIds');
  const input: UpdateEventInput = { version };
  for (const key of changed) Object.assign(input, { [key]: all[key] });
  return input;
}

/** Whether the edit changes anything at all. */
export const hasChanges = (input: UpdateEventInput) => Object.keys(input).some((key) => key !== 'version');

/**
 * The form field an issue from the API belongs to: the parts of `when` are the start and end
 * fields; every other field has the API's own name.
 */
export function formPathOf(path: readonly (string | number)[]): (string | number)[] {
  const parts = path[0] === 'body' ? path.slice(1) : [...path];
  if (parts[0] !== 'when') return parts;
  const part = parts[1];
  if (part === 'endsAt' || part === 'endDate') return ['end'];
  if (part === 'allDay') return ['allDay'];
  return ['start'];
}

/** The event form's own wording of a field's problem; undefined leaves it to the usual wording. */
export function eventFieldErrorText(t: TFunction, field: EventField, error: Pick<FieldError, 'type' | 'message'>, allDay: boolean): string | undefined {
  const is = (code: string) => error.type === code || error.message === code;
  if (error.message === PERSONAL_IDENTITY_NUMBER_MESSAGE) {
    return field === 'title' ? t('eventForm.errors.titlePersonalIdentityNumber') : t('eventForm.errors.descriptionPersonalIdentityNumber');
  }
  if (is(EVENT_ISSUES.required)) return t('validation.required');
  if (is(EVENT_ISSUES.invalidTime)) return allDay && field !== 'registrationDeadline' ? t('eventForm.errors.invalidDay') : t('eventForm.errors.invalidTime');
  if (is(EVENT_ISSUES.endsBeforeStart)) return allDay ? t('eventForm.errors.lastDayBeforeFirst') : t('eventForm.errors.endsBeforeStart');
  if (is(EVENT_ISSUES.placeRequired)) return t('eventForm.errors.placeRequired');
  if (is(EVENT_ISSUES.deadlineAfterEnd)) return t('eventForm.errors.deadlineAfterEnd');
  if (field === 'capacity') return t('eventForm.errors.wholeNumber');
  if (field === 'onlineUrl' && error.type !== 'too_big') return t('eventForm.errors.https');
  return undefined;
}
