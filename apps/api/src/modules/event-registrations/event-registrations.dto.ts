import { IdParamSchema, ParticipantListSchema, RegistrationResultSchema } from '@repo/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class RegistrationResultDto extends createZodDto(RegistrationResultSchema) {}
export class ParticipantListDto extends createZodDto(ParticipantListSchema) {}
export class EventIdParamDto extends createZodDto(IdParamSchema) {}
export class EventParticipantParamDto extends createZodDto(z.strictObject({ id: z.uuid('must be a UUID'), userId: z.uuid('must be a UUID') })) {}
