import { ResourceFileRulesSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const uuid = z.uuid('must be a UUID');

export class ResourceFileParamDto extends createZodDto(z.strictObject({ id: uuid, fileId: uuid })) {}
export class ResourceFileVersionParamDto extends createZodDto(
  z.strictObject({ id: uuid, fileId: uuid, number: z.coerce.number().int('must be a whole number').min(1).max(1_000_000) }),
) {}
export class ResourceFileRulesDto extends createZodDto(ResourceFileRulesSchema) {}
