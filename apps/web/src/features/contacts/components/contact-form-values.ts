import { type Contact, CreateContactInputSchema, type UpdateContactInput, UpdateContactInputSchema } from '@repo/contracts';
import { z } from 'zod';
import { blankOr, nullIfBlank } from '../../../lib/forms/optional-text';

/** What the edit form holds: text fields as typed (empty when blank), lists as ids. */
export interface ContactFormValues {
  name: string;
  title: string;
  email: string;
  phone: string;
  askMeAbout: string;
  competenceSlugs: string[];
  languages: string[];
  municipalityCodes: string[];
  awayUntil: string | null;
}

export type ContactField = keyof ContactFormValues;

export const CONTACT_FIELDS = [
  'name',
  'title',
  'email',
  'phone',
  'competenceSlugs',
  'languages',
  'municipalityCodes',
  'askMeAbout',
  'awayUntil',
] as const satisfies readonly ContactField[];

const fields = UpdateContactInputSchema.shape;

/** The contract's own field rules, so the form refuses exactly what the API would. */
export const ContactFormSchema = z.object({
  name: CreateContactInputSchema.shape.name,
  title: blankOr(fields.title.unwrap().unwrap()),
  email: blankOr(fields.email.unwrap().unwrap()),
  phone: blankOr(fields.phone.unwrap().unwrap()),
  askMeAbout: blankOr(fields.askMeAbout.unwrap().unwrap()),
  competenceSlugs: fields.competenceSlugs.unwrap(),
  languages: fields.languages.unwrap(),
  municipalityCodes: fields.municipalityCodes.unwrap(),
  awayUntil: fields.awayUntil.unwrap(),
}) satisfies z.ZodType<ContactFormValues, ContactFormValues>;

export function toFormValues(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    title: contact.title ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    askMeAbout: contact.askMeAbout ?? '',
    competenceSlugs: contact.competences.map((competence) => competence.slug),
    languages: [...contact.languages],
    municipalityCodes: contact.municipalities.map((municipality) => municipality.code),
    awayUntil: contact.awayUntil,
  };
}

export function toUpdateInput(values: ContactFormValues, version: number): UpdateContactInput {
  return {
    ...values,
    version,
    title: nullIfBlank(values.title),
    email: nullIfBlank(values.email),
    phone: nullIfBlank(values.phone),
    askMeAbout: nullIfBlank(values.askMeAbout),
  };
}
