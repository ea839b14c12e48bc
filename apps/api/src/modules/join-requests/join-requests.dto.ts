import { CreateJoinRequestInputSchema, IdParamSchema, JoinRequestListQuerySchema, JoinRequestListSchema, JoinRequestSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class CreateJoinRequestInputDto extends createZodDto(CreateJoinRequestInputSchema) {}
export class JoinRequestDto extends createZodDto(JoinRequestSchema) {}
export class JoinRequestListDto extends createZodDto(JoinRequestListSchema) {}
export class JoinRequestListQueryDto extends createZodDto(JoinRequestListQuerySchema) {}
export class JoinRequestIdParamDto extends createZodDto(IdParamSchema) {}
