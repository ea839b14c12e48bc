import { type AgencyFunction, type FunctionKind, FunctionKindSchema, type UpdateFunctionInput, UpdateFunctionInputSchema } from '@repo/contracts';
import { z } from 'zod';
import { blankOr, nullIfBlank } from '../../../lib/forms/optional-text';

/** What the edit form holds: text as typed (empty when blank). */
export interface FunctionFormValues {
  name: string;
  kind: FunctionKind;
  mailbox: string;
  phone: string;
}

export type FunctionField = keyof FunctionFormValues;

export const FUNCTION_FIELDS = ['name', 'kind', 'mailbox', 'phone'] as const satisfies readonly FunctionField[];

const fields = UpdateFunctionInputSchema.shape;

/** The contract's own field rules, so the form refuses exactly what the API would. */
export const FunctionFormSchema = z.object({
  name: fields.name.unwrap(),
  kind: FunctionKindSchema,
  mailbox: blankOr(fields.mailbox.unwrap().unwrap()),
  phone: blankOr(fields.phone.unwrap().unwrap()),
}) satisfies z.ZodType<FunctionFormValues, FunctionFormValues>;

export function toFormValues(seat: AgencyFunction): FunctionFormValues {
  return { name: seat.name, kind: seat.kind, mailbox: seat.mailbox ?? '', phone: seat.phone ?? '' };
}

export function toUpdateInput(values: FunctionFormValues, version: number): UpdateFunctionInput {
  return { ...values, version, mailbox: nullIfBlank(values.mailbox), phone: nullIfBlank(values.phone) };
}
