import { z } from 'zod';
import { AgencyRefSchema } from './auth';
import { CompetenceSchema } from './competences';
import { MunicipalityCodeSchema } from './municipalities';
import { pageOf, pageQueryShape } from './pagination';

/** Twelve months without verification make a contact stale (DOMAIN.md, rule 4). */
export const STALE_AFTER_DAYS = 365;

export const LanguageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as sv, en or ar')
  .describe('ISO 639-1 (or -2) code, lower case.');

export const ContactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  agency: AgencyRefSchema,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  askMeAbout: z.string().nullable(),
  languages: z.array(LanguageCodeSchema),
  municipalities: z.array(z.object({ code: MunicipalityCodeSchema, name: z.string() })),
  competences: z.array(CompetenceSchema),
  awayUntil: z.iso.date().nullable().describe('Away until this day (inclusive); deputies are shown first meanwhile.'),
  isAway: z.boolean(),
  lastVerifiedAt: z.iso.datetime().nullable(),
  lastVerifiedBy: z.string().nullable().describe('The name of whoever last confirmed the details; null if unknown or their account is gone.'),
  isStale: z.boolean().describe(`Not verified for ${STALE_AFTER_DAYS} days.`),
  hasAccount: z.boolean(),
  isArchived: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof ContactSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const contactFields = {
  name: z.string().trim().min(1, 'is required').max(120),
  title: optionalText(200),
  email: z.email('must be an email address').max(254).nullable().optional(),
  phone: optionalText(40),
  askMeAbout: optionalText(1000),
  languages: z.array(LanguageCodeSchema).max(20).optional(),
  municipalityCodes: z.array(MunicipalityCodeSchema).max(300).optional(),
  competenceSlugs: z.array(z.string().min(1).max(100)).max(50).optional(),
  awayUntil: z.iso.date().nullable().optional(),
};

export const CreateContactInputSchema = z.strictObject({ agencyId: z.uuid(), ...contactFields });
export type CreateContactInput = z.infer<typeof CreateContactInputSchema>;

export const UpdateContactInputSchema = z.strictObject({
  version: z.number().int().min(1).describe('The version read; a stale one is refused with VERSION_CONFLICT (412).'),
  ...contactFields,
  name: contactFields.name.optional(),
});
export type UpdateContactInput = z.infer<typeof UpdateContactInputSchema>;

export const ContactListQuerySchema = z.strictObject({
  q: z.string().trim().max(120).optional().describe('Part of the name, case ignored (for pickers; the full search is GET /api/search).'),
  agencyId: z.uuid().optional(),
  municipality: MunicipalityCodeSchema.optional(),
  competence: z.string().max(100).optional().describe('A competence slug.'),
  ...pageQueryShape,
});
export type ContactListQuery = z.infer<typeof ContactListQuerySchema>;

export const ContactPageSchema = pageOf(ContactSchema);
export type ContactPage = z.infer<typeof ContactPageSchema>;
