import { CreateResourceInputSchema, IdParamSchema, ResourceListQuerySchema, ResourcePageSchema, ResourceSchema, UpdateResourceInputSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class ResourceDto extends createZodDto(ResourceSchema) {}
export class ResourcePageDto extends createZodDto(ResourcePageSchema) {}
export class ResourceListQueryDto extends createZodDto(ResourceListQuerySchema) {}
export class CreateResourceInputDto extends createZodDto(CreateResourceInputSchema) {}
export class UpdateResourceInputDto extends createZodDto(UpdateResourceInputSchema) {}
export class ResourceIdParamDto extends createZodDto(IdParamSchema) {}
