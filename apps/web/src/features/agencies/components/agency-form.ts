import { type Agency, CreateAgencyInputSchema, type CreateAgencyInput, type UpdateAgencyInput } from '@repo/contracts';
import { z } from 'zod';

const fields = CreateAgencyInputSchema.shape;
// The contracts' optional fields are nullable strings; a form field holds '' for "none".
const text = (schema: typeof fields.streetAddress) => schema.unwrap().unwrap();
const orBlank = <T extends z.ZodType<string, string>>(schema: T) => z.union([z.literal(''), schema]);

/** The agency form, validated with the contracts' own rules; '' stands for an empty field. */
export const agencyFormSchema = z.object({
  name: fields.name,
  sector: fields.sector,
  municipalityCodes: fields.municipalityCodes,
  parentId: orBlank(z.uuid()),
  streetAddress: text(fields.streetAddress),
  postalCode: text(fields.postalCode),
  city: text(fields.city),
  phone: text(fields.phone),
  email: orBlank(fields.email.unwrap().unwrap()),
  website: orBlank(fields.website.unwrap().unwrap()),
  description: text(fields.description),
});
export type AgencyFormValues = z.input<typeof agencyFormSchema>;
export type AgencyFormOutput = z.output<typeof agencyFormSchema>;

/** The form's fields, for putting the API's field errors on them. */
export const AGENCY_FORM_FIELDS = [
  'name',
  'sector',
  'municipalityCodes',
  'parentId',
  'streetAddress',
  'postalCode',
  'city',
  'phone',
  'email',
  'website',
  'description',
] as const satisfies readonly (keyof AgencyFormValues)[];

const DETAIL_FIELDS = ['name', 'streetAddress', 'postalCode', 'city', 'phone', 'email', 'website', 'description'] as const;

export const EMPTY_AGENCY_FORM: Partial<AgencyFormValues> = {
  name: '',
  municipalityCodes: [],
  parentId: '',
  streetAddress: '',
  postalCode: '',
  city: '',
  phone: '',
  email: '',
  website: '',
  description: '',
};

export function agencyFormValues(agency: Agency): AgencyFormValues {
  return {
    name: agency.name,
    sector: agency.sector,
    municipalityCodes: agency.municipalities.map((m) => m.code),
    parentId: agency.parent?.id ?? '',
    streetAddress: agency.streetAddress ?? '',
    postalCode: agency.postalCode ?? '',
    city: agency.city ?? '',
    phone: agency.phone ?? '',
    email: agency.email ?? '',
    website: agency.website ?? '',
    description: agency.description ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value);
const sameCodes = (a: readonly string[], b: readonly string[]) => [...new Set(a)].sort().join() === [...new Set(b)].sort().join();

export function toCreateAgencyInput(values: AgencyFormOutput): CreateAgencyInput {
  const details = Object.fromEntries(DETAIL_FIELDS.filter((field) => field !== 'name').map((field) => [field, orNull(values[field])]));
  return { ...details, name: values.name, sector: values.sector, municipalityCodes: values.municipalityCodes, parentId: orNull(values.parentId) };
}

/**
 * What the form changes compared with the agency as it was loaded. Only those fields are sent,
 * so a save never overwrites what someone else changed in the other fields meanwhile.
 */
export function changedAgencyFields(agency: Agency, values: AgencyFormOutput, withStructure: boolean): Omit<UpdateAgencyInput, 'version'> {
  const changes: Omit<UpdateAgencyInput, 'version'> = {};
  for (const field of DETAIL_FIELDS) {
    const value = field === 'name' ? values.name : orNull(values[field]);
    if (value !== agency[field]) Object.assign(changes, { [field]: value });
  }
  if (withStructure) {
    if (values.sector !== agency.sector) changes.sector = values.sector;
    if (!sameCodes(values.municipalityCodes, agency.municipalities.map((m) => m.code))) changes.municipalityCodes = values.municipalityCodes;
    const parentId = orNull(values.parentId);
    if (parentId !== (agency.parent?.id ?? null)) changes.parentId = parentId;
  }
  return changes;
}
