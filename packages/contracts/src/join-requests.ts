import { z } from 'zod';
import { AgencyRefSchema } from './auth';
import { EmailSchema, PersonNameSchema } from './credentials';

export const JoinRequestStatusSchema = z.enum(['PENDING', 'APPROVED', 'DECLINED']);
export type JoinRequestStatus = z.infer<typeof JoinRequestStatusSchema>;

/** Sent from the login page by someone who wants to join the network. */
export const CreateJoinRequestInputSchema = z.strictObject({
  name: PersonNameSchema,
  email: EmailSchema,
  agencyId: z.uuid('choose an organisation'),
  function: z.string().trim().min(1, 'is required').max(200).describe('The person’s role at work, e.g. "Skolkurator".'),
  reason: z.string().trim().min(1, 'is required').max(2000),
});
export type CreateJoinRequestInput = z.input<typeof CreateJoinRequestInputSchema>;

export const JoinRequestSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  agency: AgencyRefSchema,
  function: z.string(),
  reason: z.string(),
  status: JoinRequestStatusSchema,
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  decidedBy: z.string().nullable().describe('The name of who approved or declined it.'),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

export const JoinRequestListQuerySchema = z.strictObject({ status: JoinRequestStatusSchema.default('PENDING') });
export type JoinRequestListQuery = z.infer<typeof JoinRequestListQuerySchema>;

export const JoinRequestListSchema = z.object({ items: z.array(JoinRequestSchema) });
export type JoinRequestList = z.infer<typeof JoinRequestListSchema>;
