import { AgencyListQuerySchema, AgencyNameListSchema, UpdateAgencyInputSchema, AgencyPageSchema, AgencySchema, IdParamSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class AgencyDto extends createZodDto(AgencySchema) {}
export class AgencyPageDto extends createZodDto(AgencyPageSchema) {}
export class AgencyListQueryDto extends createZodDto(AgencyListQuerySchema) {}
export class AgencyIdParamDto extends createZodDto(IdParamSchema) {}
export class AgencyNameListDto extends createZodDto(AgencyNameListSchema) {}
export class UpdateAgencyInputDto extends createZodDto(UpdateAgencyInputSchema) {}
