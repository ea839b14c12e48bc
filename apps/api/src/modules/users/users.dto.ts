import { IdParamSchema, UpdateUserInputSchema, UserListQuerySchema, UserPageSchema, UserSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class UserDto extends createZodDto(UserSchema) {}
export class UserPageDto extends createZodDto(UserPageSchema) {}
export class UserListQueryDto extends createZodDto(UserListQuerySchema) {}
export class UpdateUserInputDto extends createZodDto(UpdateUserInputSchema) {}
export class UserIdParamDto extends createZodDto(IdParamSchema) {}
