import { z } from 'zod';
import { AgencyRefSchema } from './auth';
import { FunctionKindSchema } from './function-kinds';

const PersonRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  isAway: z.boolean(),
  awayUntil: z.iso.date().nullable().describe('Away until this day (inclusive), if they have said so.'),
});

/** A seat that outlives its holders; vacant when it has no holder. */
export const AgencyFunctionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: FunctionKindSchema,
  agency: AgencyRefSchema,
  mailbox: z.string().nullable(),
  phone: z.string().nullable(),
  holder: PersonRefSchema.nullable(),
  deputy: PersonRefSchema.nullable(),
  isVacant: z.boolean(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
  history: z.array(
    z.object({
      at: z.iso.datetime(),
      fromHolder: z.string().nullable(),
      toHolder: z.string().nullable(),
      fromDeputy: z.string().nullable(),
      toDeputy: z.string().nullable(),
      by: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type AgencyFunction = z.infer<typeof AgencyFunctionSchema>;

export const AgencyFunctionListSchema = z.object({ items: z.array(AgencyFunctionSchema.omit({ history: true })) });
export type AgencyFunctionList = z.infer<typeof AgencyFunctionListSchema>;

export const FunctionListQuerySchema = z.strictObject({
  agencyId: z.uuid().optional(),
  vacant: z.enum(['true', 'false']).optional(),
  contactId: z.uuid().optional().describe('Only the seats this contact holds or deputises for.'),
});
export type FunctionListQuery = z.infer<typeof FunctionListQuerySchema>;

export const CreateFunctionInputSchema = z.strictObject({
  agencyId: z.uuid(),
  name: z.string().trim().min(2).max(200),
  kind: FunctionKindSchema.optional().describe('OTHER when left out.'),
  mailbox: z.email('must be an email address').max(254).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
});
export type CreateFunctionInput = z.infer<typeof CreateFunctionInputSchema>;

export const UpdateFunctionInputSchema = z.strictObject({
  version: z.number().int().min(1),
  name: z.string().trim().min(2).max(200).optional(),
  kind: FunctionKindSchema.optional(),
  mailbox: z.email('must be an email address').max(254).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
});
export type UpdateFunctionInput = z.infer<typeof UpdateFunctionInputSchema>;

/** Hands the seat to a new holder (and deputy) in one action, recorded in its history. */
export const HandoverInputSchema = z.strictObject({
  version: z.number().int().min(1),
  holderId: z.uuid().nullable().describe('The new holder (a contact of the network), or null to leave the seat vacant.'),
  deputyId: z.uuid().nullable().optional().describe('Left as it is when omitted.'),
  note: z.string().trim().max(500).optional(),
});
export type HandoverInput = z.infer<typeof HandoverInputSchema>;
