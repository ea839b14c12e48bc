import { z } from 'zod';
import { AgencyRefSchema, CoordinatorScopeSchema } from './auth';
import { PersonNameSchema } from './credentials';
import { pageOf, pageQueryShape } from './pagination';
import { RoleSchema } from './roles';

export const UserStatusSchema = z.enum(['ACTIVE', 'DISABLED']);
export type UserStatus = z.infer<typeof UserStatusSchema>;

/** A user as administrators see them. */
export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  agency: AgencyRefSchema,
  isAgencyEditor: z.boolean(),
  coordinatorScope: CoordinatorScopeSchema.nullable(),
  mfaEnabled: z.boolean(),
  status: UserStatusSchema,
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  version: z.number().int().describe('Send back on update; a stale version is refused with VERSION_CONFLICT.'),
});
export type User = z.infer<typeof UserSchema>;

export const UserListQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional().describe('Part of a name or email address.'),
  role: RoleSchema.optional(),
  status: UserStatusSchema.optional(),
  agencyId: z.uuid().optional(),
  ...pageQueryShape,
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserPageSchema = pageOf(UserSchema);
export type UserPage = z.infer<typeof UserPageSchema>;

/** What an administrator or coordinator may change about another user. */
export const UpdateUserInputSchema = z.strictObject({
  version: z.number().int().min(1),
  role: RoleSchema.optional().describe('Changing the role ends all the user’s sessions.'),
  isAgencyEditor: z.boolean().optional(),
  coordinatorScope: CoordinatorScopeSchema.optional().describe('Only for coordinators.'),
  status: UserStatusSchema.optional().describe('DISABLED ends all the user’s sessions at once.'),
});
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;

/** What a user may change about themselves. */
export const UpdateProfileInputSchema = z.strictObject({ name: PersonNameSchema });
export type UpdateProfileInput = z.infer<typeof UpdateProfileInputSchema>;
