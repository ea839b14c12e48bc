import { z } from 'zod';
import { AgencyRefSchema } from './auth';
import { CompetenceSchema } from './competences';
import { MunicipalityCodeSchema } from './municipalities';
import { pageOf, pageQueryShape } from './pagination';
import { containsPersonalIdentityNumber, PERSONAL_IDENTITY_NUMBER_MESSAGE } from './personal-identity-number';
import { SectorSchema } from './sectors';

/** DOMAIN.md, "Resource kinds". */
export const RESOURCE_KINDS = [
  'ACTION_PLAN',
  'SITUATION_PICTURE',
  'METHOD_GUIDE',
  'TRAINING_MATERIAL',
  'RESEARCH_REPORT',
  'HELPLINE',
  'EXIT_PATHWAYS',
  'RELATIVES_SUPPORT',
  'LAW_AND_CONFIDENTIALITY',
] as const;
export const ResourceKindSchema = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ResourceKindSchema>;

export const RESOURCE_KIND_NAMES: Record<ResourceKind, { sv: string; en: string }> = {
  ACTION_PLAN: { sv: 'Handlingsplan', en: 'Action plan' },
  SITUATION_PICTURE: { sv: 'Lägesbild', en: 'Situation picture' },
  METHOD_GUIDE: { sv: 'Metodstöd', en: 'Method guide' },
  TRAINING_MATERIAL: { sv: 'Utbildningsmaterial', en: 'Training material' },
  RESEARCH_REPORT: { sv: 'Forskning / rapport', en: 'Research / report' },
  HELPLINE: { sv: 'Stödlinje', en: 'Helpline' },
  EXIT_PATHWAYS: { sv: 'Avhopparvägar', en: 'Exit pathways' },
  RELATIVES_SUPPORT: { sv: 'Anhörigstöd', en: "Relatives' support" },
  LAW_AND_CONFIDENTIALITY: { sv: 'Lagstiftning och sekretess', en: 'Legislation and confidentiality' },
};

/** The languages a resource can be written in (ISO 639 codes), in the order forms offer them. */
export const RESOURCE_LANGUAGES = ['sv', 'en', 'ar', 'so', 'fa', 'ti', 'fi', 'ku', 'bs', 'pl', 'uk', 'es', 'de', 'fr'] as const;
export const ResourceLanguageSchema = z.enum(RESOURCE_LANGUAGES, { error: 'must be one of the offered language codes, e.g. sv' });
export type ResourceLanguage = z.infer<typeof ResourceLanguageSchema>;

/** NETWORK: every member. OWNER_AGENCY: the owner agency's members (and coordinators) only. */
export const ResourceVisibilitySchema = z.enum(['NETWORK', 'OWNER_AGENCY']);
export type ResourceVisibility = z.infer<typeof ResourceVisibilitySchema>;

/** A draft is seen only by those who may edit it. */
export const ResourceStatusSchema = z.enum(['DRAFT', 'PUBLISHED']);
export type ResourceStatus = z.infer<typeof ResourceStatusSchema>;

/** Upload limit per file unless the server is configured otherwise (RESOURCE_FILE_MAX_MB). */
export const RESOURCE_FILE_MAX_BYTES_DEFAULT = 25 * 1024 * 1024;

/** What uploads may be: checked by their content, never by their name or the browser's claim. */
export const RESOURCE_FILE_TYPES = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'txt', 'png', 'jpeg'] as const;
export const ResourceFileTypeSchema = z.enum(RESOURCE_FILE_TYPES);
export type ResourceFileType = z.infer<typeof ResourceFileTypeSchema>;

export const RESOURCE_FILE_MEDIA_TYPES: Record<ResourceFileType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  txt: 'text/plain; charset=utf-8',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** What the server takes: the web checks a file's size before sending it. */
export const ResourceFileRulesSchema = z.object({
  maxBytes: z.number().int().min(1).describe('The largest file taken (RESOURCE_FILE_MAX_MB).'),
  types: z.array(ResourceFileTypeSchema).describe('Recognised by content, never by name.'),
});
export type ResourceFileRules = z.infer<typeof ResourceFileRulesSchema>;

/**
 * Why an upload was refused: the issue code at path ["file"] of a VALIDATION_FAILED answer
 * (PAYLOAD_TOO_LARGE for too_large).
 */
export const FILE_REFUSAL_REASONS = ['missing', 'empty', 'too_large', 'too_many_files', 'type_not_allowed'] as const;
export type FileRefusalReason = (typeof FILE_REFUSAL_REASONS)[number];

const personRef = z.object({ id: z.uuid(), name: z.string() });

/** One upload of a file. */
export const ResourceFileVersionSchema = z.object({
  id: z.uuid(),
  number: z.number().int().min(1).describe('1 for the first upload, then 2, 3...'),
  name: z.string().describe('The uploaded file’s name, sanitised; used to name the download.'),
  type: ResourceFileTypeSchema,
  mediaType: z.string(),
  sizeBytes: z.number().int().min(1),
  sha256: z.string().length(64),
  uploadedBy: personRef.nullable(),
  uploadedAt: z.iso.datetime(),
});
export type ResourceFileVersion = z.infer<typeof ResourceFileVersionSchema>;

/** A document of a resource: its current version first, then the earlier ones, newest first. */
export const ResourceFileSchema = z.object({
  id: z.uuid(),
  current: ResourceFileVersionSchema,
  earlier: z.array(ResourceFileVersionSchema),
});
export type ResourceFile = z.infer<typeof ResourceFileSchema>;

/** A resource as the library lists it. */
export const ResourceSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  kind: ResourceKindSchema,
  language: ResourceLanguageSchema,
  ownerAgency: AgencyRefSchema,
  hasLink: z.boolean(),
  fileCount: z.number().int().min(0),
  visibility: ResourceVisibilitySchema,
  status: ResourceStatusSchema,
  municipalityCodes: z.array(MunicipalityCodeSchema).describe('Empty: the whole region.'),
  sectors: z.array(SectorSchema).describe('Empty: every sector.'),
  competences: z.array(CompetenceSchema),
  publishedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});
export type ResourceSummary = z.infer<typeof ResourceSummarySchema>;

export const ResourceContactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});

/** One resource in full. */
export const ResourceSchema = ResourceSummarySchema.extend({
  linkUrl: z.string().nullable(),
  contact: ResourceContactSchema.nullable(),
  createdBy: personRef.nullable(),
  files: z.array(ResourceFileSchema).describe('In upload order.'),
  canEdit: z.boolean().describe('The signed-in user may edit it, upload files and delete it.'),
  version: z.number().int().describe('Raised on every change; PATCH carries the version it read.'),
  createdAt: z.iso.datetime(),
});
export type Resource = z.infer<typeof ResourceSchema>;

export const RESOURCE_SORTS = ['newest', 'relevance'] as const;

const flag = z.enum(['true', 'false']).optional();

export const ResourceListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional().describe('Words of the title or summary (Swedish full-text search, word beginnings match).'),
  kind: ResourceKindSchema.optional(),
  competence: z.string().max(100).optional().describe('Competence slug, e.g. "avhopparstod".'),
  municipality: MunicipalityCodeSchema.optional().describe('Resources for this municipality, and those for the whole region.'),
  sector: SectorSchema.optional().describe('Resources for this sector, and those for every sector.'),
  language: ResourceLanguageSchema.optional(),
  mine: flag.describe("Only my agency's resources, drafts included."),
  status: ResourceStatusSchema.optional().describe('DRAFT lists the drafts the signed-in user may edit.'),
  sort: z.enum(RESOURCE_SORTS).optional().describe('Default: relevance when q is given, else newest first.'),
  ...pageQueryShape,
});
export type ResourceListQuery = z.infer<typeof ResourceListQuerySchema>;

export const ResourcePageSchema = pageOf(ResourceSummarySchema);
export type ResourcePage = z.infer<typeof ResourcePageSchema>;

const freeText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !containsPersonalIdentityNumber(text), { error: PERSONAL_IDENTITY_NUMBER_MESSAGE, abort: true });

/**
 * Only https: and mailto: links: no http:, javascript:, data: or file: addresses. The scheme is
 * case-insensitive (RFC 3986) and stored in lower case, the rest as written.
 */
export const ResourceLinkSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => /^mailto:[^\s@]+@[^\s@]+$/i.test(value) || /^https:\/\/[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$/i.test(value), {
    error: 'must be an https:// address or a mailto: address',
  })
  .transform((value) => value.replace(/^[a-z]+:/i, (scheme) => scheme.toLowerCase()));

const resourceFields = {
  title: freeText(3, 200),
  summary: freeText(0, 4000).optional(),
  kind: ResourceKindSchema,
  language: ResourceLanguageSchema.optional().describe('Default sv.'),
  linkUrl: ResourceLinkSchema.nullable().optional(),
  ownerAgencyId: z.uuid().optional().describe("The author's own agency when left out; only coordinators share for others."),
  contactId: z.uuid().nullable().optional().describe('A contact of the owner agency to ask about it.'),
  sectors: z.array(SectorSchema).max(20).optional(),
  municipalityCodes: z.array(MunicipalityCodeSchema).max(300).optional(),
  competenceIds: z.array(z.uuid()).max(50).optional(),
  visibility: ResourceVisibilitySchema.optional().describe('Default NETWORK.'),
  status: ResourceStatusSchema.optional().describe('Default DRAFT. Publishing needs a link or at least one file.'),
};

export const CreateResourceInputSchema = z.strictObject(resourceFields);
export type CreateResourceInput = z.infer<typeof CreateResourceInputSchema>;

export const UpdateResourceInputSchema = CreateResourceInputSchema.partial().extend({ version: z.number().int().min(1) });
export type UpdateResourceInput = z.infer<typeof UpdateResourceInputSchema>;

/** The multipart fields sent with a file, beside "file". */
export const ResourceFileUploadFieldsSchema = z.strictObject({
  replaces: z.uuid().optional().describe('The id of the file this upload is a new version of.'),
});

/** A resource in the directory's search results (their own group). */
export const ResourceSearchItemSchema = ResourceSummarySchema.pick({ id: true, title: true, kind: true, ownerAgency: true, language: true });
export type ResourceSearchItem = z.infer<typeof ResourceSearchItemSchema>;
