import { MunicipalityListSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';

export class MunicipalityListDto extends createZodDto(MunicipalityListSchema) {}
