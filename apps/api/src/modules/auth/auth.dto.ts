import {
  CurrentUserSchema,
  ForgotPasswordInputSchema,
  LoginInputSchema,
  MfaCodeInputSchema,
  MfaLoginResultSchema,
  MfaSetupSchema,
  ResetPasswordInputSchema,
} from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class LoginInputDto extends createZodDto(LoginInputSchema) {}
export class MfaCodeInputDto extends createZodDto(MfaCodeInputSchema) {}
export class MfaLoginResultDto extends createZodDto(MfaLoginResultSchema) {}
export class MfaSetupDto extends createZodDto(MfaSetupSchema) {}
export class CurrentUserDto extends createZodDto(CurrentUserSchema) {}
export class ForgotPasswordInputDto extends createZodDto(ForgotPasswordInputSchema) {}
export class ResetPasswordInputDto extends createZodDto(ResetPasswordInputSchema) {}
