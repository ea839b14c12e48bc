import {
  ChangePasswordInputSchema,
  IdParamSchema,
  MfaCodeInputSchema,
  MfaSetupSchema,
  PasswordConfirmationInputSchema,
  PersonalDataSchema,
  RecoveryCodesSchema,
  SessionListSchema,
  UpdateProfileInputSchema,
} from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class UpdateProfileInputDto extends createZodDto(UpdateProfileInputSchema) {}
export class ChangePasswordInputDto extends createZodDto(ChangePasswordInputSchema) {}
export class SessionListDto extends createZodDto(SessionListSchema) {}
export class SessionIdParamDto extends createZodDto(IdParamSchema) {}
export class MfaSetupResponseDto extends createZodDto(MfaSetupSchema) {}
export class EnableMfaInputDto extends createZodDto(MfaCodeInputSchema) {}
export class RecoveryCodesDto extends createZodDto(RecoveryCodesSchema) {}
export class PasswordConfirmationInputDto extends createZodDto(PasswordConfirmationInputSchema) {}
export class PersonalDataDto extends createZodDto(PersonalDataSchema) {}
