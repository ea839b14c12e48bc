import {
  AgencyFunctionListSchema,
  AgencyFunctionSchema,
  CreateFunctionInputSchema,
  FunctionListQuerySchema,
  HandoverInputSchema,
  IdParamSchema,
  UpdateFunctionInputSchema,
} from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class AgencyFunctionDto extends createZodDto(AgencyFunctionSchema) {}
export class AgencyFunctionListDto extends createZodDto(AgencyFunctionListSchema) {}
export class FunctionListQueryDto extends createZodDto(FunctionListQuerySchema) {}
export class CreateFunctionInputDto extends createZodDto(CreateFunctionInputSchema) {}
export class UpdateFunctionInputDto extends createZodDto(UpdateFunctionInputSchema) {}
export class HandoverInputDto extends createZodDto(HandoverInputSchema) {}
export class FunctionIdParamDto extends createZodDto(IdParamSchema) {}
