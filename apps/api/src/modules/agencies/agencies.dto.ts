import {
  AgencyListQuerySchema,
  AgencyNameListSchema,
  AgencyPageSchema,
  AgencySchema,
  CreateAgencyInputSchema,
  IdParamSchema,
  UpdateAgencyInputSchema,
} from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class AgencyDto extends createZodDto(AgencySchema) {}
export class AgencyPageDto extends createZodDto(AgencyPageSchema) {}
export class AgencyListQueryDto extends createZodDto(AgencyListQuerySchema) {}
export class AgencyIdParamDto extends createZodDto(IdParamSchema) {}
export class AgencyNameListDto extends createZodDto(AgencyNameListSchema) {}
export class CreateAgencyInputDto extends createZodDto(CreateAgencyInputSchema) {}
export class UpdateAgencyInputDto extends createZodDto(UpdateAgencyInputSchema) {}
