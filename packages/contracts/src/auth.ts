import { z } from 'zod';
import { EmailSchema, LinkTokenSchema, MfaCodeSchema, PasswordSchema } from './credentials';
import { MunicipalityCodeSchema } from './municipalities';
import { PermissionSchema, RoleSchema } from './roles';

export const CoordinatorScopeSchema = z
  .strictObject({
    wholeRegion: z.boolean(),
    municipalityCodes: z.array(MunicipalityCodeSchema).max(16),
  })
  .describe('Where a coordinator acts: the whole region, or the listed municipalities.');
export type CoordinatorScope = z.infer<typeof CoordinatorScopeSchema>;

export const AgencyRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const SessionTimesSchema = z.object({
  idleExpiresAt: z.iso.datetime().describe('The session ends then unless the user does something before.'),
  absoluteExpiresAt: z.iso.datetime().describe('The session ends then whatever the user does.'),
});

/** The signed-in user, as GET /api/auth/me and a completed login answer. */
export const CurrentUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  agency: AgencyRefSchema,
  isAgencyEditor: z.boolean(),
  coordinatorScope: CoordinatorScopeSchema.nullable(),
  mfaEnabled: z.boolean(),
  permissions: z.array(PermissionSchema),
  session: SessionTimesSchema,
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

export const LoginInputSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, 'is required').max(1024),
});
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const MfaChallengeSchema = z.object({
  mfaRequired: z.literal(true),
  setupRequired: z
    .boolean()
    .describe('The role requires a second factor that is not set up yet: POST /api/auth/login/mfa/setup first.'),
});
export type MfaChallenge = z.infer<typeof MfaChallengeSchema>;

export const LoginResultSchema = z.union([CurrentUserSchema, MfaChallengeSchema]);
export type LoginResult = z.infer<typeof LoginResultSchema>;

export const MfaCodeInputSchema = z.strictObject({ code: MfaCodeSchema });
export type MfaCodeInput = z.infer<typeof MfaCodeInputSchema>;

export const MfaLoginResultSchema = CurrentUserSchema.extend({
  recoveryCodes: z
    .array(z.string())
    .optional()
    .describe('Only when this login also set up the second factor: shown once, keep them safe.'),
});
export type MfaLoginResult = z.infer<typeof MfaLoginResultSchema>;

export const MfaSetupSchema = z.object({
  secret: z.string().describe('Base32 secret, for typing into the app when the QR code cannot be scanned.'),
  otpauthUri: z.string(),
  qrCodeSvg: z.string().describe('The otpauth URI as an SVG QR code.'),
});
export type MfaSetup = z.infer<typeof MfaSetupSchema>;

export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;

export const PasswordConfirmationInputSchema = z.strictObject({ password: z.string().min(1, 'is required').max(1024) });
export type PasswordConfirmationInput = z.infer<typeof PasswordConfirmationInputSchema>;

export const ForgotPasswordInputSchema = z.strictObject({ email: EmailSchema });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInputSchema>;

export const ResetPasswordInputSchema = z.strictObject({ token: LinkTokenSchema, password: PasswordSchema });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInputSchema>;

export const ChangePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1, 'is required').max(1024),
  newPassword: PasswordSchema,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;
