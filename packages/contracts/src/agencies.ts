import { z } from 'zod';
import { MunicipalityCodeSchema } from './municipalities';
import { pageOf, pageQueryShape } from './pagination';
import { SectorSchema } from './sectors';

export const AgencySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    sector: SectorSchema,
    municipalities: z
      .array(z.object({ code: MunicipalityCodeSchema, name: z.string() }))
      .describe('The municipalities the agency covers, in Swedish alphabetical order.'),
    streetAddress: z.string().nullable(),
    postalCode: z.string().nullable(),
    city: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    description: z.string().nullable(),
    version: z.number().int().describe('Send back on update; a stale version is refused with VERSION_CONFLICT.'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  });
export type Agency = z.infer<typeof AgencySchema>;

export const AgencyListQuerySchema = z
  .strictObject({
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .describe('Free text; case and accents are ignored ("socialtjanst" finds "Socialtjänsten").'),
    municipality: MunicipalityCodeSchema.optional().describe('Only agencies covering this municipality.'),
    sector: SectorSchema.optional(),
    ...pageQueryShape,
  });
export type AgencyListQuery = z.infer<typeof AgencyListQuerySchema>;
export type AgencyListQueryInput = z.input<typeof AgencyListQuerySchema>;

export const AgencyPageSchema = pageOf(AgencySchema);
export type AgencyPage = z.infer<typeof AgencyPageSchema>;

/** Every agency's id and name, for choosing one (the join-request form); public. */
export const AgencyNameListSchema = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });
export type AgencyNameList = z.infer<typeof AgencyNameListSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * What an agency's own editors and the coordinators of its municipalities may change. Sector,
 * municipalities and structure are edited in the roster administration.
 */
export const UpdateAgencyInputSchema = z.strictObject({
  version: z.number().int().min(1).describe('The version read; a stale one is refused with VERSION_CONFLICT (412).'),
  name: z.string().trim().min(2).max(200).optional(),
  streetAddress: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  phone: optionalText(40),
  email: z.email('must be an email address').max(254).nullable().optional(),
  website: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).max(500).nullable().optional(),
  description: optionalText(4000),
});
export type UpdateAgencyInput = z.infer<typeof UpdateAgencyInputSchema>;
