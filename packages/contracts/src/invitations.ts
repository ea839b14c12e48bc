import { z } from 'zod';
import { AgencyRefSchema, CoordinatorScopeSchema } from './auth';
import { EmailSchema, LinkTokenSchema, PasswordSchema, PersonNameSchema } from './credentials';
import { RoleSchema } from './roles';

export const INVITATION_VALID_DAYS = 7;

export const InvitationStatusSchema = z.enum(['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED']);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

export const CreateInvitationInputSchema = z.strictObject({
  email: EmailSchema,
  role: RoleSchema.describe('Never above the inviter’s own role.'),
  agencyId: z.uuid(),
  coordinatorScope: CoordinatorScopeSchema.optional().describe('Required when inviting a coordinator.'),
});
export type CreateInvitationInput = z.input<typeof CreateInvitationInputSchema>;

export const InvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: RoleSchema,
  agency: AgencyRefSchema,
  invitedBy: z.string().nullable().describe('The inviter’s name.'),
  status: InvitationStatusSchema,
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
});
export type Invitation = z.infer<typeof InvitationSchema>;

export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });
export type InvitationList = z.infer<typeof InvitationListSchema>;

export const InvitationTokenInputSchema = z.strictObject({ token: LinkTokenSchema });
export type InvitationTokenInput = z.infer<typeof InvitationTokenInputSchema>;

/** What the person following an invitation link sees before accepting it. */
export const InvitationPreviewSchema = z.object({
  email: z.string(),
  role: RoleSchema,
  agencyName: z.string(),
  expiresAt: z.iso.datetime(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export const AcceptInvitationInputSchema = z.strictObject({
  token: LinkTokenSchema,
  name: PersonNameSchema,
  password: PasswordSchema,
});
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInputSchema>;
