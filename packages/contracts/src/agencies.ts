import { z } from 'zod';
import { AgencyRefSchema } from './auth';
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
    parent: AgencyRefSchema.nullable().describe('The organisation this one is part of ("Arvika kommun" for "Socialtjänsten, Arvika kommun").'),
    children: z.array(AgencyRefSchema).describe('Its sub-organisations that are not archived, in Swedish alphabetical order.'),
    archivedAt: z.iso
      .datetime()
      .nullable()
      .describe('Set once archived: the agency is then left out of lists and search, but stays readable by id for what refers to it.'),
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

/** Every agency's id and name, for choosing one (the join-request form); public. Archived agencies are left out. */
export const AgencyNameListSchema = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });
export type AgencyNameList = z.infer<typeof AgencyNameListSchema>;

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** Name, address, ways to reach it and what it does: what the agency's own editors may change. */
const agencyDetails = {
  name: z.string().trim().min(2).max(200),
  streetAddress: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  phone: optionalText(40),
  email: z.email('must be an email address').max(254).nullable().optional(),
  website: z.url({ protocol: /^https$/, error: 'must be an https:// address' }).max(500).nullable().optional(),
  description: optionalText(4000),
};

const municipalityCodes = z
  .array(MunicipalityCodeSchema)
  .min(1, 'choose at least one municipality')
  .max(300)
  .describe('SCB codes of the municipalities it covers: one, several, or every municipality of the region.');

const parentId = z.uuid().nullable().optional().describe('The organisation it is part of; an existing agency that is not archived.');

/**
 * A new agency. A coordinator may only create agencies whose municipalities all lie within their
 * own; administrators anywhere.
 */
export const CreateAgencyInputSchema = z.strictObject({
  ...agencyDetails,
  sector: SectorSchema,
  municipalityCodes,
  parentId,
});
export type CreateAgencyInput = z.infer<typeof CreateAgencyInputSchema>;
export type CreateAgencyFormInput = z.input<typeof CreateAgencyInputSchema>;

/**
 * Changes to an agency. Its own editors and the coordinators of its municipalities change the
 * details; sector, coverage (municipalityCodes) and parent organisation only coordinators (a
 * changed municipality must lie within their own) and administrators.
 */
export const UpdateAgencyInputSchema = z.strictObject({
  version: z.number().int().min(1).describe('The version read; a stale one is refused with VERSION_CONFLICT (412).'),
  ...agencyDetails,
  name: agencyDetails.name.optional(),
  sector: SectorSchema.optional(),
  municipalityCodes: municipalityCodes.optional(),
  parentId,
});
export type UpdateAgencyInput = z.infer<typeof UpdateAgencyInputSchema>;

/** The fields only coordinators and administrators change: where it works, what kind, and where it belongs. */
export const AGENCY_STRUCTURE_FIELDS = ['sector', 'municipalityCodes', 'parentId'] as const;
