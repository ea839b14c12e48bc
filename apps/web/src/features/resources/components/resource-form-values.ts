import {
  type CreateResourceInput,
  CreateResourceInputSchema,
  PERSONAL_IDENTITY_NUMBER_MESSAGE,
  type Resource,
  ResourceKindSchema,
  ResourceLanguageSchema,
  ResourceLinkSchema,
  type ResourceStatus,
  ResourceStatusSchema,
  type ResourceVisibility,
  ResourceVisibilitySchema,
  type Sector,
  SectorSchema,
  type UpdateResourceInput,
} from '@repo/contracts';
import type { TFunction } from 'i18next';
import type { FieldError } from 'react-hook-form';
import { z } from 'zod';
import { blankOr, nullIfBlank } from '../../../lib/forms/optional-text';
import { isSameValue } from '../../../lib/forms/redo-edit';

/** What the resource form holds: text as typed (empty when blank), choices by their ids. */
export interface ResourceFormValues {
  title: string;
  summary: string;
  /** '' until one is chosen. */
  kind: string;
  language: string;
  linkUrl: string;
  ownerAgencyId: string;
  contactId: string;
  municipalityCodes: string[];
  sectors: Sector[];
  competenceIds: string[];
  visibility: ResourceVisibility;
  status: ResourceStatus;
}

export type ResourceField = keyof ResourceFormValues;

/** In the order of the form, so the first problem gets the focus. */
export const RESOURCE_FIELDS = [
  'title',
  'summary',
  'kind',
  'language',
  'linkUrl',
  'ownerAgencyId',
  'contactId',
  'municipalityCodes',
  'sectors',
  'competenceIds',
  'visibility',
  'status',
] as const satisfies readonly ResourceField[];

/** The form's own rule across fields and its files: what it reports on the status field. */
export const RESOURCE_ISSUES = {
  required: 'is required',
  publishNeedsContent: 'needs_link_or_file',
} as const;

const fields = CreateResourceInputSchema.shape;

/** A field checked by the contract's own rule, its problems reported as they are. */
const checkedBy = (schema: z.ZodType<unknown, string>) =>
  z.string().superRefine((value, ctx) => {
    for (const issue of schema.safeParse(value).error?.issues ?? []) ctx.addIssue({ ...issue });
  });

/** The contract's own field rules, so the form refuses what the API would. */
export const ResourceFormSchema = z.object({
  title: checkedBy(fields.title),
  summary: checkedBy(fields.summary.unwrap()),
  kind: z.string().refine((kind) => ResourceKindSchema.safeParse(kind).success, { message: RESOURCE_ISSUES.required }),
  language: z.string().refine((language) => ResourceLanguageSchema.safeParse(language).success, { message: RESOURCE_ISSUES.required }),
  linkUrl: blankOr(ResourceLinkSchema),
  ownerAgencyId: z.string(),
  contactId: z.string(),
  municipalityCodes: fields.municipalityCodes.unwrap(),
  sectors: z.array(SectorSchema).max(20),
  competenceIds: fields.competenceIds.unwrap(),
  visibility: ResourceVisibilitySchema,
  status: ResourceStatusSchema,
}) satisfies z.ZodType<ResourceFormValues, ResourceFormValues>;

/** A new resource's form: the author's agency and own contact entry, in Swedish, for the whole network, a draft. */
export function emptyFormValues(defaults: { ownerAgencyId: string; contactId: string | null }): ResourceFormValues {
  return {
    title: '',
    summary: '',
    kind: '',
    language: 'sv',
    linkUrl: '',
    ownerAgencyId: defaults.ownerAgencyId,
    contactId: defaults.contactId ?? '',
    municipalityCodes: [],
    sectors: [],
    competenceIds: [],
    visibility: 'NETWORK',
    status: 'DRAFT',
  };
}

export function toFormValues(resource: Resource): ResourceFormValues {
  return {
    title: resource.title,
    summary: resource.summary,
    kind: resource.kind,
    language: resource.language,
    linkUrl: resource.linkUrl ?? '',
    ownerAgencyId: resource.ownerAgency.id,
    contactId: resource.contact?.id ?? '',
    municipalityCodes: [...resource.municipalityCodes],
    sectors: [...resource.sectors],
    competenceIds: resource.competences.map((competence) => competence.id),
    visibility: resource.visibility,
    status: resource.status,
  };
}

/**
 * Everything the form says, as the API takes it. A resource with files to upload is saved as a
 * draft first: the API publishes only what has a link or a file.
 */
export function toCreateInput(values: ResourceFormValues, options: { hasFilesToUpload: boolean }): CreateResourceInput {
  return {
    title: values.title,
    summary: values.summary,
    kind: ResourceKindSchema.parse(values.kind),
    language: ResourceLanguageSchema.parse(values.language),
    linkUrl: nullIfBlank(values.linkUrl)?.trim() ?? null,
    ...(values.ownerAgencyId === '' ? {} : { ownerAgencyId: values.ownerAgencyId }),
    contactId: values.contactId === '' ? null : values.contactId,
    municipalityCodes: values.municipalityCodes,
    sectors: values.sectors,
    competenceIds: values.competenceIds,
    visibility: values.visibility,
    status: options.hasFilesToUpload ? 'DRAFT' : values.status,
  };
}

/**
 * Only what the user changed compared with the version they edit, with that version: a save never
 * overwrites what someone else changed in the other fields.
 */
export function toUpdateInput(saved: ResourceFormValues, values: ResourceFormValues, version: number): UpdateResourceInput {
  const all = toCreateInput(values, { hasFilesToUpload: false });
  const input: UpdateResourceInput = { version };
  for (const field of RESOURCE_FIELDS) {
    if (isSameValue(values[field], saved[field])) continue;
    // The owner agency can only be left out on create; on an edit it is always a chosen one.
    if (field === 'ownerAgencyId' && values.ownerAgencyId === '') continue;
    Object.assign(input, { [field]: all[field] });
  }
  return input;
}

/** Whether the edit changes anything at all. */
export const hasChanges = (input: UpdateResourceInput) => Object.keys(input).some((key) => key !== 'version');

/** Whether the values say "published" with neither a link nor a file: the API would refuse it (409). */
export function lacksPublishedContent(values: Pick<ResourceFormValues, 'status' | 'linkUrl'>, fileCount: number): boolean {
  return values.status === 'PUBLISHED' && values.linkUrl.trim() === '' && fileCount === 0;
}

/** The resource form's own wording of a field's problem; undefined leaves it to the usual wording. */
export function resourceFieldErrorText(t: TFunction, field: ResourceField, error: Pick<FieldError, 'type' | 'message'>): string | undefined {
  if (error.message === PERSONAL_IDENTITY_NUMBER_MESSAGE) {
    return field === 'title' ? t('resourceForm.errors.titlePersonalIdentityNumber') : t('resourceForm.errors.summaryPersonalIdentityNumber');
  }
  if (error.type === RESOURCE_ISSUES.publishNeedsContent || error.message === RESOURCE_ISSUES.publishNeedsContent) {
    return t('resourceForm.errors.publishNeedsContent');
  }
  if (error.message === RESOURCE_ISSUES.required) return field === 'title' ? t('validation.required') : t('validation.choose');
  if (field === 'linkUrl' && error.type !== 'too_big') return t('resourceForm.errors.link');
  if (field === 'contactId' && error.type !== 'required') return t('resourceForm.errors.contactOfOwner');
  return undefined;
}
